// Shared helpers for the Hiroba browser tests.
//
// The tests expect a running server; browser/run.sh starts one and sets
// HIROBA_URL (http://127.0.0.1:PORT) and HIROBA_DATA_DIR (its data folder,
// where development mails land in mail/*.eml).

import { createHmac } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

export const BASE = (process.env.HIROBA_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
export const DATA_DIR = process.env.HIROBA_DATA_DIR || join(here, '..', '..', 'data');
export const MAIL_DIR = join(DATA_DIR, 'mail');
export const ARTIFACTS = process.env.HIROBA_ARTIFACTS || join(here, '..', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export const LANGUAGES = ['ja', 'en', 'zh-Hans', 'es', 'pt-BR', 'id', 'tl', 'my', 'vi'];

// The demo worker loaded by `hiroba serve` into an empty database (no 2FA).
export const DEMO_WORKER = {
  email: process.env.HIROBA_DEMO_EMAIL || 'worker@demo.hiroba.example',
  password: process.env.HIROBA_DEMO_PASSWORD || 'hiroba-demo-2026',
};

// Workers read Hiroba on their phones: the worker pages are tested in this viewport.
export const MOBILE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

// Flags required on this machine (closed network, running as root).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
}

/**
 * A new context with the mobile viewport unless `options.viewport` says otherwise.
 * `lang` sets the browser locale (and so Accept-Language).
 */
export async function newContext(browser, { lang = 'en', ...options } = {}) {
  const context = await browser.newContext({
    ...MOBILE,
    locale: lang,
    baseURL: BASE,
    ...options,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

/** A page that records console errors, page errors and failed sub-requests. */
export async function newPage(context) {
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (msg) => {
    // "Failed to load resource" is reported with its URL by the response handler below.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
      page.problems.push(`console error: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => page.problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    page.problems.push(`request failed: ${req.method()} ${req.url()} ${req.failure()?.errorText ?? ''}`);
  });
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (res.status() >= 400 && url.pathname !== '/favicon.ico') {
      page.problems.push(`HTTP ${res.status()} for ${res.request().method()} ${res.url()}`);
    }
  });
  return page;
}

export function safeName(s) {
  return s.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^_+|_+$/g, '');
}

/** Full-page screenshot NAME.png, plus NAME-screen.png (what the phone shows first) if asked. */
export async function screenshot(page, name, { screen = false } = {}) {
  const file = join(ARTIFACTS, `${safeName(name)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (screen) await page.screenshot({ path: join(ARTIFACTS, `${safeName(name)}-screen.png`) });
  return file;
}

/**
 * Runs `fn(page, context)` in a fresh context; on failure saves a screenshot
 * and the page HTML as FAIL-<name>.* in the artifacts folder.
 */
export async function withPage(browser, name, contextOptions, fn) {
  const context = await newContext(browser, contextOptions);
  const page = await newPage(context);
  try {
    return await fn(page, context);
  } catch (err) {
    try {
      await page.screenshot({ path: join(ARTIFACTS, `FAIL-${safeName(name)}.png`), fullPage: true });
      writeFileSync(join(ARTIFACTS, `FAIL-${safeName(name)}.html`), await page.content());
      err.message += `\n  (page URL at failure: ${page.url()}; screenshot and HTML in ${ARTIFACTS}/FAIL-${safeName(name)}.*)`;
    } catch {
      // the page may be gone; keep the original error
    }
    throw err;
  } finally {
    await context.close();
  }
}

/** Path and query of a URL, for comparisons independent of the origin. */
export function pathOf(url) {
  const u = new URL(url, BASE);
  return u.pathname + u.search;
}

export async function htmlAttrs(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
    title: document.title,
  }));
}

/** Visible text of the error/alert elements on the page. */
export async function errorTexts(page) {
  const loc = page.locator('.error, [role=alert]');
  const out = [];
  for (const el of await loc.all()) {
    if (await el.isVisible()) {
      const text = (await el.innerText()).trim();
      if (text) out.push(text);
    }
  }
  return out;
}

/** Submits `form` by clicking its submit button and waits for the resulting navigation. */
export async function submitForm(page, formSelector) {
  const form = page.locator(formSelector);
  const button = form.locator('button[type=submit], input[type=submit], button:not([type])').first();
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
}

export const DEMO_HINT =
  'demo password from HIROBA_DEMO_PASSWORD, else hiroba-demo-2026 (README.md)';

export async function login(page, lang, email, password) {
  await page.goto(`/${lang}/account/login`);
  const form = page.locator('form#login');
  await form.locator('[name=email]').fill(email);
  await form.locator('[name=password]').fill(password);
  await submitForm(page, 'form#login');
}

// On a phone the switcher may sit folded in a <details>; open it if so.
export async function revealSwitcher(page, link) {
  if (await link.isVisible()) return;
  const summary = page.locator('nav#language-switcher summary, details:has(nav#language-switcher) > summary').first();
  if (await summary.count()) await summary.click();
}

/** Unicode ranges used to check that text is in the expected language. */
export const SCRIPT_RE = {
  ja: /[\u3040-\u30ff\u4e00-\u9fff]/,
  'zh-Hans': /[\u4e00-\u9fff]/,
  my: /[\u1000-\u109f]/,
  vi: /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i,
};

// ---------------------------------------------------------------------------
// Mail files (development transport writes .eml files into $HIROBA_DATA_DIR/mail)

function decodeQuotedPrintable(s) {
  const bytes = [];
  const soft = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function splitHeaders(raw) {
  const m = raw.match(/\r?\n\r?\n/);
  if (!m) return { headers: {}, body: raw };
  const head = raw.slice(0, m.index).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(m.index + m[0].length);
  const headers = {};
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, body };
}

/** Decodes a MIME message into the list of its decoded text parts (with their headers). */
export function decodeMime(raw) {
  const { headers, body } = splitHeaders(raw);
  const ctype = headers['content-type'] || 'text/plain';
  const boundary = ctype.match(/boundary="?([^";]+)"?/i);
  if (/^multipart\//i.test(ctype) && boundary) {
    const parts = body.split(`--${boundary[1]}`).slice(1);
    const out = [];
    for (const part of parts) {
      if (part.startsWith('--')) break;
      out.push(...decodeMime(part.replace(/^\r?\n/, '')));
    }
    return out.map((p) => ({ ...p, top: headers }));
  }
  const cte = (headers['content-transfer-encoding'] || '7bit').toLowerCase();
  let text = body;
  if (cte === 'quoted-printable') text = decodeQuotedPrintable(body);
  else if (cte === 'base64') text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return [{ headers, text, top: headers }];
}

function decodeEncodedWords(s) {
  return s.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, _cs, enc, data) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

/** Where mails arrive: the SMTP server's Maildir when run.sh started one, else the server's
 * development folder of .eml files. */
export const MAILDIR = process.env.HIROBA_MAILDIR || '';

function mailFiles() {
  const dirs = MAILDIR ? [join(MAILDIR, 'new'), join(MAILDIR, 'cur')] : [MAIL_DIR];
  const out = [];
  for (const dir of dirs) {
    let names = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) {
      if (MAILDIR ? !n.startsWith('.') : n.endsWith('.eml')) out.push(join(dir, n));
    }
  }
  return out;
}

export function listMails() {
  return mailFiles()
    .map((file) => {
      const raw = readFileSync(file, 'utf8');
      const { headers } = splitHeaders(raw);
      return {
        file,
        mtime: statSync(file).mtimeMs,
        raw,
        to: decodeEncodedWords(headers.to || ''),
        subject: decodeEncodedWords(headers.subject || ''),
        parts: decodeMime(raw),
      };
    })
    .sort((a, b) => a.mtime - b.mtime);
}

/** Waits for a mail whose To: contains `address`; returns it (newest first). */
export async function waitForMail(address, { timeoutMs = 15_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = listMails().filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
    if (mails.length) return mails[mails.length - 1];
    if (Date.now() > deadline) {
      const all = listMails();
      throw new Error(
        `no mail to ${address} in ${MAILDIR || MAIL_DIR} after ${timeoutMs} ms; ` +
          `${all.length} mail file(s) there: ${all.map((m) => `${m.file} (To: ${m.to})`).join(', ') || 'none'}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Finds the confirmation link in a (decoded) mail. */
export function confirmLink(mail) {
  const re = /https?:\/\/[^\s"'<>]+\/account\/confirm\?token=[^\s"'<>]+/g;
  for (const part of mail.parts) {
    const found = part.text.match(re);
    if (found) return found[0].replace(/&amp;/g, '&');
  }
  throw new Error(
    `no http(s)://…/account/confirm?token=… link in ${mail.file}; decoded parts:\n` +
      mail.parts.map((p) => `--- ${p.headers['content-type'] || ''}\n${p.text}`).join('\n'),
  );
}

// ---------------------------------------------------------------------------
// axe-core

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page; returns all violations. */
export async function runAxe(page) {
  // page.evaluate goes through the DevTools protocol, so the page's CSP
  // (no inline script) does not stop the injection; the axe contexts are
  // also opened with bypassCSP: true.
  const present = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!present) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      tags: v.tags,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        html: n.html.slice(0, 300),
        summary: n.failureSummary,
      })),
    }));
  });
}

