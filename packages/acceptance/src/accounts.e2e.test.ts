/**
 * Issue 9's accounts in Chromium, across the three apps on the Wuhai demo data:
 *
 * 1. the login page and the shell take the city's names from the data (乌海市教育局, the plan's
 *    title), and so does the browser tab;
 * 2. 海勃湾区 registers two new schools (through the API, as its 学校管理 would), then in
 *    账号管理 opens 批量开通: exactly those two are preselected (every demo school has its
 *    `s` + 学校标识码 account already); 确认 lists two accounts with one-time passwords, and
 *    下载账号清单 saves the API's .xlsx under its own file name, whose rows (read with exceljs)
 *    are the same two schools, accounts and passwords;
 * 3. one of the new schools logs in to the school app with its one-time password and is shown
 *    the change form, not the app: a common password (Password123) is refused on 新密码 with the
 *    API's message; a good one opens the app (its name in the shell); 修改密码 in the header
 *    opens the same form, where a wrong current password is refused on 当前密码; the one-time
 *    password no longer logs in;
 * 4. the city resets 海南区's password in 账号管理 → 区级账号: the one-time password is shown
 *    once, logs in (and must be changed), and the demo password no longer does.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import {
  artefactDir,
  CHROMIUM_PATH,
  hasChromium,
  launchChromium,
  pinClock,
  type RunningApp,
  recordPage,
  screenshotPath,
  startAppServer,
  submitLogin,
} from "@edu2035/ui/testing";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const appDir = (name: string) => dirname(require.resolve(`@edu2035/${name}/package.json`));

/** The API's in-process test server on the demo data (contract of `@edu2035/api/testing`). */
interface TestApi {
  url: string;
  origin: string;
  /** The API's pinned clock (the demo's DEMO_NOW): each browser context is pinned to it. */
  now: Date;
  close(): Promise<void>;
}

/** Started by a computed specifier so this package's typecheck does not compile the API's source. */
async function startTestApi(): Promise<TestApi> {
  const path = require.resolve("@edu2035/api/testing");
  const testing = (await import(/* @vite-ignore */ path)) as { startTestServer(): Promise<TestApi> };
  return testing.startTestServer();
}

/** The two schools 海勃湾区 registers for this test (学校标识码 not used by the demo). */
const NEW_SCHOOLS = [
  { code: "2150302091", name: "海勃湾区新开第一小学" },
  { code: "2150302092", name: "海勃湾区新开第二小学" },
] as const;

/** A password meeting the policy (≥ 10, letters and digits, not the name, not common). */
const GOOD_PASSWORD = "Haibo2026xq";

