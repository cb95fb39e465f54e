/**
 * Browser test of the city's 教研员名册 (the city 教研室's own roster) against the API on the
 * Wuhai demo data. The demo rosters end with 2025—2026, so this school year's roster starts
 * empty: the city carries its 教研室 over (last year's 在岗 count worked out here from the staff
 * list through the API, without the districts' 教研员), then adds a city 教研员.
 */
import { fileURLToPath } from "node:url";
import { DEMO_NOW, DEMO_PASSWORD } from "@edu2035/db/demo";
import { schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import { execute, LoginDocument, RosterPageDocument, type StaffFilter } from "@edu2035/graphql";
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

const NOW = schoolYearOf(DEMO_NOW);
const FROM = NOW - 1;

describe.skipIf(!hasChromium)(e2eSuiteTitle("city 教研员名册"), () => {
  let e2e: AppUnderTest;
  let page: Page;
  let endpoint: string;
  let token: string;
  /** 在岗 on last year's roster of the city 教研室 (not the districts'). */
  let office: number;
  /** Every 教研员 in the city last year, the districts' included. */
  let allResearchers: number;

  const total = async (filter: StaffFilter) =>
    (await execute(RosterPageDocument, { filter, pageSize: 1 }, { endpoint, token })).staff.total;

  beforeAll(async () => {
    e2e = await startE2E(appDir);
    page = e2e.page;
    endpoint = e2e.api.url;
    ({
      login: { token },
    } = await execute(
      LoginDocument,
      { input: { username: "city", password: DEMO_PASSWORD, app: "CITY" } },
      { endpoint },
    ));
    office = await total({ schoolYear: FROM, researchOffice: true, status: "ACTIVE" });
    allResearchers = await total({ schoolYear: FROM, role: "RESEARCHER", status: "ACTIVE" });
  });

  afterAll(() => e2e?.close());

  it("carries the city 教研室's roster over from last year", async () => {
    expect(office).toBeGreaterThan(0);
    expect(allResearchers).toBeGreaterThan(office);
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, "city", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: "教研员名册" }).click();
    await page.getByText("乌海市教研室 · 按统计时点（9月1日）登记", { exact: false }).waitFor();
    const alert = page.getByTestId("rollover-alert");
    await alert
      .getByText(`${schoolYearLabel(FROM)}名册有在岗人员 ${office} 人。`, { exact: false })
      .waitFor();
    await alert.getByRole("button", { name: `从${schoolYearLabel(FROM)}结转` }).click();
    await page
      .getByText(`已结转 ${office} 人（${schoolYearLabel(FROM)} → ${schoolYearLabel(NOW)}）`, { exact: true })
      .waitFor();
    await page.getByText(`共 ${office} 人`).waitFor();
    const roles = await page
      .getByTestId("roster-table")
      .locator("tbody tr.ant-table-row td:nth-child(6)")
      .allInnerTexts();
    expect(new Set(roles)).toEqual(new Set(["教研员"]));
    // the districts' 教研室 are theirs to carry
    expect(await total({ schoolYear: NOW, role: "RESEARCHER" })).toBe(office);
  });

  it("adds a city 教研员, whose 身份证号 the city does not see", async () => {
    await page.getByRole("button", { name: /新增教研员/ }).click();
    const form = page.getByTestId("staff-form");
    await form.waitFor();
    await form.getByLabel("姓名").fill("苏雅拉");
    await form.getByText("女", { exact: true }).click();
    await form.getByLabel("出生日期").fill("1979-11-23");
    await form.getByLabel("民族").fill("蒙古族");
    // let the 民族 suggestions close before opening the next dropdown
    await form.getByLabel("姓名").click();
    await expect.poll(() => page.locator(".ant-select-dropdown:visible").count()).toBe(0);
    await form.getByLabel("身份证号").fill(testIdNumber("1979-11-23", "female", 5));
    await chooseOption(page, form, "教研学段", "小学");
    await chooseOption(page, form, "教研学科", "蒙古语文");
    await chooseOption(page, form, "最高学历", "本科");
    await form.getByLabel("蒙汉双语").click();
    await page.screenshot({ path: screenshotPath("city-researcher-form") });
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await page.getByText("已新增教研员").waitFor();
    await page.getByText(`共 ${office + 1} 人`).waitFor();
    await page.getByPlaceholder("按姓名搜索").fill("苏雅拉");
    await page.getByPlaceholder("按姓名搜索").press("Enter");
    const row = page.getByTestId("roster-table").locator("tr.ant-table-row", { hasText: "苏雅拉" });
    await row.waitFor();
    const cells = (await row.locator("td").allInnerTexts()).map((c) => c.trim());
    expect(cells.slice(0, 9)).toEqual([
      "苏雅拉",
      "女",
      "1979",
      "蒙古族",
      "—",
      "教研员",
      "小学",
      "蒙古语文",
      "本科",
    ]);
    // on the city 教研室's roster, not a district's
    expect(await total({ schoolYear: NOW, researchOffice: true, search: "苏雅拉" })).toBe(1);
    expect(await total({ schoolYear: NOW, researchOffice: true })).toBe(office + 1);
    await page.screenshot({ path: screenshotPath("city-researchers"), fullPage: true });
  });
});
