// Assist: a worker writes in (phone, no JavaScript, Vietnamese), a counsellor logs in with
// two-factor (set up on first login), finds the case in the inbox and replies; the worker opens
// the case with number and passphrase and sees the reply and who read the case.
// Screenshots: artifacts/assist-*.png.
import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  ARTIFACTS,
  BASE,
  errorTexts,
  formatViolations,
  launch,
  newContext,
  newPage,
  pathOf,
  runAxe,
  safeName,
  screenshot,
  SCRIPT_RE,
  submitForm,
} from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..');

const COUNSELLOR = {
  email: process.env.HIROBA_DEMO_COUNSELLOR || 'counsellor@demo.hiroba.example',
  password: process.env.HIROBA_DEMO_PASSWORD || 'hiroba-demo-2026',
};

// A unique marker so that this run's case and reply can be told apart from any other.
const RUN = randomBytes(4).toString('hex');
const WORKER = {
  name: 'Nguyễn Thị Lan',
  contact: `lan.${RUN}@example.com`,
  message:
    `Công ty giữ hộ chiếu của tôi và không trả tiền làm thêm giờ trong ba tháng. ` +
    `Tôi rất lo lắng, tôi phải làm gì? (mã ${RUN})`,
};
const REPLY = `Chào chị Lan, chúng tôi đã nhận được tin nhắn. Công ty không được giữ hộ chiếu của chị. Chúng tôi sẽ gọi cho chị ngày mai. (trả lời ${RUN})`;

const DESKTOP = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false };

const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** `key = value` lines of a Fluent file (simple messages only). */
function ftl(path) {
  const out = {};
  for (const line of readFileSync(join(ROOT, path), 'utf8').split('\n')) {
    const m = line.match(/^([a-z][a-z0-9-]*)\s*=\s*(.*)$/);
    if (m) out[m[1]] = m[2].trim();
  }
  return out;
}
const VI = ftl('crates/assist/locales/vi/assist.ftl');

// ---------------------------------------------------------------------------
// TOTP (RFC 6238 with HMAC-SHA1, 6 digits, 30 s), as an authenticator app computes it.

