/**
 * Issue 4's "done when", walked in Chromium through the three apps on the Wuhai demo data:
 * 乌达区第一小学 carries its roster into 2026—2027, fills in its 2026—2027 annual report partly
 * by form (enrolment by grade, staff counts) and partly by Excel (the exported draft completed
 * in the workbook and imported back), and submits it; 乌达区教育局 sees the roster flag (the
 * report states two more 专任教师 than the roster), returns it with a comment; the school
 * corrects and resubmits; the district approves; the city bureau sees the completeness figures
 * and the school's 2026—2027 figures in the plan's targets (B11, B12).
 *
 * Figures worked out by hand from what the school enters:
 * - enrolment 一年级–六年级 92 + 88 + 95 + 90 + 86 + 89 = 540 pupils in 12 classes;
 * - health tests: 540 tested, 518 passed, 270 good or excellent → B11 = 518 / 540 = 95.93 %,
 *   B12 = 270 / 540 = 50.00 % (the only approved 2026—2027 report, so the city's values too);
 * - C4 (3100 − 400) / 540 = 5.00 m² ≥ 4.5, C5 (4600 + 400) / 540 = 9.26 m² ≥ 7.5,
 *   C6 1,150,000 / 540 = 2,129.63 元 ≥ 2,000, C7 14 / 540 × 100 = 2.59 ≥ 2.3: no 低于标准 flag.
 *
 * By default the test starts its own API (in-memory PGlite with the demo data) and the three
 * apps' dev servers. To walk the running demo (`pnpm start`) instead, set
 * WALKTHROUGH_CITY_URL, WALKTHROUGH_DISTRICT_URL and WALKTHROUGH_SCHOOL_URL (e.g.
 * http://127.0.0.1:5173/ …); the figures seen are printed either way.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@edu2035/db/demo";
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
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWalkthroughEnv } from "./env.ts";

const require = createRequire(import.meta.url);
const appDir = (name: string) => dirname(require.resolve(`@edu2035/${name}/package.json`));

/** The API's in-process test server on the demo data (contract of `@edu2035/api/testing`). */
interface TestApi {
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

const YEAR_LABEL = "2026—2027学年";
const SCHOOL = DEMO_ACCOUNTS.find((a) => a.displayName === "乌达区第一小学")!;
const DISTRICT = DEMO_ACCOUNTS.find((a) => a.username === "wuda")!;
const GRADES = [92, 88, 95, 90, 86, 89];
const GRADE_NAMES = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"];

/** What the school completes in the exported workbook (年报 sheet: item label → value). */
const EXCEL_ITEMS: Record<string, string | number> = {
  教学及辅助用房面积: 3100,
  室内体育用房面积: 400,
  室外体育运动场地面积: 4600,
  教学仪器设备资产值: 1150000,
  网络多媒体教室数: 14,
  创新实验室数: 1,
  无线网络全覆盖: "是",
  体质健康测试参加人数: 540,
  体质健康测试合格及以上人数: 518,
  体质健康测试良好及优秀人数: 270,
  "达到《国家学校体育卫生条件试行基本标准》": "是",
  落实国家和自治区课程标准: "是",
  "形成体育品牌（一校一品/一人一项）": "是",
  "实施《国家学生体质健康标准》": "是",
  本学年举办运动会或体育节: "是",
  全国青少年校园足球特色学校: "否",
  本学年举办校园艺术节: "是",
};

/** Pick an option of an antd Select by its visible text. */
async function choose(page: Page, select: ReturnType<Page["getByTestId"]>, option: string | RegExp) {
  await select.click();
  await page
    .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: option })
    .first()
    .click();
}

/**
 * On 年报审核 of 2026—2027, open the school's submitted report in the review drawer (noting
 * the queue's 已提交 count); returns the drawer.
 */
