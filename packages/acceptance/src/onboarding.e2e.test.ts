/**
 * Issue 9's "done when" in Chromium: a bureau onboards itself on an empty database served by the
 * built bundle (`node apps/api/dist/main.js`, the three built apps on its port), without SQL.
 *
 * 1. `pnpm admin init` (dist/admin.js, as README says; password on stdin) sets up 乌海市 (150300)
 *    and its first administrator;
 * 2. the city logs in, creates 海勃湾区 (150302) in 机构管理 and imports a 学校名录 of 12 schools
 *    made from the template it downloads: first with one bad row (Excel row 7, a 9-digit
 *    学校标识码), refused as a whole and named in the error table (行 7, 学校标识码, A7); then the
 *    fixed file registers all 12;
 * 3. 账号管理 → 区级账号 → 新建账号 for 海勃湾区: the one-time password is shown once;
 * 4. the district logs in with it, must change it first, then 批量开通 its 12 schools and
 *    downloads the list, read back with exceljs (12 accounts s + 学校标识码);
 * 5. school 1 logs in with its password from that file, must change it, and adds a teacher to
 *    the current year's 花名册 (新增教职工);
 * 6. the city opens 2024—2025学年 for 补录 to school 1 (补录管理); the school imports its 2024
 *    roster (2 teachers) from the template it downloads for that year;
 * 7. the city closes school 3 and merges school 4 into school 5; the 应报 of the current and
 *    earlier years are read in 数据报送情况 and through GraphQL, worked out below.
 *
 * Database: with DATABASE_URL a throwaway PostgreSQL database and NODE_ENV=production (as
 * production.e2e.test.ts); without it an empty PGlite folder, which production refuses
 * (DATABASE_URL is required there), so the same built bundle runs with NODE_ENV=development.
 * GraphQL reads go by hash of the apps' trusted documents, as the apps send them.
 *
 * The dates follow the clock: NOW is the current school year (统计时点 1 September NOW; Beijing
 * time), and every date below is on or before today as long as today is not 1 September itself.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ApiProcess, startApiProcess, waitUntilServing } from "@edu2035/api/testing/apiProcess";
import { createThrowawayDatabase, readDbEnv, type ThrowawayDatabase } from "@edu2035/db/testing";
import {
  artefactDir,
  CHROMIUM_PATH,
  chooseOption,
  hasChromium,
  launchChromium,
  recordPage,
  screenshotPath,
  submitLogin,
  testIdNumber,
} from "@edu2035/ui/testing";
import ExcelJS from "exceljs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const MAIN = `${REPO}apps/api/dist/main.js`;
const ADMIN = `${REPO}apps/api/dist/admin.js`;
const TRUSTED = `${REPO}apps/api/src/__generated__/trustedDocuments.ts`;
const DATABASE_URL = readDbEnv().DATABASE_URL;
const ID_HASH_KEY = `e2e-${randomBytes(24).toString("hex")}`;

const ADMIN_USER = "wuhai_admin";
const ADMIN_PASSWORD = `Wuhai${randomBytes(4).toString("hex")}2035`;
const DISTRICT_USER = "haibowan";
const DISTRICT_PASSWORD = "Haibo2035qx";
const SCHOOL_PASSWORD = "Xinqu2035yx";

/** The current school year (start year) in Beijing time: 1 September starts the next. */
const beijing = new Date(Date.now() + 8 * 3600_000);
const NOW = beijing.getUTCMonth() >= 8 ? beijing.getUTCFullYear() : beijing.getUTCFullYear() - 1;
const BACKFILL_YEAR = 2024;
/** 2024—2025学年 (the domain's schoolYearLabel). */
const yearLabel = (y: number) => `${y}—${y + 1}学年`;

