/**
 * Browser test of the district's 名册结转 and 教研员名册 against the API on the Wuhai demo data.
 * The demo rosters end with 2025—2026, so the current school year starts empty everywhere:
 * 海南区 sees its 教研室 and each of its schools with last year's 在岗 count (worked out here
 * from the staff lists through the API, not from the rollover status), carries the 教研室 on
 * its own, then everything with 一键结转, and keeps its 教研室's roster (add, edit, 调出).
 */
import { fileURLToPath } from "node:url";
import { DEMO_NOW, DEMO_PASSWORD } from "@edu2035/db/demo";
import { schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import {
  execute,
  LoginDocument,
  RosterPageDocument,
  SchoolsDocument,
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

/**
 * The school year carried into (the current one on the pinned clock, DEMO_NOW, as the API and the
 * app see it) and the one carried from.
 */
const NOW = schoolYearOf(DEMO_NOW);
const FROM = NOW - 1;

describe.skipIf(!hasChromium)(e2eSuiteTitle("district rosters"), () => {
  let e2e: AppUnderTest;
  let page: Page;
  let endpoint: string;
  let token: string;
  /** 海南区's schools (code order, as the rollover lists them) with last year's 在岗 count. */
  let schools: { id: string; code: string; name: string; active: number }[];
  /** 海南区教研室's 在岗 last year. */
  let office: number;

  /** The number of people on a roster, as the district's staff list counts them. */
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
      { input: { username: "hainan", password: DEMO_PASSWORD, app: "DISTRICT" } },
      { endpoint },
    ));
    const { viewer } = await execute(ViewerDocument, {}, { endpoint, token });
    const districtId = viewer?.district?.id ?? "";
    const list = (await execute(SchoolsDocument, { districtId }, { endpoint, token })).schools;
    schools = [];
    for (const s of [...list].sort((a, b) => a.code.localeCompare(b.code))) {
      schools.push({ ...s, active: await total({ schoolYear: FROM, schoolId: s.id, status: "ACTIVE" }) });
    }
    office = await total({ schoolYear: FROM, districtId, researchOffice: true, status: "ACTIVE" });
  });

  afterAll(() => e2e?.close());

  /** The cells of the rollover table's row of a roster, by its name. */
  const rolloverRow = (name: string) =>
    page.getByTestId("rollover-table").locator("tr.ant-table-row", {
      has: page.locator("td:nth-child(2)", {
        hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(教研室)?$`),
      }),
    });

  it("lists 海南区教研室 and its 27 schools with last year's 在岗 counts, none carried yet", async () => {
    expect(schools.length).toBe(27);
    expect(office).toBeGreaterThan(0);
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, "hainan", DEMO_PASSWORD);
    await page.getByTestId("app-title").getByText("海南区教育局").waitFor();
    await page.getByRole("menuitem", { name: "名册结转" }).click();
    const table = page.getByTestId("rollover-table");
    await table.locator("tr.ant-table-row").nth(27).waitFor();
    expect(await table.locator("tr.ant-table-row").count()).toBe(28);

    const first = (await table.locator("tr.ant-table-row").first().locator("td").allInnerTexts()).map((c) =>
      c.trim(),
    );
    expect(first[1]).toMatch(/^海南区教研室\s*教研室$/);
    expect(first.slice(2, 6)).toEqual(["—", String(office), "0", "未结转"]);
    for (const s of schools) {
      const cells = (await rolloverRow(s.name).locator("td").allInnerTexts()).map((c) => c.trim());
      expect(cells.slice(2, 6), s.name).toEqual([s.code, String(s.active), "0", "未结转"]);
    }
    const sum = office + schools.reduce((a, s) => a + s.active, 0);
    const summary = page.getByTestId("rollover-summary");
    await summary.getByText(String(sum)).first().waitFor();
    expect(await summary.textContent()).toMatch(
      /名册数\s*28\s*个[\s\S]*已建立\s*0\s*个[\s\S]*未结转\s*28\s*个/,
    );
    await page.screenshot({ path: screenshotPath("district-rollover"), fullPage: true });
  });

  it("carries the 教研室 alone from its row, after a confirm dialog", async () => {
    await rolloverRow("海南区教研室")
      .getByRole("button", { name: /结\s*转/ })
      .click();
    const dialog = page.locator(".ant-modal-confirm");
    await dialog.getByText(`海南区教研室：上学年在岗 ${office} 人，本学年已登记 0 人。`).waitFor();
    await dialog.getByText("调出、退休人员不结转", { exact: false }).waitFor();
    await dialog.getByText("本学年已登记的人员保持不变", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "确定结转" }).click();
    await page
      .getByTestId("rollover-result")
      .getByText(`已结转 ${office} 人（${schoolYearLabel(FROM)} → ${schoolYearLabel(NOW)}）`, { exact: true })
      .waitFor();
    const row = rolloverRow("海南区教研室");
    await row.getByText("已建立").waitFor();
    expect((await row.locator("td").allInnerTexts()).slice(3, 6).map((c) => c.trim())).toEqual([
      String(office),
      String(office),
      "已建立",
    ]);
    expect(await total({ schoolYear: NOW, researchOffice: true })).toBe(office);
  });

  it("一键结转 carries every school; the 教研室 already carried is kept", async () => {
    const schoolsTotal = schools.reduce((a, s) => a + s.active, 0);
    await page.getByRole("button", { name: /一键结转/ }).click();
    const dialog = page.locator(".ant-modal-confirm");
    await dialog
      .getByText(`将结转海南区教研室和 27 所学校的名册（上学年在岗合计 ${office + schoolsTotal} 人；`, {
        exact: false,
      })
      .waitFor();
    await dialog.getByText("调出、退休人员不结转", { exact: false }).waitFor();
    await dialog.getByText("本学年已登记的人员保持不变", { exact: false }).waitFor();
    await page.screenshot({ path: screenshotPath("district-rollover-confirm") });
    await dialog.getByRole("button", { name: "确定结转" }).click();
    await page
      .getByTestId("rollover-result")
      .getByText(
        `已结转 ${schoolsTotal} 人（${schoolYearLabel(FROM)} → ${schoolYearLabel(NOW)}，28 个名册）；${office} 人已在本学年名册中，保持不变`,
        { exact: true },
      )
      .waitFor({ timeout: 60_000 });
    for (const s of schools) {
      const row = rolloverRow(s.name);
      await row.getByText("已建立").waitFor();
      const cells = (await row.locator("td").allInnerTexts()).map((c) => c.trim());
      expect(cells.slice(3, 6), s.name).toEqual([String(s.active), String(s.active), "已建立"]);
    }
    expect(await page.getByTestId("rollover-summary").textContent()).toMatch(
      /已建立\s*28\s*个[\s\S]*未结转\s*0\s*个/,
    );
    // the new year's rosters as the staff lists count them
    const one = schools.find((s) => s.name === "海南区第一小学");
    expect(await total({ schoolYear: NOW, schoolId: one!.id })).toBe(one!.active);
    await page.screenshot({ path: screenshotPath("district-rollover-done"), fullPage: true });
  });

  it("keeps the 教研室's roster: adds a 教研员, edits them and marks them 调出", async () => {
    await page.getByRole("menuitem", { name: "教研员名册" }).click();
    const table = page.getByTestId("roster-table");
    await page.getByText(`共 ${office} 人`).waitFor();
    expect(await page.getByTestId("rollover-alert").count()).toBe(0);
    // only 教研员 on this roster
    const roles = await table.locator("tbody tr.ant-table-row td:nth-child(6)").allInnerTexts();
    expect(new Set(roles)).toEqual(new Set(["教研员"]));

    await page.getByRole("button", { name: /新增教研员/ }).click();
    const form = page.getByTestId("staff-form");
    await form.waitFor();
    // the post is fixed to 教研员; no 专任 switch
    expect(await form.getByLabel("岗位").isDisabled()).toBe(true);
    expect(await form.getByText("是否专任教师").count()).toBe(0);
    const id = testIdNumber("1982-07-09", "male", 3);
    await form.getByLabel("姓名").fill("高振宇");
    await form.getByText("男", { exact: true }).click();
    await form.getByLabel("出生日期").fill("1982-07-09");
    await form.getByLabel("身份证号").fill(id);
    await chooseOption(page, form, "教研学段", "初中");
    await chooseOption(page, form, "教研学科", "物理");
    await chooseOption(page, form, "最高学历", "研究生");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await page.getByText("已新增教研员").waitFor();
    // the form's dialog closes with an animation: its mask would take the next clicks
    await page.locator(".ant-modal-wrap:visible").first().waitFor({ state: "hidden" });
    await page.getByText(`共 ${office + 1} 人`).waitFor();
    await page.getByPlaceholder("按姓名搜索").fill("高振宇");
    await page.getByPlaceholder("按姓名搜索").press("Enter");
    const row = table.locator("tr.ant-table-row", { hasText: "高振宇" });
    await row.waitFor();
    const cells = (await row.locator("td").allInnerTexts()).map((c) => c.trim());
    expect(cells.slice(0, 9)).toEqual([
      "高振宇",
      "男",
      "1982",
      "汉族",
      `**************${id.slice(-4)}`,
      "教研员",
      "初中",
      "物理",
      "研究生",
    ]);
    // on the 教研室's roster of this year, through the API
    expect(await total({ schoolYear: NOW, researchOffice: true, search: "高振宇" })).toBe(1);

    await row.getByRole("button", { name: /编\s*辑/ }).click();
    await chooseOption(page, form, "职称", "高级");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await row.getByText("高级").waitFor();
    await page.locator(".ant-modal-wrap:visible").first().waitFor({ state: "hidden" });

    await row.getByRole("button", { name: /调出\/退休/ }).click();
    const leave = page.getByTestId("leave-form");
    await leave.getByText("调出", { exact: true }).click();
    // today on the API's and the browser's pinned clock (DEMO_NOW, Beijing), not the machine's: from
    // 16:00 UTC the machine's Beijing date is already tomorrow, a 离岗日期 the API refuses as future
    await leave
      .getByLabel("离岗日期")
      .fill(new Date(DEMO_NOW.getTime() + 8 * 3600_000).toISOString().slice(0, 10));
    await page.getByRole("button", { name: /确\s*定/ }).click();
    await row.waitFor({ state: "detached" });
    await page.locator(".ant-modal-wrap:visible").first().waitFor({ state: "hidden" });
    await page.getByText("已调出", { exact: true }).click();
    await table.locator("tr.ant-table-row", { hasText: "高振宇" }).getByText("历史记录").waitFor();
    await page.screenshot({ path: screenshotPath("district-researchers"), fullPage: true });
  });
});