async function openSubmittedReport(district: Page) {
  await district.getByRole("menuitem", { name: "年报审核" }).click();
  await choose(district, district.getByTestId("reporting-year"), YEAR_LABEL);
  const row = district
    .getByTestId("review-queue")
    .locator("tr.ant-table-row", { hasText: SCHOOL.displayName });
  await row.getByText("已提交").waitFor();
  const submitted = await district
    .getByTestId("count-submitted")
    .locator(".ant-statistic-content-value")
    .textContent();
  note(`乌达区 年报审核 ${YEAR_LABEL}: 已提交 ${submitted?.trim()}`);
  await row.getByRole("button", { name: /审核/ }).click();
  const drawer = district.getByTestId("review-drawer");
  await drawer.getByTestId("report-view").waitFor();
  return drawer;
}

/** The row of a target in the paginated 规划指标 table, paging on until it shows. */
async function targetRow(page: Page, id: string) {
  const row = page.locator(`tr[data-row-key="${id}"]`);
  await page.locator("tr[data-row-key]").first().waitFor();
  for (let i = 0; i < 10 && (await row.count()) === 0; i++) {
    await page.locator(".ant-pagination-next").first().click();
  }
  await row.waitFor();
  return row;
}

/** Log a figure seen on the way (the issue's closing note quotes them). */
const seen: string[] = [];
function note(line: string) {
  seen.push(line);
  console.log(`[walkthrough] ${line}`);
}