/**
 * The 12 schools of 海勃湾区 (Excel rows 2–13), i = 1…12, 学校标识码 21503021ii: every third a
 * kindergarten (3, 6, 9, 12), else a primary school; 12 a private 普惠性 kindergarten.
 * 开办日期: 1 in 2010 (a date cell), 3 blank (open since before the platform), 8 on 1 September
 * NOW−1 (a 统计时点 itself: due that year), 9 the day after (not due until NOW), 10 on
 * 1 September NOW, 11 the day after (not due this year), the others 2015-09-01.
 */
const SCHOOLS = Array.from({ length: 12 }, (_, k) => {
  const i = k + 1;
  const kg = i % 3 === 0;
  const openedOn: Record<number, string | Date | null> = {
    1: new Date(Date.UTC(2010, 8, 1)),
    3: null,
    8: `${NOW - 1}-09-01`,
    9: `${NOW - 1}-09-02`,
    10: `${NOW}-09-01`,
    11: `${NOW}-09-02`,
  };
  return {
    i,
    code: `21503021${String(i).padStart(2, "0")}`,
    name: kg ? `海勃湾区新区第${i}幼儿园` : `海勃湾区新区第${i}小学`,
    cells: {
      学校标识码: `21503021${String(i).padStart(2, "0")}`,
      学校名称: kg ? `海勃湾区新区第${i}幼儿园` : `海勃湾区新区第${i}小学`,
      所属区: "海勃湾区",
      学校类别: kg ? "幼儿园" : "小学",
      办学性质: i === 12 ? "民办" : "公办",
      普惠性: i === 12 ? "是" : null,
      民族学校: "否",
      城乡分类: i === 5 ? "220 村庄" : "111 主城区",
      矿区: i === 5 ? "是" : null,
      教学点: "否",
      开办日期: i in openedOn ? openedOn[i]! : "2015-09-01",
    } as Record<string, string | Date | null>,
  };
});
const school = (i: number) => SCHOOLS[i - 1]!;
/** School 3 closes before this year's 统计时点; school 4 is merged into 5 after it. */
const CLOSED_ON = `${NOW}-07-01`;
const MERGED_ON = `${NOW}-09-02`;

/**
 * 应报 (reportCompleteness.total.due) of the city, by hand. A school is due in year Y when it
 * opened on or before 1 September Y (or has no date) and was not closed by then
 * (school_open_in: closed_on > 1 September Y).
 * - 2024 (NOW−2 when NOW is 2026; the walk-through needs NOW ≥ 2026, so 2024 is at most NOW−2):
 *   1–7 and 12 = 8 (8 opened 1 September NOW−1, 9–11 later).
 * - NOW−1: 1–8 and 12 = 9 (8 opened on the 统计时点 itself; 9 the day after: not yet).
 * - NOW before the changes: 1–10 and 12 = 11 (10 opened on 1 September NOW; 11 the day after).
 * - NOW after closing 3 on 1 July NOW (before the 统计时点: no longer due) and merging 4 on
 *   2 September NOW (after it: still due once): 11 − 1 = 10.
 * - NOW−1 and 2024 are unchanged (3 and 4 were open on those 统计时点): 9 and 8.
 */
const DUE = {
  [BACKFILL_YEAR]: 8,
  [NOW - 1]: 9,
  nowBefore: 11,
  nowAfter: 10,
};

const skipReason = !hasChromium ? `no Chromium binary at ${CHROMIUM_PATH}` : null;

/** A workbook's first sheet named `name` with rows filled in from row 2 on, cells by header. */
async function fillSheet(path: string, name: string, rows: Record<string, unknown>[], out: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`${path} has no sheet ${name}`);
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? "").trim());
  rows.forEach((cells, r) => {
    for (const [h, v] of Object.entries(cells)) {
      const col = headers.indexOf(h);
      if (col < 1) throw new Error(`${name}: no column ${h} in ${headers.join("|")}`);
      ws.getCell(r + 2, col).value = (v ?? null) as ExcelJS.CellValue;
    }
  });
  await wb.xlsx.writeFile(out);
  return out;
}