function base32Decode(input) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = input.replace(/[\s=-]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of clean) {
    const v = alphabet.indexOf(ch);
    if (v < 0) throw new Error(`not base32: ${JSON.stringify(ch)} in ${JSON.stringify(input)}`);
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

function totp(secretB32, ms = Date.now(), digits = 6) {
  const counter = Math.floor(ms / 1000 / 30);
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const h = createHmac('sha1', base32Decode(secretB32)).update(msg).digest();
  const o = h[h.length - 1] & 0x0f;
  const bin = ((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
  return String(bin % 10 ** digits).padStart(digits, '0');
}

// RFC 6238 appendix B (SHA-1 seed "12345678901234567890"), checked before anything depends on it.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
assert.equal(totp(RFC_SECRET, 59_000, 8), '94287082');
assert.equal(totp(RFC_SECRET, 1111111109_000, 8), '07081804');
assert.equal(totp(RFC_SECRET, 20000000000_000, 8), '65353130');

// ---------------------------------------------------------------------------

function axeProblem(t, path, violations) {
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (violations.length) {
    t.diagnostic(`${path}: ${violations.length} axe violation(s): ${violations.map((v) => `${v.id}[${v.impact}]`).join(', ')}`);
  }
  return bad.length
    ? `${bad.length} serious/critical axe violation(s) on ${path}; all violations:\n${formatViolations(violations)}`
    : null;
}

/** On failure: screenshot and HTML as FAIL-<name>.* and the URL in the message. */
async function step(page, name, fn) {
  try {
    return await fn();
  } catch (err) {
    try {
      await page.screenshot({ path: join(ARTIFACTS, `FAIL-${safeName(name)}.png`), fullPage: true });
      writeFileSync(join(ARTIFACTS, `FAIL-${safeName(name)}.html`), await page.content());
      err.message += `\n  (page URL at failure: ${page.url()}; screenshot and HTML in ${ARTIFACTS}/FAIL-${safeName(name)}.*)`;
    } catch {
      // keep the original error
    }
    throw err;
  }
}

let browser;
let workerContext; // no JavaScript, phone
let worker;
let staffContext; // JavaScript, desktop
let staff;
const ticket = {};
let staffCasePath;

before(async () => {
  browser = await launch();
  workerContext = await newContext(browser, {
    lang: 'vi',
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
  });
  worker = await newPage(workerContext);
  staffContext = await newContext(browser, { lang: 'en', javaScriptEnabled: true, bypassCSP: true, ...DESKTOP });
  staff = await newPage(staffContext);
});
after(async () => {
  await workerContext?.close();
  await staffContext?.close();
  await browser?.close();
});

describe('Assist: worker writes in, counsellor replies, worker reads the reply', () => {
  test('worker (no JavaScript, 360x740) writes in Vietnamese and gets a case number and passphrase', async (t) => {
    await step(worker, 'assist-worker-intake', async () => {
      const res = await worker.goto('/vi/assist');
      assert.equal(res.status(), 200, 'GET /vi/assist');
      assert.equal(await worker.locator('html').getAttribute('lang'), 'vi', '<html lang="vi">');
      assert.deepEqual(worker.viewportSize(), { width: 360, height: 740 });
      assert.equal(await worker.locator('form#assist-intake').count(), 1, 'form#assist-intake');
      assert.match(norm(await worker.locator('main h1').innerText()), SCRIPT_RE.vi, 'heading in Vietnamese');
      await worker.locator('#name').fill(WORKER.name);
      await worker.locator('#contact').fill(WORKER.contact);
      await worker.locator('#message').fill(WORKER.message);
      await worker.locator('form#assist-intake input[type=checkbox][name=consent]').check();
      await screenshot(worker, 'assist-worker-form', { screen: true });
      const [sent] = await Promise.all([
        worker.waitForNavigation({ waitUntil: 'load' }),
        worker.locator('form#assist-intake button[type=submit]').click(),
      ]);
      assert.equal(sent.status(), 200, `POST /vi/assist answered ${sent.status()}; errors shown: ${JSON.stringify(await errorTexts(worker))}`);
      assert.equal(await worker.locator('html').getAttribute('lang'), 'vi', '<html lang="vi"> after sending');
      const number = worker.locator('#case-number');
      const pass = worker.locator('#case-passphrase');
      assert.equal(await number.count(), 1, `#case-number on the page after sending; errors shown: ${JSON.stringify(await errorTexts(worker))}`);
      assert.equal(await pass.count(), 1, '#case-passphrase');
      ticket.number = norm(await number.innerText());
      ticket.passphrase = norm(await pass.innerText());
      assert.ok(ticket.number, 'a case number');
      assert.ok(ticket.passphrase, 'a passphrase');
      assert.ok(await number.isVisible(), 'the case number is visible');
      const status = worker.locator('main .notice[role=status]');
      assert.match(norm(await status.innerText()), SCRIPT_RE.vi, 'the confirmation is in Vietnamese');
      t.diagnostic(`case number ${ticket.number}, passphrase ${ticket.passphrase}`);
      await screenshot(worker, 'assist-worker-sent', { screen: true });
      assert.deepEqual(worker.problems, [], 'no console errors or failed requests');
    });
  });

  test('counsellor (JavaScript, desktop) sets up two-factor, finds the case and replies', async (t) => {
    assert.ok(ticket.number, 'the worker test produced a case number');
    await step(staff, 'assist-counsellor', async () => {
      await staff.goto('/en/account/login');
      await staff.locator('form#login [name=email]').fill(COUNSELLOR.email);
      await staff.locator('form#login [name=password]').fill(COUNSELLOR.password);
      await submitForm(staff, 'form#login');
      assert.equal(
        pathOf(staff.url()),
        '/en/account/two-factor/setup',
        `a counsellor's first login leads to two-factor setup (errors shown: ${JSON.stringify(await errorTexts(staff))})`,
      );
      const secret = norm(await staff.locator('#totp-secret').innerText());
      assert.match(secret, /^[A-Z2-7]+=*$/, `#totp-secret is base32: ${JSON.stringify(secret)}`);
      assert.ok(base32Decode(secret).length >= 10, 'the secret has at least 80 bits');
      // Avoid typing a code in the last seconds of its window.
      const into = (Date.now() / 1000) % 30;
      if (into > 27) await staff.waitForTimeout((30.5 - into) * 1000);
      const code = totp(secret);
      t.diagnostic(`TOTP code ${code}`);
      await staff.locator('form#two-factor-setup #code').fill(code);
      await screenshot(staff, 'assist-counsellor-two-factor');
      await submitForm(staff, 'form#two-factor-setup');
      assert.equal(
        await staff.locator('form#two-factor-setup').count(),
        0,
        `the code ${code} was accepted (errors shown: ${JSON.stringify(await errorTexts(staff))})`,
      );
      assert.equal(pathOf(staff.url()), '/en/account', 'after two-factor setup: /en/account');

      const inbox = await staff.goto('/en/staff/assist?lang=vi');
      assert.equal(inbox.status(), 200, 'GET /en/staff/assist?lang=vi');
      assert.equal(await staff.locator('html').getAttribute('lang'), 'en', 'the inbox stays in English');
      assert.equal(await staff.locator('#f-lang').inputValue(), 'vi', 'the language filter shows Vietnamese');
      const link = staff.locator('main table a').filter({ hasText: ticket.number });
      const listed = await staff.locator('main table tbody tr').count();
      assert.equal(await link.count(), 1, `the case ${ticket.number} is listed in the inbox (${listed} rows)`);
      await screenshot(staff, 'assist-counsellor-inbox');
      const [opened] = await Promise.all([staff.waitForNavigation({ waitUntil: 'load' }), link.click()]);
      assert.equal(opened.status(), 200, 'the case page opens');
      staffCasePath = pathOf(staff.url());
      assert.match(staffCasePath, /^\/en\/staff\/assist\/cases\/\d+$/, 'on the case page');
      assert.equal(norm(await staff.locator('main h1').innerText()), ticket.number, 'the heading is the case number');
      const details = norm(await staff.locator('main dl').innerText());
      assert.ok(details.includes(WORKER.contact), `the contact ${WORKER.contact} is shown: "${details}"`);
      assert.ok(details.includes(WORKER.name), `the name is shown: "${details}"`);
      const fromWorker = staff.locator('main ol.messages li.from-worker .body');
      assert.equal(await fromWorker.count(), 1, 'one message from the worker');
      assert.equal(norm(await fromWorker.innerText()), norm(WORKER.message), 'the worker\'s message, decrypted');

      await staff.locator('form#staff-reply #message').fill(REPLY);
      await submitForm(staff, 'form#staff-reply');
      assert.equal(pathOf(staff.url()), staffCasePath, 'back on the case page after replying');
      const replies = staff.locator('main ol.messages li.from-counsellor .body');
      assert.equal(await replies.count(), 1, 'the reply is listed as from the counsellor');
      assert.equal(norm(await replies.innerText()), norm(REPLY));
      await screenshot(staff, 'assist-counsellor-case');
      assert.deepEqual(staff.problems, [], 'no console errors, page errors or failed requests');
    });
  });

  test('worker (no JavaScript) opens the case with number and passphrase and reads the reply', async (t) => {
    assert.ok(ticket.number && staffCasePath, 'the earlier tests ran');
    await step(worker, 'assist-worker-case', async () => {
      const res = await worker.goto('/vi/assist/case');
      assert.equal(res.status(), 200, 'GET /vi/assist/case');
      assert.equal(await worker.locator('html').getAttribute('lang'), 'vi', '<html lang="vi">');
      await worker.locator('form#assist-case-login #number').fill(ticket.number);
      await worker.locator('form#assist-case-login #passphrase').fill(ticket.passphrase);
      await submitForm(worker, 'form#assist-case-login');
      assert.equal(pathOf(worker.url()), '/vi/assist/case', 'on /vi/assist/case');
      assert.equal(
        await worker.locator('form#assist-case-login').count(),
        0,
        `logged in to the case (errors shown: ${JSON.stringify(await errorTexts(worker))})`,
      );
      const main = norm(await worker.locator('main').innerText());
      assert.ok(main.includes(ticket.number), 'the case number is shown');
      const mine = worker.locator('main ol.messages li.from-worker .body');
      assert.equal(norm(await mine.innerText()), norm(WORKER.message), 'the worker\'s own message');
      const reply = worker.locator('main ol.messages li.from-counsellor .body');
      assert.equal(await reply.count(), 1, 'one reply from the counsellor');
      assert.equal(norm(await reply.innerText()), norm(REPLY), 'the counsellor\'s reply');
      assert.equal(
        norm(await worker.locator('main ol.messages li.from-counsellor .hint').innerText()).split('·')[0].trim(),
        VI['assist-from-counsellor'],
        'the reply is labelled as from the counsellor in Vietnamese',
      );

      const readsTitle = worker.locator('main h2').filter({ hasText: VI['assist-reads-title'] });
      assert.equal(await readsTitle.count(), 1, `the heading "${VI['assist-reads-title']}"`);
      const reads = worker.locator('main h2 + ul > li');
      const n = await reads.count();
      assert.ok(n >= 1, `"${VI['assist-reads-title']}" lists at least one read (found ${n})`);
      const entries = (await reads.allInnerTexts()).map(norm);
      t.diagnostic(`reads: ${JSON.stringify(entries)}`);
      const today = new Date().toISOString().slice(0, 10);
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      assert.ok(
        entries.some((e) => (e.startsWith(today) || e.startsWith(yesterday)) && /Tư vấn viên/.test(e)),
        `an entry for today's read by a counsellor ("${today}: Tư vấn viên"): ${JSON.stringify(entries)}`,
      );
      assert.ok(!main.includes(VI['assist-reads-none']), 'not "no one has opened your case"');
      await screenshot(worker, 'assist-worker-case', { screen: true });
      assert.deepEqual(worker.problems, [], 'no console errors or failed requests');
    });
  });

  test('accessibility (axe-core): /vi/assist, the worker\'s case page, the counsellor\'s inbox', async (t) => {
    assert.ok(staffCasePath, 'the earlier tests ran');
    const problems = [];
    // axe needs JavaScript: the worker's pages are checked in a JavaScript context with the
    // worker's case cookie.
    const ctx = await newContext(browser, { lang: 'vi', bypassCSP: true, viewport: { width: 360, height: 740 } });
    try {
      await ctx.addCookies(await workerContext.cookies(BASE));
      const page = await newPage(ctx);
      await step(page, 'assist-axe-worker', async () => {
        let res = await page.goto('/vi/assist');
        assert.equal(res.status(), 200);
        problems.push(axeProblem(t, '/vi/assist', await runAxe(page)));
        res = await page.goto('/vi/assist/case');
        assert.equal(res.status(), 200);
        assert.equal(
          await page.locator('main ol.messages li.from-counsellor').count(),
          1,
          'the case page (with the reply) is shown in the axe context',
        );
        problems.push(axeProblem(t, '/vi/assist/case (logged in)', await runAxe(page)));
      });
    } finally {
      await ctx.close();
    }
    await step(staff, 'assist-axe-inbox', async () => {
      const res = await staff.goto('/en/staff/assist?lang=vi');
      assert.equal(res.status(), 200);
      problems.push(axeProblem(t, '/en/staff/assist?lang=vi', await runAxe(staff)));
    });
    const bad = problems.filter(Boolean);
    assert.equal(bad.length, 0, bad.join('\n'));
  });
});
