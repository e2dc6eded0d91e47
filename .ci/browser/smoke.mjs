// Browser smoke test of XDĐ: the platform's acceptance story, in Debian's Chromium driven by
// playwright-core. It never downloads a browser.
//
// Environment:
//   XDD_BASE_URL          the address the application printed (required), e.g. http://localhost:8080/
//   XDD_ADMIN_PASSWORD    the password of the bootstrap account "admin" (required)
//   XDD_SCREENSHOT_DIR    where the PNGs go (default: target/screenshots of the repository)
//   CHROMIUM              the browser (default: /usr/bin/chromium)
//
// Exits 0 when every step passed, 1 with a message naming the failed step otherwise.

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

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

// The story's data. Vietnamese names with diacritics on purpose.
const ROOT_UNIT = process.env.XDD_ROOT_UNIT_NAME || 'Tỉnh ủy';
const UNIT_A = 'Huyện ủy Đức Phổ';
const UNIT_B = 'Huyện ủy Mộ Đức';
const UNIT_TYPE = 'DISTRICT_COMMITTEE';
const UNIT_TYPE_LABEL = 'Huyện ủy / Thị ủy / Quận ủy';
const USER = {
  username: 'bithu.ducpho',
  fullName: 'Nguyễn Thị Hồng Nhung',
  initialPassword: 'Khoitao2024',
  newPassword: 'Matkhau-moi-9',
  role: 'SECRETARY',
  roleLabel: 'Bí thư, phó bí thư',
};

function requiredEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`smoke: the environment variable ${name} is required`);
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

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Exact path (and optionally query) of the page's current URL, checked against the app's origin. */
function expectPath(page, expected, what) {
  const url = new URL(page.url());
  check(url.origin === ORIGIN, `${what}: expected a page of ${ORIGIN}, got ${page.url()}`);
  const actual = url.pathname + url.search;
  const ok = expected instanceof RegExp ? expected.test(actual) : actual === expected;
  check(ok, `${what}: expected the address ${expected}, got ${actual}`);
  return url;
}

