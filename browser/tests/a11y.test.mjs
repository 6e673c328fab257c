// axe-core: no serious or critical violations on the worker pages (phone viewport).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_HINT, DEMO_WORKER, formatViolations, launch, login, pathOf, runAxe, withPage } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const PAGES = [
  ['my', '/my/'],
  ['vi', '/vi/'],
  ['ja', '/ja/'],
  ['en', '/en/account/login'],
  ['my', '/my/account/login'],
  ['vi', '/vi/account/register'],
  ['ja', '/ja/account/register'],
];

function check(t, path, violations) {
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

describe('accessibility (axe-core)', () => {
  for (const [lang, path] of PAGES) {
    test(`${path}`, async (t) => {
      await withPage(browser, `axe-${path}`, { lang, bypassCSP: true }, async (page) => {
        const res = await page.goto(path);
        assert.equal(res.status(), 200, `GET ${path}`);
        check(t, path, await runAxe(page));
      });
    });
  }

  test('/vi/account (logged-in worker)', async (t) => {
    await withPage(browser, 'axe-account', { lang: 'vi', bypassCSP: true }, async (page) => {
      await login(page, 'vi', DEMO_WORKER.email, DEMO_WORKER.password);
      await page.goto('/vi/account');
      assert.equal(pathOf(page.url()), '/vi/account', `logged in as ${DEMO_WORKER.email} (${DEMO_HINT})`);
      check(t, '/vi/account', await runAxe(page));
    });
  });

  test('/ja/account/login after a wrong password (error message)', async (t) => {
    await withPage(browser, 'axe-login-error', { lang: 'ja', bypassCSP: true }, async (page) => {
      await login(page, 'ja', 'nobody-here@example.org', 'wrong-password-000000');
      check(t, '/ja/account/login (error)', await runAxe(page));
    });
  });
});
