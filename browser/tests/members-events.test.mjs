// Members and events: an NPO applies for membership in English (a new account, confirmed through
// the mail that the test's SMTP server received), the secretariat approves it, the new member
// registers for a seminar in Indonesian, receives the confirmation mail on the SMTP server,
// downloads the event's .ics file and reads it with ical.js (npm), an independent iCalendar parser.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';

import {
  MAILDIR,
  confirmLink,
  errorTexts,
  launch,
  login,
  loginStaff,
  newContext,
  newPage,
  pathOf,
  runAxe,
  screenshot,
  submitForm,
  waitForMail,
} from './helpers.mjs';

const NPO = { email: `npo-${process.pid}@example.org`, password: `paper lanterns by the river ${process.pid}` };
const SECRETARIAT = {
  email: 'secretariat@demo.hiroba.example',
  password: process.env.HIROBA_DEMO_PASSWORD || 'hiroba-demo-2026',
};
const SEMINAR = 'Seminar: recruitment without fees, in practice';

describe('Members and events: apply, approval, registration in Indonesian, mail and calendar', () => {
  let browser;
  let npo;
  let staff;
  before(async () => {
    browser = await launch();
    // The applicant's pages work without JavaScript.
    npo = await newPage(await newContext(browser, { lang: 'en', javaScriptEnabled: false }));
    staff = await newPage(await newContext(browser, { lang: 'en' }));
  });
  after(async () => browser?.close());

  test('an NPO registers an account and applies in English', async () => {
    assert.ok(MAILDIR, 'browser/run.sh starts an SMTP server (python3-aiosmtpd) and sets HIROBA_MAILDIR');
    await npo.goto('/en/account/register');
    const reg = npo.locator('form#register');
    await reg.locator('[name=email]').fill(NPO.email);
    await reg.locator('[name=display_name]').fill('Rina Wijaya');
    await reg.locator('[name=password]').fill(NPO.password);
    await reg.locator('[name=password_confirm]').fill(NPO.password);
    await submitForm(npo, 'form#register');
    let confirm;
    for (let i = 0; i < 60 && !confirm; i++) {
      try {
        confirm = confirmLink(await waitForMail(NPO.email));
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    assert.ok(confirm, 'the confirmation mail arrived on the SMTP server');
    await npo.goto(pathOf(confirm));
    if (await npo.locator('form#confirm').count()) await submitForm(npo, 'form#confirm');
    await login(npo, 'en', NPO.email, NPO.password);
    assert.deepEqual(await errorTexts(npo), [], 'the applicant is signed in');

    await npo.goto('/en/members/apply');
    const form = npo.locator('form#apply');
    await form.locator('#category').selectOption('npo');
    await form.locator('#name').fill('Saitama Workers Support Circle');
    await form.locator('#contact_name').fill('Rina Wijaya');
    await form.locator('#area').fill('Saitama, Kawaguchi');
    await form.locator('#website').fill('https://saitama-circle.example');
    await form.locator('#about').fill('We run a help desk in Indonesian and Vietnamese and Japanese classes on Sundays.');
    await form.locator('#agree').check();
    await screenshot(npo, 'members-apply-en');
    await submitForm(npo, 'form#apply');
    assert.equal(pathOf(npo.url()), '/en/members/application', `applied (errors: ${JSON.stringify(await errorTexts(npo))})`);
    assert.match(await npo.locator('#status').innerText(), /waiting for the secretariat/);
  });

  test('the secretariat approves the application', async () => {
    await loginStaff(staff, 'en', SECRETARIAT.email, SECRETARIAT.password);
    await staff.goto('/en/admin/members');
    await staff.locator('#applications a', { hasText: 'Saitama Workers Support Circle' }).click();
    await staff.waitForLoadState('load');
    await staff.locator('#d-approve').check();
    await staff.locator('form#decide #message').fill('Welcome! We look forward to your reports.');
    await submitForm(staff, 'form#decide');
    assert.match(await staff.locator('#status').innerText(), /You are a member|member/i);
    await screenshot(staff, 'members-admin-approved');
    // axe needs JavaScript, which the applicant's browser has off: the same pages in the staff's.
    await staff.goto('/en/members/apply');
    assert.deepEqual(await runAxe(staff), [], 'no axe violations on the application form');
    await staff.goto('/en/admin/members');
    assert.deepEqual(await runAxe(staff), [], 'no axe violations on the member table');
    await staff.goto('/en/admin/members?status=approved');
    assert.match(await staff.locator('#member-table').innerText(), /NPOs and NGOs\s+\d/);
    const mail = await waitForMail(NPO.email);
    assert.match(mail.subject, /approved/);
  });

  test('the member registers for the seminar in Indonesian, gets the mail and the calendar file', async () => {
    await npo.goto('/id/events');
    await screenshot(npo, 'events-list-id');
    const link = npo.locator('#events a', { hasText: SEMINAR });
    assert.equal(await link.count(), 1, 'the seminar is listed');
    await Promise.all([npo.waitForNavigation(), link.click()]);
    assert.equal(await npo.locator('html').getAttribute('lang'), 'id');
    await submitForm(npo, 'form#register');
    const status = await npo.locator('#my-status').innerText();
    assert.ok(status.length > 0, 'the page says the member is registered');
    assert.equal(await npo.locator('form#cancel').count(), 1, 'and offers to cancel');
    await screenshot(npo, 'events-registered-id');
    await staff.goto(pathOf(npo.url()));
    assert.deepEqual(await runAxe(staff), [], 'no axe violations on the event page');

    // The confirmation mail, in Indonesian, from the SMTP server.
    let mail;
    for (let i = 0; i < 60; i++) {
      mail = await waitForMail(NPO.email);
      if (mail.subject.includes(SEMINAR)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(mail.subject.includes(SEMINAR), `the confirmation mail arrived: ${mail.subject}`);
    const text = mail.parts.map((p) => p.text).join('\n');
    assert.match(text, /\/id\/events\/\d+\/event\.ics/, 'the mail links the calendar file');
    assert.match(text, /meet\.example/, 'a registered person gets the online link');

    // The .ics file, read with ical.js.
    const href = await npo.locator('#ics').getAttribute('href');
    const res = await npo.request.get(href);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'], /^text\/calendar/);
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(events.length, 1);
    assert.equal(events[0].summary, SEMINAR);
    assert.ok(events[0].uid.startsWith('event-'), events[0].uid);
    const start = events[0].startDate.toJSDate();
    const shown = await npo.locator('#facts time').getAttribute('datetime');
    assert.equal(start.getTime(), new Date(shown).getTime(), 'the calendar and the page agree on the start');
    assert.equal(events[0].location, 'JICA Ichigaya, Tokyo');
  });
});
