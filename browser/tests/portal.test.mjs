// Portal (articles, search, installable PWA, offline reading) as a phone shows it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  BASE,
  SCRIPT_RE,
  formatViolations,
  htmlAttrs,
  launch,
  pathOf,
  revealSwitcher,
  runAxe,
  screenshot,
  submitForm,
  withPage,
} from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const CONTENT = join(here, '..', '..', 'crates', 'portal', 'content', 'articles');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Front matter `title = "…"` and the Markdown body of a demo article translation. */
function demoArticle(slug, lang) {
  const raw = readFileSync(join(CONTENT, slug, `${lang}.md`), 'utf8');
  const m = raw.match(/^\+\+\+\r?\n([\s\S]*?)\r?\n\+\+\+\r?\n([\s\S]*)$/);
  assert.ok(m, `${slug}/${lang}.md has +++ front matter`);
  const title = m[1].match(/^title\s*=\s*"((?:[^"\\]|\\.)*)"/m);
  assert.ok(title, `${slug}/${lang}.md has a title`);
  // Japanese marks furigana as {漢字|かんじ}; the page shows the base text with <rt> readings.
  const plain = JSON.parse(`"${title[1]}"`).replace(/\{([^|{}]+)\|[^{}]*\}/g, '$1');
  return { title: plain, body: m[2] };
}

/** Text of the first match of `selector` without furigana readings (<rt>, <rp>). */
function textWithoutRuby(page, selector) {
  return page.locator(selector).first().evaluate((el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('rt, rp').forEach((n) => n.remove());
    return copy.textContent.replace(/\s+/g, ' ').trim();
  });
}

/** Asserts the article page shows `lang` itself (no "not translated" notice). */
async function checkArticle(page, lang, slug) {
  assert.equal(pathOf(page.url()), `/${lang}/articles/${slug}`, 'on the article page');
  assert.equal((await htmlAttrs(page)).lang, lang, '<html lang>');
  const article = page.locator('main article');
  assert.equal(await article.count(), 1, 'one <article> in <main>');
  assert.equal(await article.getAttribute('lang'), lang, '<article lang>');
  assert.equal(
    await page.locator('main .notice[role=note]').count(),
    0,
    `no "not translated" fallback notice: ${await page.locator('main .notice').allInnerTexts()}`,
  );
  const { title } = demoArticle(slug, lang);
  assert.equal(await textWithoutRuby(page, 'main article h1'), title, `<h1> is the ${lang} title from ${slug}/${lang}.md`);
  return article;
}

function noHorizontalScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
}

function checkAxe(t, path, violations) {
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (violations.length) {
    t.diagnostic(`${path}: ${violations.length} axe violation(s): ${violations.map((v) => `${v.id}[${v.impact}]`).join(', ')}`);
  }
  assert.equal(
    bad.length,
    0,
    `${bad.length} serious/critical axe violation(s) on ${path}; all violations:\n${formatViolations(violations)}`,
  );
}

// A Burmese word from the Burmese demo articles ("leave days"), found in paid-leave and others.
const MY_WORD = 'ခွင့်ရက်';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf) {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(buf.length > 24 && buf.subarray(0, 8).equals(sig), 'PNG signature');
  return `${buf.readUInt32BE(16)}x${buf.readUInt32BE(20)}`;
}

