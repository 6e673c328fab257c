// The company program: the demo company's admin, in Japanese, reads the dashboard built from the
// demo's seeded responses (suppressed cells marked with their reason, the trend drawn without
// JavaScript), adds a supplier and invites it; the supplier's admin registers in English, accepts,
// adds a tier-2 site, sees nothing else of the chain, and prints the site's flyer (PDF, one page,
// rendered to PNG and kept as an artefact).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  ARTIFACTS,
  confirmLink,
  errorTexts,
  formatViolations,
  launch,
  login,
  newContext,
  newPage,
  pathOf,
  runAxe,
  screenshot,
  submitForm,
  waitForMail,
} from './helpers.mjs';

const DESKTOP = { viewport: { width: 1200, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const ADMIN = { email: 'company-admin@demo.hiroba.example', password: process.env.HIROBA_DEMO_PASSWORD || 'hiroba-demo-2026' };
const stamp = `${Date.now()}-${process.pid}`;
const SUPPLIER = `Tokyo Logistics ${stamp.slice(-5)}`;
const SUPPLIER_EMAIL = `supplier-${stamp}@example.org`;
const TIER2 = `Narita hub ${stamp.slice(-5)}`;

const norm = (s) => s.replace(/\s+/g, ' ').trim();

// The supplier's deliberate visit to its customer's dashboard answers 404: not a problem.
function problems(page) {
  return page.problems.filter((p) => !/favicon/.test(p) && !/^HTTP 404 for GET \S+\/en\/company\/\d+$/.test(p));
}

async function noSeriousAxe(page, label) {
  const violations = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(violations.map((v) => v.id), [], `${label}: ${formatViolations(violations)}`);
}

describe('Company program: dashboard, two-tier chain, supplier isolation, flyer', () => {
  let browser;
  let company;
  let supplier;
  let companyPath;
  let inviteLink;
  let supplierOrgPath;

  before(async () => {
    browser = await launch();
    company = await newPage(await newContext(browser, { lang: 'ja', ...DESKTOP }));
    supplier = await newPage(await newContext(browser, { lang: 'en', ...DESKTOP }));
  });
  after(async () => {
    await browser?.close();
  });

  test('the company admin (Japanese) reads the dashboard of the seeded demo responses', async () => {
    await login(company, 'ja', ADMIN.email, ADMIN.password);
    assert.deepEqual(await errorTexts(company), [], 'logged in');
    const res = await company.goto('/ja/company');
    assert.equal(res.status(), 200);
    companyPath = pathOf(company.url());
    assert.match(companyPath, /^\/ja\/company\/\d+$/, 'one organisation: straight to its dashboard');
    assert.equal(await company.locator('html').getAttribute('lang'), 'ja');
    assert.equal(norm(await company.locator('main h1').innerText()), 'Hiroba Demo Foods Co., Ltd.');
    const respondents = Number(norm(await company.locator('#top-respondents').innerText()));
    assert.ok(respondents >= 90, `the company's respondents over the year: ${respondents}`);
    const ranked = await company.locator('#ranked tbody tr').count();
    assert.ok(ranked >= 3, `indicators ranked (${ranked})`);
    // The supplier's subtree has a site of 4 respondents: it is not shown, with the reason.
    const suppressed = company.locator('#sites .suppressed');
    assert.ok((await suppressed.count()) >= 1, 'a suppressed cell is marked');
    const small = norm(await company.locator('#sites tr', { hasText: 'Sakura Kisarazu depot' }).innerText());
    assert.match(small, /10\s*人(にん)?\s*未満/, `the 4-respondent site shows a band: ${small}`);
    // The trend across the two frozen dates, drawn on the server.
    assert.ok((await company.locator('svg.chart polyline').count()) >= 1, 'trend lines in the SVG');
    assert.equal(await company.locator('#trend tbody tr').count(), 2, 'two dates in the trend table');
    await screenshot(company, 'companies-dashboard-ja');
    await noSeriousAxe(company, 'dashboard');
    // The CSV export is offered and answers.
    const csv = await company.request.get(`${companyPath}/report.csv`);
    assert.equal(csv.status(), 200);
    assert.match(await csv.text(), /Saitama factory/);
    assert.deepEqual(problems(company), [], 'no console errors or failed requests');
  });

  test('the company admin adds a supplier and invites its admin by email', async () => {
    await company.goto(`${companyPath}/chain`);
    const form = company.locator('form#add-node');
    await form.locator('[name=kind]').selectOption('supplier');
    await form.locator('[name=parent]').selectOption('');
    await form.locator('[name=name]').fill(SUPPLIER);
    await submitForm(company, 'form#add-node');
    assert.deepEqual(await errorTexts(company), [], 'the supplier was added');
    // Match the item by its own name (other items list it among the places to move to).
    const item = company.locator('#tree li').filter({ has: company.locator('strong', { hasText: SUPPLIER }) });
    assert.equal(await item.count(), 1, 'the supplier is in the tree');
    await item.locator('summary').click();
    await item.locator('input[type=email]').fill(SUPPLIER_EMAIL);
    const invite = item.locator('form').filter({ has: company.locator('input[type=email]') });
    await Promise.all([company.waitForNavigation(), invite.locator('button').click()]);
    assert.match(company.url(), /invited=1/);
    const mail = await waitForMail(SUPPLIER_EMAIL);
    const text = mail.parts.map((p) => p.text).join('\n');
    const found = text.match(/https?:\/\/[^\s"'<>]+\/company\/join\/[A-Za-z0-9_-]+/);
    assert.ok(found, `an invitation link in the mail: ${text}`);
    inviteLink = pathOf(found[0]).replace(/^\/ja\//, '/en/');
    await screenshot(company, 'companies-chain-ja');
    await noSeriousAxe(company, 'chain');
  });

  test('the supplier admin (English) registers, accepts, adds a tier-2 site and sees only its own', async () => {
    const password = `lantern over the harbour ${process.pid}`;
    await supplier.goto('/en/account/register');
    const reg = supplier.locator('form#register');
    await reg.locator('[name=email]').fill(SUPPLIER_EMAIL);
    await reg.locator('[name=display_name]').fill('Supplier Admin');
    await reg.locator('[name=password]').fill(password);
    await reg.locator('[name=password_confirm]').fill(password);
    await submitForm(supplier, 'form#register');
    assert.deepEqual(await errorTexts(supplier), [], `registered (at ${supplier.url()})`);
    await screenshot(supplier, 'companies-supplier-registered');
    const mails = await waitForMail(SUPPLIER_EMAIL, { timeoutMs: 15_000 });
    let confirm;
    for (let i = 0; i < 60 && !confirm; i++) {
      try {
        confirm = confirmLink(await waitForMail(SUPPLIER_EMAIL));
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    assert.ok(confirm, `a confirmation mail (last: ${mails.subject})`);
    await supplier.goto(pathOf(confirm));
    if (await supplier.locator('form#confirm').count()) await submitForm(supplier, 'form#confirm');
    await login(supplier, 'en', SUPPLIER_EMAIL, password);
    assert.deepEqual(await errorTexts(supplier), [], 'the supplier admin is signed in');

    const join = await supplier.goto(inviteLink);
    assert.equal(join.status(), 200, `GET ${inviteLink}`);
    assert.ok(norm(await supplier.locator('main').innerText()).includes(SUPPLIER));
    await submitForm(supplier, 'form#join');
    supplierOrgPath = pathOf(supplier.url()).replace(/\/chain$/, '');
    assert.match(supplierOrgPath, /^\/en\/company\/\d+$/, `on the supplier's chain page: ${supplier.url()}`);

    const form = supplier.locator('form#add-node');
    await form.locator('[name=kind]').selectOption('site');
    await form.locator('[name=name]').fill(TIER2);
    await form.locator('[name=migrant_workers]').fill('25');
    await submitForm(supplier, 'form#add-node');
    assert.deepEqual(await errorTexts(supplier), [], 'the tier-2 site was added');
    const tree = norm(await supplier.locator('#tree').innerText());
    assert.ok(tree.includes(SUPPLIER) && tree.includes(TIER2), `the supplier's subtree: ${tree}`);
    for (const hidden of ['Saitama factory', 'Gunma factory', 'Sakura Packaging']) {
      assert.ok(!tree.includes(hidden), `the supplier does not see ${hidden}`);
    }
    const customer = await supplier.goto(companyPath.replace(/^\/ja\//, '/en/'));
    assert.equal(customer.status(), 404, "the customer's dashboard is not the supplier's");
    await supplier.goto(`${supplierOrgPath}/chain`);
    await screenshot(supplier, 'companies-supplier-chain-en');
    // The company sees the tier-2 site in its chain.
    await company.goto(`${companyPath}/chain`);
    assert.ok(norm(await company.locator('#tree').innerText()).includes(TIER2), 'the company sees tier 2');
  });

  test('the supplier admin prints the site flyer in Vietnamese and Japanese (one PDF page)', async () => {
    await supplier.goto(`${supplierOrgPath}/chain`);
    const site = supplier.locator('#tree li').filter({ has: supplier.locator('strong', { hasText: TIER2 }) });
    const link = site.locator('a[lang=vi]');
    const href = await link.getAttribute('href');
    const res = await supplier.goto(href);
    assert.equal(res.status(), 200, `GET ${href}`);
    const code = norm(await supplier.locator('#flyer-code').innerText());
    assert.match(code, /^[2-9A-Z]{4}-[2-9A-Z]{4}$/, `the code in large type: ${code}`);
    assert.equal(await supplier.locator('.flyer-qr svg').count(), 1, 'the QR code');
    const text = norm(await supplier.locator('article.flyer').innerText());
    assert.ok(text.includes('không bao giờ đến tay chủ sử dụng lao động'), 'the promise in Vietnamese');
    assert.ok(text.includes('届くことは ありません') || text.includes('届'), 'and in Japanese');
    await screenshot(supplier, 'companies-flyer-vi');
    await supplier.emulateMedia({ media: 'print' });
    const pdf = await supplier.pdf({ format: 'A4', printBackground: true });
    await supplier.emulateMedia({ media: 'screen' });
    const pdfFile = join(ARTIFACTS, 'companies-flyer-vi.pdf');
    writeFileSync(pdfFile, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, `the flyer prints on one page (${pages})`);
    try {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdfFile, join(ARTIFACTS, 'companies-flyer-vi-pdf')]);
    } catch (e) {
      assert.fail(`pdftoppm could not render the flyer PDF: ${e.message}`);
    }
    assert.deepEqual(problems(supplier), [], 'no console errors or failed requests');
  });
});
