// The language switcher keeps the reader on the same page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LANGUAGES, htmlAttrs, launch, pathOf, revealSwitcher, withPage } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const PAGES = ['/', '/account/login', '/account/register'];

describe('language switcher', () => {
  for (const rest of PAGES) {
    test(`links on /en${rest} point to the same path in every language`, async () => {
      await withPage(browser, `switcher-links-${rest}`, { lang: 'en' }, async (page) => {
        const res = await page.goto(`/en${rest}`);
        assert.equal(res.status(), 200, `GET /en${rest}`);
        const nav = page.locator('nav#language-switcher');
        assert.equal(await nav.count(), 1, 'nav#language-switcher present');
        const links = await nav.locator('a[hreflang]').evaluateAll((as) =>
          as.map((a) => ({
            hreflang: a.getAttribute('hreflang'),
            lang: a.getAttribute('lang'),
            href: a.getAttribute('href'),
          })),
        );
        const problems = [];
        for (const code of LANGUAGES) {
          if (code === 'en') continue; // the current language may be shown as text, not a link
          const link = links.find((l) => l.hreflang === code);
          if (!link) {
            problems.push(`no <a hreflang="${code}">`);
            continue;
          }
          if (link.lang !== code) problems.push(`<a hreflang="${code}"> has lang="${link.lang}"`);
          if (pathOf(link.href) !== `/${code}${rest}`) {
            problems.push(`<a hreflang="${code}"> href="${link.href}", expected /${code}${rest}`);
          }
        }
        assert.deepEqual(problems, [], `switcher links: ${JSON.stringify(links)}`);
      });
    });
  }

  const walks = [
    ['/en/account/login', ['vi', 'my', 'ja', 'pt-BR', 'zh-Hans']],
    ['/ja/', ['my', 'vi', 'tl']],
    ['/vi/account/register', ['id', 'es', 'en']],
  ];
  for (const [start, hops] of walks) {
    test(`clicking through ${hops.join(' → ')} from ${start} keeps the path`, async () => {
      const lang0 = start.split('/')[1];
      const rest = start.slice(lang0.length + 1);
      await withPage(browser, `switch-${start}`, { lang: lang0 }, async (page) => {
        await page.goto(start);
        for (const code of hops) {
          const link = page.locator(`nav#language-switcher a[hreflang="${code}"]`);
          await revealSwitcher(page, link);
          await Promise.all([
            page.waitForURL((u) => new URL(u).pathname === `/${code}${rest}`),
            link.click(),
          ]);
          assert.equal(pathOf(page.url()), `/${code}${rest}`, `after choosing ${code}`);
          const attrs = await htmlAttrs(page);
          assert.equal(attrs.lang, code, `<html lang> after choosing ${code}`);
          assert.equal(attrs.dir, 'ltr', `<html dir> after choosing ${code}`);
        }
      });
    });
  }
});