describe.skipIf(!hasChromium)(
  hasChromium
    ? "reporting cycle across the three apps"
    : `reporting cycle (skipped: no Chromium at ${CHROMIUM_PATH})`,
  () => {
    const started: { close(): Promise<void> }[] = [];
    const urls = { city: "", district: "", school: "" };
    let browser: Browser;
    /** The local test API's clock, when the walk-through starts its own API. */
    let now: Date | undefined;
    let city: Page;
    let district: Page;
    let school: Page;

    beforeAll(async () => {
      const env = readWalkthroughEnv();
      const given = {
        city: env.WALKTHROUGH_CITY_URL,
        district: env.WALKTHROUGH_DISTRICT_URL,
        school: env.WALKTHROUGH_SCHOOL_URL,
      };
      if (given.city && given.district && given.school) {
        Object.assign(urls, given);
      } else {
        const api = await startTestApi();
        started.push(api);
        now = api.now;
        for (const name of ["city", "district", "school"] as const) {
          const app: RunningApp = await startAppServer(appDir(name), api.origin);
          started.push(app);
          urls[name] = app.url;
        }
      }
      browser = await launchChromium();
      // one browser context per account: each keeps its own session
      const open = async (url: string, username: string) => {
        const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, locale: "zh-CN" });
        context.setDefaultTimeout(90_000);
        // the local test API's clock (a deployment under WALKTHROUGH_*_URL runs on its own)
        if (now) await pinClock(context, now);
        const page = await context.newPage();
        recordPage(page, username);
        await page.goto(url, { waitUntil: "domcontentloaded", timeout: 120_000 });
        await submitLogin(page, username, DEMO_PASSWORD);
        return page;
      };
      city = await open(urls.city, "city");
      district = await open(urls.district, DISTRICT.username);
      school = await open(urls.school, SCHOOL.username);
    });

    afterAll(async () => {
      await browser?.close();
      for (const s of started.reverse()) await s.close();
      if (seen.length) console.log(`\n[walkthrough] figures seen:\n${seen.map((l) => `  ${l}`).join("\n")}`);
    });

    it("city: sees the 2026—2027 period the demo opened (deadline 2026-12-31); 135 schools due, none reported", async () => {
      await city.getByRole("menuitem", { name: "数据报送情况" }).click();
      await choose(city, city.getByTestId("reporting-year"), YEAR_LABEL);
      // the demo's 2026—2027 填报期 has just opened, its deadline the end of 2026 (Beijing time)
      await city.getByTestId("period-deadline").getByText("2026/12/31 23:59").waitFor();
      note(
        `city deadline ${YEAR_LABEL}: ${await city.getByTestId("period-deadline").textContent()} (${await city.getByTestId("deadline-state").textContent()})`,
      );
      const counts = city.getByTestId("city-counts");
      expect(await city.getByTestId("count-approved").textContent()).toMatch(/已审核\s*0\s*\/\s*135/);
      note(`city 数据报送情况 before: ${(await counts.textContent())?.replace(/\s+/g, " ").trim()}`);
    });

    it("school: carries its roster into 2026—2027", async () => {
      await school.getByRole("menuitem", { name: "教职工名册" }).click();
      await school
        .getByTestId("rollover-alert")
        .getByRole("button", { name: /从2025—2026学年结转/ })
        .click();
      await school.getByTestId("rollover-alert").waitFor({ state: "detached" });
      const total = school.getByTestId("roster-table").locator(".ant-pagination-total-text");
      await total.waitFor();
      note(`school roster 2026—2027 after 结转: ${await total.textContent()}`);
    });

    it("school: fills the enrolment and staff counts by form and saves a draft", async () => {
      await school.getByRole("menuitem", { name: "年报填报" }).click();
      await school.getByTestId("report-editor").waitFor();
      await school.getByTestId("reporting-year").getByText(YEAR_LABEL).waitFor();
      const grades = school.getByTestId("grades-table");
      for (const [i, name] of GRADE_NAMES.entries()) {
        await grades.getByLabel(`${name}在校生数（人）`).fill(String(GRADES[i]));
        await grades.getByLabel(`${name}班级数（个）`).fill("2");
      }
      await school.getByRole("tab", { name: /教职工/ }).click();
      // the hint reads 正在读取…花名册 until the roster's own query answers: wait for its count
      const rosterHint = school.getByTestId("report-roster-hint");
      await rosterHint.getByText(/其中专任教师 \d+ 人/).waitFor();
      const hint = (await rosterHint.textContent()) ?? "";
      const rosterTeachers = Number(/其中专任教师 (\d+) 人/.exec(hint)?.[1]);
      expect(rosterTeachers).toBeGreaterThan(0);
      note(`report form hint: ${hint.slice(0, hint.indexOf("。") + 1)}`);
      await school.getByLabel("教职工数").fill(String(rosterTeachers + 12));
      // a typing slip: two more 专任教师 than the roster has
      await school.getByLabel("专任教师数").fill(String(rosterTeachers + 2));
      await school.getByRole("button", { name: /保存草稿/ }).click();
      await school.getByTestId("report-status").getByText("草稿").waitFor();
      (school as Page & { rosterTeachers?: number }).rosterTeachers = rosterTeachers;
    });

    it("school: completes the rest in the exported workbook and imports it", async () => {
      const [download] = await Promise.all([
        school.waitForEvent("download"),
        school.getByRole("button", { name: /导\s*出/ }).click(),
      ]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile((await download.path())!);
      const ws = wb.getWorksheet("年报")!;
      const filled = new Set<string>();
      ws.eachRow((row) => {
        const label = String(row.getCell(1).value ?? "");
        if (label in EXCEL_ITEMS) {
          row.getCell(2).value = EXCEL_ITEMS[label]!;
          filled.add(label);
        }
      });
      expect([...filled].sort()).toEqual(Object.keys(EXCEL_ITEMS).sort());
      // the form's part came out in the export and goes back in with the rest
      expect(wb.getWorksheet("分年级")!.getRow(2).getCell(3).value).toBe(GRADES[0]);
      const file = join(artefactDir(), "乌达区第一小学-年报.xlsx");
      writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
      await school.getByTestId("report-editor").locator('input[type="file"]').setInputFiles(file);
      const modal = school.locator(".ant-modal", { hasText: "检查通过" });
      await modal.waitFor();
      note(`Excel check: ${(await modal.getByText(/检查通过/).textContent())?.trim()}`);
      await modal.getByRole("button", { name: /确认导入/ }).click();
      await school.getByText(/已导入年报/).waitFor();
      await school.getByRole("tab", { name: /学生体质健康/ }).click();
      expect(await school.getByLabel("参加测试人数").inputValue()).toBe("540");
    });

    it("school: submits the report for review", async () => {
      await school.getByRole("button", { name: /提交审核/ }).click();
      await school
        .locator(".ant-popconfirm")
        .getByRole("button", { name: /提\s*交/ })
        .click();
      await school.getByTestId("report-status").getByText("已提交").waitFor();
      await school.getByTestId("report-locked").waitFor();
    });

    it("district: sees the roster flag and returns the report with a comment", async () => {
      const drawer = await openSubmittedReport(district);
      const flag = drawer.getByText(
        /年报填报专任教师 \d+ 人，花名册统计时点（9月1日）在册专任教师 \d+ 人，不一致/,
      );
      await flag.waitFor();
      note(`flag: ${await flag.textContent()}`);
      await district.getByRole("button", { name: /退\s*回/ }).click();
      await district
        .getByTestId("review-form")
        .getByRole("textbox")
        .fill("专任教师数与花名册不一致，请核实后重新提交。");
      await district
        .locator(".ant-modal")
        .getByRole("button", { name: /退\s*回/ })
        .click();
      await drawer.getByTestId("report-status").getByText("已退回").waitFor();
      await district.locator(".ant-drawer-close").click();
    });

    it("school: reads the comment, corrects the count and resubmits", async () => {
      await school.reload({ waitUntil: "domcontentloaded" });
      await school.getByRole("menuitem", { name: "年报填报" }).click();
      const comment = school.getByTestId("return-comment");
      await comment.waitFor();
      note(`school sees: ${(await comment.textContent())?.trim()}`);
      const rosterTeachers = (school as Page & { rosterTeachers?: number }).rosterTeachers!;
      await school.getByRole("tab", { name: /教职工/ }).click();
      await school.getByLabel("专任教师数").fill(String(rosterTeachers));
      await school.getByRole("button", { name: /提交审核/ }).click();
      await school
        .locator(".ant-popconfirm")
        .getByRole("button", { name: /提\s*交/ })
        .click();
      await school.getByTestId("report-status").getByText("已提交").waitFor();
    });

    it("district: approves the resubmitted report (no flag left)", async () => {
      await district.reload({ waitUntil: "domcontentloaded" });
      const drawer = await openSubmittedReport(district);
      expect(await drawer.getByText(/花名册统计时点（9月1日）在册专任教师/).count()).toBe(0);
      await district.getByRole("button", { name: /审核通过/ }).click();
      await district
        .locator(".ant-modal")
        .getByRole("button", { name: /审核通过/ })
        .click();
      await drawer.getByTestId("report-status").getByText("已审核").waitFor();
      await district.locator(".ant-drawer-close").click();
    });

    it("city: sees the completeness of 2026—2027 and the school's figures in B11 and B12", async () => {
      await city.reload({ waitUntil: "domcontentloaded" });
      await city.getByRole("menuitem", { name: "数据报送情况" }).click();
      await choose(city, city.getByTestId("reporting-year"), YEAR_LABEL);
      const counts = city.getByTestId("city-counts");
      await city
        .getByTestId("count-approved")
        .getByText(/已审核\s*1\s*\/\s*135/)
        .waitFor();
      note(`city 数据报送情况 ${YEAR_LABEL}: ${(await counts.textContent())?.replace(/\s+/g, " ").trim()}`);
      const wuda = city
        .getByTestId("progress-table")
        .locator("tr.ant-table-row", { hasText: "乌达区" })
        .first();
      expect(await wuda.getByTestId("cell-approved").textContent()).toBe("1");
      expect(await wuda.getByTestId("cell-late").textContent()).toBe("0");
      note(`乌达区 row: ${(await wuda.textContent())?.replace(/\s+/g, " ").trim()}`);

      await city.getByRole("menuitem", { name: "规划指标" }).click();
      await city.getByRole("combobox", { name: "学年" }).click();
      await city
        .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: YEAR_LABEL })
        .first()
        .click();
      const b11 = await targetRow(city, "B11");
      await b11.getByText("95.93%").waitFor();
      note(`city B11 ${YEAR_LABEL}: ${(await b11.textContent())?.replace(/\s+/g, " ").trim()}`);
      const b12 = await targetRow(city, "B12");
      expect(await b12.textContent()).toMatch(/50(\.0+)?%/);
      note(`city B12 ${YEAR_LABEL}: ${(await b12.textContent())?.replace(/\s+/g, " ").trim()}`);
      await city.screenshot({ path: screenshotPath("walkthrough-city-targets"), fullPage: true });
    });
  },
);
