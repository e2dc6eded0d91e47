// Browser test of issue 4's whole loop: the organisation board opens a review campaign, a chapter's
// secretary records the chapter's review with two shortcomings, the district issues a remediation
// plan with a task linked to them and disseminates it, the chapter acknowledges and reports 100%
// with a PDF file, the district verifies, and the dashboard shows the chapter at 100% remedied.
// Debian's Chromium via playwright-core; users and units are set up through the API.
//
// Environment: XDD_BASE_URL, XDD_ADMIN_PASSWORD (required); XDD_SCREENSHOT_DIR, CHROMIUM.

import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BASE_URL = requiredEnv('XDD_BASE_URL').replace(/\/+$/, '');
const ADMIN_PASSWORD = requiredEnv('XDD_ADMIN_PASSWORD');
const SCREENSHOT_DIR = process.env.XDD_SCREENSHOT_DIR || path.resolve(here, '../../target/screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ORIGIN = new URL(BASE_URL).origin;
const AUTH = 'Basic ' + Buffer.from(`admin:${ADMIN_PASSWORD}`).toString('base64');
const TAG = Date.now().toString(36);
const INITIAL = 'Khoitao2026';
const CHANGED = 'Doimatkhau2026';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

function requiredEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`remediation: the environment variable ${name} is required`);
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
  return ((await locator.first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function api(method, pathName, body) {
  const response = await fetch(BASE_URL + pathName, {
    method,
    headers: { Authorization: AUTH, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = await response.text();
  if (!response.ok) {
    throw new StepFailure(`${method} ${pathName} answered ${response.status}: ${answer}`);
  }
  return answer ? JSON.parse(answer) : null;
}

let stepNumber = 0;
async function step(name, action) {
  stepNumber += 1;
  process.stdout.write(`  ${stepNumber}. ${name} … `);
  await action();
  process.stdout.write('ok\n');
}

/** Fails on any error message the page shows after a form was sent. */
async function noProblem(page, what) {
  const problems = page.locator('main .notice.error, main .field-error');
  if (await problems.count()) {
    throw new StepFailure(`${what}: ${(await problems.allTextContents()).join(' | ')}`);
  }
}

async function submit(page, formLocator, what) {
  await Promise.all([page.waitForNavigation(), formLocator.locator('button[type=submit]').first().click()]);
  await noProblem(page, what);
}

async function signIn(page, username, password, firstTime) {
  await page.context().clearCookies();
  await page.goto(BASE_URL + '/login');
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  if (firstTime) {
    check(new URL(page.url()).pathname === '/account/password', `${username}: expected the password change`);
    await page.fill('#currentPassword', password);
    await page.fill('#newPassword', CHANGED);
    await page.fill('#confirmation', CHANGED);
    await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
    await noProblem(page, 'password change');
  }
}

async function main() {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  const foreign = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(ORIGIN) && !r.url().startsWith('data:')) {
      foreign.push(r.url());
    }
  });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') {
      pageErrors.push(m.text());
    }
  });
  const board = `bantochuc.${TAG}`;
  const secretary = `bithu.${TAG}`;
  let district;
  let chapter;
  let campaignId;
  let planId;
  try {
    await step('set-up: a district, its chapter, the district board and the chapter secretary (API)', async () => {
      district = (await api('POST', '/api/v1/org-units',
        { parentId: 1, type: 'DISTRICT_COMMITTEE', name: `Huyện ủy Sơn Tịnh ${TAG}` })).id;
      chapter = (await api('POST', '/api/v1/org-units',
        { parentId: district, type: 'GRASSROOTS_CHAPTER', name: `Chi bộ Trường THCS Tịnh Hà ${TAG}` })).id;
      const boardUser = await api('POST', '/api/v1/users', { username: board, fullName: 'Phạm Thị Hồng',
        password: INITIAL, role: 'ORGANIZATION_BOARD', unitId: district });
      await api('POST', `/api/v1/users/${boardUser.id}/grants`, { role: 'LEADERSHIP', unitId: district });
      await api('POST', '/api/v1/users', { username: secretary, fullName: 'Đỗ Văn Lộc', password: INITIAL,
        role: 'SECRETARY', unitId: chapter });
    });

    await step('the district board opens a review campaign', async () => {
      await signIn(page, board, INITIAL, true);
      await page.goto(BASE_URL + '/campaigns/new');
      const form = page.locator('[data-testid=campaign-form]');
      await form.locator('#unitId').selectOption(String(district));
      await form.locator('#name').fill('Kiểm điểm tự phê bình và phê bình năm 2026');
      await form.locator('#kind').selectOption('ANNUAL');
      await form.locator('#periodFrom').fill('2026-01-01');
      await form.locator('#periodTo').fill('2026-12-31');
      await form.locator('input[name=taxonomies][value=NQ04]').check();
      await form.locator('input[name=taxonomies][value=LINH_VUC]').check();
      await submit(page, form, 'open campaign');
      const match = new URL(page.url()).pathname.match(/^\/campaigns\/(\d+)$/);
      check(match, `expected the campaign page, got ${page.url()}`);
      campaignId = match[1];
      check((await text(page.locator('[data-testid=campaign-name]'))).includes('năm 2026'), 'campaign name shown');
    });

    await step("the chapter's secretary records the chapter's review with two shortcomings and submits it", async () => {
      await signIn(page, secretary, INITIAL, true);
      await page.goto(`${BASE_URL}/campaigns/${campaignId}/reviews/new?kind=UNIT&unit=${chapter}`);
      const form = page.locator('[data-testid=review-form]');
      await form.locator('#strengths').fill('Chi bộ đoàn kết, hoàn thành nhiệm vụ chuyên môn.');
      await form.locator('textarea[name="items[0].text"]').fill('Sinh hoạt chi bộ chưa đều, nội dung còn đơn điệu');
      await form.locator('select[name="items[0].tags"]').selectOption(['NQ04-1.4', 'LV-SINH_HOAT']);
      await form.locator('input[name="items[0].deadline"]').fill('2026-12-31');
      await form.locator('textarea[name="items[1].text"]').fill('Chưa kịp thời nắm bắt tư tưởng đảng viên');
      await form.locator('select[name="items[1].tags"]').selectOption(['LV-GIAO_DUC']);
      await form.locator('input[name="items[1].deadline"]').fill('2026-12-31');
      await submit(page, form, 'save review');
      await Promise.all([page.waitForNavigation(), page.locator('[data-testid=submit-review]').click()]);
      await noProblem(page, 'submit review');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'remediation-1-review.png'), fullPage: true });
      await page.goto(`${BASE_URL}/shortcomings?unit=${chapter}`);
      check((await text(page.locator('[data-testid=shortcoming-total]'))).startsWith('2 '),
        `expected 2 items in the register, got ${await text(page.locator('[data-testid=shortcoming-total]'))}`);
    });

    await step('the district issues plan 42a-KH/HU with a task linked to both shortcomings and disseminates it', async () => {
      await signIn(page, board, CHANGED, false);
      await page.goto(BASE_URL + '/plans/new');
      const form = page.locator('[data-testid=plan-form]');
      await form.locator('#p-unit').selectOption(String(district));
      await form.locator('#p-number').fill('42a-KH/HU');
      await form.locator('#p-date').fill('2026-11-30');
      await form.locator('#p-title').fill('Kế hoạch khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2026');
      await form.locator('#p-campaign').selectOption(String(campaignId));
      await form.locator('#p-template').selectOption('NQ12-3');
      await submit(page, form, 'create plan');
      const match = new URL(page.url()).pathname.match(/^\/plans\/(\d+)$/);
      check(match, `expected the plan page, got ${page.url()}`);
      planId = match[1];
      check((await page.locator('[data-testid=group-title]').count()) === 3, 'three solution groups from the template');
      await Promise.all([page.waitForNavigation(), page.locator(`a[href*="/plans/${planId}/tasks/new"]`).first().click()]);
      const task = page.locator('[data-testid=task-form]');
      await task.locator('#t-text').fill('Nâng cao chất lượng sinh hoạt chi bộ, sinh hoạt chuyên đề hằng quý');
      await task.locator('#t-lead').selectOption(String(chapter));
      await task.locator('#t-deadline').fill('2026-12-31');
      const boxes = task.locator('input[name=shortcomings]');
      check((await boxes.count()) === 2, `the task form offers the chapter's 2 shortcomings, got ${await boxes.count()}`);
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await submit(page, task, 'save task');
      await page.locator('details', { has: page.locator(`form[action$="/plans/${planId}/dissemination"]`) })
        .locator('summary').click();
      const dissemination = page.locator(`form[action$="/plans/${planId}/dissemination"]`);
      await dissemination.locator(`input[name=units][value="${chapter}"]`).check();
      await submit(page, dissemination, 'disseminate');
      check((await text(page.locator('[data-testid=ack-count]'))).includes('0'), 'nobody acknowledged yet');
    });

    await step('the chapter acknowledges and reports the task done with a PDF file', async () => {
      await signIn(page, secretary, CHANGED, false);
      await page.goto(`${BASE_URL}/plans/${planId}`);
      await Promise.all([page.waitForNavigation(), page.locator('[data-testid=acknowledge]').click()]);
      await noProblem(page, 'acknowledge');
      // The report form is folded under its task (a details element): unfold it as a user would.
      await page.locator('details', { has: page.locator(`form[action*="/plans/${planId}/tasks/"][action$="/reports"]`) })
        .locator('summary').first().click();
      const report = page.locator(`form[action*="/plans/${planId}/tasks/"][action$="/reports"]`);
      await report.locator('input[name=percent]').fill('100');
      await report.locator('textarea[name=narrative]').fill('Đã sinh hoạt chuyên đề quý III và quý IV, có biên bản kèm theo.');
      await report.locator('input[name=files]').setInputFiles({ name: 'bien-ban-sinh-hoat.pdf', mimeType: 'application/pdf', buffer: PDF });
      await submit(page, report, 'report progress');
      check((await page.locator('[data-testid=report]').count()) === 1, 'the report is listed');
      check((await page.locator('[data-testid=verify]').count()) === 0, 'the chapter cannot verify its own report');
    });

    await step('the district verifies the report', async () => {
      await signIn(page, board, CHANGED, false);
      await page.goto(`${BASE_URL}/plans/${planId}`);
      const verify = page.locator('[data-testid=verify]');
      if (!(await verify.isVisible())) {
        await page.locator('details', { has: verify }).locator('summary').first().click();
      }
      await Promise.all([page.waitForNavigation(), verify.click()]);
      await noProblem(page, 'verify');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'remediation-2-plan.png'), fullPage: true });
    });

    await step('the dashboard shows the chapter at 100% remedied, and the number opens the list', async () => {
      await page.goto(`${BASE_URL}/dashboard?unit=${district}`);
      const row = page.locator('[data-testid=dashboard-units] tr', { hasText: `Tịnh Hà ${TAG}` });
      check((await row.count()) >= 1, 'the chapter has a row');
      const percent = await text(row.locator('[data-figure=percent]'));
      check(percent.startsWith('100'), `expected 100% remedied, got ${percent}`);
      check((await text(row.locator('[data-figure=verified]'))) === '2', 'two items verified');
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'remediation-3-dashboard.png'), fullPage: true });
      await Promise.all([page.waitForNavigation(), row.locator('[data-figure=verified]').click()]);
      check((await page.locator('[data-testid=shortcoming-row]').count()) === 2, 'the list behind the number has the 2 items');
    });

    await step('the office declares the committee term and issues the plan: the register gives it Số 01-KH/HU', async () => {
      await page.goto(`${BASE_URL}/documents/settings?unit=${district}`);
      const term = page.locator('[data-testid=term-form]');
      await term.locator('#t-name').fill('Nhiệm kỳ 2025–2030');
      await term.locator('#t-start').fill('2025-10-15');
      await submit(page, term, 'declare term');
      await page.goto(`${BASE_URL}/documents/plan/${planId}/preview`);
      check((await text(page.locator('[data-testid=document-type]'))) === 'KẾ HOẠCH', 'the preview is a KẾ HOẠCH');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'remediation-4-plan-preview.png'), fullPage: true });
      await Promise.all([page.waitForNavigation(), page.locator('[data-testid=issue-document] button[type=submit]').first().click()]);
      await noProblem(page, 'issue plan');
      check((await text(page.locator('[data-testid=document-number]'))) === '01-KH/HU',
        `expected 01-KH/HU in the register, got ${await text(page.locator('[data-testid=document-number]'))}`);
      const files = await page.evaluate(async () => {
        const links = [...document.querySelectorAll('[data-testid=document-list] a[href*="/file"]')].map((a) => a.href);
        const heads = [];
        for (const href of links.slice(0, 2)) {
          const bytes = new Uint8Array(await (await fetch(href)).arrayBuffer());
          heads.push(String.fromCharCode(...bytes.slice(0, 4)));
        }
        return heads;
      });
      check(files.includes('PK\u0003\u0004') && files.includes('%PDF'), `expected a .docx and a PDF, got ${JSON.stringify(files)}`);
      await page.goto(`${BASE_URL}/plans/${planId}`);
      check((await text(page.locator('[data-testid=plan-heading]'))).includes('01-KH/HU'), 'the plan carries the register number');
    });

    await step('the results report: narrative edited, tables from the register, issued as 01-BC/HU, statistics as Excel', async () => {
      await page.goto(`${BASE_URL}/documents/reports/new`);
      const form = page.locator('[data-testid=report-form]');
      await form.locator('select[name=unitId]').selectOption(String(district));
      await form.locator('input[name=periodFrom]').fill('2026-01-01');
      await form.locator('input[name=periodTo]').fill('2026-12-31');
      await submit(page, form, 'new report');
      const texts = page.locator('[data-testid=report-texts]');
      await texts.locator('textarea[name=situation]').fill('Các chi bộ đã quán triệt và triển khai kế hoạch khắc phục.');
      await submit(page, texts, 'save report texts');
      const preview = page.locator('[data-testid=document-preview]');
      check((await text(preview)).includes('Các chi bộ đã quán triệt'), 'the edited text is in the preview');
      check((await text(preview)).includes('100'), 'the table shows the chapter at 100%');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'remediation-5-report.png'), fullPage: true });
      const xlsx = await page.evaluate(async () => {
        const href = document.querySelector('[data-testid=report-xlsx]').href;
        const bytes = new Uint8Array(await (await fetch(href)).arrayBuffer());
        return String.fromCharCode(...bytes.slice(0, 2));
      });
      check(xlsx === 'PK', 'the statistics download is an .xlsx');
      await Promise.all([page.waitForNavigation(), page.locator('[data-testid=issue-document] button[type=submit]').first().click()]);
      await noProblem(page, 'issue report');
      check((await text(page.locator('[data-testid=document-number]'))) === '01-BC/HU', 'the report is 01-BC/HU');
    });

    check(foreign.length === 0, `requests left the application: ${foreign.join(', ')}`);
    check(pageErrors.length === 0, `errors in the browser console: ${pageErrors.join(' | ')}`);
    console.log('remediation: the whole loop works');
  }
  catch (e) {
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'remediation-failure.png'), fullPage: true }).catch(() => {});
    console.log(`\nremediation: FAILED at ${page.url()}: ${e.message}`);
    await browser.close();
    process.exit(1);
  }
  await browser.close();
}

main();