describe.skipIf(!hasChromium)(
  hasChromium ? "accounts across the three apps" : `accounts (skipped: no Chromium at ${CHROMIUM_PATH})`,
  () => {
    const started: { close(): Promise<void> }[] = [];
    const urls = { city: "", district: "", school: "" };
    let api: TestApi;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    /** username → one-time password shown by 批量开通. */
    const issued = new Map<string, { school: string; password: string }>();

    /** POST a GraphQL operation as text (the test API runs any document); data or the first error. */
    async function gql<T>(query: string, variables: Record<string, unknown>, token?: string) {
      const res = await fetch(api.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as {
        data?: T;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
    }

    async function apiLogin(username: string, password: string, app: string) {
      return gql<{ login: { token: string; viewer: { mustChangePassword: boolean } } }>(
        "mutation($input: LoginInput!) { login(input: $input) { token viewer { mustChangePassword } } }",
        { input: { username, password, app } },
      );
    }

    async function open(url: string): Promise<Page> {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 960 },
        locale: "zh-CN",
        acceptDownloads: true,
      });
      contexts.push(context);
      context.setDefaultTimeout(90_000);
      await pinClock(context, api.now);
      const page = await context.newPage();
      recordPage(page, new URL(url).port || url);
      await page.goto(url, { waitUntil: "domcontentloaded", timeout: 120_000 });
      return page;
    }

    beforeAll(async () => {
      api = await startTestApi();
      started.push(api);
      for (const name of ["city", "district", "school"] as const) {
        const app: RunningApp = await startAppServer(appDir(name), api.origin);
        started.push(app);
        urls[name] = app.url;
      }
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      for (const s of started.reverse()) await s.close();
    });

    it("district: 批量开通 for its two new schools, and the list downloaded as .xlsx", async () => {
      // 海勃湾区 registers two schools, as its 学校管理 page would
      const login = await apiLogin("haibowan", DEMO_PASSWORD, "DISTRICT");
      const token = login.data!.login.token;
      const viewer = await gql<{ viewer: { district: { id: string } } }>(
        "{ viewer { district { id } } }",
        {},
        token,
      );
      const districtId = viewer.data!.viewer.district.id;
      for (const s of NEW_SCHOOLS) {
        const created = await gql(
          "mutation($input: CreateSchoolInput!) { createSchool(input: $input) { school { id } } }",
          {
            input: {
              districtId,
              code: s.code,
              name: s.name,
              type: "PRIMARY",
              ownership: "PUBLIC",
              urbanRuralCode: "111",
              openedOn: "2025-09-01",
            },
          },
          token,
        );
        expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
      }

      const page = await open(urls.district);
      await submitLogin(page, "haibowan", DEMO_PASSWORD);
      await page.getByRole("menuitem", { name: "账号管理" }).click();
      const table = page.getByTestId("account-table");
      await table.locator("tr.ant-table-row", { hasText: "s2150302001" }).first().waitFor();

      await page.getByRole("button", { name: "批量开通" }).click();
      const picker = page.getByTestId("batch-schools");
      await picker.locator("tr.ant-table-row").first().waitFor();
      // preselected: the schools without an account, i.e. exactly the two new ones
      const checked = picker.locator("tr.ant-table-row-selected");
      await checked.first().waitFor();
      expect(await checked.count()).toBe(2);
      const checkedTexts = (await checked.allInnerTexts()).join("\n");
      for (const s of NEW_SCHOOLS) expect(checkedTexts).toContain(s.name);
      await page.screenshot({ path: screenshotPath("accounts-district-batch"), fullPage: false });
      await page.getByRole("button", { name: /确认开通（2 所）/ }).click();

      const result = page.getByTestId("batch-result");
      await result.waitFor();
      expect(await result.textContent()).toContain("已开通 2 个账号");
      const rows = result.locator("tr.ant-table-row");
      expect(await rows.count()).toBe(2);
      for (const row of await rows.all()) {
        const [school, username, password] = (await row.locator("td").allInnerTexts()).map((t) => t.trim());
        issued.set(username!, { school: school!, password: password! });
      }
      expect([...issued.keys()].sort()).toEqual(NEW_SCHOOLS.map((s) => `s${s.code}`));
      for (const p of issued.values()) expect(p.password).toMatch(/^\S{10,}$/);
      await page.waitForTimeout(500); // the modal's opening animation
      await page.screenshot({ path: screenshotPath("accounts-district-batch-result"), fullPage: false });

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("batch-download").click(),
      ]);
      const filename = download.suggestedFilename();
      expect(filename).toMatch(/\.xlsx$/);
      const saved = join(artefactDir(), filename);
      await download.saveAs(saved);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(saved);
      const sheet = wb.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? "").trim());
      const col = (name: string) => {
        const i = header.indexOf(name);
        expect(i, `column ${name} in ${header.join("|")}`).toBeGreaterThan(0);
        return i;
      };
      const [codeCol, nameCol, userCol, pwCol] = ["学校标识码", "学校名称", "账号", "初始密码"].map(col);
      const fileRows: string[][] = [];
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const cell = (i: number) => String(row.getCell(i).text ?? "").trim();
        if (cell(userCol!)) fileRows.push([cell(codeCol!), cell(nameCol!), cell(userCol!), cell(pwCol!)]);
      });
      expect(fileRows.sort()).toEqual(
        NEW_SCHOOLS.map((s) => [s.code, s.name, `s${s.code}`, issued.get(`s${s.code}`)!.password]).sort(),
      );

      // closed: the new account is listed as 待改密, never logged in
      await page.getByRole("button", { name: "关闭" }).click();
      // the search narrows the list to the new school's account
      await page.getByLabel("搜索账号").fill("新开第一");
      await expect.poll(() => table.locator("tr.ant-table-row").count()).toBe(1);
      const newRow = table.locator("tr.ant-table-row", { hasText: `s${NEW_SCHOOLS[0].code}` });
      await newRow.waitFor();
      const text = await newRow.textContent();
      expect(text).toContain("启用");
      expect(text).toContain("待改密");
      expect(text).toContain("从未登录");
      await page.screenshot({ path: screenshotPath("accounts-district"), fullPage: false });
    });

    it("school: a one-time password must be changed first; a weak one is refused on the field", async () => {
      const username = `s${NEW_SCHOOLS[0].code}`;
      const oneTime = issued.get(username)!.password;
      const page = await open(urls.school);
      await submitLogin(page, username, oneTime);
      const form = page.getByTestId("change-password");
      await form.waitFor();
      expect(await page.getByTestId("app-title").count()).toBe(0);
      // the rules arrive with their own query, after the form: wait for them, then count
      await page.getByTestId("password-rules").locator("li").first().waitFor();
      expect(await page.getByTestId("password-rules").locator("li").count()).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath("accounts-school-change-password"), fullPage: false });

      await form.getByLabel("当前密码（初始密码）").fill(oneTime);
      await form.getByLabel("新密码", { exact: true }).fill("Password123");
      await form.getByLabel("确认新密码").fill("Password123");
      await form.getByRole("button", { name: /修改密码并进入/ }).click();
      const fieldError = form.locator(".ant-form-item-has-error .ant-form-item-explain-error");
      await fieldError.first().waitFor();
      // the error sits on 新密码 (the API's extensions.field newPassword), in Chinese
      const errorItem = form.locator(".ant-form-item-has-error");
      expect(await errorItem.count()).toBe(1);
      expect(await errorItem.locator("label").textContent()).toBe("新密码");
      expect(await fieldError.first().textContent()).toMatch(/[\u4e00-\u9fff]/);
      await page.screenshot({ path: screenshotPath("accounts-school-weak-password"), fullPage: false });

      await form.getByLabel("新密码", { exact: true }).fill(GOOD_PASSWORD);
      await form.getByLabel("确认新密码").fill(GOOD_PASSWORD);
      await form.getByRole("button", { name: /修改密码并进入/ }).click();
      await page.getByTestId("app-title").getByText(NEW_SCHOOLS[0].name).waitFor();
      await page.locator(".ant-card-head").first().waitFor();
      await page.screenshot({ path: screenshotPath("accounts-school-app"), fullPage: false });

      // 修改密码 in the header: the same form in a Modal; a wrong current password is refused on its field
      await page.getByRole("button", { name: "修改密码" }).click();
      const modal = page.locator(".ant-modal", { hasText: "修改密码" });
      await modal.getByLabel("当前密码").fill("Wrong2026pass");
      await modal.getByLabel("新密码", { exact: true }).fill("Another2026pw");
      await modal.getByLabel("确认新密码").fill("Another2026pw");
      await modal.getByRole("button", { name: /确认修改/ }).click();
      const wrong = modal.locator(".ant-form-item-has-error");
      await wrong.first().waitFor();
      expect(await wrong.count()).toBe(1);
      expect(await wrong.locator("label").textContent()).toBe("当前密码");
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath("accounts-school-change-modal"), fullPage: false });
      await modal.locator(".ant-modal-close").click();

      const old = await apiLogin(username, oneTime, "SCHOOL");
      expect(old.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const now = await apiLogin(username, GOOD_PASSWORD, "SCHOOL");
      expect(now.data?.login.viewer.mustChangePassword).toBe(false);
    });

    it("city: names from the data; resets a district account's password, shown once", async () => {
      const page = await open(urls.city);
      // the login page reads the public city record
      await page.getByText("乌海市教育局 · 教育现代化2035监测平台").first().waitFor();
      expect(await page.getByTestId("login-plan").textContent()).toContain("《乌海教育现代化2035》");
      await submitLogin(page, "city", DEMO_PASSWORD);
      await page.getByTestId("app-title").getByText("乌海市教育局 · 教育现代化2035").waitFor();
      await expect.poll(() => page.title()).toBe("乌海市教育局 · 教育现代化2035监测平台（市级）");
      await expect(page.locator(".ant-layout-footer").textContent()).resolves.toContain(
        "乌海市教育局 · 《乌海教育现代化2035》监测平台",
      );

      await page.getByRole("menuitem", { name: "账号管理" }).click();
      await page.getByRole("tab", { name: "区级账号" }).click();
      const panel = page.getByTestId("accounts-district");
      const row = panel.locator("tr.ant-table-row", { hasText: "hainan" });
      await row.waitFor();
      await page.screenshot({ path: screenshotPath("accounts-city-districts"), fullPage: false });
      await row.getByRole("button", { name: "重置密码" }).click();
      await page
        .locator(".ant-popconfirm")
        .getByRole("button", { name: /重\s*置/ })
        .click();
      const shown = page.getByTestId("one-time-password");
      await shown.waitFor();
      expect(await shown.textContent()).toContain("只显示这一次");
      const password = ((await page.getByTestId("one-time-password-value").textContent()) ?? "").trim();
      expect(password).toMatch(/^\S{10,}$/);
      await page.waitForTimeout(500); // the modal's opening animation
      await page.screenshot({ path: screenshotPath("accounts-city-reset"), fullPage: false });
      await page.getByRole("button", { name: "我已记下" }).click();
      await row.getByText("待改密").waitFor();

      const reset = await apiLogin("hainan", password, "DISTRICT");
      expect(reset.data?.login.viewer.mustChangePassword).toBe(true);
      const demo = await apiLogin("hainan", DEMO_PASSWORD, "DISTRICT");
      expect(demo.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });
  },
);
