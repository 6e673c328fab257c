// Accounts: register → confirm by mail → login → account page → logout; wrong password.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BASE,
  DEMO_HINT,
  DEMO_WORKER,
  SCRIPT_RE,
  confirmLink,
  errorTexts,
  launch,
  login,
  pathOf,
  screenshot,
  submitForm,
  waitForMail,
  withPage,
} from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('accounts', () => {
  test('register, confirm by mail, log in, see the account page, log out (vi, phone)', async (t) => {
    const lang = 'vi';
    const stamp = `${Date.now()}-${process.pid}`;
    const email = `browser-${stamp}@example.org`;
    const password = `Quả-na-${stamp}-mật-khẩu`;
    const displayName = `Nguyễn Thị ${stamp.slice(-4)}`;

    await withPage(browser, 'register-flow', { lang }, async (page) => {
      // 1. Register.
      const res = await page.goto(`/${lang}/account/register`);
      assert.equal(res.status(), 200, `GET /${lang}/account/register`);
      const form = page.locator('form#register');
      assert.equal(await form.count(), 1, 'form#register present');
      await form.locator('[name=email]').fill(email);
      await form.locator('[name=display_name]').fill(displayName);
      await form.locator('[name=password]').fill(password);
      await form.locator('[name=password_confirm]').fill(password);
      await submitForm(page, 'form#register');
      assert.deepEqual(await errorTexts(page), [], `no error after registering (at ${page.url()})`);
      assert.equal(await page.locator('form#register').count(), 0, 'left the registration form');
      await screenshot(page, 'register-mail-sent-vi');
      t.diagnostic(`after registering: ${pathOf(page.url())}`);

      // 2. The confirmation mail.
      const mail = await waitForMail(email);
      t.diagnostic(`mail ${mail.file}, subject: ${mail.subject}`);
      const link = confirmLink(mail);
      const linkUrl = new URL(link);
      assert.match(linkUrl.pathname, new RegExp(`^/${lang}/account/confirm$`), `confirm link path in ${link}`);
      if (linkUrl.origin !== BASE) {
        t.diagnostic(`confirm link origin ${linkUrl.origin} differs from the test server ${BASE}; following its path`);
      }

      // 3. Confirm.
      const confirm = await page.goto(pathOf(link));
      assert.ok(confirm.status() < 400, `GET confirm link: status ${confirm.status()}`);
      assert.deepEqual(await errorTexts(page), [], `no error on the confirmation page (at ${page.url()})`);
      // The contract says visiting the link confirms.  A confirmation page with a
      // button (form#confirm, POST) is also accepted: it keeps mail scanners that
      // prefetch links from confirming; a person clicks the button.
      if (await page.locator('form#confirm').count()) {
        t.diagnostic('the confirm link shows form#confirm; submitting it (a GET alone does not confirm)');
        await screenshot(page, 'confirm-form-vi');
        await submitForm(page, 'form#confirm');
        assert.deepEqual(await errorTexts(page), [], `no error after confirming (at ${page.url()})`);
      }
      await screenshot(page, 'confirmed-vi');

      // A used token must not confirm twice.
      // (Not asserted: the contract does not say what a reused token shows.)

      // 4. Log in.
      await login(page, lang, email, password);
      assert.deepEqual(await errorTexts(page), [], `no error after logging in (at ${page.url()})`);
      assert.equal(await page.locator('form#logout').count(), 1, 'account menu with form#logout after login');

      // 5. The account page.
      const account = await page.goto(`/${lang}/account`);
      assert.equal(account.status(), 200, `GET /${lang}/account`);
      assert.equal(pathOf(page.url()), `/${lang}/account`, 'the account page, not a redirect to login');
      const body = await page.locator('body').innerText();
      assert.ok(
        body.includes(email) || body.includes(displayName),
        'the account page shows the email or the display name',
      );
      await screenshot(page, 'account-vi');

      // 6. Log out.
      await submitForm(page, 'form#logout');
      assert.equal(await page.locator('form#logout').count(), 0, 'no form#logout after logging out');
      await page.goto(`/${lang}/account`);
      assert.equal(await page.locator('form#logout').count(), 0, `/${lang}/account no longer shows a logged-in user`);
      const after = await page.locator('body').innerText();
      assert.ok(!after.includes(email), 'the account page no longer shows the email');
    });
  });

  // Only two wrong passwords for the demo worker, so that a lockout after a few
  // failures cannot break the other tests; the others use an unknown address,
  // which must show the same kind of error.
  const wrong = [
    ['ja', DEMO_WORKER.email],
    ['my', DEMO_WORKER.email],
    ['vi', 'nobody-here@example.org'],
    ['en', 'nobody-here@example.org'],
  ];
  for (const [lang, email] of wrong) {
    test(`wrong password shows an error in ${lang} (${email})`, async () => {
      await withPage(browser, `wrong-password-${lang}`, { lang }, async (page) => {
        await login(page, lang, email, 'not-the-password-123456');
        const errors = await errorTexts(page);
        assert.ok(errors.length > 0, 'a visible .error or [role=alert] element with text');
        assert.equal(await page.locator('form#logout').count(), 0, 'not logged in');
        assert.equal(await page.locator('form#login').count(), 1, 'the login form is shown again');
        if (SCRIPT_RE[lang]) {
          assert.match(errors.join(' '), SCRIPT_RE[lang], `error text is in ${lang}: ${JSON.stringify(errors)}`);
        }
        const htmlLang = await page.evaluate(() => document.documentElement.lang);
        assert.equal(htmlLang, lang, '<html lang> of the error page');
        // The email is kept so the worker need not type it again; the password is not.
        const kept = await page.locator('form#login [name=password]').inputValue();
        assert.equal(kept, '', 'the password field is not filled back in');
        await screenshot(page, `wrong-password-${lang}`);
      });
    });
  }

  test('demo worker logs in and out (my, phone)', async () => {
    await withPage(browser, 'demo-worker-login', { lang: 'my' }, async (page) => {
      await login(page, 'my', DEMO_WORKER.email, DEMO_WORKER.password);
      assert.deepEqual(await errorTexts(page), [], `no error after logging in as ${DEMO_WORKER.email} (${DEMO_HINT}) at ${page.url()}`);
      assert.equal(await page.locator('form#logout').count(), 1, 'form#logout after login');
      await page.goto('/my/account');
      assert.equal(pathOf(page.url()), '/my/account', 'account page for the logged-in worker');
      assert.match(await page.locator('body').innerText(), SCRIPT_RE.my, 'account page in Burmese');
      await screenshot(page, 'account-my');
      await submitForm(page, 'form#logout');
      assert.equal(await page.locator('form#logout').count(), 0, 'logged out');
    });
  });
});
