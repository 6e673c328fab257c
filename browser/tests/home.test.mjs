// Home pages in the workers' languages, as a phone shows them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BASE,
  SCRIPT_RE,
  htmlAttrs,
  launch,
  pathOf,
  revealSwitcher,
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

async function checkHome(page, lang) {
  const res = await page.goto(`/${lang}/`);
  assert.equal(res.status(), 200, `GET /${lang}/ status`);
  assert.equal(pathOf(page.url()), `/${lang}/`, 'stays on the home page');
  const attrs = await htmlAttrs(page);
  assert.equal(attrs.lang, lang, '<html lang>');
  assert.equal(attrs.dir, 'ltr', '<html dir>');
  assert.ok(attrs.title.trim().length > 0, '<title> is not empty');
  assert.equal(await page.locator('nav#language-switcher').count(), 1, 'nav#language-switcher present');
  const text = await page.locator('body').innerText();
  if (SCRIPT_RE[lang]) {
    assert.match(text, SCRIPT_RE[lang], `body text is in the ${lang} script`);
  }
  // A phone must not scroll sideways.
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(
    widths.scroll <= widths.client + 1,
    `no horizontal overflow at 360px (scrollWidth ${widths.scroll} > clientWidth ${widths.client})`,
  );
  return text;
}

describe('home page', () => {
  for (const lang of ['my', 'vi']) {
    test(`/${lang}/ renders in ${lang} on a phone`, async (t) => {
      await withPage(browser, `home-${lang}`, { lang }, async (page) => {
        await checkHome(page, lang);
        const file = await screenshot(page, `home-${lang}`, { screen: true });
        t.diagnostic(`screenshot: ${file}`);
        assert.deepEqual(page.problems, [], 'no console errors, page errors or failed requests');
      });
    });
  }

  test('/ja/ shows furigana (<ruby>) and the toggle turns it off and on', async (t) => {
    await withPage(browser, 'home-ja', { lang: 'ja' }, async (page) => {
      await checkHome(page, 'ja');
      const rubies = await page.locator('ruby').count();
      const rts = await page.locator('ruby rt').count();
      assert.ok(rubies > 0, 'Japanese home page has <ruby> elements');
      assert.ok(rts > 0, 'Japanese home page has <rt> readings');
      const file = await screenshot(page, 'home-ja', { screen: true });
      t.diagnostic(`screenshot: ${file} (${rubies} <ruby>)`);
      assert.deepEqual(page.problems, [], 'no console errors, page errors or failed requests');

      assert.equal(await page.locator('form#furigana-toggle').count(), 1, 'form#furigana-toggle present');
      await submitForm(page, 'form#furigana-toggle');
      assert.equal(pathOf(page.url()).split('?')[0], '/ja/', 'toggle returns to the same page');
      const visibleRtOff = await page.locator('rt:visible').count();
      assert.equal(visibleRtOff, 0, 'after toggling off, no furigana (<rt>) is shown');
      await screenshot(page, 'home-ja-furigana-off', { screen: true });

      // The preference sticks (cookie) on a fresh load.
      await page.goto('/ja/');
      assert.equal(await page.locator('rt:visible').count(), 0, 'furigana stays off after reload');

      await submitForm(page, 'form#furigana-toggle');
      assert.ok((await page.locator('rt:visible').count()) > 0, 'after toggling on again, furigana is shown');
    });
  });
});

describe('/ redirects to a language', () => {
  const cases = [
    ['vi-VN,vi;q=0.9,en;q=0.5', '/vi/'],
    ['my', '/my/'],
    ['ja-JP,ja;q=0.9', '/ja/'],
    ['pt-BR,pt;q=0.9', '/pt-BR/'],
  ];
  for (const [acceptLanguage, expected] of cases) {
    test(`Accept-Language: ${acceptLanguage} → 303 ${expected}`, async () => {
      const res = await fetch(`${BASE}/`, {
        redirect: 'manual',
        headers: { 'Accept-Language': acceptLanguage },
      });
      assert.equal(res.status, 303, 'status');
      assert.equal(pathOf(res.headers.get('location')), expected, 'Location');
    });
  }

  test('a language chosen with the switcher wins over Accept-Language', async () => {
    await withPage(browser, 'root-cookie', { lang: 'en' }, async (page) => {
      await page.goto('/en/');
      const link = page.locator('nav#language-switcher a[hreflang="vi"]');
      await revealSwitcher(page, link);
      await Promise.all([
        page.waitForURL((u) => new URL(u).pathname === '/vi/'),
        link.click(),
      ]);
      await page.goto('/');
      assert.equal(pathOf(page.url()), '/vi/', '/ goes to the language chosen last (cookie)');
    });
  });
});