export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map((n) => `    at ${n.target}\n      ${n.html}\n      ${(n.summary || '').replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
}

// ---------------------------------------------------------------------------
// TOTP (RFC 6238 with HMAC-SHA1, 6 digits, 30 s), as an authenticator app computes it.

export function base32Decode(input) {
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

export function totp(secretB32, ms = Date.now(), digits = 6) {
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
assertEqual(totp(RFC_SECRET, 59_000, 8), '94287082');
assertEqual(totp(RFC_SECRET, 1111111109_000, 8), '07081804');
assertEqual(totp(RFC_SECRET, 20000000000_000, 8), '65353130');

function assertEqual(a, b) {
  if (a !== b) throw new Error(`TOTP self-check: ${a} !== ${b}`);
}

/** Where a staff account's TOTP secret is kept between test files (one server run). */
function secretFile(email) {
  return join(DATA_DIR, `totp-${safeName(email)}.txt`);
}

/**
 * Sign a staff account in: on its first login set up two-factor (keeping the secret for later
 * test files), afterwards answer the two-factor question, computing the code as an authenticator
 * app would. Returns the TOTP secret.
 */
export async function loginStaff(page, lang, email, password) {
  await login(page, lang, email, password);
  const waitForFreshWindow = async () => {
    const into = (Date.now() / 1000) % 30;
    if (into > 27) await page.waitForTimeout((30.5 - into) * 1000);
  };
  if (page.url().includes('/account/two-factor/setup')) {
    const secret = (await page.locator('#totp-secret').innerText()).replace(/\s+/g, '');
    await waitForFreshWindow();
    await page.locator('form#two-factor-setup #code').fill(totp(secret));
    await submitForm(page, 'form#two-factor-setup');
    if ((await page.locator('form#two-factor-setup').count()) !== 0) {
      throw new Error(`the TOTP code was refused: ${JSON.stringify(await errorTexts(page))}`);
    }
    writeFileSync(secretFile(email), secret);
    return secret;
  }
  if ((await page.locator('form#two-factor').count()) === 1) {
    const secret = readFileSync(secretFile(email), 'utf8').trim();
    await waitForFreshWindow();
    await page.locator('form#two-factor #code').fill(totp(secret));
    await submitForm(page, 'form#two-factor');
    if ((await page.locator('form#two-factor').count()) !== 0) {
      throw new Error(`the TOTP code was refused: ${JSON.stringify(await errorTexts(page))}`);
    }
    return secret;
  }
  throw new Error(`expected a two-factor step after signing in ${email}, at ${page.url()}`);
}
