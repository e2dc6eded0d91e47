// Browser test of issue 3's acceptance story: an organisation-board officer imports members from an
// Excel file whose rows have problems, reads the row-by-row report, fixes the file, imports it, and
// finds an imported member through the organisation tree. Debian's Chromium via playwright-core;
// the .xlsx files are written with exceljs.
//
// Environment: XDD_BASE_URL, XDD_ADMIN_PASSWORD (required); XDD_SCREENSHOT_DIR, CHROMIUM.

import { chromium } from 'playwright-core';
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BASE_URL = requiredEnv('XDD_BASE_URL').replace(/\/+$/, '');
const ADMIN_PASSWORD = requiredEnv('XDD_ADMIN_PASSWORD');
const SCREENSHOT_DIR = process.env.XDD_SCREENSHOT_DIR || path.resolve(here, '../../target/screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ORIGIN = new URL(BASE_URL).origin;
const AUTH = 'Basic ' + Buffer.from(`admin:${ADMIN_PASSWORD}`).toString('base64');

const COMMUNE = 'Đảng ủy xã Phổ Ninh';
const CHAPTER = 'Chi bộ thôn An Thổ';
// The template's columns (the import asks for all of them; status and chapter name are optional).
const HEADERS = ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Tôn giáo', 'Quê quán', 'Nơi ở hiện nay', 'Số CCCD',
  'Số thẻ đảng viên', 'Số lý lịch đảng viên', 'Ngày vào Đảng', 'Ngày chính thức', 'Học vấn', 'Chuyên môn',
  'Lý luận chính trị', 'Điện thoại', 'Mã chi bộ'];

/** A row in the template's column order from the few fields the story uses. */
function row(name, born, sex, card, admitted, full, chapter) {
  return [name, born, sex, 'Kinh', '', 'Quảng Ngãi', '', '', card, '', admitted, full, '12/12', '', '', '', chapter];
}

function requiredEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`members: the environment variable ${name} is required`);
    process.exit(2);
  }
  return value;
}

class StepFailure extends Error {}

function check(condition, message) {
  if (!condition) {
    throw new StepFailure(message);
  }
}