describe('portal', () => {
  test('Tagalog article /tl/articles/paid-leave', async (t) => {
    await withPage(browser, 'portal-tl-article', { lang: 'tl' }, async (page) => {
      const res = await page.goto('/tl/articles/paid-leave');
      assert.equal(res.status(), 200);
      const article = await checkArticle(page, 'tl', 'paid-leave');
      const text = await article.innerText();
      // Tagalog function words, and a sentence from tl.md.
      for (const w of [' ang ', ' mo ', ' ng ', ' sa ']) assert.ok(text.includes(w), `article text contains Tagalog "${w.trim()}"`);
      assert.ok(text.includes('Karapatan ito ayon sa batas ng Japan.'), 'article body is tl.md');
      assert.ok(await noHorizontalScroll(page), 'no horizontal scroll at 360px');
      t.diagnostic(`screenshot: ${await screenshot(page, 'portal-tl-paid-leave', { screen: true })}`);
      assert.deepEqual(page.problems, [], 'no console errors, page errors or failed requests');
    });
  });

  test('switch to simple Japanese on the same article; furigana off and on', async (t) => {
    await withPage(browser, 'portal-ja-furigana', { lang: 'tl' }, async (page) => {
      await page.goto('/tl/articles/paid-leave');
      const link = page.locator('nav#language-switcher a[hreflang="ja"]');
      await revealSwitcher(page, link);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
      const article = await checkArticle(page, 'ja', 'paid-leave');
      assert.match(await article.innerText(), SCRIPT_RE.ja, 'Japanese text');
      const rubyOn = await article.locator('ruby').count();
      assert.ok(rubyOn > 0, '<ruby> in the Japanese article');
      assert.ok((await article.locator('ruby rt:visible').count()) > 0, 'furigana (<rt>) visible');
      await screenshot(page, 'portal-ja-paid-leave-furigana-on', { screen: true });

      assert.equal(await page.locator('form#furigana-toggle').count(), 1, 'form#furigana-toggle');
      await submitForm(page, 'form#furigana-toggle');
      assert.equal(pathOf(page.url()), '/ja/articles/paid-leave', 'the toggle returns to the article');
      assert.equal(await page.locator('article ruby').count(), 0, 'no <ruby> in the article with furigana off');
      assert.equal(await page.locator('rt:visible').count(), 0, 'no furigana shown anywhere');
      await screenshot(page, 'portal-ja-paid-leave-furigana-off', { screen: true });

      await submitForm(page, 'form#furigana-toggle');
      assert.equal(pathOf(page.url()), '/ja/articles/paid-leave', 'the toggle returns to the article');
      assert.equal(await page.locator('article ruby').count(), rubyOn, 'furigana back on: same <ruby> count');
      t.diagnostic(`${rubyOn} <ruby> in /ja/articles/paid-leave`);
      assert.deepEqual(page.problems, [], 'no console errors, page errors or failed requests');
    });
  });

  test('search in Burmese from /my/articles', async (t) => {
    assert.ok(demoArticle('paid-leave', 'my').body.includes(MY_WORD), `"${MY_WORD}" occurs in paid-leave/my.md`);
    assert.ok([...MY_WORD].length >= 3);
    await withPage(browser, 'portal-my-search', { lang: 'my' }, async (page) => {
      const res = await page.goto('/my/articles');
      assert.equal(res.status(), 200);
      assert.equal((await htmlAttrs(page)).lang, 'my');
      const input = page.locator('form.search #q');
      await input.click();
      await input.pressSequentially(MY_WORD);
      assert.equal(await input.inputValue(), MY_WORD, 'typed into #q');
      await submitForm(page, 'form.search');
      const u = new URL(page.url());
      assert.equal(u.pathname, '/my/search');
      assert.equal(u.searchParams.get('q'), MY_WORD);
      const hrefs = await page.locator('main a[href^="/my/articles/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.length >= 1, `at least one result linking to /my/articles/…; page text: ${await page.locator('main').innerText()}`);
      assert.ok(hrefs.includes('/my/articles/paid-leave'), `paid-leave among the results: ${hrefs.join(', ')}`);
      assert.equal(await page.locator('#q').inputValue(), MY_WORD, 'the query stays in the box');
      t.diagnostic(`results: ${hrefs.join(', ')}`);
      await screenshot(page, 'portal-my-search-results', { screen: true });
      assert.deepEqual(page.problems, [], 'no console errors, page errors or failed requests');
    });
  });

  test('installable: manifest, icons, service worker at the site root', async (t) => {
    await withPage(browser, 'portal-manifest', { lang: 'vi' }, async (page) => {
      await page.goto('/vi/articles/paid-leave');
      const href = await page.locator('head link[rel="manifest"]').getAttribute('href');
      assert.ok(href, '<link rel="manifest" href>');
      const manifestUrl = new URL(href, page.url());
      assert.equal(manifestUrl.origin, new URL(BASE).origin, 'manifest on the same origin');
      const res = await page.request.get(manifestUrl.href);
      assert.equal(res.status(), 200, `GET ${manifestUrl.pathname}`);
      assert.match(res.headers()['content-type'] || '', /^application\/(manifest\+)?json/, 'manifest content type');
      const m = await res.json();
      t.diagnostic(`manifest ${manifestUrl.pathname}: ${JSON.stringify(m)}`);
      assert.ok(typeof m.name === 'string' && m.name.trim(), 'name');
      assert.ok(typeof m.short_name === 'string' && m.short_name.trim(), 'short_name');
      assert.equal(m.display, 'standalone', 'display');
      assert.ok(m.start_url, 'start_url');
      const start = new URL(m.start_url, manifestUrl);
      assert.equal(start.origin, manifestUrl.origin, 'start_url on the same origin');
      assert.equal(start.pathname, '/vi/', 'start_url is the home page of the page language');
      const scope = new URL(m.scope || '.', manifestUrl);
      assert.ok(start.pathname.startsWith(scope.pathname), `start_url ${start.pathname} inside scope ${scope.pathname}`);
      assert.equal((await page.request.get(start.href)).status(), 200, 'start_url loads');

      assert.ok(Array.isArray(m.icons), 'icons');
      for (const size of ['192x192', '512x512']) {
        const icon = m.icons.find((i) => (i.sizes || '').split(/\s+/).includes(size) && i.type === 'image/png');
        assert.ok(icon, `a ${size} image/png icon in ${JSON.stringify(m.icons)}`);
        const r = await page.request.get(new URL(icon.src, manifestUrl).href);
        assert.equal(r.status(), 200, `GET ${icon.src}`);
        assert.match(r.headers()['content-type'] || '', /^image\/png/, `${icon.src} content type`);
        assert.equal(pngSize(await r.body()), size, `${icon.src} is ${size}`);
      }

      const reg = await page.evaluate(async () => {
        const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('navigator.serviceWorker.ready did not resolve within 10 s')), 10_000));
        const r = await Promise.race([navigator.serviceWorker.ready, timeout]);
        return { scope: r.scope, script: r.active && r.active.scriptURL };
      });
      t.diagnostic(`service worker: ${JSON.stringify(reg)}`);
      assert.equal(reg.scope, `${new URL(BASE).origin}/`, 'registration scope is the site root');
      assert.equal(pathOf(reg.script), '/sw.js');
      assert.deepEqual(page.problems, [], 'no console errors, page errors or failed requests');
    });
  });

  test('offline: an article read before still opens; another shows the offline page', async (t) => {
    const slug = 'earthquake-what-to-do';
    const path = `/vi/articles/${slug}`;
    const { title } = demoArticle(slug, 'vi');
    await withPage(browser, 'portal-offline', { lang: 'vi' }, async (page, context) => {
      await page.goto(path);
      await page.evaluate(() => navigator.serviceWorker.ready);
      // The first load registered the worker; it claims the page once active.
      let controlled = await page
        .waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 5_000 })
        .then(() => true, () => false);
      // The article is cached when a controlled page navigates to it: reload once under control.
      await page.reload();
      if (!controlled) {
        controlled = await page.evaluate(() => !!navigator.serviceWorker.controller);
      }
      assert.ok(controlled, 'the service worker controls the page');
      await page.waitForFunction(
        async () => !!(await caches.match(location.href)),
        null,
        { timeout: 10_000, polling: 200 },
      );
      // The offline page is cached at install time.
      assert.ok(await page.evaluate(async () => !!(await caches.match('/vi/offline'))), '/vi/offline cached');

      await context.setOffline(true);
      try {
        assert.equal(await page.evaluate(() => navigator.onLine), false, 'navigator.onLine is false');
        const again = await page.reload();
        assert.ok(again, 'a response for the offline reload');
        assert.ok(again.fromServiceWorker(), 'the offline reload was answered by the service worker');
        assert.equal(pathOf(page.url()), path);
        assert.equal((await page.locator('article h1').innerText()).trim(), title, 'the article title shows offline');
        assert.match(await page.locator('article').innerText(), SCRIPT_RE.vi, 'Vietnamese article text offline');
        t.diagnostic(`screenshot: ${await screenshot(page, 'portal-offline-vi-earthquake', { screen: true })}`);

        // Also by a fresh navigation (not a reload).
        await page.goto('about:blank');
        await page.goto(path);
        assert.equal((await page.locator('article h1').innerText()).trim(), title, 'the article opens again offline');

        // Never opened: the offline page of the reader's language.
        const other = '/vi/articles/sending-money-home';
        const cachedOther = await page.evaluate(async (u) => !!(await caches.match(u)), other);
        assert.equal(cachedOther, false, `${other} was never opened, so it is not cached`);
        await page.goto(other);
        assert.equal(pathOf(page.url()), other, 'URL stays on the requested article');
        assert.equal((await htmlAttrs(page)).lang, 'vi');
        const offlineTitle = (await page.locator('main h1').innerText()).trim();
        const expected = await page.evaluate(async () => {
          const html = await (await caches.match('/vi/offline')).text();
          return new DOMParser().parseFromString(html, 'text/html').querySelector('main h1').textContent.trim();
        });
        assert.equal(offlineTitle, expected, 'the /vi/offline page shows');
        assert.equal(await page.locator('main article').count(), 0, 'no article on the offline page');
        await screenshot(page, 'portal-offline-vi-not-cached', { screen: true });
        t.diagnostic(`offline page: "${offlineTitle}"`);
      } finally {
        await context.setOffline(false);
      }
    });
  });

  describe('without JavaScript', () => {
    const NOJS = { javaScriptEnabled: false };

    test('article page /my/articles/paid-leave', async () => {
      await withPage(browser, 'portal-nojs-article', { lang: 'my', ...NOJS }, async (page) => {
        const res = await page.goto('/my/articles/paid-leave');
        assert.equal(res.status(), 200);
        const article = await checkArticle(page, 'my', 'paid-leave');
        assert.match(await article.innerText(), SCRIPT_RE.my, 'Burmese text');
        assert.equal(await page.evaluate(() => !!navigator.serviceWorker?.controller), false);
        await screenshot(page, 'portal-nojs-my-paid-leave');
        assert.deepEqual(page.problems, [], 'no console errors, page errors or failed requests');
      });
    });

    test('search /vi/articles → results', async () => {
      await withPage(browser, 'portal-nojs-search', { lang: 'vi', ...NOJS }, async (page) => {
        await page.goto('/vi/articles');
        await page.locator('form.search #q').fill('động đất');
        await submitForm(page, 'form.search');
        assert.equal(new URL(page.url()).pathname, '/vi/search');
        const hrefs = await page.locator('main a[href^="/vi/articles/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.ok(hrefs.includes('/vi/articles/earthquake-what-to-do'), `earthquake article found: ${hrefs.join(', ')}`);
        await screenshot(page, 'portal-nojs-vi-search');
        assert.deepEqual(page.problems, [], 'no console errors, page errors or failed requests');
      });
    });
  });

  describe('accessibility (axe-core)', () => {
    const PAGES = [
      ['my', '/my/articles/paid-leave'],
      ['vi', '/vi/articles/earthquake-what-to-do'],
      ['my', `/my/search?q=${encodeURIComponent(MY_WORD)}`],
    ];
    for (const [lang, path] of PAGES) {
      test(path, async (t) => {
        await withPage(browser, `portal-axe-${path}`, { lang, bypassCSP: true }, async (page) => {
          const res = await page.goto(path);
          assert.equal(res.status(), 200, `GET ${path}`);
          if (path.includes('/search')) {
            assert.ok((await page.locator('main a[href^="/my/articles/"]').count()) > 0, 'results on the page');
          }
          checkAxe(t, path, await runAxe(page));
        });
      });
    }
  });
});