describe.skipIf(skipReason !== null)(
  skipReason
    ? `onboarding from an empty database (skipped: ${skipReason})`
    : `onboarding from an empty database in Chromium (${DATABASE_URL ? "PostgreSQL, production" : "PGlite"})`,
  () => {
    let database: ThrowawayDatabase | undefined;
    let pgliteDir: string | undefined;
    let env: Record<string, string>;
    let server: ApiProcess | undefined;
    let browser: Browser;
    let origin: string;
    let trusted: Record<string, string>;
    let cityPage: Page;
    let schoolPage: Page;
    /** username → one-time password from the district's downloaded list. */
    const issued = new Map<string, string>();

    /** Page errors and Content-Security-Policy violations in any page (none expected). */
    const problems: string[] = [];

    /** A page in its own browser context (its own session), downloads allowed. */
    async function open(app: "city" | "district" | "school"): Promise<Page> {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 960 },
        locale: "zh-CN",
        acceptDownloads: true,
      });
      context.setDefaultTimeout(90_000);
      const page = await context.newPage();
      recordPage(page, app);
      page.on("pageerror", (e) => problems.push(`${app} pageerror: ${e.message}`));
      await page.exposeFunction("__cspViolation", (v: string) => problems.push(`${app} csp: ${v}`));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
            `${e.violatedDirective} ${e.blockedURI}`,
          ),
        );
      });
      await page.goto(`${origin}/${app}/`, { waitUntil: "domcontentloaded", timeout: 120_000 });
      return page;
    }

    /** Save the .xlsx a click downloads into this run's artefact folder; its path. */
    async function download(page: Page, button: Locator, as?: string): Promise<string> {
      const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
      const path = join(artefactDir(), as ?? file.suggestedFilename());
      await file.saveAs(path);
      return path;
    }

    /** Choose `path` in the file dialog 导入 opens (ExcelActions' Upload). */
    async function upload(page: Page, scope: Locator, path: string): Promise<void> {
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        scope.getByRole("button", { name: /导\s*入/ }).click(),
      ]);
      await chooser.setFiles(path);
    }

    /** A trusted operation by its name, sent by hash as the apps' execute() does; its data. */
    async function op<T>(name: string, variables: Record<string, unknown>, token?: string): Promise<T> {
      const hash = Object.keys(trusted).find((h) =>
        new RegExp(`(^|\\s)(query|mutation) ${name}[({ ]`).test(trusted[h]!),
      );
      if (!hash) throw new Error(`no trusted document ${name}`);
      const res = await fetch(`${origin}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "apollo-require-preflight": "true",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({
          variables,
          extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
        }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown[] };
      if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      return body.data!;
    }

    async function cityToken(): Promise<string> {
      const r = await op<{ login: { token: string } }>("Login", {
        input: { username: ADMIN_USER, password: ADMIN_PASSWORD, app: "CITY" },
      });
      return r.login.token;
    }

    /** 应报 of the city in each year, through reportCompleteness as 数据报送情况 asks it. */
    async function due(years: number[]): Promise<number[]> {
      const token = await cityToken();
      const out: number[] = [];
      for (const schoolYear of years) {
        const r = await op<{ reportCompleteness: { schoolYear: number; total: { due: number } } }>(
          "ReportCompleteness",
          { schoolYear },
          token,
        );
        out.push(r.reportCompleteness.total.due);
      }
      return out;
    }

    /** The modal or drawer on top has closed (antd keeps closed ones in the DOM, hidden). */
    const dialogClosed = (page: Page) =>
      page.locator(".ant-modal-wrap:visible, .ant-drawer-open").first().waitFor({ state: "hidden" });

    /** The one-time-password change form after the first login; then the app. */
    async function changeOneTimePassword(
      page: Page,
      oneTime: string,
      next: string,
      title: string,
      shot: string,
    ) {
      const form = page.getByTestId("change-password");
      await form.waitFor();
      expect(await page.getByTestId("app-title").count()).toBe(0);
      await page.screenshot({ path: screenshotPath(shot) });
      await form.getByLabel("当前密码（初始密码）").fill(oneTime);
      await form.getByLabel("新密码", { exact: true }).fill(next);
      await form.getByLabel("确认新密码").fill(next);
      await form.getByRole("button", { name: /修改密码并进入/ }).click();
      await page.getByTestId("app-title").getByText(title).waitFor();
    }

    beforeAll(async () => {
      // the arithmetic of DUE needs 2024 to be before NOW−1 (true from 1 September 2026 on)
      if (NOW < BACKFILL_YEAR + 2) throw new Error(`the current school year ${NOW} is before 2026`);
      for (const file of [
        MAIN,
        ADMIN,
        ...["city", "district", "school"].map((a) => `${REPO}apps/${a}/dist/index.html`),
      ]) {
        if (!existsSync(file)) throw new Error(`${file} is missing: run pnpm build first`);
      }
      trusted = ((await import(/* @vite-ignore */ TRUSTED)) as { trustedDocuments: Record<string, string> })
        .trustedDocuments;
      if (DATABASE_URL) {
        database = await createThrowawayDatabase(DATABASE_URL);
        env = { NODE_ENV: "production", DATABASE_URL: database.url, ID_HASH_KEY, LOG_LEVEL: "warn" };
      } else {
        pgliteDir = mkdtempSync(join(tmpdir(), "edu2035-onboarding-"));
        env = { NODE_ENV: "development", PGLITE_DIR: pgliteDir, ID_HASH_KEY, LOG_LEVEL: "warn" };
      }
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      if (server && !server.hasExited()) await server.stop();
      await database?.drop();
      if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
    });

    it("1. pnpm admin init sets up the city and its first administrator; the server starts empty", async () => {
      // README: pnpm admin init --city 乌海市 --code 150300 --bureau 乌海市教育局 --username … --password-stdin
      const init = await startApiProcess({
        script: ADMIN,
        args: [
          "init",
          "--city",
          "乌海市",
          "--code",
          "150300",
          "--bureau",
          "乌海市教育局",
          "--username",
          ADMIN_USER,
          "--display-name",
          "乌海市教育局管理员",
          "--password-stdin",
        ],
        env,
        stdin: `${ADMIN_PASSWORD}\n`,
      });
      expect(await init.exited, init.output()).toBe(0);
      expect(init.output()).toContain(`已初始化平台：乌海市（150300），市级管理员 ${ADMIN_USER}`);

      server = await startApiProcess({ script: MAIN, env });
      origin = server.origin;
      await waitUntilServing(server);
      // nothing is due anywhere yet: no district, no school
      expect(await due([NOW])).toEqual([0]);
    });

    it("2. the city creates 海勃湾区 and imports 12 schools: a bad row refused by its row first", async () => {
      const page = await open("city");
      cityPage = page;
      await submitLogin(page, ADMIN_USER, ADMIN_PASSWORD);
      await page.getByTestId("app-title").getByText("乌海市教育局").waitFor({ timeout: 120_000 });
      await page.getByRole("menuitem", { name: "机构管理" }).click();
      await page.getByRole("button", { name: /新建区/ }).click();
      const form = page.getByTestId("district-form");
      await form.getByLabel("行政区划代码").fill("150302");
      await form.getByLabel("区名称").fill("海勃湾区");
      await page.getByRole("button", { name: /保\s*存/ }).click();
      await page.getByText("已新建区：海勃湾区").waitFor();
      await dialogClosed(page);
      await page.getByTestId("district-table").locator("tr.ant-table-row", { hasText: "海勃湾区" }).waitFor();

      await page.getByRole("tab", { name: "学校" }).click();
      const manager = page.getByTestId("school-manager");
      await manager.getByRole("button", { name: /新建学校/ }).waitFor();
      const template = await download(
        page,
        manager.getByRole("button", { name: /下载模板/ }),
        "onboarding-school-template.xlsx",
      );
      const rows = SCHOOLS.map((s) => s.cells);
      const bad = rows.map((r) => ({ ...r }));
      bad[5]!.学校标识码 = "215030210"; // Excel row 7: 9 digits
      const badFile = await fillSheet(
        template,
        "学校名录",
        bad,
        join(artefactDir(), "onboarding-schools-bad.xlsx"),
      );
      const goodFile = await fillSheet(
        template,
        "学校名录",
        rows,
        join(artefactDir(), "onboarding-schools.xlsx"),
      );

      await upload(page, manager, badFile);
      const errors = page.getByTestId("excel-errors");
      await errors.waitFor();
      const errorRows = errors.locator("tbody tr.ant-table-row");
      expect(await errorRows.count()).toBe(1);
      expect((await errorRows.first().locator("td").allInnerTexts()).map((c) => c.trim())).toEqual([
        "学校名录",
        "7",
        "学校标识码",
        "A7",
        "第 7 行：学校标识码应为 10 位数字",
      ]);
      expect(await page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);
      await page.waitForTimeout(400); // the modal's opening animation, for the screenshot
      await page.screenshot({ path: screenshotPath("onboarding-1-school-list-refused") });
      await page.getByRole("button", { name: /取\s*消/ }).click();
      await dialogClosed(page);

      await upload(page, manager, goodFile);
      await page.getByText("检查通过：共 12 行数据").waitFor();
      await page.getByRole("button", { name: "确认导入" }).click();
      await page.getByText("已导入学校名录（12 行）").waitFor();
      await dialogClosed(page);
      await manager.getByText("共 12 所").waitFor();
      const names = await manager.locator("tbody tr.ant-table-row td:nth-child(2)").allInnerTexts();
      // the name is the cell's first line (矿区/民族/教学点 tags follow it)
      expect(names.map((n) => n.trim().split("\n")[0]).sort()).toEqual(SCHOOLS.map((s) => s.name).sort());
      await page.screenshot({ path: screenshotPath("onboarding-2-schools-imported"), fullPage: true });
      // nothing had been written by the refused file: 12, not 23
      expect(await due([NOW])).toEqual([DUE.nowBefore]);
    });

    let districtOneTime = "";

    it("3. the city creates the district account; its one-time password is shown once", async () => {
      const page = cityPage;
      await page.getByRole("menuitem", { name: "账号管理" }).click();
      await page.getByRole("tab", { name: "区级账号" }).click();
      const panel = page
        .locator('div[data-testid="accounts-district"]')
        .filter({ has: page.getByRole("button", { name: /新建账号/ }) });
      await panel.getByRole("button", { name: /新建账号/ }).click();
      const form = page.getByTestId("create-account-form");
      await chooseOption(page, form, "所属区", "海勃湾区");
      await form.getByLabel("账号").fill(DISTRICT_USER);
      await form.getByLabel("姓名/名称").fill("海勃湾区教育局");
      await page
        .locator(".ant-modal-footer")
        .getByRole("button", { name: /创\s*建/ })
        .click();
      const shown = page.getByTestId("one-time-password");
      await shown.waitFor();
      expect(await shown.textContent()).toContain("只显示这一次");
      districtOneTime = ((await page.getByTestId("one-time-password-value").textContent()) ?? "").trim();
      expect(districtOneTime).toMatch(/^\S{10,}$/);
      await page.waitForTimeout(400);
      await page.screenshot({ path: screenshotPath("onboarding-3-district-account") });
      await page.getByRole("button", { name: "我已记下" }).click();
      await panel.locator("tr.ant-table-row", { hasText: DISTRICT_USER }).getByText("待改密").waitFor();
    });

    it("4. the district changes its one-time password, opens its 12 schools' accounts and downloads them", async () => {
      const page = await open("district");
      await submitLogin(page, DISTRICT_USER, districtOneTime);
      await changeOneTimePassword(
        page,
        districtOneTime,
        DISTRICT_PASSWORD,
        "海勃湾区",
        "onboarding-4-district-change-password",
      );
      await page.getByRole("menuitem", { name: "账号管理" }).click();
      await page.getByRole("button", { name: "批量开通" }).click();
      const picker = page.getByTestId("batch-schools");
      await picker.locator("tr.ant-table-row").first().waitFor();
      // every school lacks an account: all 12 preselected (10 on the first page)
      const confirm = page.getByRole("button", { name: /确认开通（12 所）/ });
      await confirm.waitFor();
      await page.screenshot({ path: screenshotPath("onboarding-4-district-batch") });
      await confirm.click();
      const result = page.getByTestId("batch-result");
      await result.waitFor();
      expect(await result.textContent()).toContain("已开通 12 个账号");
      const path = await download(page, page.getByTestId("batch-download"));
      expect(path).toMatch(/\.xlsx$/);
      await page.waitForTimeout(400);
      await page.screenshot({ path: screenshotPath("onboarding-4-district-batch-result") });

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const sheet = wb.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? "").trim());
      const [codeCol, nameCol, userCol, pwCol] = ["学校标识码", "学校名称", "账号", "初始密码"].map((h) => {
        const i = header.indexOf(h);
        expect(i, `column ${h} in ${header.join("|")}`).toBeGreaterThan(0);
        return i;
      });
      const fileRows: string[][] = [];
      sheet.eachRow((row, n) => {
        const cell = (i: number) => String(row.getCell(i).text ?? "").trim();
        if (n > 1 && cell(userCol!)) {
          fileRows.push([cell(codeCol!), cell(nameCol!), cell(userCol!)]);
          issued.set(cell(userCol!), cell(pwCol!));
        }
      });
      expect(fileRows.sort()).toEqual(SCHOOLS.map((s) => [s.code, s.name, `s${s.code}`]).sort());
      for (const p of issued.values()) expect(p).toMatch(/^\S{10,}$/);
      await page.context().close();
    });

    it("5. school 1 logs in with the password from the file, must change it, and adds a teacher", async () => {
      const s1 = school(1);
      const oneTime = issued.get(`s${s1.code}`)!;
      const page = await open("school");
      schoolPage = page;
      await submitLogin(page, `s${s1.code}`, oneTime);
      await changeOneTimePassword(
        page,
        oneTime,
        SCHOOL_PASSWORD,
        s1.name,
        "onboarding-5-school-change-password",
      );

      await page.getByRole("menuitem", { name: "教职工名册" }).click();
      await page.getByTestId("roster-table").waitFor();
      await page.getByRole("button", { name: /新增教职工/ }).click();
      const form = page.getByTestId("staff-form");
      await form.waitFor();
      await form.getByLabel("姓名").fill("王新岗");
      await form.getByText("男", { exact: true }).click();
      await form.getByLabel("出生日期").fill("1990-03-15");
      await form.getByLabel("身份证号").fill(testIdNumber("1990-03-15", "male", 3));
      await chooseOption(page, form, "任教学科", "数学");
      await chooseOption(page, form, "最高学历", "本科");
      await page.getByRole("button", { name: /保\s*存/ }).click();
      await page.getByText("已新增教职工").waitFor();
      await dialogClosed(page);
      await page.getByText("共 1 人").waitFor();
      await page.getByTestId("roster-table").getByText("王新岗").waitFor();
      await page.screenshot({ path: screenshotPath("onboarding-5-school-teacher-added"), fullPage: true });
    });

    it("6. the city opens 2024—2025 for 补录 to school 1, which imports its 2024 roster", async () => {
      const s1 = school(1);
      const city = cityPage;
      await city.getByRole("menuitem", { name: "补录管理" }).click();
      await city.getByText("尚未开放任何补录").waitFor();
      await city.getByRole("button", { name: /开放补录/ }).click();
      const form = city.getByTestId("backfill-form");
      await chooseOption(city, form, "学年", yearLabel(BACKFILL_YEAR));
      await form.getByLabel("学校").click();
      await city.keyboard.type(s1.name);
      await city
        .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: s1.name })
        .first()
        .click();
      await city.keyboard.press("Escape");
      await form.getByLabel("截止时间").fill("2030-06-30T18:00");
      await form.getByLabel("补录原因").fill("平台启用前的历史名册补录");
      await city
        .locator(".ant-modal-footer")
        .getByRole("button", { name: /开放补录/ })
        .click();
      await city.getByText(`已开放${yearLabel(BACKFILL_YEAR)}补录（1 个范围）`).waitFor();
      await dialogClosed(city);
      const row = city.getByTestId("backfill-table").locator("tr.ant-table-row").first();
      await row.getByText("开放中").waitFor();
      expect(await row.textContent()).toContain(`海勃湾区 · ${s1.name}`);
      await city.screenshot({ path: screenshotPath("onboarding-6-city-backfill"), fullPage: true });

      // the school sees the window after a reload (its editable years are read on opening)
      const page = schoolPage;
      await page.reload({ waitUntil: "domcontentloaded" });
      await page.getByTestId("app-title").getByText(s1.name).waitFor();
      await page.getByRole("menuitem", { name: "教职工名册" }).click();
      await page.getByTestId("roster-year").click();
      await page
        .locator(".ant-select-dropdown:visible .ant-select-item-option", {
          hasText: yearLabel(BACKFILL_YEAR),
        })
        .click();
      await page
        .getByTestId("backfill-alert")
        .getByText(`${yearLabel(BACKFILL_YEAR)}正在补录，截止 2030/06/30 18:00`, { exact: true })
        .waitFor();
      const toolbar = page.locator(".ant-space-compact", {
        has: page.getByRole("button", { name: /下载模板/ }),
      });
      const template = await download(
        page,
        toolbar.getByRole("button", { name: /下载模板/ }),
        "onboarding-roster-2024-template.xlsx",
      );
      const teacher = (name: string, birthDate: string, subject: string) => ({
        姓名: name,
        性别: "女",
        出生日期: birthDate,
        岗位: "教师",
        是否专任教师: "是",
        任教学段: "小学",
        任教学科: subject,
        最高学历: "本科",
      });
      const file = await fillSheet(
        template,
        "花名册",
        [teacher("赵往年", "1982-04-11", "语文"), teacher("钱往年", "1986-10-02", "数学")],
        join(artefactDir(), "onboarding-roster-2024.xlsx"),
      );
      await upload(page, toolbar, file);
      await page.getByText("检查通过：共 2 行数据").waitFor();
      await page.getByRole("button", { name: "确认导入" }).click();
      await page.getByText("已导入教职工花名册（2 行）").waitFor();
      await dialogClosed(page);
      await page.getByText("共 2 人").waitFor();
      await page.getByTestId("roster-table").getByText("赵往年").waitFor();
      await page.getByTestId("backfill-alert").waitFor();
      await page.screenshot({ path: screenshotPath("onboarding-6-school-roster-2024"), fullPage: true });
      // the current year's roster still holds the one teacher added there
      await page.getByTestId("roster-year").click();
      await page
        .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: yearLabel(NOW) })
        .click();
      await page.getByTestId("roster-table").getByText("王新岗").waitFor();
      await page.getByText("共 1 人").waitFor();
      expect(await page.getByTestId("roster-table").getByText("赵往年").count()).toBe(0);
    });

    it("7. the city closes school 3 and merges 4 into 5; 应报 of this year and earlier ones are right", async () => {
      expect(await due([BACKFILL_YEAR, NOW - 1, NOW])).toEqual([
        DUE[BACKFILL_YEAR],
        DUE[NOW - 1],
        DUE.nowBefore,
      ]);
      const page = cityPage;
      await page.getByRole("menuitem", { name: "机构管理" }).click();
      await page.getByRole("tab", { name: "学校" }).click();
      const manager = page.getByTestId("school-manager");
      const rowOf = (i: number) => manager.locator("tr.ant-table-row", { hasText: school(i).code });
      const lifecycle = page.getByTestId("lifecycle-form");

      await rowOf(3)
        .getByRole("button", { name: /撤\s*销/ })
        .click();
      await lifecycle.getByLabel("撤销日期").fill(CLOSED_ON);
      await lifecycle.getByLabel("撤销原因").fill("生源不足，停止办学");
      await page.getByRole("button", { name: /确认撤销/ }).click();
      await page.getByText(`已撤销：${school(3).name}`).waitFor();
      await dialogClosed(page);
      await rowOf(3).waitFor({ state: "detached" });

      await rowOf(4)
        .getByRole("button", { name: /合\s*并/ })
        .click();
      await chooseOption(page, lifecycle, "并入学校", `${school(5).name}（${school(5).code}）`);
      await lifecycle.getByLabel("合并日期").fill(MERGED_ON);
      await lifecycle.getByLabel("合并原因").fill("布局调整，并入第5小学");
      await page.getByRole("button", { name: /确认合并/ }).click();
      await page.getByText(`已将${school(4).name}并入${school(5).name}`).waitFor();
      await dialogClosed(page);
      await rowOf(4).waitFor({ state: "detached" });
      await manager.getByText("共 10 所").waitFor();
      await page.screenshot({ path: screenshotPath("onboarding-7-closed-merged"), fullPage: true });

      const token = await cityToken();
      const { schools } = await op<{
        schools: {
          code: string;
          status: string;
          closedOn: string | null;
          mergedInto: { name: string } | null;
        }[];
      }>("ManagedSchools", { includeClosed: true }, token);
      const byCode = new Map(schools.map((s) => [s.code, s]));
      expect(schools).toHaveLength(12);
      expect(byCode.get(school(3).code)).toMatchObject({
        status: "CLOSED",
        closedOn: CLOSED_ON,
        mergedInto: null,
      });
      expect(byCode.get(school(4).code)).toMatchObject({
        status: "MERGED",
        closedOn: MERGED_ON,
        mergedInto: { name: school(5).name },
      });
      expect(schools.filter((s) => s.status === "OPEN")).toHaveLength(10);

      // through GraphQL, as 数据报送情况 asks: this year one fewer (3), the earlier years unchanged
      expect(await due([BACKFILL_YEAR, NOW - 1, NOW])).toEqual([
        DUE[BACKFILL_YEAR],
        DUE[NOW - 1],
        DUE.nowAfter,
      ]);

      // in the UI: the newest year with data (NOW) by default, then 2024—2025 (it has a roster)
      await page.getByRole("menuitem", { name: "数据报送情况" }).click();
      const dueCard = page.getByTestId("count-due").locator(".ant-statistic-content-value");
      await expect.poll(() => dueCard.textContent(), { timeout: 90_000 }).toBe(String(DUE.nowAfter));
      expect(await page.getByTestId("reporting-year").textContent()).toContain(yearLabel(NOW));
      // the schools due (none has reported): 4 is there (merged after 1 September), 3 and 11 not
      const missing = page.locator(".ant-card", { hasText: "未报送学校" }).last();
      const dueCodes = async () =>
        (await missing.locator("tbody tr.ant-table-row").allInnerTexts())
          .map((t) => /21503021\d\d/.exec(t)?.[0])
          .sort();
      await expect
        .poll(dueCodes, { timeout: 90_000 })
        .toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 12].map((i) => school(i).code));
      await page.screenshot({ path: screenshotPath("onboarding-7-completeness-now"), fullPage: true });
      await page.getByTestId("reporting-year").click();
      await page
        .locator(".ant-select-dropdown:visible .ant-select-item-option", {
          hasText: yearLabel(BACKFILL_YEAR),
        })
        .click();
      await expect.poll(() => dueCard.textContent(), { timeout: 90_000 }).toBe(String(DUE[BACKFILL_YEAR]));
      await expect
        .poll(dueCodes, { timeout: 90_000 })
        .toEqual([1, 2, 3, 4, 5, 6, 7, 12].map((i) => school(i).code));
      await page.screenshot({ path: screenshotPath("onboarding-7-completeness-2024"), fullPage: true });
      expect(problems).toEqual([]);
    });
  },
);
