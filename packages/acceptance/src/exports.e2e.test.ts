/**
 * Acceptance walk-through of issue 12's exports and printable 年报 against the API on the Wuhai
 * demo data, in Chromium:
 * - the city (市教育局 app) clicks 导出Excel on 三支队伍, 优质均衡, 指标总览 and 数据报送情况; each
 *   downloaded workbook is read back with exceljs and checked against what the API answers for the
 *   same school year (read from the workbook's title: the year the page shows);
 * - a district (海南区, 区教育局 app) clicks 导出Excel on 三支队伍 and 优质均衡 (its own district,
 *   one row per school), and prints a school's 年报 from the review drawer;
 * - a school (学校 app) prints its approved 2024—2025 年报: under print media the report with its
 *   signature and stamp block is what shows and the navigation is hidden; page.pdf() prints it.
 * (This package does not depend on @edu2035/graphql: the API is asked with plain requests.)
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import {
  type AppUnderTest,
  artefactDir,
  e2eSuiteTitle,
  hasChromium,
  pinClock,
  type RunningApp,
  recordPage,
  screenshotPath,
  startAppServer,
  startE2E,
  submitLogin,
} from "@edu2035/ui/testing";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const cityAppDir = fileURLToPath(new URL("../../../apps/city", import.meta.url));
const districtAppDir = fileURLToPath(new URL("../../../apps/district", import.meta.url));
const schoolAppDir = fileURLToPath(new URL("../../../apps/school", import.meta.url));

/** A 海勃湾区 school of the demo (account s<学校标识码>), whose 2024—2025 年报 is approved (published year). */
const SCHOOL_USERNAME = "s2150302056";

