// With JavaScript off (old phones, data savers): home and login must still work.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DEMO_HINT,
  DEMO_WORKER,
  errorTexts,
  htmlAttrs,
  launch,
  login,
  pathOf,
  screenshot,
  submitForm,
  withPage,
} from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const NOJS = { javaScriptEnabled: false };

describe('without JavaScript', () => {
  for (const lang of ['my', 'vi']) {
    test(`home /${lang}/ renders`, async () => {
      await withPage(browser, `nojs-home-${lang}`, { lang, ...NOJS }, async (page) => {
        const res = await page.goto(`/${lang}/`);
        assert.equal(res.status(), 200);
        assert.equal((await htmlAttrs(page)).lang, lang);
        assert.equal(await page.locator('nav#language-switcher').count(), 1, 'language switcher');
        assert.ok((await page.locator('body').innerText()).trim().length > 50, 'the page has content');
        await screenshot(page, `nojs-home-${lang}`);
      });
    });
  }

  test('/ redirects to a language page', async () => {
    await withPage(browser, 'nojs-root', { lang: 'vi', ...NOJS }, async (page) => {
      await page.goto('/');
      assert.equal(pathOf(page.url()), '/vi/');
    });
  });

  test('furigana toggle works on /ja/', async () => {
    await withPage(browser, 'nojs-furigana', { lang: 'ja', ...NOJS }, async (page) => {
      await page.goto('/ja/');
      assert.ok((await page.locator('ruby rt').count()) > 0, '<ruby> with <rt> present');
      await submitForm(page, 'form#furigana-toggle');
      assert.equal(await page.locator('rt:visible').count(), 0, 'furigana off');
      await submitForm(page, 'form#furigana-toggle');
      assert.ok((await page.locator('rt:visible').count()) > 0, 'furigana on again');
    });
  });

  test('language switcher links work', async () => {
    await withPage(browser, 'nojs-switch', { lang: 'en', ...NOJS }, async (page) => {
      await page.goto('/en/account/login');
      // Follow the link's href (a folded <details> switcher opens without JS too).
      const href = await page.locator('nav#language-switcher a[hreflang="my"]').getAttribute('href');
      await page.goto(href);
      assert.equal(pathOf(page.url()), '/my/account/login');
      assert.equal((await htmlAttrs(page)).lang, 'my');
    });
  });

  test('login, wrong password and logout', async () => {
    await withPage(browser, 'nojs-login', { lang: 'vi', ...NOJS }, async (page) => {
      await login(page, 'vi', 'nobody-here@example.org', 'wrong-password-000000');
      assert.ok((await errorTexts(page)).length > 0, 'wrong password shows an error without JS');

      await login(page, 'vi', DEMO_WORKER.email, DEMO_WORKER.password);
      assert.deepEqual(await errorTexts(page), [], `no error after logging in as ${DEMO_WORKER.email} (${DEMO_HINT}) at ${page.url()}`);
      assert.equal(await page.locator('form#logout').count(), 1, 'form#logout after login');
      await page.goto('/vi/account');
      assert.equal(pathOf(page.url()), '/vi/account');
      await screenshot(page, 'nojs-account-vi');
      await submitForm(page, 'form#logout');
      assert.equal(await page.locator('form#logout').count(), 0, 'logged out');
    });
  });

  test('register page shows the form', async () => {
    await withPage(browser, 'nojs-register', { lang: 'my', ...NOJS }, async (page) => {
      const res = await page.goto('/my/account/register');
      assert.equal(res.status(), 200);
      for (const name of ['email', 'display_name', 'password', 'password_confirm']) {
        assert.equal(await page.locator(`form#register [name=${name}]`).count(), 1, `input ${name}`);
      }
    });
  });
});
