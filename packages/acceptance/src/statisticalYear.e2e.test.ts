/**
 * Issue 10's "done when", walked in Chromium through the city app and the school app on the
 * Wuhai demo data (2020—2024 published v1, 2025—2026 审核中, 2026—2027 just opened):
 * 1. the city's 指标总览 opens on the latest published year, 2024—2025学年 (已发布 v1); A08's
 *    values of 乌海市, 海勃湾区 and 海南区 are read;
 * 2. 海南区第一小学 carries its roster over into 2026—2027 (教职工名册 → 从2025—2026学年结转);
 * 3. the city reloads: still 2024—2025学年, the same three A08 values; choosing 2026—2027 shows
 *    the 预览 banner, and each city value carries its coverage: the units reported over the
 *    units the target concerns, open in 2026—2027. The demo has 135 schools that year, 51 中小学,
 *    46 of them with compulsory grades (小学、初中、九年一贯制、完全中学). The one roster carried
 *    over is the year's only data: A08 reads "1/46 所学校", B34 (中小学 teachers) "1/51 所学校".
 *    The issue's "1/135" would need a roster target that concerns every school; none does (each
 *    concerns its teachers' kinds of school), so the 135 shows where a target concerns every
 *    school — B37 无线网络覆盖, from the 年报: "0/135 所学校" (no report of the year approved);
 * 4. the city publishes 2026—2027 in 学年管理 (every pending school exempted with a reason),
 *    the school's roster of the year is read-only (Alert, 新增教职工 disabled), the city reopens
 *    the year with a reason, the school adds a teacher, the city republishes and 发布记录 lists
 *    v2 (当前) and v1 (已被取代).
 *
 * The expected counts are read from the demo through the API (schools of the year, their
 * types), not from the page under test.
 */
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import {
  type AppUnderTest,
  chooseOption,
  e2eSuiteTitle,
  hasChromium,
  pinClock,
  type RunningApp,
  recordPage,
  rowCells,
  screenshotPath,
  startAppServer,
  startE2E,
  submitLogin,
  testIdNumber,
  yearsPageSteps,
} from "@edu2035/ui/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const cityAppDir = fileURLToPath(new URL("../../../apps/city", import.meta.url));
const schoolAppDir = fileURLToPath(new URL("../../../apps/school", import.meta.url));

/** 海南区第一小学 (demo account s<学校标识码>), a 小学: A08 concerns it. */
const SCHOOL_USERNAME = "s2150303015";
const SCHOOL_NAME = "海南区第一小学";
/** The year the demo has just opened (its 填报中 year). */
const NOW = 2026;
const LABEL = "2026—2027学年";
const PREVIOUS_LABEL = "2025—2026学年";
const PUBLISHED_LABEL = "2024—2025学年";
const EXEMPT_REASON = `${LABEL}年报尚未开始填报，验收演示发布`;
const REOPEN_REASON = "海南区第一小学教职工名册漏报一名教师，需更正";
const LOCKED = `${LABEL}已发布，名册只读；如需修改，请联系市教育局重新开放`;
const STEP = 300_000;

/** Choose a year in the 指标总览's 学年 picker (options carry a state tag), retrying a lost click. */
async function chooseYear(page: Page, label: string): Promise<void> {
  const select = page.getByTestId("school-year-select");
  const open = page.locator(".ant-select-dropdown:visible");
  for (let attempt = 0; attempt < 5; attempt++) {
    if ((await open.count()) === 0) await select.click();
    const item = open.locator(".ant-select-item-option", { hasText: label }).first();
    if (
      await item.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      )
    ) {
      await item.click({ timeout: 10_000 }).catch(() => undefined);
    }
    if (
      await select
        .getByText(label)
        .first()
        .waitFor({ timeout: 5_000 })
        .then(
          () => true,
          () => false,
        )
    )
      return;
  }
  throw new Error(`学年: ${label} could not be chosen`);
}

/** Open 指标总览 and wait for the four unit columns (the slowest screen). */
async function openDashboard(page: Page) {
  await page.getByRole("menuitem", { name: "指标总览" }).click();
  const dashboard = page.getByTestId("target-dashboard");
  for (const name of ["乌海市", "海勃湾区", "海南区", "乌达区"]) {
    await dashboard.locator(`thead [data-unit-column="${name}"]`).first().waitFor({ timeout: 200_000 });
  }
  return dashboard;
}

/** A08's cells 乌海市, 海勃湾区, 海南区 (编号, 指标, 对照目标, 乌海市, 海勃湾区, 海南区, 乌达区, 趋势). */
async function a08Values(page: Page): Promise<string[]> {
  const cells = await rowCells(page, "A08");
  return cells.slice(3, 6).map((c) => c.replace(/\s+/g, " ").trim());
}