async function text(locator) {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Sets up the committee and chapter through the API (the tree pages are the platform test's). */
async function api(method, pathName, body) {
  const response = await fetch(BASE_URL + pathName, {
    method,
    headers: { Authorization: AUTH, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json();
  check(response.ok, `${method} ${pathName}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Writes an .xlsx with a title row, the header row and the given rows; returns its path. */
async function workbook(name, rows) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Đảng viên');
  sheet.addRow(['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN AN THỔ']);
  sheet.addRow(HEADERS);
  rows.forEach((row) => sheet.addRow(row));
  const file = path.join(os.tmpdir(), `xdd-${name}-${process.pid}.xlsx`);
  await book.xlsx.writeFile(file);
  return file;
}

class LoginPage {
  constructor(page) {
    this.page = page;
  }

  async login(username, password) {
    await this.page.goto(BASE_URL + '/login');
    await this.page.fill('#username', username);
    await this.page.fill('#password', password);
    await Promise.all([this.page.waitForNavigation(), this.page.click('button[type=submit]')]);
    check(!this.page.url().includes('/login'), `login as ${username} failed: ${this.page.url()}`);
  }
}

class ImportPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto(BASE_URL + '/members/import');
    check(/Nhập đảng viên từ Excel/.test(await text(this.page.locator('h1'))), 'the import page has its title');
  }

  /** Uploads a file and waits until the check has finished (htmx polls the job). */
  async check(file) {
    await this.page.setInputFiles('#import-file', file);
    await Promise.all([this.page.waitForNavigation(), this.page.click('[data-testid=check-file]')]);
    await this.page.waitForSelector('[data-testid=rows]', { timeout: 60_000 });
  }

  async errors() {
    return this.page.$$eval('[data-testid=import-errors] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.replace(/\s+/g, ' ').trim())));
  }

  async figure(id) {
    return text(this.page.locator(`[data-testid=${id}]`));
  }

  async confirm() {
    await Promise.all([this.page.waitForNavigation(), this.page.click('[data-testid=confirm-import]')]);
    await this.page.waitForSelector('[data-testid=import-done], [data-testid=import-failure]', { timeout: 60_000 });
    check(await this.page.isVisible('[data-testid=import-done]'),
      `the import did not finish: ${await text(this.page.locator('[data-testid=import-job]'))}`);
    return text(this.page.locator('[data-testid=import-done]'));
  }
}

class TreePage {
  constructor(page) {
    this.page = page;
  }

  async search(query) {
    await this.page.goto(`${BASE_URL}/units?q=${encodeURIComponent(query)}`);
    return this.page.$$eval('[data-testid=tree-search-results] li > a:first-child', (as) =>
      as.map((a) => ({ name: a.textContent.trim(), href: a.getAttribute('href') })));
  }
}

async function shot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `members-${name}.png`), fullPage: true });
}

async function step(name, action) {
  try {
    await action();
    console.log(`ok   ${name}`);
  } catch (e) {
    console.error(`FAIL ${name}: ${e.message}`);
    throw e;
  }
}

async function main() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  const foreign = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(ORIGIN) && !r.url().startsWith('data:')) {
      foreign.push(r.url());
    }
  });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // Console errors include the Content-Security-Policy's refusals (e.g. an inline style).
  page.on('console', (m) => {
    if (m.type() === 'error') {
      pageErrors.push(m.text());
    }
  });
  let chapterId;
  try {
    await step('set-up: a commune committee and a chapter (API)', async () => {
      const commune = await api('POST', '/api/v1/org-units',
        { parentId: 1, type: 'COMMUNE_COMMITTEE', name: COMMUNE, validFrom: '2025-07-01' });
      const chapter = await api('POST', '/api/v1/org-units',
        { parentId: commune.id, type: 'SUB_CHAPTER', name: CHAPTER, validFrom: '2025-07-01' });
      chapterId = chapter.id;
    });

    await step('log in as the administrator', async () => new LoginPage(page).login('admin', ADMIN_PASSWORD));

    const importPage = new ImportPage(page);
    await step('a file with problems is checked and every problem is listed by row, column and reason', async () => {
      const file = await workbook('loi', [
        row('VŨ THỊ NGỌC ÁNH', '12/05/1990', 'Nữ', '81234567', '19/05/2015', '19/05/2016', chapterId),
        row('Lê Văn Tám', '01/01/2000', 'Nam', '81234568', '02/09/2015', '02/09/2016', chapterId),
        row('Hoàng Thị Mơ', '31/02/1988', 'Nữ', '81234569', '03/02/2012', '03/02/2013', 999999),
      ]);
      await importPage.open();
      await importPage.check(file);
      const errors = await importPage.errors();
      check(errors.length >= 3, `expected at least 3 problems, got ${JSON.stringify(errors)}`);
      const rows = errors.map((e) => e[0]);
      check(rows.includes('4') && rows.includes('5'), `problems on rows 4 and 5, got ${JSON.stringify(errors)}`);
      check(!rows.includes('3'), `the good row 3 has no problem: ${JSON.stringify(errors)}`);
      check(errors.some((e) => e[0] === '4' && /18 tuổi/.test(e[2])), `row 4: admitted before 18: ${JSON.stringify(errors)}`);
      check(errors.some((e) => e[0] === '5' && /Ngày sinh/.test(e[1])), `row 5: unreadable birth date: ${JSON.stringify(errors)}`);
      check(errors.some((e) => e[0] === '5' && /chi bộ/i.test(e[1] + e[2])), `row 5: unknown chapter: ${JSON.stringify(errors)}`);
      check(!(await page.isVisible('[data-testid=confirm-import]')), 'a file with problems cannot be confirmed');
      await shot(page, '01-errors');
    });

    await step('the fixed file is checked, confirmed and imported in one go', async () => {
      const file = await workbook('dung', [
        row('VŨ THỊ NGỌC ÁNH', '12/05/1990', 'Nữ', '81234567', '19/05/2015', '19/05/2016', chapterId),
        row('Lê Văn Tám', '01/01/2000', 'Nam', '81234568', '02/09/2019', '02/09/2020', chapterId),
        row('Hoàng Thị Mơ', '28/02/1988', 'Nữ', '81234569', '03/02/2012', '03/02/2013', chapterId),
      ]);
      await importPage.open();
      await importPage.check(file);
      check((await importPage.errors()).length === 0, 'the fixed file has no problem');
      check(await importPage.figure('to-create') === '3', `3 members to create, got ${await importPage.figure('to-create')}`);
      await shot(page, '02-preview');
      const done = await importPage.confirm();
      check(/thêm 3/.test(done), `the import reports 3 members added: ${done}`);
      await shot(page, '03-done');
    });

    await step('the imported member is found through the tree: search the chapter, open its members', async () => {
      const tree = new TreePage(page);
      const hits = await tree.search('an tho');
      const hit = hits.find((h) => h.name === CHAPTER);
      check(hit, `the tree search without diacritics finds "${CHAPTER}": ${JSON.stringify(hits)}`);
      await shot(page, '04-tree-search');
      await page.goto(BASE_URL + `/units?focus=${chapterId}`);
      const node = page.locator(`[data-unit-id="${chapterId}"]`);
      check(/3 đảng viên/.test(await text(node)), `the chapter's node counts 3 members: ${await text(node)}`);
      await Promise.all([page.waitForNavigation(), page.click(`[data-unit-id="${chapterId}"] a[href="/units/${chapterId}"]`)]);
      await Promise.all([page.waitForNavigation(), page.click('a[href*="/members?unit="]')]);
      await page.fill('input[name=q]', 'vu thi ngoc anh');
      await Promise.all([page.waitForNavigation(), page.press('input[name=q]', 'Enter')]);
      const names = await page.$$eval('table tbody tr td:first-child a', (as) => as.map((a) => a.textContent.trim()));
      check(names.length === 1 && names[0] === 'Vũ Thị Ngọc Ánh',
        `the list finds "Vũ Thị Ngọc Ánh" (stored capitalised, found without diacritics): ${JSON.stringify(names)}`);
      await shot(page, '05-member-found');
      await Promise.all([page.waitForNavigation(), page.click('table tbody tr td:first-child a')]);
      check(/Vũ Thị Ngọc Ánh/.test(await text(page.locator('h1'))), 'the member record opens');
      check(/Chi bộ thôn An Thổ/.test(await text(page.locator('main'))), 'the record names the chapter');
      await shot(page, '06-member-record');
    });

    await step('the home page charts the members by unit (now that there are members)', async () => {
      await page.goto(BASE_URL + '/');
      await page.waitForSelector('.chart.chart-ready canvas', { timeout: 10_000 });
      await page.waitForLoadState('networkidle');
      await shot(page, '07-home-chart');
    });

    await step('nothing was loaded from outside the application, and no script failed', async () => {
      check(foreign.length === 0, `requests outside the application: ${foreign.join(', ')}`);
      check(pageErrors.length === 0, `script errors: ${pageErrors.join('; ')}`);
    });
  } finally {
    await browser.close();
  }
}

main().then(
  () => {
    console.log('members: every step passed');
  },
  (e) => {
    console.error(e instanceof StepFailure ? `members: ${e.message}` : e);
    process.exit(1);
  },
);
