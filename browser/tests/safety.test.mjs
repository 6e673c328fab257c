// Safety: the anonymous self-diagnosis, as a worker answers it on a phone.
//
// The answers come from the question bank itself (crates/safety/banks/2026-11/bank.toml): every
// question gets an answer on the harmless side of its flag rule, except the two this test wants
// flagged (overtime-hours = 60 and passport-holder = a choice from its flag's `choices`).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import {
  BASE,
  SCRIPT_RE,
  formatViolations,
  htmlAttrs,
  launch,
  pathOf,
  runAxe,
  screenshot,
  withPage,
} from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BANK_DIR = join(here, '..', '..', 'crates', 'safety', 'banks', '2026-11');
const DEMO_CODE = 'DEMO2026';
const DEMO_COMPANY = 'Hiroba Demo Foods Co., Ltd.';
const SIZE_LIMIT = 14 * 1024; // bytes on the wire (gzip), page HTML + its stylesheet(s)

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

// ---------------------------------------------------------------------------
// The question bank (a small reader for the subset of TOML the bank files use)

/** A TOML value as written in bank.toml: string, number, boolean, array or inline table. */
function tomlValue(src) {
  const s = src.trim();
  // Inline table / array: quote the bare keys and hand it to JSON.
  const json = s.replace(/([{,]\s*)([A-Za-z0-9_-]+)\s*=/g, '$1"$2":');
  return JSON.parse(json);
}

function stripComment(line) {
  let inStr = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && inStr) i++;
    else if (c === '"') inStr = !inStr;
    else if (c === '#' && !inStr) return line.slice(0, i);
  }
  return line;
}

/** bank.toml → { sections, questions: [{ id, section, kind, choices, flag, min, max, optional, article, severity }] } */
function readBank() {
  const raw = readFileSync(join(BANK_DIR, 'bank.toml'), 'utf8');
  const bank = { sections: [], questions: [] };
  let current = bank;
  for (const rawLine of raw.split(/\r?\n/)) {
    const line = stripComment(rawLine).trim();
    if (!line) continue;
    if (line === '[[question]]') {
      current = {};
      bank.questions.push(current);
      continue;
    }
    const m = line.match(/^([A-Za-z0-9_-]+)\s*=\s*(.+)$/);
    assert.ok(m, `bank.toml: cannot read line ${JSON.stringify(rawLine)}`);
    current[m[1]] = tomlValue(m[2]);
  }
  return bank;
}