async function text(locator) {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The label of a select's chosen option (options are never "visible" to Playwright). */
async function expectSelected(page, selector, expected, what) {
  const actual = await page.$eval(selector, (select) => (select.selectedOptions[0]?.textContent ?? '').trim());
  check(actual.replace(/\s+/g, ' ') === expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

async function expectText(locator, expected, what) {
  await locator.first().waitFor({ state: 'visible' }).catch(() => {
    throw new StepFailure(`${what}: element not shown`);
  });
  const actual = await text(locator.first());
  const ok = expected instanceof RegExp ? expected.test(actual) : actual === expected;
  check(ok, `${what}: expected ${JSON.stringify(String(expected))}, got ${JSON.stringify(actual)}`);
}

// ---------------------------------------------------------------------------------------------
// Page objects
// ---------------------------------------------------------------------------------------------

class LoginPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    const response = await this.page.goto(BASE_URL + '/');
    check(response && response.ok(), `opening ${BASE_URL}/ answered ${response && response.status()}`);
    // Not signed in: the application sends the browser to its login page.
    await this.expectShown();
  }

  async expectShown(query = '') {
    expectPath(this.page, '/login' + query, 'login page');
    check((await this.page.title()).startsWith('Đăng nhập'), `login page title: ${await this.page.title()}`);
    await expectText(this.page.locator('.login h1'), 'Hệ thống quản lý công tác xây dựng Đảng', 'login heading');
    await expectText(this.page.locator('label[for=username]'), 'Tên đăng nhập', 'login user-name label');
    await expectText(this.page.locator('label[for=password]'), 'Mật khẩu', 'login password label');
    await expectText(this.page.locator('.login button[type=submit]'), 'Đăng nhập', 'login button');
    check((await this.page.locator('header.topbar').count()) === 0, 'login page must not show the shell header');
  }

  async expectLoggedOutNotice() {
    await this.expectShown('?logout');
    await expectText(this.page.locator('.login .notice[role=status]'), 'Bạn đã đăng xuất.', 'logged-out notice');
  }

  async login(username, password) {
    await this.page.fill('#username', username);
    await this.page.fill('#password', password);
    await Promise.all([this.page.waitForNavigation(), this.page.click('.login button[type=submit]')]);
    const error = this.page.locator('[data-testid=login-error]');
    if (await error.count()) {
      throw new StepFailure(`login as ${username} refused: ${await text(error)}`);
    }
  }
}

class ShellPage {
  constructor(page) {
    this.page = page;
  }

  /** The header shows the user's name and the unit in scope; the navigation is there. */
  async expectShell({ fullName, unitName, administrator }) {
    await expectText(this.page.locator('[data-testid=user-name]'), fullName, 'header: user name');
    const single = this.page.locator('[data-testid=active-unit]');
    if (await single.count()) {
      await expectText(single, unitName, 'header: unit in scope');
    }
    else {
      await expectSelected(this.page, '#scope-unit', unitName, 'header: unit selector');
    }
    await expectText(this.page.locator('.brand-name'), 'XDĐ', 'header: brand');
    const nav = this.page.locator('nav.sidenav');
    await expectText(nav.locator('a[href="/"]'), 'Trang chủ', 'navigation: home');
    await expectText(nav.locator('a[href="/units"]'), 'Tổ chức đảng', 'navigation: units');
    const usersLink = nav.locator('a[href="/admin/users"]');
    if (administrator) {
      await expectText(usersLink, 'Người dùng và phân quyền', 'navigation: users');
    }
    else {
      check((await usersLink.count()) === 0, 'navigation: a non-administrator must not see "Người dùng và phân quyền"');
    }
    await expectText(this.page.locator('[data-testid=logout]'), 'Đăng xuất', 'header: log-out button');
  }

  /**
   * The home page. Right after logging in, Spring Security's request cache sends the browser back
   * to the page first asked for with "?continue" appended.
   */
  async expectHome(unitName, { afterLogin = false } = {}) {
    expectPath(this.page, afterLogin ? /^\/(\?continue)?$/ : '/', 'home page');
    await expectText(this.page.locator('main h1'), 'Trang chủ', 'home heading');
    await expectText(this.page.locator('main p.lead'), `Số liệu của ${unitName} và các đơn vị trực thuộc.`,
      'home: unit figures');
  }

  async homeChildren() {
    return (await this.page.locator('main .card ul.plain li a').allTextContents()).map((t) => t.trim());
  }

  async goHome() {
    await Promise.all([this.page.waitForNavigation(), this.page.click('nav.sidenav a[href="/"]')]);
    expectPath(this.page, '/', 'home page');
  }

  async openUnits() {
    await Promise.all([this.page.waitForNavigation(), this.page.click('nav.sidenav a[href="/units"]')]);
    expectPath(this.page, '/units', 'unit tree');
    await expectText(this.page.locator('main h1'), 'Tổ chức đảng', 'unit tree heading');
  }

  /** The names in the unit tree of the user's scope. */
  async unitTree() {
    return (await this.page.locator('[data-testid=unit-tree] li a').allTextContents()).map((t) => t.trim());
  }

  async openUnitFromTree(name) {
    const link = this.page.locator('[data-testid=unit-tree] li a', { hasText: new RegExp(`^${escapeRegExp(name)}$`) });
    check((await link.count()) === 1, `unit tree: expected one link "${name}", found ${await link.count()}`);
    await Promise.all([this.page.waitForNavigation(), link.click()]);
  }

  async openUsersAdmin() {
    await Promise.all([this.page.waitForNavigation(), this.page.click('nav.sidenav a[href="/admin/users"]')]);
    expectPath(this.page, '/admin/users', 'user administration');
    await expectText(this.page.locator('main h1'), 'Người dùng và phân quyền', 'user administration heading');
  }

  async logout() {
    await Promise.all([this.page.waitForNavigation(), this.page.click('[data-testid=logout]')]);
  }
}

class UnitPage {
  constructor(page) {
    this.page = page;
  }

  /** The unit page shown now; returns its id from the address. */
  async expectUnit(name) {
    const url = expectPath(this.page, /^\/units\/\d+$/, `page of unit "${name}"`);
    await expectText(this.page.locator('[data-testid=unit-name]'), name, 'unit page heading');
    check((await this.page.title()).startsWith(name), `unit page title: ${await this.page.title()}`);
    return Number(url.pathname.split('/').pop());
  }

  /** Fills "Thêm đơn vị trực thuộc" and submits; ends on the new unit's page and returns its id. */
  async addChild(name, typeCode, typeLabel) {
    // The restructuring actions are collapsed (details elements); open "Thêm đơn vị trực thuộc".
    const card = this.page.locator('details.action', { has: this.page.locator('summary', { hasText: 'Thêm đơn vị trực thuộc' }) });
    check((await card.count()) === 1, 'unit page: the form "Thêm đơn vị trực thuộc" is missing');
    if (!(await card.evaluate((d) => d.open))) {
      await card.locator('summary').click();
    }
    await this.page.fill('#child-name', name);
    await this.page.selectOption('#child-type', typeCode);
    await expectSelected(this.page, '#child-type', typeLabel, 'unit type option');
    await Promise.all([this.page.waitForNavigation(), card.locator('button[type=submit]').click()]);
    const problem = this.page.locator('.notice.error');
    if (await problem.count()) {
      throw new StepFailure(`creating unit "${name}" refused: ${await text(problem)}`);
    }
    await expectText(this.page.locator('.notice.success'), 'Đã thêm đơn vị.', 'unit created notice');
    return this.expectUnit(name);
  }

  async children() {
    return (await this.page.locator('main .card ul.plain li a').allTextContents()).map((t) => t.trim());
  }

  /** Opens /units/<id> by typing the address; returns the HTTP status. */
  async openById(id) {
    const response = await this.page.goto(`${BASE_URL}/units/${id}`);
    return response ? response.status() : 0;
  }

  async expectNotFound(id) {
    expectPath(this.page, `/units/${id}`, 'not-found page');
    await expectText(this.page.locator('[data-testid=error-code]'), '404', 'not-found page code');
    await expectText(this.page.locator('main h1'), 'Không tìm thấy', 'not-found page heading');
    await expectText(this.page.locator('main .error-page p').nth(1),
      'Trang hoặc bản ghi này không tồn tại, hoặc nằm ngoài phạm vi đơn vị của bạn.', 'not-found page text');
  }
}

class UsersAdminPage {
  constructor(page) {
    this.page = page;
  }

  async openNewUserForm() {
    await Promise.all([this.page.waitForNavigation(), this.page.click('[data-testid=new-user]')]);
    expectPath(this.page, '/admin/users/new', 'new-user form');
    await expectText(this.page.locator('main h1'), 'Tạo người dùng', 'new-user form heading');
  }

  /** Fills and submits the new-user form; ends on the new account's page and returns its id. */
  async createUser({ username, fullName, initialPassword, role, roleLabel }, unitId, unitName) {
    await this.page.fill('#username', username);
    await this.page.fill('#fullName', fullName);
    await this.page.fill('#password', initialPassword);
    await this.page.selectOption('#role', role);
    await expectSelected(this.page, '#role', roleLabel, 'role option');
    await this.page.selectOption('#unitId', String(unitId));
    await expectSelected(this.page, '#unitId', unitName, 'unit option');
    await Promise.all([this.page.waitForNavigation(), this.page.click('main form button[type=submit]')]);
    const errors = this.page.locator('.notice.error, .field-error');
    if (await errors.count()) {
      throw new StepFailure(`creating user ${username} refused: ${(await errors.allTextContents()).join(' | ')}`);
    }
    const url = expectPath(this.page, /^\/admin\/users\/\d+$/, 'new account page');
    await expectText(this.page.locator('.notice.success'), 'Đã tạo người dùng.', 'user created notice');
    await expectText(this.page.locator('main h1'), fullName, 'account page heading');
    const grant = this.page.locator('main table.table tbody tr');
    check((await grant.count()) === 1, `account page: expected one grant, found ${await grant.count()}`);
    await expectText(grant.locator('td').nth(0), roleLabel, 'account grant role');
    await expectText(grant.locator('td').nth(1), unitName, 'account grant unit');
    return Number(url.pathname.split('/').pop());
  }

  async openList() {
    await Promise.all([this.page.waitForNavigation(), this.page.click('main .breadcrumbs a[href="/admin/users"]')]);
    expectPath(this.page, '/admin/users', 'user list');
  }

  async row(username) {
    return this.page.locator('main table tbody tr', { has: this.page.locator(`a:text-is("${username}")`) });
  }
}

class PasswordPage {
  constructor(page) {
    this.page = page;
  }

  async expectForced() {
    expectPath(this.page, '/account/password', 'forced password change');
    await expectText(this.page.locator('main h1'), 'Đổi mật khẩu', 'password page heading');
    await expectText(this.page.locator('.notice.warning'), 'Bạn cần đặt mật khẩu mới trước khi sử dụng hệ thống.',
      'password page warning');
  }

  async change(current, next) {
    await this.page.fill('#currentPassword', current);
    await this.page.fill('#newPassword', next);
    await this.page.fill('#confirmation', next);
    await Promise.all([this.page.waitForNavigation(), this.page.click('main form button[type=submit]')]);
    const errors = this.page.locator('main .notice.error, main .field-error');
    if (await errors.count()) {
      throw new StepFailure(`password change refused: ${(await errors.allTextContents()).join(' | ')}`);
    }
    await expectText(this.page.locator('.notice.success'), 'Đã đổi mật khẩu.', 'password changed notice');
  }
}

// ---------------------------------------------------------------------------------------------
// The story
// ---------------------------------------------------------------------------------------------

const foreignRequests = [];
const failedResponses = [];
const pageErrors = [];
let requestCount = 0;
let expectedNotFound = null;
let shotNumber = 0;
let currentStep = 'start';

async function shot(page, name) {
  shotNumber += 1;
  const file = path.join(SCREENSHOT_DIR, `${String(shotNumber).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`    screenshot ${path.relative(process.cwd(), file)}`);
}

/** Phone width: screenshot, and report content wider than the screen. */
async function phoneShot(page, name) {
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : ''));
    return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
  });
  await shot(page, name);
  await page.setViewportSize(DESKTOP);
  check(overflow.scrollWidth <= overflow.width,
    `${name}: the page is ${overflow.scrollWidth}px wide at phone width ${overflow.width}px (${overflow.wide.join(', ')})`);
}

async function step(name, action) {
  currentStep = name;
  const started = Date.now();
  await action();
  console.log(`ok  ${name} (${Date.now() - started} ms)`);
}

async function main() {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  console.log(`Chromium ${browser.version()} against ${BASE_URL}`);
  let page;
  try {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    context.setDefaultTimeout(15000);
    context.setDefaultNavigationTimeout(30000);
    context.on('request', (request) => {
      const url = request.url();
      if (/^(data|blob|about):/.test(url)) {
        return;
      }
      requestCount += 1;
      if (new URL(url).origin !== ORIGIN) {
        foreignRequests.push(url);
      }
    });
    context.on('response', (response) => {
      const url = response.url();
      if (response.status() >= 400 && url !== expectedNotFound) {
        failedResponses.push(`${currentStep}: ${response.status()} ${url}`);
      }
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${currentStep}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') {
        return;
      }
      // The out-of-scope page is a 404 on purpose: Chromium logs the status of such a page.
      if (currentStep.includes('404') && /status of 404/.test(message.text())) {
        return;
      }
      pageErrors.push(`${currentStep}: console: ${message.text()}`);
    });

    const login = new LoginPage(page);
    const shell = new ShellPage(page);
    const unit = new UnitPage(page);
    const users = new UsersAdminPage(page);
    const password = new PasswordPage(page);
    let unitA;
    let unitB;

    await step('open the printed address: the Vietnamese login page', async () => {
      await login.open();
      await shot(page, 'login');
    });

    await step('log in as admin: the shell with name, unit in scope and navigation', async () => {
      await login.login('admin', ADMIN_PASSWORD);
      await shell.expectHome(ROOT_UNIT, { afterLogin: true });
      await shell.expectShell({ fullName: 'Quản trị hệ thống', unitName: ROOT_UNIT, administrator: true });
      await expectText(page.locator('[data-testid=unit-count]'), '1', 'home: units in scope (root only)');
      await expectText(page.locator('main p.empty'), 'Chưa có đơn vị trực thuộc.', 'home: no subordinate unit yet');
      await shot(page, 'admin-home-empty');
    });

    await step('create units A and B under the root through the unit page', async () => {
      await shell.openUnits();
      const tree = await shell.unitTree();
      check(tree.length === 1 && tree[0] === ROOT_UNIT, `unit tree before: expected [${ROOT_UNIT}], got ${JSON.stringify(tree)}`);
      await shot(page, 'admin-units-root-only');
      await shell.openUnitFromTree(ROOT_UNIT);
      const rootId = await unit.expectUnit(ROOT_UNIT);
      await expectText(page.locator('main details.action summary').first(), 'Thêm đơn vị trực thuộc', 'unit page form heading');
      await shot(page, 'admin-root-unit');
      unitA = await unit.addChild(UNIT_A, UNIT_TYPE, UNIT_TYPE_LABEL);
      await expectText(page.locator('.breadcrumbs li').nth(2), ROOT_UNIT, 'unit A breadcrumb: root');
      await shot(page, 'admin-unit-a-created');
      await page.goto(`${BASE_URL}/units/${rootId}`);
      await unit.expectUnit(ROOT_UNIT);
      unitB = await unit.addChild(UNIT_B, UNIT_TYPE, UNIT_TYPE_LABEL);
      check(unitA !== unitB, 'units A and B have the same id');
      await page.goto(`${BASE_URL}/units/${rootId}`);
      await unit.expectUnit(ROOT_UNIT);
      const children = await unit.children();
      check(children.includes(UNIT_A) && children.includes(UNIT_B),
        `root unit: expected children A and B, got ${JSON.stringify(children)}`);
      await shot(page, 'admin-root-with-a-and-b');
      await shell.openUnits();
      const after = await shell.unitTree();
      check([ROOT_UNIT, UNIT_A, UNIT_B].every((n) => after.includes(n)) && after.length === 3,
        `unit tree after: expected root, A and B, got ${JSON.stringify(after)}`);
      await shot(page, 'admin-units-tree');
    });

    await step('admin home shows the new units', async () => {
      await shell.goHome();
      await shell.expectHome(ROOT_UNIT);
      await expectText(page.locator('[data-testid=unit-count]'), '3', 'home: units in scope');
      const children = await shell.homeChildren();
      check(children.includes(UNIT_A) && children.includes(UNIT_B),
        `home: expected A and B among the subordinate units, got ${JSON.stringify(children)}`);
      await shot(page, 'admin-home');
      await phoneShot(page, 'admin-home-phone');
    });

    await step('create a user limited to unit A in "Người dùng và phân quyền"', async () => {
      await shell.openUsersAdmin();
      await shot(page, 'admin-users');
      await users.openNewUserForm();
      await shot(page, 'admin-new-user-form');
      await users.createUser(USER, unitA, UNIT_A);
      await shot(page, 'admin-user-created');
      await users.openList();
      const row = await users.row(USER.username);
      check((await row.count()) === 1, `user list: ${USER.username} missing`);
      await expectText(row.locator('.badge.warn'), 'Chờ đổi mật khẩu', 'user list: must change password');
      await shot(page, 'admin-users-with-new-user');
    });

    await step('admin logs out', async () => {
      await shell.logout();
      await login.expectLoggedOutNotice();
      await shot(page, 'logged-out');
    });

    await step('the new user logs in and must change the password first', async () => {
      await login.login(USER.username, USER.initialPassword);
      await password.expectForced();
      await shot(page, 'user-must-change-password');
      // Every other page leads back to the password form until it is changed.
      await page.goto(`${BASE_URL}/units`);
      await password.expectForced();
      await password.change(USER.initialPassword, USER.newPassword);
    });

    await step('the user sees only unit A', async () => {
      await shell.expectHome(UNIT_A);
      await shell.expectShell({ fullName: USER.fullName, unitName: UNIT_A, administrator: false });
      await expectText(page.locator('[data-testid=unit-count]'), '1', 'user home: units in scope');
      await shot(page, 'user-home');
      await phoneShot(page, 'user-home-phone');
      await shell.openUnits();
      const tree = await shell.unitTree();
      check(tree.includes(UNIT_A), `user unit tree: A missing in ${JSON.stringify(tree)}`);
      check(!tree.includes(UNIT_B), `user unit tree: B must not be shown, got ${JSON.stringify(tree)}`);
      check(!tree.includes(ROOT_UNIT), `user unit tree: the root must not be shown, got ${JSON.stringify(tree)}`);
      await shot(page, 'user-units-tree');
      await shell.openUnitFromTree(UNIT_A);
      check((await unit.expectUnit(UNIT_A)) === unitA, 'user: unit A page has another id');
      check((await page.locator('#child-name').count()) === 0, 'user: a secretary must not see the add-unit form');
      await shot(page, 'user-unit-a');
    });

    await step('unit B by its address: the Vietnamese 404 page', async () => {
      expectedNotFound = `${BASE_URL}/units/${unitB}`;
      const status = await unit.openById(unitB);
      check(status === 404, `/units/${unitB} answered ${status}, expected 404`);
      await unit.expectNotFound(unitB);
      await shell.expectShell({ fullName: USER.fullName, unitName: UNIT_A, administrator: false });
      const body = await text(page.locator('main'));
      check(!body.includes(UNIT_B), 'the 404 page must not reveal the name of unit B');
      await shot(page, 'user-unit-b-404');
    });

    await step('the user logs out', async () => {
      await shell.logout();
      await login.expectLoggedOutNotice();
      const status = (await page.goto(`${BASE_URL}/`)).status();
      check(status === 200, `after log-out / answered ${status}`);
      await login.expectShown();
    });

    await step('no request left the application', async () => {
      check(requestCount > 20, `only ${requestCount} requests were seen: the request listener does not work`);
      check(foreignRequests.length === 0, `requests to other hosts: ${foreignRequests.join(', ')}`);
      console.log(`    ${requestCount} requests, all to ${ORIGIN}`);
    });

    await step('no error answer but the expected 404', async () => {
      check(failedResponses.length === 0, `error answers:\n  ${failedResponses.join('\n  ')}`);
    });

    await step('no script error or console error on any page', async () => {
      check(pageErrors.length === 0, `errors in the browser:\n  ${pageErrors.join('\n  ')}`);
    });
  }
  catch (error) {
    const where = page ? page.url() : '(no page)';
    console.error(`\nFAILED at step "${currentStep}" on ${where}`);
    console.error(error instanceof StepFailure ? `  ${error.message}` : error);
    if (page) {
      try {
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'FAILED.png'), fullPage: true });
        console.error(`  screenshot of the failure: ${path.join(SCREENSHOT_DIR, 'FAILED.png')}`);
        const main = await page.locator('body').innerText({ timeout: 2000 });
        console.error(`  page text:\n${main.split('\n').slice(0, 30).map((l) => '    ' + l).join('\n')}`);
      }
      catch {
        // the page is gone
      }
    }
    process.exitCode = 1;
  }
  finally {
    await browser.close();
  }
  if (!process.exitCode) {
    console.log(`Browser smoke test passed: ${shotNumber} screenshots in ${SCREENSHOT_DIR}`);
  }
}

main().catch((error) => {
  console.error('smoke: could not run the browser test:', error);
  process.exit(1);
});
