// Session walk-through (not committed): screenshots of the pages changed this session.
import { createHmac } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const BASE = 'http://127.0.0.1:8080';
const OUT = '/tmp/shots';
const b32 = (s) => {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; let bits = 0, v = 0; const out = [];
  for (const c of s.replace(/=+$/, '')) { v = (v << 5) | a.indexOf(c); bits += 5; if (bits >= 8) { out.push((v >>> (bits - 8)) & 255); bits -= 8; } }
  return Buffer.from(out);
};
const totp = (secret) => {
  const msg = Buffer.alloc(8); msg.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000)));
  const h = createHmac('sha1', b32(secret)).update(msg).digest(); const o = h[h.length - 1] & 15;
  return String((((h[o] & 127) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3]) % 1e6).padStart(6, '0');
};
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
async function login(page, lang, email) {
  await page.goto(`${BASE}/${lang}/account/login`);
  await page.fill('form#login [name=email]', email);
  await page.fill('form#login [name=password]', 'hiroba-demo-2026');
  await Promise.all([page.waitForNavigation(), page.click('form#login button[type=submit]')]);
  if (page.url().includes('two-factor/setup')) {
    const secret = (await page.locator('#totp-secret').innerText()).trim();
    await page.fill('form#two-factor-setup #code', totp(secret));
    await Promise.all([page.waitForNavigation(), page.click('form#two-factor-setup button[type=submit]')]);
  }
}
// Worker pages, JavaScript off, phone.
const phone = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
const w = await phone.newPage();
for (const [name, path] of [['home-my', '/my/'], ['assist-vi', '/vi/assist'], ['safety-my', '/my/safety?site=DEMO2026']]) {
  await w.goto(BASE + path); await w.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
}
// Company admin, Japanese, desktop.
const desk = await browser.newContext({ viewport: { width: 1100, height: 900 } });
const c = await desk.newPage();
await login(c, 'ja', 'company-admin@demo.hiroba.example');
await c.goto(`${BASE}/ja/company`);
const dash = c.url();
await c.screenshot({ path: `${OUT}/company-dashboard-ja.png`, fullPage: true });
await c.locator('#trend').scrollIntoViewIfNeeded();
await c.locator('svg.chart').screenshot({ path: `${OUT}/company-trend-ja.png` });
await c.locator('#sites').screenshot({ path: `${OUT}/company-sites-ja.png` });
await c.goto(`${dash}/chain`);
await c.screenshot({ path: `${OUT}/company-chain-ja.png`, fullPage: true });
const flyer = await c.locator('#tree a[lang=my]').first().getAttribute('href');
await c.goto(BASE + flyer);
await c.screenshot({ path: `${OUT}/company-flyer-my.png`, fullPage: true });
const pdfHref = await c.locator('a[href*="flyer.pdf"]').getAttribute('href').catch(() => null);
if (pdfHref) { const r = await c.request.get(BASE + pdfHref); writeFileSync(`${OUT}/flyer-my-server.pdf`, await r.body()); }
await c.goto(`${dash}/plans`);
await c.screenshot({ path: `${OUT}/company-plans-ja.png`, fullPage: true });
// The viewer in English.
const v = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
await login(v, 'en', 'company-viewer@demo.hiroba.example');
await v.goto(`${BASE}/en/company`);
await v.screenshot({ path: `${OUT}/company-dashboard-en-viewer.png`, fullPage: true });
// Secretariat: the program and the taxonomy editor.
const s = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
await login(s, 'en', 'secretariat@demo.hiroba.example');
await s.goto(`${BASE}/en/admin/companies`);
await s.screenshot({ path: `${OUT}/admin-companies-en.png`, fullPage: true });
await s.goto(`${BASE}/vi/staff/assist/taxonomy`);
await s.screenshot({ path: `${OUT}/taxonomy-vi.png`, fullPage: true });
await browser.close();
console.log('done', pdfHref);
