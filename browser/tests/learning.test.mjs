// Learning: the demo learner takes chapter 1 in English with JavaScript off, fails its quiz,
// retakes and passes it, then finishes the rest of the course (every lesson read, every quiz
// answered from the course's own files), opens the verification page of the badge, and the
// credential is checked with an independent verifier: `jose` from the npm registry, verifying the
// VC-JWT's EdDSA signature with the published JWK — and refusing it after one byte is changed.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importJWK, jwtVerify } from 'jose';

import { errorTexts, launch, login, newContext, newPage, pathOf, runAxe, screenshot, submitForm } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const COURSE_DIR = join(here, '..', '..', 'crates', 'learning', 'courses', 'sme-rights');
const LEARNER = { email: 'learner@demo.hiroba.example', password: process.env.HIROBA_DEMO_PASSWORD || 'hiroba-demo-2026' };

/** The chapters (in order, with their lessons) from course.toml. */
function chapters() {
  const text = readFileSync(join(COURSE_DIR, 'course.toml'), 'utf8');
  return text.split('[[chapter]]').slice(1).map((block) => ({
    id: block.match(/id = "([^"]+)"/)[1],
    lessons: [...block.match(/lessons = \[([^\]]*)\]/)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]),
  }));
}

/** question id → correct choice ids, from quiz-<chapter>.toml (English). */
function answers(chapter) {
  const text = readFileSync(join(COURSE_DIR, 'en', `quiz-${chapter}.toml`), 'utf8');
  const out = {};
  for (const block of text.split('[[question]]').slice(1)) {
    const id = block.match(/^\s*id = "([^"]+)"/)[1];
    out[id] = [...block.matchAll(/\[\[question\.choice\]\]\s*\nid = "([^"]+)"[^[]*?correct = (true|false)/g)]
      .filter((m) => m[2] === 'true')
      .map((m) => m[1]);
  }
  return out;
}

async function answerQuiz(page, chapter, right) {
  const correct = answers(chapter);
  for (const [q, ids] of Object.entries(correct)) {
    const inputs = page.locator(`form#quiz [name="q-${q}"]`);
    const n = await inputs.count();
    for (let i = 0; i < n; i++) {
      const input = inputs.nth(i);
      const value = await input.getAttribute('value');
      const type = await input.getAttribute('type');
      if (right ? ids.includes(value) : !ids.includes(value)) {
        await input.check();
        if (!right || type === 'radio') break;
      }
    }
  }
  await submitForm(page, 'form#quiz');
}

describe('Learning: a chapter without JavaScript, the whole course, a verifiable badge', () => {
  let browser;
  let page;
  let badgePath;

  before(async () => {
    browser = await launch();
    page = await newPage(await newContext(browser, { lang: 'en', javaScriptEnabled: false }));
  });
  after(async () => {
    await browser?.close();
  });

  test('chapter 1 in English with JavaScript off: lesson, failed quiz, retake, pass', async () => {
    await login(page, 'en', LEARNER.email, LEARNER.password);
    assert.deepEqual(await errorTexts(page), [], 'the demo learner is signed in');
    await page.goto('/en/learn/sme-rights');
    assert.match(await page.locator('main h1').innerText(), /Protecting the rights of migrant workers/);
    assert.equal(await page.locator('#status progress').getAttribute('value'), '0');
    await screenshot(page, 'learning-course-start-en', { screen: true });
    await Promise.all([page.waitForNavigation(), page.locator('#resume').click()]);
    assert.equal(pathOf(page.url()), '/en/learn/sme-rights/lessons/why-act');
    assert.match(await page.locator('main article h1').innerText(), /Why act/);
    await screenshot(page, 'learning-lesson-en', { screen: true });
    await submitForm(page, 'form#lesson-done');
    assert.equal(pathOf(page.url()), '/en/learn/sme-rights/quiz/introduction', 'the lesson leads to the chapter quiz');

    await answerQuiz(page, 'introduction', false);
    assert.match(await page.locator('#quiz-result').innerText(), /Not passed yet\./);
    assert.ok((await page.locator('.quiz-review small').count()) >= 10, 'every answer is explained');
    await screenshot(page, 'learning-quiz-failed-en');
    await Promise.all([page.waitForNavigation(), page.locator('#retake').click()]);
    await answerQuiz(page, 'introduction', true);
    assert.match(await page.locator('#quiz-result').innerText(), /Passed\. 5 of 5 correct\./);
    await screenshot(page, 'learning-quiz-passed-en');
    // axe-core needs scripts: check the same pages in a JavaScript-enabled copy of the session.
    const withJs = await newPage(
      await newContext(browser, { lang: 'en', storageState: await page.context().storageState() }),
    );
    for (const path of ['/en/learn/sme-rights', '/en/learn/sme-rights/quiz/framework', '/en/learn/sme-rights/lessons/due-diligence']) {
      await withJs.goto(path);
      const axe = (await runAxe(withJs)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(axe.map((v) => v.id), [], `no serious accessibility violations on ${path}`);
    }
    await withJs.context().close();
  });

  test('the rest of the course: every lesson and quiz; the badge verifies with jose', async () => {
    for (const ch of chapters().slice(1)) {
      for (const lesson of ch.lessons) {
        await page.goto(`/en/learn/sme-rights/lessons/${lesson}`);
        await submitForm(page, 'form#lesson-done');
      }
      assert.equal(pathOf(page.url()), `/en/learn/sme-rights/quiz/${ch.id}`);
      await answerQuiz(page, ch.id, true);
      assert.match(await page.locator('#quiz-result').innerText(), /Passed\./, `chapter ${ch.id}`);
    }
    await page.goto('/en/learn/sme-rights');
    assert.equal(await page.locator('#status progress').getAttribute('value'), '100');
    const link = page.locator('#badge-link');
    assert.equal(await link.count(), 1, 'the completed course links its badge');
    badgePath = await link.getAttribute('href');
    await screenshot(page, 'learning-course-done-en', { screen: true });

    // The public verification page, read by anyone (a fresh context, not signed in).
    const other = await newPage(await newContext(browser, { lang: 'vi', javaScriptEnabled: false }));
    const res = await other.goto(badgePath.replace(/^\/en\//, '/vi/'));
    assert.equal(res.status(), 200);
    assert.match(await other.locator('#badge-status').innerText(), /Chứng chỉ này là thật/);
    await screenshot(other, 'learning-badge-vi', { screen: true });

    // An independent verifier: jose (npm) checks the EdDSA signature against the published key.
    const json = await (await other.request.get(`${badgePath}/credential.json`)).json();
    assert.equal(json.status, 'valid');
    const jwks = await (await other.request.get('/.well-known/jwks.json')).json();
    assert.equal(jwks.keys[0].x, json.publicKeyJwk.x, 'the key in the answer is the published one');
    const key = await importJWK(jwks.keys[0], 'EdDSA');
    const { payload, protectedHeader } = await jwtVerify(json.jwt, key);
    assert.equal(protectedHeader.alg, 'EdDSA');
    assert.deepEqual(payload.type, ['VerifiableCredential', 'OpenBadgeCredential']);
    assert.ok(payload.credentialSubject.name, 'the learner is named');
    assert.match(payload.credentialSubject.achievement.name, /Protecting the rights of migrant workers/);
    const [h, p, s] = json.jwt.split('.');
    const changed = `${h}.${p.slice(0, 10)}${p[10] === 'A' ? 'B' : 'A'}${p.slice(11)}.${s}`;
    await assert.rejects(jwtVerify(changed, key), 'a changed byte is refused by jose');
  });
});
