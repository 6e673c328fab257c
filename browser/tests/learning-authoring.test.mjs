// Learning, authoring: the demo secretariat (two-factor on first login) opens the course
// dashboard in Vietnamese, edits an English lesson of the SME course in the browser, sees its
// Japanese translation become outdated, saves the Japanese text again beside the new English
// source, and sees it up to date. Pages checked with axe; screenshots in browser/artifacts/.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { launch, loginStaff, newContext, newPage, pathOf, runAxe, screenshot, submitForm } from './helpers.mjs';

const SECRETARIAT = {
  email: 'secretariat@demo.hiroba.example',
  password: process.env.HIROBA_DEMO_PASSWORD || 'hiroba-demo-2026',
};
const COURSE = '/admin/learning/courses/sme-rights';

describe('Learning: the secretariat writes and translates a course in the browser', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launch();
    page = await newPage(await newContext(browser, { lang: 'vi' }));
  });
  after(async () => browser?.close());

  test('an English edit makes the Japanese lesson outdated until it is saved again', async () => {
    await loginStaff(page, 'vi', SECRETARIAT.email, SECRETARIAT.password);
    const list = await page.goto('/vi/admin/learning/courses');
    assert.equal(list.status(), 200);
    assert.equal(await page.locator('#courses a[href="/vi/admin/learning/courses/sme-rights"]').count(), 1);
    await screenshot(page, 'learning-authoring-courses-vi');
    assert.deepEqual(await runAxe(page), [], 'no axe violations on the course dashboard');

    await page.goto(`/vi${COURSE}`);
    const jaCell = page.locator('#course-files a[href$="file=ja/why-act.md"]').locator('xpath=..');
    assert.equal(await jaCell.getAttribute('class'), 'state-ok', 'the Japanese lesson starts up to date');

    // Edit the English source in the browser.
    await page.goto(`/en${COURSE}/edit?file=en/why-act.md`);
    const text = page.locator('form#file textarea#text');
    const original = await text.inputValue();
    await text.fill(`${original}\n\nThis paragraph was added in the browser.\n`);
    await submitForm(page, 'form#file');
    assert.equal(pathOf(page.url()), `/en${COURSE}`);
    await page.goto(`/vi${COURSE}`);
    assert.equal(await jaCell.getAttribute('class'), 'state-outdated', 'the Japanese lesson is outdated now');
    await screenshot(page, 'learning-authoring-course-vi');
    assert.deepEqual(await runAxe(page), [], 'no axe violations on the course page');

    // The translator sees the new English text beside the Japanese and saves.
    await page.goto(`/ja${COURSE}/edit?file=ja/why-act.md`);
    assert.match(await page.locator('#source').innerText(), /added in the browser/);
    await screenshot(page, 'learning-authoring-translate-ja');
    await submitForm(page, 'form#file');
    await page.goto(`/vi${COURSE}`);
    assert.equal(await jaCell.getAttribute('class'), 'state-ok', 'up to date after the translator saves');
  });
});
