/**
 * Issue 14's 待办 and 消息通知, walked in Chromium through the school and district apps on the Wuhai
 * demo data:
 *
 * 1. the city moves the current year's deadline (through the API, as its 数据报送情况 page would)
 *    to now + 10 days 1 hour: 10 whole days left while the test runs;
 * 2. 乌海市第四中学 (海勃湾区) logs in: its home page shows the 待办 — its 年报 of the current year
 *    to fill in and submit, tagged 还剩 10 天, and its 2025—2026 report returned by 海勃湾区 with the
 *    reviewer's comment (the demo's) — and the header's bell; 全部已读 clears the bell (the demo's
 *    publications of 2020—2024 told every school);
 * 3. 海勃湾区教育局 opens 年报审核 of the current year, which shows 还剩 10 天 beside the deadline,
 *    and sends a 催报 with its own text: the answer names as many schools as the API lists not
 *    reporting in the district;
 * 4. the school reloads: the bell shows 1, and the list shows the 催报 with the district's text;
 * 5. the city sends its 催报 to every school not reporting, skipping those 海勃湾区 reminded today;
 * 6. the school submits its report of the current year (its 2025—2026 content, through the API as
 *    its 年报填报 page would); 海勃湾区 opens it on 年报审核 and returns it with its own comment: the
 *    school's 待办 lists the current year's report as returned with exactly that comment, in place
 *    of 填报并提交, and its bell counts one more unread notice, the 年报退回 with the comment.
 */
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { DEMO_NOW, DEMO_PASSWORD } from "@edu2035/db/demo";
import {
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

async function startTestApi(): Promise<TestApi> {
  const path = require.resolve("@edu2035/api/testing");
  const testing = (await import(/* @vite-ignore */ path)) as { startTestServer(): Promise<TestApi> };
  return testing.startTestServer();
}

/**
 * The current school year (Beijing time; a new one starts on 1 September) and its label, on the
 * test API's clock (pinned to the demo's DEMO_NOW, as are the browsers'), not this machine's: a
 * deadline set from the machine's clock read 还剩 11 天 instead of 10 once the real date had
 * moved a day past DEMO_NOW.
 */
const beijingNow = new Date(DEMO_NOW.getTime() + 8 * 3_600_000);
const Y = beijingNow.getUTCMonth() >= 8 ? beijingNow.getUTCFullYear() : beijingNow.getUTCFullYear() - 1;
const LABEL = `${Y}—${Y + 1}学年`;
const SCHOOL = { username: "s2150302056", name: "乌海市第四中学" };
const REMINDER_TEXT = "请于本周五前完成年报填报并提交";
const RETURN_COMMENT = "请核对体质健康测试人数";

/** The content fields of a report (SaveReportDraftInput without schoolId, schoolYear, version). */
const REPORT_FIELDS = `staffTotal fullTimeTeachers teachingAuxiliaryArea indoorSportsArea outdoorSportsArea
  equipmentValue multimediaClassrooms innovationLabs wirelessFullCoverage healthTested healthPassed
  healthGoodOrExcellent meetsPeHygieneStandard implementsCurriculumStandards hasSportsBrand
  implementsHealthStandard heldSportsMeeting footballFeatureSchool footballLessonsPerWeek
  heldArtsFestival notes grades { stage grade students classes largeClasses oversizedClasses disabledStudents }`;

describe.skipIf(!hasChromium)(
  hasChromium ? "待办 and 催报 across the apps" : `待办 and 催报 (skipped: no Chromium at ${CHROMIUM_PATH})`,
  () => {
    const started: { close(): Promise<void> }[] = [];
    const urls = { city: "", district: "", school: "" };
    let api: TestApi;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    const tokens: Record<string, string> = {};

    async function gql<T>(query: string, variables: Record<string, unknown>, token?: string) {
      const res = await fetch(api.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data as T;
    }

    async function apiLogin(username: string, app: string) {
      const d = await gql<{ login: { token: string } }>(
        "mutation($input: LoginInput!) { login(input: $input) { token } }",
        { input: { username, password: DEMO_PASSWORD, app } },
      );
      return d.login.token;
    }

    async function open(url: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, locale: "zh-CN" });
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
      tokens.city = await apiLogin("city", "CITY");
      tokens.district = await apiLogin("haibowan", "DISTRICT");
      tokens.school = await apiLogin(SCHOOL.username, "SCHOOL");
    });

    afterAll(async () => {
      await browser?.close();
      for (const s of started.reverse()) await s.close();
    });

    let school: Page;
    let district: Page;

    it("a school sees its 待办 with the deadline and days left, and the returned report's comment", async () => {
      const period = await gql<{ reportingPeriod: { version: number } | null }>(
        "query($y: Int!) { reportingPeriod(schoolYear: $y) { version } }",
        { y: Y },
        tokens.city,
      );
      await gql(
        "mutation($y: Int!, $d: DateTime!, $v: Int) { setReportingPeriod(schoolYear: $y, deadline: $d, version: $v) { period { version } } }",
        {
          y: Y,
          d: new Date(api.now.getTime() + 10 * 86_400_000 + 3_600_000).toISOString(),
          v: period.reportingPeriod?.version ?? null,
        },
        tokens.city,
      );
      const me = await gql<{ viewer: { school: { id: string } } }>(
        "{ viewer { school { id } } }",
        {},
        tokens.school,
      );
      const returned = await gql<{ schoolReport: { status: string; reviewComment: string } }>(
        "query($s: ID!) { schoolReport(schoolId: $s, schoolYear: 2025) { status reviewComment } }",
        { s: me.viewer.school.id },
        tokens.school,
      );
      expect(returned.schoolReport.status).toBe("RETURNED");

      school = await open(urls.school);
      await submitLogin(school, SCHOOL.username, DEMO_PASSWORD);
      const panel = school.getByTestId("todo-panel");
      const toSubmit = panel.locator('[data-kind="REPORT_TO_SUBMIT"]');
      await toSubmit.waitFor();
      expect(await toSubmit.textContent()).toContain(`填报并提交${LABEL}年报`);
      expect(await toSubmit.getByTestId("deadline-tag").textContent()).toBe("还剩 10 天");
      const ret = panel.locator('[data-kind="REPORT_RETURNED"]');
      expect(await ret.textContent()).toContain("2025—2026学年年报已退回，请按意见修改后重新提交");
      expect(await ret.textContent()).toContain(returned.schoolReport.reviewComment);
      await school.screenshot({ path: screenshotPath("todos-school"), fullPage: false });
      // where the report is filled in: the same deadline and days left
      await school.getByRole("menuitem", { name: "年报填报" }).click();
      await school
        .getByTestId("report-deadline")
        .getByTestId("deadline-tag")
        .getByText("还剩 10 天")
        .waitFor();
      await school.getByRole("menuitem", { name: "规划指标" }).click();
      await panel.waitFor();

      // the demo's publications told every school: read them all, the bell goes to 0
      const bell = school.getByTestId("notice-bell");
      await bell.click();
      await school.getByRole("button", { name: "全部已读" }).click();
      await expect.poll(() => bell.getAttribute("data-unread")).toBe("0");
      await school.locator(".ant-drawer-close").click();
    });

    it("the district sends a 催报 from its review queue, and the school's bell shows 1", async () => {
      const todos = await gql<{ todos: { items: { kind: string; count: number }[] } }>(
        "{ todos { items { kind count } } }",
        {},
        tokens.district,
      );
      const notReporting = todos.todos.items.find((i) => i.kind === "SCHOOLS_NOT_REPORTING")!.count;
      expect(notReporting).toBeGreaterThan(0);

      district = await open(urls.district);
      await submitLogin(district, "haibowan", DEMO_PASSWORD);
      // the district's home page shows its 待办 too
      await district.getByTestId("todo-panel").locator('[data-kind="SCHOOLS_NOT_REPORTING"]').waitFor();
      await district.getByRole("menuitem", { name: "年报审核" }).click();
      // the page (its own chunk) has loaded its queue before the year is chosen
      await district.getByTestId("review-queue").locator("tr.ant-table-row").first().waitFor();
      await district.getByTestId("reporting-year").click();
      await district
        .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: LABEL })
        .first()
        .click();
      const line = district.getByTestId("review-deadline");
      await line.getByTestId("deadline-tag").getByText("还剩 10 天").waitFor();
      await line.getByTestId("reminder-button").click();
      const modal = district.locator(".ant-modal:visible");
      await modal.locator("textarea").fill(REMINDER_TEXT);
      await modal.getByRole("button", { name: "发送催报" }).click();
      await district.getByText(`已向 ${notReporting} 所学校发送催报`).waitFor();
      await district.screenshot({ path: screenshotPath("todos-district-reminder"), fullPage: false });

      await school.reload();
      const bell = school.getByTestId("notice-bell");
      await expect.poll(() => bell.getAttribute("data-unread"), { timeout: 60_000 }).toBe("1");
      await bell.click();
      const item = school.getByTestId("notice-item").first();
      await item.getByText(`催报：请尽快提交${LABEL}年报`).waitFor();
      expect(await item.textContent()).toContain(REMINDER_TEXT);
      expect(await item.textContent()).toContain("海勃湾区教育局");
      await school.screenshot({ path: screenshotPath("todos-school-bell"), fullPage: false });
    });

    it("the city sends a 催报 from 数据报送情况 to every school not reporting, skipping those reminded today", async () => {
      const completeness = await gql<{ reportCompleteness: { missing: { school: { id: string } }[] } }>(
        "query($y: Int!) { reportCompleteness(schoolYear: $y) { missing { school { id } } } }",
        { y: Y },
        tokens.city,
      );
      const missing = completeness.reportCompleteness.missing.length;
      const city = await open(urls.city);
      await submitLogin(city, "city", DEMO_PASSWORD);
      await city.getByRole("menuitem", { name: "数据报送情况" }).click();
      await city.getByTestId("missing-table").locator("tr.ant-table-row").first().waitFor();
      await city.getByTestId("reporting-year").click();
      await city
        .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: LABEL })
        .first()
        .click();
      await city.getByTestId("reminder-button").click();
      await city.locator(".ant-modal:visible").getByRole("button", { name: "发送催报" }).click();
      // 海勃湾区's schools were reminded today by their district: the others are reminded now
      const done = city.getByText(/已向 \d+ 所学校发送催报/);
      await done.waitFor();
      const [, sent, already] =
        /已向 (\d+) 所学校发送催报，(\d+) 所今日已催报/.exec((await done.textContent()) ?? "") ?? [];
      expect(Number(sent) + Number(already)).toBe(missing);
      expect(Number(already)).toBeGreaterThan(0);
    });

    it("the district returns the school's submitted report with a comment: the school's 待办 shows it and its bell counts the notice", async () => {
      const me = await gql<{ viewer: { school: { id: string } } }>(
        "{ viewer { school { id } } }",
        {},
        tokens.school,
      );
      const schoolId = me.viewer.school.id;
      // the school submits its current year's report: last year's content, as its 年报填报 page would
      const last = await gql<{ schoolReport: Record<string, unknown> }>(
        `query($s: ID!) { schoolReport(schoolId: $s, schoolYear: ${Y - 1}) { ${REPORT_FIELDS} } }`,
        { s: schoolId },
        tokens.school,
      );
      const saved = await gql<{ saveReportDraft: { report: { version: number } } }>(
        "mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { report { version } } }",
        { input: { ...last.schoolReport, schoolId, schoolYear: Y, version: null } },
        tokens.school,
      );
      await gql(
        "mutation($s: ID!, $y: Int!, $v: Int!) { submitReport(schoolId: $s, schoolYear: $y, version: $v) { report { status } } }",
        { s: schoolId, y: Y, v: saved.saveReportDraft.report.version },
        tokens.school,
      );

      await school.reload({ waitUntil: "domcontentloaded" });
      const bell = school.getByTestId("notice-bell");
      const panel = school.getByTestId("todo-panel");
      await panel.locator('[data-kind="REPORT_RETURNED"]').first().waitFor();
      // submitted: nothing left to submit this year, and no return of it yet
      const returnedTitle = `${LABEL}年报已退回，请按意见修改后重新提交`;
      expect(await panel.locator('[data-kind="REPORT_TO_SUBMIT"]').count()).toBe(0);
      expect(await panel.locator('[data-kind="REPORT_RETURNED"]', { hasText: returnedTitle }).count()).toBe(
        0,
      );
      const unreadBefore = Number(await bell.getAttribute("data-unread"));

      // 海勃湾区 opens the submitted report on 年报审核 and returns it
      await district.reload({ waitUntil: "domcontentloaded" });
      await district.getByRole("menuitem", { name: "年报审核" }).click();
      await district.getByTestId("review-queue").locator("tr.ant-table-row").first().waitFor();
      await district.getByTestId("reporting-year").click();
      await district
        .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: LABEL })
        .first()
        .click();
      // the only submitted report of the year in the district: 已提交 1; its card filters the queue
      const submitted = district.getByTestId("count-submitted");
      await submitted.locator(".ant-statistic-content-value").getByText("1", { exact: true }).waitFor();
      await submitted.click();
      const row = district.getByTestId("review-queue").locator("tr.ant-table-row", { hasText: SCHOOL.name });
      await row.getByText("已提交").waitFor();
      await row.getByRole("button", { name: /审核/ }).click();
      const drawer = district.getByTestId("review-drawer");
      await drawer.getByTestId("report-view").waitFor();
      await district.getByRole("button", { name: /退\s*回/ }).click();
      await district.getByTestId("review-form").getByRole("textbox").fill(RETURN_COMMENT);
      await district
        .locator(".ant-modal")
        .getByRole("button", { name: /退\s*回/ })
        .click();
      await drawer.getByTestId("report-status").getByText("已退回").waitFor();
      await district.screenshot({ path: screenshotPath("todos-district-return"), fullPage: false });

      // the school's 待办: the current year's report returned, with exactly the district's comment
      await school.reload({ waitUntil: "domcontentloaded" });
      const ret = panel.locator('[data-kind="REPORT_RETURNED"]', { hasText: returnedTitle });
      await ret.waitFor();
      expect(await ret.count()).toBe(1);
      expect(await ret.locator(".ant-list-item-meta-description > div").first().textContent()).toBe(
        RETURN_COMMENT,
      );
      expect(await ret.getByTestId("deadline-tag").textContent()).toBe("还剩 10 天");
      expect(await panel.locator('[data-kind="REPORT_TO_SUBMIT"]').count()).toBe(0);
      // its bell: one more unread, the 年报退回 with the comment, from 海勃湾区教育局
      await expect
        .poll(() => bell.getAttribute("data-unread"), { timeout: 60_000 })
        .toBe(String(unreadBefore + 1));
      await bell.click();
      const notice = school.getByTestId("notice-item").first();
      await notice.getByText(`${LABEL}年报已退回，请修改后重新提交`).waitFor();
      expect(await notice.textContent()).toContain("年报退回");
      expect(await notice.textContent()).toContain(RETURN_COMMENT);
      expect(await notice.textContent()).toContain("海勃湾区教育局");
      await school.screenshot({ path: screenshotPath("todos-school-returned"), fullPage: false });
    });
  },
);
