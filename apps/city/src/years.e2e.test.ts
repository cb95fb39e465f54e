/**
 * Browser test of 学年管理 (the statistical year's lifecycle, issue 10) against the API on the
 * Wuhai demo data, with the city app and the school app side by side on one API.
 *
 * The demo's 年报 run from 2020—2021 to 2025—2026, so in the current year (2026—2027 on the
 * demo's calendar) every school open at its 统计时点 is due and none is approved: 应报 = the
 * schools of that year (schools(schoolYear), read through the API), 已审核 0, 待处理 = 应报.
 * 海南区第一小学 carries its roster into the year (through the API, as its 学年名册结转 does). The
 * city exempts them all (豁免, with a reason) and publishes (v1); 海南区第一小学 then sees its
 * roster of the year read-only (and the API refuses its writes on schoolYear), 海南区 its 名册结转
 * locked; the city reopens
 * the year with a reason, the school adds a teacher (one more on its roster), and the city
 * publishes again: v2 is listed as 当前 and v1 as 已被取代, with the reopening's reason. Last, a
 * reopening sent from a page that read the year before another session reopened it is refused
 * with 数据已被他人修改，请刷新后重试 (CONFLICT), and the page shows the year as it now stands.
 */
import { fileURLToPath } from "node:url";
import { DEMO_NOW, DEMO_PASSWORD } from "@edu2035/db/demo";
import { schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import {
  AddStaffDocument,
  CarryOverRosterDocument,
  execute,
  isApiError,
  LoginDocument,
  ReopenSchoolYearDocument,
  RosterPageDocument,
  SchoolsOfYearDocument,
  StatisticalYearListDocument,
  ViewerDocument,
  YearPublicationReadinessDocument,
} from "@edu2035/graphql";
import {
  type AppUnderTest,
  chooseOption,
  e2eSuiteTitle,
  hasChromium,
  pinClock,
  type RunningApp,
  screenshotPath,
  startAppServer,
  startE2E,
  submitLogin,
  testIdNumber,
  yearsPageSteps,
} from "@edu2035/ui/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));
const schoolAppDir = fileURLToPath(new URL("../../school", import.meta.url));
const districtAppDir = fileURLToPath(new URL("../../district", import.meta.url));

/** 海南区第一小学 (demo account). */
const SCHOOL_USERNAME = "s2150303015";
const NOW = schoolYearOf(DEMO_NOW);
const LABEL = schoolYearLabel(NOW);
const EXEMPT_REASON = `${LABEL}年报尚未开始填报，演示发布`;
const REOPEN_REASON = "海南区第一小学教职工名册漏报一名教师，需更正";
const LOCKED = `${LABEL}已发布，名册只读；如需修改，请联系市教育局重新开放`;

describe.skipIf(!hasChromium)(e2eSuiteTitle("city 学年管理"), () => {
  let e2e: AppUnderTest;
  /** The city app. */
  let page: Page;
  let schoolApp: RunningApp;
  /** The school app, in the same browser (its own origin, so its own session). */
  let schoolPage: Page;
  let districtApp: RunningApp;
  /** The district app (海南区), in the same browser. */
  let districtPage: Page;
  let endpoint: string;
  let cityToken: string;
  let schoolToken: string;
  let schoolId: string;
  /** Schools open at this year's 统计时点: every one is due and none has a 年报 of the year. */
  let due: number;
  /** People on the school's roster of the year before the test adds one. */
  let rosterBefore: number;

  const login = async (username: string, app: "CITY" | "SCHOOL") =>
    (await execute(LoginDocument, { input: { username, password: DEMO_PASSWORD, app } }, { endpoint })).login
      .token;
  const rosterTotal = async () =>
    (
      await execute(
        RosterPageDocument,
        { filter: { schoolYear: NOW, schoolId }, pageSize: 1 },
        { endpoint, token: schoolToken },
      )
    ).staff.total;
  const yearOf = async () =>
    (await execute(StatisticalYearListDocument, {}, { endpoint, token: cityToken })).statisticalYears.find(
      (y) => y.schoolYear === NOW,
    );
  const { modal, detail, publicationRows, confirmPublish, confirmReopen } = yearsPageSteps(() => page, LABEL);

  beforeAll(async () => {
    e2e = await startE2E(appDir);
    page = e2e.page;
    endpoint = e2e.api.url;
    schoolApp = await startAppServer(schoolAppDir, e2e.api.origin);
    schoolPage = await e2e.browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN" });
    await pinClock(schoolPage, e2e.api.now);
    schoolPage.setDefaultTimeout(60_000);
    districtApp = await startAppServer(districtAppDir, e2e.api.origin);
    districtPage = await e2e.browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN" });
    await pinClock(districtPage, e2e.api.now);
    districtPage.setDefaultTimeout(60_000);
    cityToken = await login("city", "CITY");
    schoolToken = await login(SCHOOL_USERNAME, "SCHOOL");
    schoolId = (await execute(ViewerDocument, {}, { endpoint, token: schoolToken })).viewer?.school?.id ?? "";
    due = (await execute(SchoolsOfYearDocument, { schoolYear: NOW }, { endpoint, token: cityToken })).schools
      .length;
    // the school carries its roster into the year first (学年名册结转), so it has people to lock
    const carried = (
      await execute(
        CarryOverRosterDocument,
        { unit: { level: "SCHOOL", id: schoolId }, schoolYear: NOW },
        { endpoint, token: schoolToken },
      )
    ).carryOverRoster.carried;
    rosterBefore = await rosterTotal();
    expect(rosterBefore).toBe(carried);
    expect(rosterBefore).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await schoolPage?.close();
    await schoolApp?.close();
    await districtPage?.close();
    await districtApp?.close();
    await e2e?.close();
  }, 300_000);

  it(`lists ${LABEL} with every school pending, exempts them with a reason and publishes v1`, async () => {
    expect(schoolId).not.toBe("");
    expect(due).toBeGreaterThan(100);
    const readiness = (
      await execute(YearPublicationReadinessDocument, { schoolYear: NOW }, { endpoint, token: cityToken })
    ).publicationReadiness;
    expect(readiness).toMatchObject({ due, approved: 0, ready: false, exemptions: [] });
    expect(readiness.pending).toHaveLength(due);

    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, "city", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: "学年管理" }).click();
    const row = page.getByTestId("years-table").locator(`tr[data-row-key="${NOW}"]`);
    await row.getByText(LABEL, { exact: true }).waitFor();
    await row.getByText(`应报 ${due} · 已审核 0 · 豁免 0 · 待处理 ${due}`).waitFor();
    await row.getByText("未发布", { exact: true }).waitFor();
    await row.click();
    await detail().getByText(LABEL, { exact: true }).waitFor();
    // nothing to publish yet: 发布 waits for the pending schools
    const publish = detail().getByRole("button", { name: /^\S*\s*发\s*布$/ });
    expect(await publish.isDisabled()).toBe(true);
    await detail()
      .getByRole("tab", { name: `待处理学校（${due}）` })
      .waitFor();
    await page.getByTestId("pending-table").getByText(`共 ${due} 所`).waitFor();

    await detail()
      .getByRole("button", { name: `选择全部（${due} 所）` })
      .click();
    await detail()
      .getByRole("button", { name: `豁免所选（${due} 所）` })
      .click();
    await modal().getByText(`豁免${LABEL}年报`).waitFor();
    // the reason is required
    await modal()
      .getByRole("button", { name: /^豁\s*免$/ })
      .click();
    await modal().getByText("请填写豁免原因").waitFor();
    await modal().getByLabel("豁免原因").fill(EXEMPT_REASON);
    await modal()
      .getByRole("button", { name: /^豁\s*免$/ })
      .click();
    await page.getByText(`已豁免 ${due} 所学校的${LABEL}年报`).waitFor();
    await row.getByText(`应报 ${due} · 已审核 0 · 豁免 ${due} · 待处理 0`).waitFor();
    await detail()
      .getByRole("tab", { name: `豁免学校（${due}）` })
      .waitFor();
    const after = (
      await execute(YearPublicationReadinessDocument, { schoolYear: NOW }, { endpoint, token: cityToken })
    ).publicationReadiness;
    expect(after).toMatchObject({ due, approved: 0, ready: true, pending: [] });
    expect(after.exemptions).toHaveLength(due);
    expect(new Set(after.exemptions.map((e) => e.reason))).toEqual(new Set([EXEMPT_REASON]));

    await publish.click();
    await modal().getByText("发布（封账）后数据将被锁定").waitFor();
    await confirmPublish(1, "首次发布");
    await row.getByText("已发布 v1", { exact: true }).waitFor();
    await detail()
      .getByRole("button", { name: /重新开放/ })
      .waitFor();
    const rows = await publicationRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^v1 当前 .*首次发布 —$/);
    expect(await yearOf()).toMatchObject({ state: "PUBLISHED", publishedVersion: 1, final: true });
    await page.screenshot({ path: screenshotPath("city-years-published"), fullPage: true });
  }, 300_000);

  it(`shows the school its ${LABEL} roster read-only and 海南区 its 名册结转 locked; the API refuses the school's writes`, async () => {
    const refused = await execute(
      AddStaffDocument,
      {
        input: {
          schoolId,
          name: "王锁定",
          gender: "MALE",
          birthDate: "1990-03-15",
          idNumber: testIdNumber("1990-03-15", "male", 11),
          role: "TEACHER",
          fullTime: true,
          stage: "PRIMARY",
          subject: "MATHEMATICS",
          education: "BACHELOR",
        },
      },
      { endpoint, token: schoolToken },
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isApiError(refused, "BAD_USER_INPUT")).toBe(true);
    expect(isApiError(refused) && refused.field).toBe("schoolYear");
    expect(await rosterTotal()).toBe(rosterBefore);

    await schoolPage.goto(schoolApp.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(schoolPage, SCHOOL_USERNAME, DEMO_PASSWORD);
    await schoolPage.getByTestId("app-title").getByText("海南区第一小学").waitFor();
    await schoolPage.getByRole("menuitem", { name: "教职工名册" }).click();
    await schoolPage.getByTestId("published-alert").getByText(LOCKED, { exact: true }).waitFor();
    await schoolPage.getByText(`共 ${rosterBefore} 人`).waitFor();
    expect(await schoolPage.getByRole("button", { name: /新增教职工/ }).isDisabled()).toBe(true);
    expect(await schoolPage.getByRole("button", { name: /导\s*入/ }).isDisabled()).toBe(true);
    expect(await schoolPage.getByRole("button", { name: /学年名册结转/ }).count()).toBe(0);
    expect(
      await schoolPage
        .getByTestId("roster-table")
        .getByRole("button", { name: /编\s*辑/ })
        .count(),
    ).toBe(0);
    await schoolPage
      .getByTestId("roster-table")
      .locator("tbody tr.ant-table-row")
      .first()
      .getByText("已锁定", { exact: true })
      .waitFor();
    await schoolPage.screenshot({ path: screenshotPath("school-roster-published"), fullPage: true });

    // the district's 名册结转 of the year is locked too
    await districtPage.goto(districtApp.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(districtPage, "hainan", DEMO_PASSWORD);
    await districtPage.getByRole("menuitem", { name: "名册结转" }).click();
    await districtPage.getByTestId("published-alert").getByText(LOCKED, { exact: true }).waitFor();
    expect(await districtPage.getByRole("button", { name: /一键结转/ }).isDisabled()).toBe(true);
  }, 300_000);

  it("reopens the year with a reason, after which the school adds a teacher", async () => {
    await detail()
      .getByRole("button", { name: /重新开放/ })
      .click();
    await modal().getByText(`重新开放${LABEL}`).waitFor();
    await modal().getByText("重新开放后，v1 保留为历史版本").waitFor();
    // the reason is required
    await modal()
      .getByRole("button", { name: /重新开放/ })
      .click();
    await modal().getByText("请填写重新开放原因").waitFor();
    await confirmReopen(REOPEN_REASON);
    const row = page.getByTestId("years-table").locator(`tr[data-row-key="${NOW}"]`);
    await row.getByText("已重新开放", { exact: true }).waitFor();
    const rows = await publicationRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(new RegExp(`^v1 已被取代 .*首次发布 .*原因：${REOPEN_REASON}$`));
    expect(await yearOf()).toMatchObject({ state: "REOPENED", publishedVersion: 1, final: false });

    // the school's page reads the years again
    await schoolPage.reload({ waitUntil: "domcontentloaded" });
    await schoolPage.getByRole("menuitem", { name: "教职工名册" }).click();
    await schoolPage.getByText(`共 ${rosterBefore} 人`).waitFor();
    const add = schoolPage.getByRole("button", { name: /新增教职工/ });
    await expect.poll(() => add.isDisabled(), { timeout: 60_000 }).toBe(false);
    expect(await schoolPage.getByTestId("published-alert").count()).toBe(0);
    await add.click();
    const form = schoolPage.getByTestId("staff-form");
    await form.waitFor();
    await form.getByLabel("姓名").fill("赵更正");
    await form.getByText("女", { exact: true }).click();
    await form.getByLabel("出生日期").fill("1991-04-12");
    await form.getByLabel("身份证号").fill(testIdNumber("1991-04-12", "female", 9));
    await chooseOption(schoolPage, form, "任教学科", "语文");
    await chooseOption(schoolPage, form, "最高学历", "本科");
    await schoolPage.getByRole("button", { name: /保\s*存/ }).click();
    await schoolPage.getByText("已新增教职工").waitFor();
    await schoolPage.getByText(`共 ${rosterBefore + 1} 人`).waitFor();
    expect(await rosterTotal()).toBe(rosterBefore + 1);
  }, 300_000);

  it("publishes the year again: v2 is listed as 当前 and v1 as 已被取代", async () => {
    const publish = detail().getByRole("button", { name: /^\S*\s*发\s*布$/ });
    await expect.poll(() => publish.isDisabled(), { timeout: 60_000 }).toBe(false);
    await publish.click();
    await confirmPublish(2, "更正名册后再次发布");
    const row = page.getByTestId("years-table").locator(`tr[data-row-key="${NOW}"]`);
    await row.getByText("已发布 v2", { exact: true }).waitFor();
    const rows = await publicationRows();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^v2 当前 .*更正名册后再次发布 —$/);
    expect(rows[1]).toMatch(new RegExp(`^v1 已被取代 .*首次发布 .*原因：${REOPEN_REASON}$`));
    const year = await yearOf();
    expect(year).toMatchObject({ state: "PUBLISHED", publishedVersion: 2, final: true });
    expect(year?.publications.map((p) => [p.version, p.note, p.reopenReason])).toEqual([
      [2, "更正名册后再次发布", null],
      [1, "首次发布", REOPEN_REASON],
    ]);
    await page.screenshot({ path: screenshotPath("city-years-republished"), fullPage: true });
  }, 300_000);

  it("says 数据已被他人修改，请刷新后重试 when the year changed since the page read it", async () => {
    await detail()
      .getByRole("button", { name: /重新开放/ })
      .click();
    await modal().getByLabel("重新开放原因").fill("另一处已重新开放");
    // meanwhile another city session reopens the year (the page still holds v2's version)
    const year = await yearOf();
    await execute(
      ReopenSchoolYearDocument,
      { schoolYear: NOW, version: year?.version ?? 0, reason: "另一位管理员重新开放" },
      { endpoint, token: await login("city", "CITY") },
    );
    await modal()
      .getByRole("button", { name: /重新开放/ })
      .click();
    await page
      .getByTestId("reopen-alert")
      .getByText("数据已被他人修改，请刷新后重试", { exact: true })
      .waitFor();
    await modal()
      .getByRole("button", { name: /取\s*消/ })
      .click();
    // the page read the year again: reopened once, by the other session
    const row = page.getByTestId("years-table").locator(`tr[data-row-key="${NOW}"]`);
    await row.getByText("已重新开放", { exact: true }).waitFor();
    const rows = await publicationRows();
    expect(rows[0]).toMatch(/^v2 已被取代 .*原因：另一位管理员重新开放$/);
    expect((await yearOf())?.publications.map((p) => p.reopenReason)).toEqual([
      "另一位管理员重新开放",
      REOPEN_REASON,
    ]);
  }, 300_000);
});
