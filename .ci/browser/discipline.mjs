// Browser test of issue 10's case: the inspection committee of a commune opens a discipline case
// against a member it finds with the picker (typed without diacritics), records the violation,
// proposes and decides a warning, records the member's complaint and rules on it (the form changed
// to a reprimand), then the statistics count the decision and their figure opens the case behind it.
// Debian's Chromium via playwright-core; the units, the member and the account are set up through the API.
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

function requiredEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`discipline: the environment variable ${name} is required`);
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


/** Today in Vietnam, as yyyy-mm-dd, with a shift in days. */
function day(shift) {
  const now = new Date(Date.now() + 7 * 3600 * 1000 + shift * 86400 * 1000);
  return now.toISOString().slice(0, 10);
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
  const inspector = `ubkt.${TAG}`;
  const memberName = 'Hà Văn Định';
  let commune;
  let caseUrl;
  try {
    await step('set-up: a commune committee, its chapter, a member and the inspection committee (API)', async () => {
      commune = (await api('POST', '/api/v1/org-units',
        { parentId: 1, type: 'GRASSROOTS_COMMITTEE', name: `Đảng ủy xã Tân Văn ${TAG}`, validFrom: '2000-01-01' })).id;
      const chapter = (await api('POST', '/api/v1/org-units',
        { parentId: commune, type: 'SUB_CHAPTER', name: `Chi bộ thôn Pác Mạ ${TAG}`, validFrom: '2000-01-01' })).id;
      await api('POST', '/api/v1/members', { chapterId: chapter, fullName: memberName, birthDate: '1979-05-12',
        sex: 'MALE', admittedOn: '2005-03-01', fullMemberOn: '2006-03-01' });
      await api('POST', '/api/v1/users', { username: inspector, fullName: 'Lộc Thị Hạnh', password: INITIAL,
        role: 'INSPECTION', unitId: commune });
    });

    await step('the inspection committee opens a case, choosing the member by typing his name without diacritics', async () => {
      await signIn(page, inspector, INITIAL, true);
      await page.goto(`${BASE_URL}/discipline?unit=${commune}`);
      await Promise.all([page.waitForNavigation(), page.locator('[data-testid=open-case]').click()]);
      const form = page.locator('[data-testid=open-case-form]');
      await form.locator('[data-testid=picker-memberId]').fill('ha van dinh');
      const candidate = form.locator('#memberId-candidates button', { hasText: memberName });
      await candidate.first().waitFor({ timeout: 10000 });
      check((await text(candidate)).includes('(1979)'), 'the candidate shows the birth year');
      await candidate.first().click();
      check((await form.locator('input[type=hidden][name=memberId]').inputValue()) !== '', 'the picker filled the member');
      await form.locator('#c-source').selectOption('DENUNCIATION');
      await form.locator('#c-opened').fill(day(-20));
      await form.locator('#c-summary').fill('Đơn tố cáo về việc sử dụng đất công của thôn');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'discipline-1-open.png'), fullPage: true });
      await submit(page, form, 'open case');
      caseUrl = page.url();
      check(/\/discipline\/\d+$/.test(new URL(caseUrl).pathname), `expected the case page, got ${caseUrl}`);
      check((await text(page.locator('[data-testid=case-subject]'))) === memberName, 'the case names the member');
    });

    await step('the violation is recorded with its limitation period, a warning proposed and decided', async () => {
      const violation = page.locator('[data-testid=violation-form]');
      await violation.locator('#v-description').fill('Lấn chiếm 120 m² đất công của thôn');
      await violation.locator('#v-on').fill(day(-90));
      await violation.locator('#v-category').selectOption('ORDINARY');
      await violation.locator('#v-rule').fill('Quy định 37-QĐ/TW');
      await submit(page, violation, 'record violation');
      check((await text(page.locator('[data-testid=limitation]'))).includes('Còn thời hiệu'), 'the limitation is shown');
      const proposal = page.locator('[data-testid=proposal-form]');
      await proposal.locator('#p-form').selectOption('WARNING');
      await proposal.locator('#p-on').fill(day(-8));
      await submit(page, proposal, 'propose');
      const decision = page.locator('[data-testid=decision-form]');
      check((await text(decision.locator('#d-body option:checked'))).startsWith('Đảng ủy xã Tân Văn'), 'the opening committee decides by default');
      await decision.locator('#d-number').fill('07-QĐ/UBKT');
      await decision.locator('#d-concluded').fill(day(-6));
      await decision.locator('#d-decided').fill(day(-6));
      await decision.locator('#d-announced').fill(day(-5));
      await submit(page, decision, 'decide');
      check((await text(page.locator('[data-testid=case-status]'))) === 'Đã quyết định kỷ luật', 'the case is decided');
      check((await text(page.locator('[data-testid=case-decision]'))).includes('07-QĐ/UBKT'), 'the decision number');
      check((await text(page.locator('[data-testid=case-lapse]'))).includes('Tự chấm dứt hiệu lực'), 'the lapse day');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'discipline-2-decided.png'), fullPage: true });
      await Promise.all([page.waitForNavigation(), page.locator('[data-testid=decision-document]').click()]);
      const preview = await text(page.locator('main'));
      check(preview.includes('QUYẾT ĐỊNH') && preview.includes(`về việc thi hành kỷ luật đối với đảng viên ${memberName}`),
        'the decision reads as QUYẾT ĐỊNH about the member');
      check(preview.includes('CẢNH CÁO'), 'Điều 1 names the form');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'discipline-2b-decision-document.png'), fullPage: true });
      await page.goto(caseUrl);
    });

    await step('the member complains; the ruling changes the warning to a reprimand', async () => {
      const complaint = page.locator('[data-testid=complaint-form]');
      await complaint.locator('#k-received').fill(day(-5));
      await complaint.locator('#k-filed').fill(day(-1));
      await complaint.locator('#k-to').fill('Ủy ban Kiểm tra Huyện ủy');
      await complaint.locator('#k-content').fill('Diện tích lấn chiếm đã trả lại, đề nghị giảm hình thức');
      await submit(page, complaint, 'complaint');
      check((await text(page.locator('[data-testid=case-status]'))) === 'Đang giải quyết khiếu nại', 'complaint pending');
      const ruling = page.locator('[data-testid=ruling-form]');
      await ruling.locator('#r-outcome').selectOption('CHANGED');
      await ruling.locator('#r-changed').selectOption('REPRIMAND');
      await ruling.locator('#r-note').fill('Đã khắc phục hậu quả');
      await submit(page, ruling, 'ruling');
      check((await text(page.locator('[data-testid=case-status]'))) === 'Đã thay đổi hình thức', 'the form changed');
      check((await text(page.locator('[data-testid=case-decision]'))).includes('Khiển trách'), 'now a reprimand');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'discipline-3-ruled.png'), fullPage: true });
    });

    await step('the statistics count the reprimand and the figure opens the case', async () => {
      await page.goto(`${BASE_URL}/discipline/statistics?unit=${commune}`);
      const figure = page.locator('[data-testid=members-REPRIMAND]');
      check((await text(figure)) === '1', `one member reprimanded, got ${await text(figure)}`);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'discipline-4-statistics.png'), fullPage: true });
      await Promise.all([page.waitForNavigation(), figure.click()]);
      check((await page.locator('[data-testid=case-row]').count()) === 1, 'the drill-down lists the one case');
      check((await text(page.locator('[data-testid=cases]'))).includes(memberName), 'the drill-down names the member');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'discipline-5-drilldown.png'), fullPage: true });
    });

    check(foreign.length === 0, `requests left the application: ${foreign.join(', ')}`);
    check(pageErrors.length === 0, `errors in the browser console: ${pageErrors.join(' | ')}`);
    console.log('discipline: the case works from opening to the statistics');
  }
  catch (e) {
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'discipline-failure.png'), fullPage: true }).catch(() => {});
    console.log(`\ndiscipline: FAILED at ${page.url()}: ${e.message}`);
    await browser.close();
    process.exit(1);
  }
  await browser.close();
}

main();