/** One GraphQL request to the API: the answer's data; throws on any error. */
async function graphql<T>(endpoint: string, query: string, variables: object, token?: string): Promise<T> {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Click an export button and open the workbook it downloads. */
async function download(page: Page, button: Locator): Promise<{ wb: ExcelJS.Workbook; filename: string }> {
  await button.waitFor();
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  return { wb, filename: file.suggestedFilename() };
}

/** The start year of a title "乌海市 2024—2025学年 …". */
const yearOf = (title: unknown) => Number(/ (\d{4})—\d{4}学年 /.exec(String(title))?.[1]);

const SUMMARY = `query S($unit: OrgUnitInput!, $schoolYear: Int!) {
  staffingSummary(unit: $unit, schoolYear: $schoolYear) { total coverage { label } } }`;
const BALANCE = `query B($schoolYear: Int!) { balanceAssessments(schoolYear: $schoolYear) {
  district { name } stages { stageLabel outcomeLabel coverage variations { indicator { id } cv } } } }`;
const COMPLETENESS = `query C($schoolYear: Int!) { reportCompleteness(schoolYear: $schoolYear) {
  total { due } byDistrict { district { name } counts { due } } } }`;
const LOGIN =
  "mutation Login($input: LoginInput!) { login(input: $input) { token viewer { district { id } } } }";

type Summary = { staffingSummary: { total: number; coverage: { label: string } } };
type Balance = {
  balanceAssessments: {
    district: { name: string };
    stages: {
      stageLabel: string;
      outcomeLabel: string;
      coverage: string;
      variations: { indicator: { id: string }; cv: number | null }[];
    }[];
  }[];
};

describe.skipIf(!hasChromium)(
  e2eSuiteTitle("acceptance: Excel exports and the printable 年报 (issue 12)"),
  () => {
    let e2e: AppUnderTest;
    let city: Page;
    let districtApp: RunningApp;
    let district: Page;
    let schoolApp: RunningApp;
    let school: Page;
    let endpoint: string;
    const tokens: Record<string, string> = {};

    beforeAll(async () => {
      e2e = await startE2E(cityAppDir);
      city = e2e.page;
      city.setDefaultTimeout(120_000);
      endpoint = e2e.api.url;
      districtApp = await startAppServer(districtAppDir, e2e.api.origin);
      schoolApp = await startAppServer(schoolAppDir, e2e.api.origin);
      district = await e2e.browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN" });
      recordPage(district, "district");
      await pinClock(district, e2e.api.now);
      district.setDefaultTimeout(120_000);
      school = await e2e.browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN" });
      recordPage(school, "school");
      await pinClock(school, e2e.api.now);
      school.setDefaultTimeout(120_000);
      for (const [name, app] of [
        ["city", "CITY"],
        ["hainan", "DISTRICT"],
      ] as const) {
        const { login } = await graphql<{ login: { token: string } }>(endpoint, LOGIN, {
          input: { username: name, password: DEMO_PASSWORD, app },
        });
        tokens[name] = login.token;
      }
    }, 300_000);

    afterAll(async () => {
      await school?.close();
      await district?.close();
      await schoolApp?.close();
      await districtApp?.close();
      await e2e?.close();
    });

    it("the city downloads 三支队伍 (per district + 合计) and 优质均衡 as the API counts them", async () => {
      await city.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
      await submitLogin(city, "city", DEMO_PASSWORD);
      await city.getByRole("menuitem", { name: "三支队伍" }).click();
      await city.getByTestId("staffing-summary").waitFor();
      const staffing = await download(city, city.getByTestId("export-staffing"));
      expect(staffing.filename).toMatch(/^乌海市-\d{4}—\d{4}学年-三支队伍统计-/);
      const ws = staffing.wb.getWorksheet("三支队伍统计")!;
      const year = yearOf(ws.getCell(1, 1).value);
      const { staffingSummary } = await graphql<Summary>(
        endpoint,
        SUMMARY,
        { unit: { level: "CITY" }, schoolYear: year },
        tokens.city,
      );
      expect(String(ws.getCell(2, 1).value)).toContain(`名册覆盖：${staffingSummary.coverage.label}有名册`);
      expect([5, 6, 7, 8].map((r) => ws.getCell(r, 1).value)).toEqual([
        "海勃湾区",
        "海南区",
        "乌达区",
        "合计（乌海市）",
      ]);
      expect([ws.getCell(8, 2).value, ws.getCell(8, 4).value]).toEqual([
        staffingSummary.coverage.label,
        staffingSummary.total,
      ]);

      await city.getByRole("menuitem", { name: "优质均衡" }).click();
      await city.getByTestId("balance-overview").locator("tbody tr.ant-table-row").first().waitFor();
      const balance = await download(city, city.getByTestId("export-balance"));
      const verdicts = balance.wb.getWorksheet("区结论")!;
      const { balanceAssessments } = await graphql<Balance>(
        endpoint,
        BALANCE,
        { schoolYear: yearOf(verdicts.getCell(1, 1).value) },
        tokens.city,
      );
      const rows = balanceAssessments.flatMap((a) =>
        a.stages.map((s) => [a.district.name, s.stageLabel, s.outcomeLabel, s.coverage]),
      );
      expect(rows).toHaveLength(6);
      expect(rows.map((_, i) => [1, 2, 3, 4].map((c) => verdicts.getCell(4 + i, c).value))).toEqual(rows);
      // 海勃湾区 小学's C1 差异系数, as balanceAssessments gives it
      const c1 = balanceAssessments[0]!.stages[0]!.variations.find((v) => v.indicator.id === "C1")!;
      expect(balance.wb.getWorksheet("差异系数")!.getCell(5, 5).value).toBe(c1.cv);
    });

    it("the city downloads the 指标总览 and the 数据报送情况", async () => {
      await city.getByRole("menuitem", { name: "指标总览" }).click();
      await city
        .getByTestId("target-dashboard")
        .locator('thead [data-unit-column="乌达区"]')
        .first()
        .waitFor({ timeout: 150_000 });
      const dashboard = await download(city, city.getByRole("button", { name: /导出\s*Excel/ }));
      const ws = dashboard.wb.getWorksheet("指标总览")!;
      // the page opens on the demo's latest published year, 2024—2025 (v1)
      expect(ws.getCell(1, 1).value).toBe("乌海市 2024—2025学年 教育现代化指标总览（已发布 v1）");
      // columns 编号…数据状态 (8), 达成路径 (9), then a (值, 状态) pair per district from column 10
      expect([ws.getCell(5, 8).value, ws.getCell(3, 9).value, ws.getCell(3, 10).value]).toEqual([
        "已发布 v1",
        "达成路径",
        "海勃湾区",
      ]);

      await city.getByRole("menuitem", { name: "数据报送情况" }).click();
      await city.getByTestId("progress-table").locator("tr.ant-table-row").first().waitFor();
      const progress = await download(city, city.getByTestId("export-completeness"));
      const byDistrict = progress.wb.getWorksheet("按区")!;
      const { reportCompleteness } = await graphql<{
        reportCompleteness: {
          total: { due: number };
          byDistrict: { district: { name: string }; counts: { due: number } }[];
        };
      }>(endpoint, COMPLETENESS, { schoolYear: yearOf(byDistrict.getCell(1, 1).value) }, tokens.city);
      const due = [
        ...reportCompleteness.byDistrict.map((d) => [d.district.name, d.counts.due]),
        ["合计", reportCompleteness.total.due],
      ];
      expect(
        due.map((_, i) => [byDistrict.getCell(3 + i, 1).value, byDistrict.getCell(3 + i, 2).value]),
      ).toEqual(due);
    });

    it("a district downloads its 三支队伍 (per school) and 优质均衡, and prints a school's 年报 from 年报审核", async () => {
      await district.goto(districtApp.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
      await submitLogin(district, "hainan", DEMO_PASSWORD);
      await district.getByRole("menuitem", { name: "三支队伍" }).click();
      await district.getByTestId("staffing-summary").waitFor();
      const staffing = await download(district, district.getByTestId("export-staffing"));
      const ws = staffing.wb.getWorksheet("三支队伍统计")!;
      expect(String(ws.getCell(1, 1).value)).toMatch(/^海南区 \d{4}—\d{4}学年 三支队伍统计（/);
      const year = yearOf(ws.getCell(1, 1).value);
      const last = ws.getColumn(1).values.findIndex((v) => v === "合计（海南区）");
      expect(last).toBeGreaterThan(5);
      const { staffingSummary } = await graphql<Summary>(
        endpoint,
        SUMMARY,
        { unit: { level: "DISTRICT", id: await districtId() }, schoolYear: year },
        tokens.hainan,
      );
      expect([ws.getCell(last, 2).value, ws.getCell(last, 4).value]).toEqual([
        staffingSummary.coverage.label,
        staffingSummary.total,
      ]);

      await district.getByRole("menuitem", { name: "优质均衡" }).click();
      const balance = await download(district, district.getByTestId("export-balance"));
      const verdicts = balance.wb.getWorksheet("区结论")!;
      expect(String(verdicts.getCell(1, 1).value)).toMatch(
        /^海南区 \d{4}—\d{4}学年 义务教育优质均衡资源配置（/,
      );
      expect([
        verdicts.getCell(4, 1).value,
        verdicts.getCell(5, 1).value,
        verdicts.getCell(6, 1).value,
      ]).toEqual(["海南区", "海南区", null]);

      // 年报审核: open a report and print it
      await district.getByRole("menuitem", { name: "年报审核" }).click();
      // it opens on the year whose 填报 is open (the demo's 2026—2027, no reports yet): the demo's
      // reports are 2025—2026's
      await district.getByTestId("reporting-year").getByText("2026—2027学年").waitFor();
      await district.getByTestId("reporting-year").click();
      await district
        .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "2025—2026学年" })
        .click();
      const queue = district.getByTestId("review-queue");
      const row = queue
        .locator("tbody tr.ant-table-row")
        .filter({ has: district.getByRole("button", { name: /审核|查看/ }) })
        .first();
      const schoolName = (await row.locator("td").nth(0).textContent())?.trim() ?? "";
      await row.getByRole("button", { name: /审核|查看/ }).click();
      const drawer = district.getByTestId("review-drawer");
      await drawer.getByTestId("report-view").waitFor();
      await district.getByTestId("print-report").click();
      await district.emulateMedia({ media: "print" });
      const printed = district.getByTestId("report-print");
      await printed.waitFor({ state: "visible" });
      expect(await drawer.isVisible()).toBe(false);
      expect(await district.getByRole("menu").first().isVisible()).toBe(false);
      expect(await printed.locator("h1").textContent()).toContain(schoolName);
      expect(await district.getByTestId("report-signature").isVisible()).toBe(true);
      await district.screenshot({ path: screenshotPath("district-report-print"), fullPage: true });
      await district.emulateMedia({ media: "screen" });
      expect(await printed.isVisible()).toBe(false);
    });

    it("a school prints its approved 年报: the report and the signature block alone, as a PDF", async () => {
      await school.goto(schoolApp.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
      await submitLogin(school, SCHOOL_USERNAME, DEMO_PASSWORD);
      await school.getByRole("menuitem", { name: "年报填报" }).click();
      await school.getByTestId("reporting-year").click();
      await school
        .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "2024—2025学年" })
        .click();
      await school.getByTestId("print-report").waitFor();
      // on screen the printable block is hidden
      expect(await school.getByTestId("report-print").isVisible()).toBe(false);

      await school.emulateMedia({ media: "print" });
      const printed = school.getByTestId("report-print");
      await printed.waitFor({ state: "visible" });
      const title = await printed.locator("h1").textContent();
      expect(title).toMatch(/^.+ 2024—2025学年 学校年报$/);
      const meta = await school.getByTestId("report-print-meta").textContent();
      expect(meta).toContain("状态已审核");
      expect(meta).toMatch(/审核人\S+/);
      expect(meta).toMatch(/审核时间\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
      expect(await school.getByTestId("report-print-draft").count()).toBe(0);
      const signature = school.getByTestId("report-signature");
      expect(await signature.isVisible()).toBe(true);
      expect((await signature.textContent())?.replace(/\s+/g, "")).toBe(
        "填报人（签字）：审核人（签字）：单位负责人（签字）：日期：年月日单位公章",
      );
      // the navigation and the editor are not printed
      expect(await school.getByRole("menu").first().isVisible()).toBe(false);
      expect(await school.getByTestId("report-editor").isVisible()).toBe(false);
      const pdf = await school.pdf({ format: "A4", printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      await writeFile(`${artefactDir()}/school-report-print.pdf`, pdf);
      await school.screenshot({ path: screenshotPath("school-report-print"), fullPage: true });
      await school.emulateMedia({ media: "screen" });
    });

    /** 海南区's id, as its account sees it. */
    async function districtId(): Promise<string> {
      const { login } = await graphql<{ login: { viewer: { district: { id: string } } } }>(endpoint, LOGIN, {
        input: { username: "hainan", password: DEMO_PASSWORD, app: "DISTRICT" },
      });
      return login.viewer.district.id;
    }
  },
);