/**
 * One GraphQL request to the API (this package does not depend on @edu2035/graphql): the
 * answer's data; throws on any error.
 */
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

/** Log a figure seen on the way. */
function note(line: string) {
  console.log(`[statistical year] ${line}`);
}

describe.skipIf(!hasChromium)(e2eSuiteTitle("acceptance: the statistical year (issue 10)"), () => {
  let e2e: AppUnderTest;
  /** The city app. */
  let city: Page;
  let schoolApp: RunningApp;
  /** The school app (its own origin, so its own session). */
  let school: Page;
  let endpoint: string;
  /** Schools open in the year (every one expected for a target that concerns every school). */
  let due: number;
  /** Of them, the schools with compulsory grades (A08's expected units). */
  let compulsory: number;
  /** Of them, the 中小学 (B34's expected units: compulsory grades or 高中). */
  let primaryAndSecondary: number;
  /** A08 of 乌海市, 海勃湾区, 海南区 on 2024—2025 before the carry-over. */
  let before: string[];
  /** People carried over into the year. */
  let carried: number;

  const { modal, detail, publicationRows, confirmPublish, confirmReopen } = yearsPageSteps(() => city, LABEL);
  const yearRow = () => city.getByTestId("years-table").locator(`tr[data-row-key="${NOW}"]`);
  const publishButton = () => detail().getByRole("button", { name: /^\S*\s*发\s*布$/ });

  beforeAll(async () => {
    e2e = await startE2E(cityAppDir);
    city = e2e.page;
    city.setDefaultTimeout(120_000);
    endpoint = e2e.api.url;
    schoolApp = await startAppServer(schoolAppDir, e2e.api.origin);
    school = await e2e.browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN" });
    recordPage(school, "school");
    await pinClock(school, e2e.api.now);
    school.setDefaultTimeout(120_000);
    const { login } = await graphql<{ login: { token: string } }>(
      endpoint,
      "mutation Login($input: LoginInput!) { login(input: $input) { token } }",
      { input: { username: "city", password: DEMO_PASSWORD, app: "CITY" } },
    );
    const ofYear = (
      await graphql<{ schools: { id: string }[] }>(
        endpoint,
        "query SchoolsOfYear($schoolYear: Int!) { schools(schoolYear: $schoolYear) { id } }",
        { schoolYear: NOW },
        login.token,
      )
    ).schools;
    /** How many of the year's schools are of these types. */
    const ofTypes = async (types: string[]) => {
      const ids = new Set(
        (
          await graphql<{ schools: { id: string }[] }>(
            endpoint,
            "query Schools($types: [SchoolType!]) { schools(types: $types) { id } }",
            { types },
            login.token,
          )
        ).schools.map((s) => s.id),
      );
      return ofYear.filter((s) => ids.has(s.id)).length;
    };
    due = ofYear.length;
    compulsory = await ofTypes(["PRIMARY", "JUNIOR_SECONDARY", "NINE_YEAR", "COMPLETE_SECONDARY"]);
    primaryAndSecondary = await ofTypes([
      "PRIMARY",
      "JUNIOR_SECONDARY",
      "NINE_YEAR",
      "COMPLETE_SECONDARY",
      "SENIOR_SECONDARY",
    ]);
    note(
      `${LABEL}: ${due} schools open, ${compulsory} with compulsory grades, ${primaryAndSecondary} 中小学`,
    );
  }, STEP);

  afterAll(async () => {
    await school?.close();
    await schoolApp?.close();
    await e2e?.close();
  }, STEP);

  it(
    `city: 指标总览 opens on ${PUBLISHED_LABEL} (已发布 v1); A08 of 乌海市, 海勃湾区, 海南区 read`,
    async () => {
      // the figure: every school of the demo is due in the new year
      expect(LABEL).toBe("2026—2027学年");
      expect(due).toBe(135);
      expect(primaryAndSecondary).toBe(51);
      expect(compulsory).toBe(46);
      await city.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 120_000 });
      await submitLogin(city, "city", DEMO_PASSWORD);
      await openDashboard(city);
      expect(await city.getByTestId("school-year-select").textContent()).toMatch(
        new RegExp(`${PUBLISHED_LABEL}\\s*已发布 v1`),
      );
      expect(await city.getByTestId("preview-year").count()).toBe(0);
      before = await a08Values(city);
      for (const value of before) expect(value).toMatch(/\d+(\.\d+)?%/);
      note(
        `A08 ${PUBLISHED_LABEL} before: 乌海市 ${before[0]} | 海勃湾区 ${before[1]} | 海南区 ${before[2]}`,
      );
      await city.screenshot({ path: screenshotPath("acceptance-year-1-city-published"), fullPage: true });
    },
    STEP,
  );

  it(
    `school: ${SCHOOL_NAME} carries its roster over into ${LABEL}`,
    async () => {
      await school.goto(schoolApp.url, { waitUntil: "domcontentloaded", timeout: 120_000 });
      await submitLogin(school, SCHOOL_USERNAME, DEMO_PASSWORD);
      await school.getByTestId("app-title").getByText(SCHOOL_NAME).waitFor();
      await school.getByRole("menuitem", { name: "教职工名册" }).click();
      await school
        .getByTestId("rollover-alert")
        .getByRole("button", { name: `从${PREVIOUS_LABEL}结转` })
        .click();
      const done = school.getByText(/已结转 \d+ 人/).first();
      await done.waitFor();
      carried = Number(/已结转 (\d+) 人/.exec((await done.textContent()) ?? "")?.[1]);
      expect(carried).toBeGreaterThan(0);
      await school.getByTestId("rollover-alert").waitFor({ state: "detached" });
      await school.getByText(`共 ${carried} 人`).waitFor();
      note(`${SCHOOL_NAME} ${LABEL} roster after 结转: ${carried} 人`);
      await school.screenshot({ path: screenshotPath("acceptance-year-2-school-carried"), fullPage: true });
    },
    STEP,
  );

  it(
    `city: still ${PUBLISHED_LABEL} with the same A08; ${LABEL} reads 预览 with each value's coverage (1 school reported)`,
    async () => {
      await city.reload({ waitUntil: "domcontentloaded", timeout: 120_000 });
      const dashboard = await openDashboard(city);
      expect(await city.getByTestId("school-year-select").textContent()).toMatch(
        new RegExp(`${PUBLISHED_LABEL}\\s*已发布 v1`),
      );
      expect(await city.getByTestId("preview-year").count()).toBe(0);
      expect(await a08Values(city)).toEqual(before);

      await chooseYear(city, LABEL);
      await city.getByTestId("preview-year").getByText(`预览：${LABEL}尚未发布，数据为暂定`).waitFor();
      await dashboard.getByTestId("dashboard-preview").waitFor({ timeout: 200_000 });
      expect(await dashboard.getByTestId("status-counts").textContent()).toMatch(
        new RegExp(`乌海市 ${LABEL}\\S*预览：`),
      );
      // the city's column (乌海市, the 4th cell): coverage per target
      const rows = dashboard.locator("tbody tr.ant-table-row", {
        has: city.locator("td:nth-child(4) [data-coverage]"),
      });
      await rows.first().waitFor({ timeout: 200_000 });
      const coverage: Record<string, string> = {};
      for (const row of await rows.all()) {
        const id = (await row.getAttribute("data-row-key")) ?? "";
        coverage[id] = ((await row.locator("td:nth-child(4) [data-coverage]").textContent()) ?? "").trim();
      }
      note(`city coverage ${LABEL}: ${JSON.stringify(coverage)}`);
      // One school's roster is the only data of the year: no city value counts more than 1 unit,
      // but those complete without it (登记册, 区级 registers: "1/1 份登记册", "3/3 个区").
      for (const text of Object.values(coverage))
        if (!/^(\d+)\/\1 /.test(text)) expect(text).toMatch(/^[01]\/\d+ \S+$/);
      // A08 concerns the schools with compulsory grades (46 of the 135): the one that carried over.
      expect(coverage.A08).toBe(`1/${compulsory} 所学校`);
      // B34 (心理健康培训, from the roster) concerns the 中小学 (51): the same one school.
      expect(coverage.B34).toBe(`1/${primaryAndSecondary} 所学校`);
      // The issue's "1/135": no roster target concerns every school (each one names its teachers'
      // schools), so a roster carried over reads 1 over its target's schools; the targets that
      // concern all 135 schools (B37 无线网络覆盖, from the 年报) read 0/135, no report approved yet.
      expect(coverage.B37).toBe(`0/${due} 所学校`);
      await city.screenshot({ path: screenshotPath("acceptance-year-3-city-preview"), fullPage: true });
    },
    STEP,
  );

  it(
    `city: exempts the pending schools of ${LABEL} with a reason and publishes v1`,
    async () => {
      await city.getByRole("menuitem", { name: "学年管理" }).click();
      const row = yearRow();
      await row.getByText(LABEL, { exact: true }).waitFor();
      await row.getByText(`应报 ${due} · 已审核 0 · 豁免 0 · 待处理 ${due}`).waitFor();
      await row.click();
      await detail().getByText(LABEL, { exact: true }).waitFor();
      expect(await publishButton().isDisabled()).toBe(true);
      await detail()
        .getByRole("button", { name: `选择全部（${due} 所）` })
        .click();
      await detail()
        .getByRole("button", { name: `豁免所选（${due} 所）` })
        .click();
      await modal().getByText(`豁免${LABEL}年报`).waitFor();
      await modal().getByLabel("豁免原因").fill(EXEMPT_REASON);
      await modal()
        .getByRole("button", { name: /^豁\s*免$/ })
        .click();
      await city.getByText(`已豁免 ${due} 所学校的${LABEL}年报`).waitFor();
      await row.getByText(`应报 ${due} · 已审核 0 · 豁免 ${due} · 待处理 0`).waitFor();
      await expect.poll(() => publishButton().isDisabled(), { timeout: 120_000 }).toBe(false);
      await publishButton().click();
      await confirmPublish(1, "首次发布");
      await row.getByText("已发布 v1", { exact: true }).waitFor();
      const rows = await publicationRows();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatch(/^v1 当前 .*首次发布 —$/);
      await city.screenshot({ path: screenshotPath("acceptance-year-4-city-published-v1"), fullPage: true });
    },
    STEP,
  );

  it(
    `school: its ${LABEL} roster is read-only`,
    async () => {
      await school.reload({ waitUntil: "domcontentloaded", timeout: 120_000 });
      await school.getByRole("menuitem", { name: "教职工名册" }).click();
      await school.getByTestId("published-alert").getByText(LOCKED, { exact: true }).waitFor();
      await school.getByText(`共 ${carried} 人`).waitFor();
      expect(await school.getByRole("button", { name: /新增教职工/ }).isDisabled()).toBe(true);
      expect(
        await school
          .getByTestId("roster-table")
          .getByRole("button", { name: /编\s*辑/ })
          .count(),
      ).toBe(0);
      await school.screenshot({ path: screenshotPath("acceptance-year-5-school-read-only"), fullPage: true });
    },
    STEP,
  );

  it(
    "city: reopens the year with a reason; the school adds a teacher",
    async () => {
      await detail()
        .getByRole("button", { name: /重新开放/ })
        .click();
      await confirmReopen(REOPEN_REASON);
      await yearRow().getByText("已重新开放", { exact: true }).waitFor();

      await school.reload({ waitUntil: "domcontentloaded", timeout: 120_000 });
      await school.getByRole("menuitem", { name: "教职工名册" }).click();
      await school.getByText(`共 ${carried} 人`).waitFor();
      const add = school.getByRole("button", { name: /新增教职工/ });
      await expect.poll(() => add.isDisabled(), { timeout: 120_000 }).toBe(false);
      expect(await school.getByTestId("published-alert").count()).toBe(0);
      await add.click();
      const form = school.getByTestId("staff-form");
      await form.waitFor();
      await form.getByLabel("姓名").fill("钱补录");
      await form.getByText("女", { exact: true }).click();
      await form.getByLabel("出生日期").fill("1992-05-20");
      await form.getByLabel("身份证号").fill(testIdNumber("1992-05-20", "female", 17));
      await chooseOption(school, form, "任教学科", "语文");
      await chooseOption(school, form, "最高学历", "本科");
      await school.getByRole("button", { name: /保\s*存/ }).click();
      await school.getByText("已新增教职工").waitFor();
      await school.getByText(`共 ${carried + 1} 人`).waitFor();
      await school.screenshot({ path: screenshotPath("acceptance-year-6-school-edited"), fullPage: true });
    },
    STEP,
  );

  it(
    "city: republishes the year; 发布记录 lists v2 (当前) and v1 (已被取代)",
    async () => {
      await expect.poll(() => publishButton().isDisabled(), { timeout: 120_000 }).toBe(false);
      await publishButton().click();
      await confirmPublish(2, "更正名册后再次发布");
      await yearRow().getByText("已发布 v2", { exact: true }).waitFor();
      const rows = await publicationRows();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatch(/^v2 当前 .*更正名册后再次发布 —$/);
      expect(rows[1]).toMatch(new RegExp(`^v1 已被取代 .*首次发布 .*原因：${REOPEN_REASON}$`));
      note(`发布记录 ${LABEL}: ${rows.join(" | ")}`);
      await city.screenshot({ path: screenshotPath("acceptance-year-7-city-republished"), fullPage: true });
    },
    STEP,
  );
});
