/**
 * Browser test of 补录 in the school's 教职工名册 against the API on the Wuhai demo data (2020—2024
 * published, 2025—2026 审核中): the city opens 2025—2026学年 to 海南区第一小学 (through the API, as
 * its 补录管理 does); the school then sees 2025—2026 as an editable year with an Alert naming the
 * deadline, adds a teacher to that year's roster (counted there, not in the current year, through
 * the API), while a year without a window stays for looking back only — 2024—2025, which the city
 * reopens (重新开放) first: reopened, it is writable again only through a 补录 window.
 */
import { fileURLToPath } from "node:url";
import { DEMO_NOW, DEMO_PASSWORD } from "@edu2035/db/demo";
import { schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import {
  EditableSchoolYearsDocument,
  execute,
  LoginDocument,
  OpenBackfillDocument,
  ReopenSchoolYearDocument,
  RosterPageDocument,
  type StaffFilter,
  ViewerDocument,
} from "@edu2035/graphql";
import {
  type AppUnderTest,
  chooseOption,
  e2eSuiteTitle,
  hasChromium,
  screenshotPath,
  startE2E,
  submitLogin,
  testIdNumber,
} from "@edu2035/ui/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));

/** 海南区第一小学 (demo account). */
const USERNAME = "s2150303015";
const NOW = schoolYearOf(DEMO_NOW);
const YEAR = 2025;

describe.skipIf(!hasChromium)(e2eSuiteTitle("school roster 补录"), () => {
  let e2e: AppUnderTest;
  let page: Page;
  let endpoint: string;
  let token: string;
  let schoolId: string;
  /** People on the 2025 and current rosters before the test adds one. */
  let beforeYear: number;
  let beforeNow: number;

  const total = async (filter: StaffFilter) =>
    (await execute(RosterPageDocument, { filter, pageSize: 1 }, { endpoint, token })).staff.total;

  const login = async (username: string, app: "CITY" | "SCHOOL") =>
    (await execute(LoginDocument, { input: { username, password: DEMO_PASSWORD, app } }, { endpoint })).login
      .token;

  beforeAll(async () => {
    e2e = await startE2E(appDir);
    page = e2e.page;
    endpoint = e2e.api.url;
    token = await login(USERNAME, "SCHOOL");
    schoolId = (await execute(ViewerDocument, {}, { endpoint, token })).viewer?.school?.id ?? "";
    const city = await login("city", "CITY");
    // the year looked back at: published in the demo (v1), reopened so it is not locked
    const { reopenSchoolYear } = await execute(
      ReopenSchoolYearDocument,
      { schoolYear: YEAR - 1, version: 1, reason: "演示：核对往年名册" },
      { endpoint, token: city },
    );
    expect(reopenSchoolYear.year.state).toBe("REOPENED");
    const { openBackfill } = await execute(
      OpenBackfillDocument,
      {
        input: {
          schoolYear: YEAR,
          schoolIds: [schoolId],
          closesAt: "2030-06-30T10:00:00.000Z",
          reason: "平台启用前的历史名册补录",
        },
      },
      { endpoint, token: city },
    );
    expect(openBackfill.windows).toHaveLength(1);
    beforeYear = await total({ schoolYear: YEAR, schoolId });
    beforeNow = await total({ schoolYear: NOW, schoolId });
  });

  afterAll(() => e2e?.close());

  it("offers 2025—2026 as editable with an Alert naming the deadline, and adds a teacher to it", async () => {
    expect(
      (await execute(EditableSchoolYearsDocument, { schoolId }, { endpoint, token })).editableSchoolYears,
    ).toEqual([NOW, YEAR]);
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, USERNAME, DEMO_PASSWORD);
    await page.getByTestId("app-title").getByText("海南区第一小学").waitFor();
    await page.getByRole("menuitem", { name: "教职工名册" }).click();
    await page.getByTestId("roster-year").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: schoolYearLabel(YEAR) })
      .click();
    const alert = page.getByTestId("backfill-alert");
    await alert
      .getByText(`${schoolYearLabel(YEAR)}正在补录，截止 2030/06/30 18:00`, { exact: true })
      .waitFor();
    await alert.getByText("补录原因：平台启用前的历史名册补录", { exact: false }).waitFor();
    await page.getByText(`共 ${beforeYear} 人`).waitFor();
    // 编辑 and 调出 of that year's records, and 导入, are offered in a 补录 year
    expect(
      await page
        .getByTestId("roster-table")
        .getByRole("button", { name: /编\s*辑/ })
        .count(),
    ).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: /导\s*入/ }).isDisabled()).toBe(false);
    await page.screenshot({ path: screenshotPath("school-backfill"), fullPage: true });

    await page.getByRole("button", { name: /新增教职工/ }).click();
    const form = page.getByTestId("staff-form");
    await form.waitFor();
    await page.getByText(`新增教职工（${schoolYearLabel(YEAR)}补录）`).waitFor();
    await form.getByLabel("姓名").fill("李补录");
    await form.getByText("女", { exact: true }).click();
    await form.getByLabel("出生日期").fill("1988-05-20");
    await form.getByLabel("身份证号").fill(testIdNumber("1988-05-20", "female", 7));
    await chooseOption(page, form, "任教学科", "语文");
    await chooseOption(page, form, "最高学历", "本科");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await page.getByText("已新增教职工").waitFor();
    await page.locator(".ant-modal-wrap:visible").first().waitFor({ state: "hidden" });
    // still on 2025—2026, one more person there; the current year untouched
    await page.getByText(`共 ${beforeYear + 1} 人`).waitFor();
    await alert.waitFor();
    expect(await total({ schoolYear: YEAR, schoolId })).toBe(beforeYear + 1);
    expect(await total({ schoolYear: YEAR, schoolId, search: "李补录" })).toBe(1);
    expect(await total({ schoolYear: NOW, schoolId })).toBe(beforeNow);
    await page.screenshot({ path: screenshotPath("school-backfill-added"), fullPage: true });
  });

  it("keeps a year without a 补录 window (2024—2025, reopened) for looking back only", async () => {
    await page.getByTestId("roster-year").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: schoolYearLabel(YEAR - 1) })
      .click();
    await page.getByText(`正在查看${schoolYearLabel(YEAR - 1)}名册`, { exact: false }).waitFor();
    expect(await page.getByTestId("backfill-alert").count()).toBe(0);
    expect(await page.getByRole("button", { name: /导\s*入/ }).isDisabled()).toBe(true);
    // its records are history: no 编辑 or 调出
    const table = page.getByTestId("roster-table");
    await table.locator("tbody tr.ant-table-row").first().getByText("往年记录").waitFor();
    expect(await table.getByRole("button", { name: /编\s*辑/ }).count()).toBe(0);
  });
});