/** <lang>.toml → { sections: {id: title}, question: {id: {text, hint, explanation, choices}} }, or null if absent. */
function readTexts(lang) {
  const file = join(BANK_DIR, `${lang}.toml`);
  if (!existsSync(file)) return null;
  const out = { sections: {}, question: {} };
  let target = null;
  for (const rawLine of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = stripComment(rawLine).trim();
    if (!line) continue;
    let h;
    if (line === '[sections]') target = out.sections;
    else if ((h = line.match(/^\[question\.([a-z0-9-]+)\]$/))) target = out.question[h[1]] ??= {};
    else if ((h = line.match(/^\[question\.([a-z0-9-]+)\.choices\]$/))) {
      const q = (out.question[h[1]] ??= {});
      target = q.choices ??= {};
    } else if ((h = line.match(/^("?[A-Za-z0-9_-]+"?)\s*=\s*(".*")$/))) {
      if (target) target[h[1].replace(/"/g, '')] = JSON.parse(h[2]);
    }
  }
  return out;
}

/** Removes furigana markers `{base|reading}` (and `[base|reading]`), keeping the base text. */
function stripRuby(s) {
  return s.replace(/\{([^|{}]+)\|[^{}]*\}/g, '$1').replace(/\[([^|[\]]+)\|[^[\]]*\]/g, '$1');
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();

const BANK = readBank();

/** An answer that does not trigger the question's flag. */
function harmless(q) {
  const f = q.flag;
  switch (q.kind) {
    case 'yes-no':
      if (!f) return 'no';
      return f.when === 'no' ? 'yes' : 'no';
    case 'choice': {
      const bad = f?.when === 'one-of' ? f.choices : [];
      const ok = q.choices.find((c) => !bad.includes(c));
      assert.ok(ok, `${q.id}: a choice outside its flag`);
      return ok;
    }
    case 'prefecture':
      return '13'; // Tokyo
    case 'number': {
      const min = q.min ?? 0;
      if (!f) return String(min);
      switch (f.when) {
        case 'above':
          return String(Math.min(min, f.value));
        case 'at-least':
          return String(min);
        case 'below':
          return String(Math.max(f.value, min) + 4);
        case 'below-minimum-wage':
          return '1500'; // Tokyo's minimum wage is 1,226 yen (2025-10-03)
        default:
          throw new Error(`${q.id}: unknown flag rule ${JSON.stringify(f)}`);
      }
    }
    default:
      throw new Error(`${q.id}: unknown kind ${q.kind}`);
  }
}

const PASSPORT = BANK.questions.find((q) => q.id === 'passport-holder');
const OVERTIME = BANK.questions.find((q) => q.id === 'overtime-hours');
assert.ok(PASSPORT && OVERTIME, 'bank.toml has passport-holder and overtime-hours');
assert.equal(PASSPORT.flag?.when, 'one-of');

/** The answers of the main scenario: harmless except the two flags; help wanted. */
function scenarioAnswers({ wantsHelp }) {
  const a = {};
  for (const q of BANK.questions) a[q.id] = harmless(q);
  a['overtime-hours'] = '60';
  a['passport-holder'] = PASSPORT.flag.choices[0];
  a['wants-help'] = wantsHelp ? 'yes' : 'no';
  return a;
}

function sectionQuestions(step) {
  const section = BANK.sections[step - 1];
  return BANK.questions.filter((q) => q.section === section);
}

// ---------------------------------------------------------------------------
// Page helpers

/** Clicks `selector` and waits for the resulting top-level navigation; returns its response. */
async function clickAndWait(page, selector) {
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator(selector).first().click()]);
  return res;
}

async function setAnswer(page, q, value) {
  const name = `q-${q.id}`;
  const field = page.locator(`form#safety-step fieldset.question#field-${q.id}`);
  if (q.kind === 'yes-no' || q.kind === 'choice') {
    await field.locator(`input[type=radio][name="${name}"][value="${value}"]`).check();
  } else if (q.kind === 'prefecture') {
    await field.locator(`select[name="${name}"]`).selectOption(value);
  } else {
    await field.locator(`input[name="${name}"]`).fill(value);
  }
}

async function getAnswer(page, q) {
  const name = `q-${q.id}`;
  if (q.kind === 'yes-no' || q.kind === 'choice') {
    const checked = page.locator(`input[type=radio][name="${name}"]:checked`);
    return (await checked.count()) ? checked.first().getAttribute('value') : '';
  }
  if (q.kind === 'prefecture') return page.locator(`select[name="${name}"]`).inputValue();
  return page.locator(`input[name="${name}"]`).inputValue();
}

/** Asserts the step page shows exactly the bank's questions of that section, in order. */
async function checkStepQuestions(page, step) {
  const ids = await page
    .locator('form#safety-step fieldset.question')
    .evaluateAll((fs) => fs.map((f) => f.id.replace(/^field-/, '')));
  assert.deepEqual(ids, sectionQuestions(step).map((q) => q.id), `questions of step ${step} (${BANK.sections[step - 1]})`);
}

async function fillStep(page, step, answers) {
  for (const q of sectionQuestions(step)) await setAnswer(page, q, answers[q.id]);
}

async function checkStepValues(page, step, answers, what) {
  for (const q of sectionQuestions(step)) {
    assert.equal(await getAnswer(page, q), answers[q.id], `${what}: ${q.id} keeps its answer`);
  }
}

function stepPath(lang, token, step) {
  return `/${lang}/safety/r/${token}/step/${step}`;
}

function tokenOf(url) {
  const m = new URL(url).pathname.match(/^\/[^/]+\/safety\/r\/([^/]+)\/step\/1$/);
  assert.ok(m, `after starting, on /{lang}/safety/r/{token}/step/1 (got ${url})`);
  return m[1];
}

/** Answers every section from `from` on with `answers` (the page must be on step `from`). */
async function answerSteps(page, lang, token, answers, from = 1) {
  let res;
  for (let step = from; step <= BANK.sections.length; step++) {
    assert.equal(pathOf(page.url()), stepPath(lang, token, step), `on step ${step}`);
    await fillStep(page, step, answers);
    res = await clickAndWait(page, 'form#safety-step button[name=go][value=next]');
  }
  return res;
}

/** Text of an element without furigana readings. */
function plainText(locator) {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('rt, rp').forEach((n) => n.remove());
    return copy.textContent.replace(/\s+/g, ' ').trim();
  });
}

/** Message keys rendered as a fallback (another language) inside `root`. */
async function fallbacks(page, root = 'main') {
  return page.locator(`${root} .i18n-fallback`).evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('data-i18n-missing') || '?'} (shown in ${e.getAttribute('lang')})`),
  );
}

// ---------------------------------------------------------------------------
// Sizes on the wire

/** GET `path` with Accept-Encoding: gzip; returns the bytes on the wire and the encoding. */
function wireSize(path, cookie) {
  return new Promise((resolve, reject) => {
    const req = http.get(
      new URL(path, BASE),
      { headers: { 'Accept-Encoding': 'gzip', ...(cookie ? { Cookie: cookie } : {}) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'] || 'identity';
          let raw = body.length;
          if (encoding === 'gzip') raw = gunzipSync(body).length;
          resolve({ status: res.statusCode, bytes: body.length, raw, encoding });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`timeout for GET ${path}`)));
  });
}

const SIZES = []; // { path, html, css, total, encoding }
const cssSizes = new Map();

/** Records the gzip size of the page now open (re-fetched by GET) plus its stylesheets. */
async function measure(page, context, label) {
  const path = pathOf(page.url());
  const cookie = (await context.cookies(BASE)).map((c) => `${c.name}=${c.value}`).join('; ');
  const html = await wireSize(path, cookie);
  assert.equal(html.status, 200, `GET ${path} for its size`);
  const sheets = await page.locator('link[rel=stylesheet]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
  let css = 0;
  for (const href of sheets) {
    const p = pathOf(href);
    if (!cssSizes.has(p)) {
      const s = await wireSize(p);
      assert.equal(s.status, 200, `GET ${p}`);
      cssSizes.set(p, s);
    }
    css += cssSizes.get(p).bytes;
  }
  SIZES.push({ label, path, html: html.bytes, raw: html.raw, css, total: html.bytes + css, encoding: html.encoding, sheets });
}

function checkAxe(t, path, violations) {
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (violations.length) {
    t.diagnostic(`${path}: ${violations.length} axe violation(s): ${violations.map((v) => `${v.id}[${v.impact}]`).join(', ')}`);
  }
  return bad.length ? `${bad.length} serious/critical axe violation(s) on ${path}:\n${formatViolations(bad)}` : null;
}

// ---------------------------------------------------------------------------

describe('safety', () => {
  test('without JavaScript, in Burmese: demo workplace, all sections, error, Back, help request, result', async (t) => {
    const MY = readTexts('my');
    const EN = readTexts('en');
    assert.ok(MY, `${join(BANK_DIR, 'my.toml')} exists (Burmese texts of the bank)`);
    // Checks on the language of the pages are gathered and asserted at the end, so that the
    // whole flow is exercised even when a text is still missing in Burmese.
    const lang = [];
    const burmese = async (page, selector, what) => {
      const loc = page.locator(selector).first();
      if (!(await loc.count())) return lang.push(`${what}: no ${selector} on ${pathOf(page.url())}`);
      const text = norm(await loc.innerText());
      const fb = await loc.evaluate((el) =>
        [...el.querySelectorAll('.i18n-fallback')].map((e) => e.getAttribute('data-i18n-missing')),
      );
      if (!SCRIPT_RE.my.test(text) || fb.length) {
        lang.push(`${what} (${selector} on ${pathOf(page.url())}) is not Burmese: "${text}"${fb.length ? ` [fallback for ${fb.join(', ')}]` : ''}`);
      }
    };
    const answers = scenarioAnswers({ wantsHelp: true });
    t.diagnostic(`flagged answers: overtime-hours=60, passport-holder=${answers['passport-holder']}`);

    await withPage(browser, 'safety-nojs-my', { lang: 'my', javaScriptEnabled: false }, async (page, context) => {
      // Intro with the demo workplace code from the link.
      const res = await page.goto(`/my/safety?site=${DEMO_CODE}`);
      assert.equal(res.status(), 200, 'GET /my/safety?site=DEMO2026');
      assert.equal((await htmlAttrs(page)).lang, 'my', '<html lang="my">');
      assert.equal(await page.locator('form#safety-start').count(), 1, 'form#safety-start');
      assert.equal(await page.locator('form#safety-start #site').inputValue(), DEMO_CODE, '#site holds the code');
      assert.ok((await page.locator('main').innerText()).includes(DEMO_COMPANY), `the demo company "${DEMO_COMPANY}" is shown`);
      await burmese(page, 'main h1', 'intro heading');
      await burmese(page, 'main p.lead', 'intro text');
      await burmese(page, 'form#safety-start button[type=submit]', 'start button');
      await measure(page, context, 'intro');
      await screenshot(page, 'safety-intro', { screen: true });

      // Start.
      const started = await clickAndWait(page, 'form#safety-start button[type=submit]');
      assert.equal(started.status(), 200);
      const token = tokenOf(page.url());
      t.diagnostic(`token ${token.slice(0, 6)}… (${token.length} characters)`);

      // Step 1: one invalid number first.
      const total = BANK.sections.length;
      assert.equal(total, 8, 'eight sections in bank.toml');
      assert.equal(await page.locator('progress').getAttribute('max'), String(total), '<progress max>');
      await checkStepQuestions(page, 1);
      await burmese(page, 'main h1', 'step 1 heading (section title)');
      await burmese(page, `#field-${OVERTIME.id} legend`, 'overtime question');
      await burmese(page, 'form#safety-step button[value=next]', 'Next button');
      assert.ok((await page.locator('main').innerText()).includes(DEMO_COMPANY), 'the workplace is shown on the step');
      await measure(page, context, 'step 1');
      await screenshot(page, 'safety-step', { screen: true });

      const bad = { ...answers, 'overtime-hours': 'abc' };
      await fillStep(page, 1, bad);
      const invalid = await clickAndWait(page, 'form#safety-step button[name=go][value=next]');
      assert.equal(invalid.status(), 400, 'an invalid number is answered with 400');
      assert.equal(pathOf(page.url()), stepPath('my', token, 1), 'still on step 1');
      const err = page.locator(`#field-${OVERTIME.id} .field-error`);
      assert.equal(await err.count(), 1, `.field-error in #field-${OVERTIME.id}`);
      assert.ok(await err.isVisible(), 'the field error is visible');
      assert.equal(await page.locator('fieldset.question .field-error').count(), 1, 'only that question has an error');
      assert.equal(await page.locator(`#field-${OVERTIME.id}`).getAttribute('class'), 'question invalid');
      await burmese(page, `#field-${OVERTIME.id} .field-error`, 'field error "not a number"');
      await burmese(page, 'main .error[role=alert]', 'summary error');
      await checkStepValues(page, 1, bad, 'after the error');
      t.diagnostic(`field error: "${norm(await err.innerText())}"`);
      await screenshot(page, 'safety-error', { screen: true });

      await setAnswer(page, OVERTIME, '60');
      await clickAndWait(page, 'form#safety-step button[name=go][value=next]');

      // Step 2, then step 3 and Back.
      for (const step of [2, 3]) {
        assert.equal(pathOf(page.url()), stepPath('my', token, step), `on step ${step}`);
        await checkStepQuestions(page, step);
        await burmese(page, 'main h1', `step ${step} heading`);
        await measure(page, context, `step ${step}`);
        await fillStep(page, step, answers);
        if (step === 2) await clickAndWait(page, 'form#safety-step button[name=go][value=next]');
      }
      await burmese(page, 'form#safety-step button[value=back]', 'Back button');
      await clickAndWait(page, 'form#safety-step button[name=go][value=back]');
      assert.equal(pathOf(page.url()), stepPath('my', token, 2), 'Back leads to step 2');
      await checkStepValues(page, 2, answers, 'step 2 after Back');
      await clickAndWait(page, 'form#safety-step button[name=go][value=next]');
      assert.equal(pathOf(page.url()), stepPath('my', token, 3), 'Next leads to step 3 again');
      await checkStepValues(page, 3, answers, 'step 3 after Back and Next');
      await clickAndWait(page, 'form#safety-step button[name=go][value=next]');
      for (let step = 4; step <= total; step++) {
        assert.equal(pathOf(page.url()), stepPath('my', token, step), `on step ${step}`);
        await checkStepQuestions(page, step);
        await burmese(page, 'main h1', `step ${step} heading`);
        await measure(page, context, `step ${step}`);
        if (step === 4) {
          await burmese(page, `#field-${PASSPORT.id} legend`, 'passport question');
          await burmese(page, `#field-${PASSPORT.id} label`, 'passport choice');
          await screenshot(page, 'safety-step-documents', { screen: true });
        }
        if (step === total) {
          assert.equal(await page.locator('form#safety-step button[value=next]').count(), 1, 'a Finish button');
          await burmese(page, 'form#safety-step button[value=next]', 'Finish button');
        }
        await fillStep(page, step, answers);
        await clickAndWait(page, 'form#safety-step button[name=go][value=next]');
      }

      // wants-help = yes: the help page.
      assert.equal(pathOf(page.url()), `/my/safety/r/${token}/help`, 'after the last step with wants-help = yes: /help');
      assert.equal(await page.locator('form#safety-help').count(), 1, 'form#safety-help');
      await burmese(page, 'main h1', 'help page heading');
      await measure(page, context, 'help');
      assert.equal(await page.locator('form#safety-help #language').inputValue(), 'my', '#language preselects Burmese');
      await page.locator('form#safety-help input[name=kind][value=phone]').check();
      await page.locator('form#safety-help #contact').fill('090-1234-5678');
      await page.locator('form#safety-help #time').fill('19:00-21:00');
      await page.locator('form#safety-help input[name=share]').check();
      await screenshot(page, 'safety-help');
      const sent = await clickAndWait(page, 'form#safety-help button[type=submit]');
      assert.equal(sent.status(), 200, 'help request accepted');
      assert.equal(await page.locator('form#safety-help').count(), 0, 'the form is gone');
      const done = page.locator('main .notice[role=status]');
      assert.equal(await done.count(), 1, 'a done message (.notice[role=status])');
      assert.ok(await done.isVisible());
      await burmese(page, 'main .notice[role=status]', 'help done message');
      t.diagnostic(`help done: "${norm(await done.innerText())}"`);
      await screenshot(page, 'safety-help-done', { screen: true });

      // The result.
      const resultPath = `/my/safety/r/${token}/result`;
      assert.equal(
        await page.locator(`main a[href="${resultPath}"]`).count(),
        1,
        `the done page links back to ${resultPath}`,
      );
      const r = await page.goto(resultPath);
      assert.equal(r.status(), 200, `GET ${resultPath}`);
      assert.equal((await htmlAttrs(page)).lang, 'my');
      await burmese(page, 'main h1', 'result heading');
      await measure(page, context, 'result');
      const flags = page.locator('main li.flag');
      const shown = [];
      for (const li of await flags.all()) {
        shown.push({
          cls: (await li.getAttribute('class')).split(/\s+/).filter((c) => c.startsWith('flag-')),
          question: await plainText(li.locator('h2')),
          explanation: await plainText(li.locator('h2 + p')),
          hrefs: await li.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
        });
      }
      t.diagnostic(`flags shown: ${JSON.stringify(shown.map((f) => [f.cls.join(' '), f.question, f.hrefs]))}`);
      assert.equal(shown.length, 2, `exactly two li.flag; got: ${JSON.stringify(shown, null, 1)}`);
      const expected = [
        { q: OVERTIME, cls: `flag-${OVERTIME.severity}` },
        { q: PASSPORT, cls: `flag-${PASSPORT.severity}` },
      ];
      assert.deepEqual(
        expected.map((e) => e.cls),
        ['flag-violation', 'flag-forced-labour'],
        'bank severities: overtime = violation, passport = forced-labour',
      );
      for (const { q, cls } of expected) {
        const f = shown.find((s) => s.cls.includes(cls));
        assert.ok(f, `a li.flag.${cls} for ${q.id}`);
        const mine = MY.question[q.id] ?? {};
        const want = norm(stripRuby(mine.explanation ?? ''));
        const wantQ = norm(stripRuby(mine.text ?? ''));
        assert.ok(want, `my.toml has an explanation for ${q.id}`);
        if (f.question !== wantQ) lang.push(`${q.id}: flag heading is not the my.toml text: "${f.question}" (expected "${wantQ}")`);
        if (f.explanation !== want) {
          const en = norm(EN?.question[q.id]?.explanation ?? '');
          lang.push(
            `${q.id}: explanation is not the my.toml text${f.explanation === en ? ' (it is the English one)' : ''}: ` +
              `"${f.explanation}" (expected "${want}")`,
          );
        }
        assert.match(f.explanation, SCRIPT_RE.my, `${q.id}: the explanation is Burmese`);
        assert.deepEqual(f.hrefs, [`/my/articles/${q.article}`], `${q.id}: one link, to /my/articles/${q.article}`);
        const art = await page.request.get(`/my/articles/${q.article}`);
        assert.equal(art.status(), 200, `GET /my/articles/${q.article}`);
      }
      await screenshot(page, 'safety-result', { screen: true });

      const fb = await fallbacks(page);
      if (fb.length) lang.push(`result page has untranslated messages: ${fb.join(', ')}`);
      // The only HTTP error is the 400 of the invalid number on step 1.
      const expected400 = `HTTP 400 for POST ${BASE}${stepPath('my', token, 1)}`;
      assert.deepEqual(page.problems.filter((p) => p !== expected400), [], 'no other HTTP errors or failed requests');
      // Nothing was sent twice: the flow is complete, a replayed step is refused.
      const replay = await page.request.get(stepPath('my', token, 8), { maxRedirects: 0 });
      assert.equal(replay.status(), 303, 'a step of a completed response redirects (to the result)');
    });

    assert.deepEqual(lang, [], `Burmese pages show text in another language:\n  ${lang.join('\n  ')}`);
  });

  test(`every Safety page visited is at most ${SIZE_LIMIT} bytes gzip including the CSS`, async (t) => {
    assert.ok(SIZES.length >= 11, `sizes of the intro, 8 steps, help and result were measured (got ${SIZES.length}; did the flow test fail early?)`);
    const lines = SIZES.map(
      (s) =>
        `${s.label.padEnd(8)} ${s.path.replace(/\/r\/[^/]+\//, '/r/…/').padEnd(34)} html ${String(s.html).padStart(5)} B ${s.encoding.padEnd(4)} ` +
        `(${s.raw} B raw) + css ${s.css} B = ${s.total} B`,
    );
    const report = `gzip sizes (limit ${SIZE_LIMIT} B; css ${[...cssSizes].map(([p, s]) => `${p} ${s.bytes} B ${s.encoding}, ${s.raw} B raw`).join(', ')}):\n  ${lines.join('\n  ')}`;
    console.log(report);
    for (const l of lines) t.diagnostic(l);
    const notGzip = SIZES.filter((s) => s.encoding !== 'gzip').map((s) => s.path);
    assert.deepEqual(notGzip, [], 'every page is sent gzip-compressed');
    const over = SIZES.filter((s) => s.total > SIZE_LIMIT);
    assert.deepEqual(over.map((s) => `${s.path}: ${s.total} B`), [], report);
  });

  describe('accessibility (axe-core)', () => {
    for (const lang of ['my', 'vi']) {
      test(`intro, step 1 and result in ${lang}`, async (t) => {
        await withPage(browser, `safety-axe-${lang}`, { lang, bypassCSP: true }, async (page) => {
          const problems = [];
          const res = await page.goto(`/${lang}/safety`);
          assert.equal(res.status(), 200);
          problems.push(checkAxe(t, `/${lang}/safety`, await runAxe(page)));
          await clickAndWait(page, 'form#safety-start button[type=submit]');
          const token = tokenOf(page.url());
          problems.push(checkAxe(t, stepPath(lang, '…', 1), await runAxe(page)));
          await answerSteps(page, lang, token, scenarioAnswers({ wantsHelp: false }));
          assert.equal(pathOf(page.url()), `/${lang}/safety/r/${token}/result`, 'on the result page');
          assert.equal(await page.locator('main li.flag').count(), 2, 'two flags');
          problems.push(checkAxe(t, `/${lang}/safety/r/…/result`, await runAxe(page)));
          await screenshot(page, `safety-result-${lang}-js`);
          const bad = problems.filter(Boolean);
          assert.equal(bad.length, 0, bad.join('\n'));
        });
      });
    }
  });

  // app.js sends a section with fetch() (so an answer survives a dropped connection) and shows the
  // server's answer in place: a 400 page keeps its .field-error and the answers just typed.
  test('with JavaScript: an invalid number still shows its .field-error', async () => {
    await withPage(browser, 'safety-js-vi-error', { lang: 'vi' }, async (page) => {
      await page.goto('/vi/safety');
      await clickAndWait(page, 'form#safety-start button[type=submit]');
      const token = tokenOf(page.url());
      const bad = { ...scenarioAnswers({ wantsHelp: false }), 'overtime-hours': 'abc' };
      await fillStep(page, 1, bad);
      const posted = page.waitForResponse((r) => r.request().method() === 'POST' && pathOf(r.url()) === stepPath('vi', token, 1));
      await page.locator('form#safety-step button[name=go][value=next]').click();
      assert.equal((await posted).status(), 400, 'the server answers the invalid section with 400');
      await page.waitForLoadState('load');
      await page.waitForTimeout(1000); // let app.js finish whatever it does with the answer
      assert.equal(pathOf(page.url()), stepPath('vi', token, 1), 'still on step 1');
      const err = page.locator(`#field-${OVERTIME.id} .field-error`);
      assert.equal(
        await err.count(),
        1,
        `the field error is shown with JavaScript on too; the page shows: overtime-hours = ${JSON.stringify(await getAnswer(page, OVERTIME))}, ` +
          `${await page.locator('.field-error').count()} .field-error, ${await page.locator('[role=alert]').count()} [role=alert]`,
      );
      await checkStepValues(page, 1, bad, 'after the error (JavaScript)');
      await screenshot(page, 'safety-js-vi-error', { screen: true });
    });
  });

  test('with JavaScript (app.js, service worker): start in Vietnamese, answer step 1, reach step 2', async (t) => {
    const VI = readTexts('vi');
    await withPage(browser, 'safety-js-vi', { lang: 'vi' }, async (page) => {
      // app.js sends a section with fetch() (following the redirect to the next step) and then
      // navigates to the URL it ended on; the navigation cancels the unread body of that fetch.
      // Those cancelled fetches are expected; any other failure is not.
      const abortedFetches = new Set();
      page.on('requestfailed', (req) => {
        if (req.resourceType() === 'fetch' && /ERR_ABORTED/.test(req.failure()?.errorText ?? '')) {
          abortedFetches.add(`request failed: ${req.method()} ${req.url()} ${req.failure().errorText}`);
        }
      });
      await page.goto('/vi/safety');
      assert.equal((await htmlAttrs(page)).lang, 'vi');
      const reg = await page.evaluate(async () => {
        const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('navigator.serviceWorker.ready did not resolve within 10 s')), 10_000));
        const r = await Promise.race([navigator.serviceWorker.ready, timeout]);
        return r.active && r.active.scriptURL;
      });
      assert.equal(pathOf(reg), '/sw.js', 'service worker active');
      await page.reload();
      assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the service worker controls the intro');
      await clickAndWait(page, 'form#safety-start button[type=submit]');
      const token = tokenOf(page.url());
      assert.equal(norm(await page.locator('main h1').innerText()), VI.sections[BANK.sections[0]], 'step 1 title in Vietnamese');
      await fillStep(page, 1, scenarioAnswers({ wantsHelp: false }));
      await page.locator('form#safety-step button[name=go][value=next]').click();
      await page.waitForURL((u) => u.pathname === stepPath('vi', token, 2), { timeout: 15_000 });
      await page.waitForLoadState('load');
      await checkStepQuestions(page, 2);
      assert.equal(norm(await page.locator('main h1').innerText()), VI.sections[BANK.sections[1]], 'step 2 title in Vietnamese');
      assert.equal(await page.locator('#offline-note').isVisible(), false, 'no "kept offline" note');
      assert.equal(await page.evaluate(() => localStorage.getItem('hiroba-unsent')), null, 'nothing left unsent');
      // Step 1 was stored: Back shows its answers.
      await page.locator('form#safety-step button[name=go][value=back]').click();
      await page.waitForURL((u) => u.pathname === stepPath('vi', token, 1), { timeout: 15_000 });
      await page.waitForLoadState('load');
      await checkStepValues(page, 1, scenarioAnswers({ wantsHelp: false }), 'step 1 (JavaScript)');
      await screenshot(page, 'safety-js-vi-step-1-back', { screen: true });
      if (abortedFetches.size) t.diagnostic(`fetches cancelled by app.js's navigation (expected): ${abortedFetches.size}`);
      assert.deepEqual(
        page.problems.filter((p) => !abortedFetches.has(p)),
        [],
        'no console errors, page errors or failed requests',
      );
    });
  });
});
