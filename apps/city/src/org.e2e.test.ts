/**
 * Browser test of 机构管理 and 补录管理 in the 市教育局 app against the API on the Wuhai demo
 * data: the city creates a district (测试新区, 150305), is refused closing 海南区 while its schools
 * are open (the API's message shown), registers a school in the new district, edits it, is told
 * 已被他人修改，请刷新 when someone else saved first (the list refetched), closes it and finds it
 * under 已撤销 (and no longer under 在办); then opens 2025—2026学年 补录 (the demo's year in
 * review; 2020—2024 are published and locked) to one school and closes it again. Every state is
 * read back through the API as well.
 */
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD, DEMO_TODAY } from "@edu2035/db/demo";
import { schoolYearLabel } from "@edu2035/domain";
import {
  BackfillWindowsDocument,
  execute,
  LoginDocument,
  ManagedDistrictsDocument,
  ManagedSchoolsDocument,
  UpdateSchoolDocument,
} from "@edu2035/graphql";
import {
  type AppUnderTest,
  chooseOption,
  e2eSuiteTitle,
  hasChromium,
  screenshotPath,
  startE2E,
  submitLogin,
} from "@edu2035/ui/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));

const CODE = "2150305001";
const NAME = "测试新区第一小学";
const RENAMED = "测试新区实验小学";

describe.skipIf(!hasChromium)(e2eSuiteTitle("city 机构管理 and 补录管理"), () => {
  let e2e: AppUnderTest;
  let page: Page;
  let endpoint: string;
  let token: string;

  const schoolByCode = async (code: string) =>
    (await execute(ManagedSchoolsDocument, { includeClosed: true }, { endpoint, token })).schools.find(
      (s) => s.code === code,
    );

  /** The dialog or drawer on top (antd keeps closed ones in the DOM, hidden). */
  const waitClosed = () =>
    page.locator(".ant-modal-wrap:visible, .ant-drawer-open").first().waitFor({ state: "hidden" });

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
  });

  afterAll(() => e2e?.close());

  it("lists the districts and creates 测试新区", async () => {
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, "city", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: "机构管理" }).click();
    const table = page.getByTestId("district-table");
    await table.getByText("海勃湾区").waitFor();
    const rows = table.locator("tbody tr.ant-table-row");
    expect((await rows.allInnerTexts()).map((r) => r.split("\t")[1]?.trim())).toEqual([
      "海勃湾区",
      "海南区",
      "乌达区",
    ]);

    await page.getByRole("button", { name: /新建区/ }).click();
    const form = page.getByTestId("district-form");
    await form.getByLabel("行政区划代码").fill("150305");
    await form.getByLabel("区名称").fill("测试新区");
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await page.getByText("已新建区：测试新区").waitFor();
    await waitClosed();
    const row = table.locator("tr.ant-table-row", { hasText: "测试新区" });
    await row.waitFor();
    const cells = (await row.locator("td").allInnerTexts()).map((c) => c.trim());
    expect(cells.slice(0, 5)).toEqual(["150305", "测试新区", "4", "0", "在用"]);
    const districts = (await execute(ManagedDistrictsDocument, { includeClosed: true }, { endpoint, token }))
      .districts;
    expect(districts.find((d) => d.code === "150305")).toMatchObject({ name: "测试新区", closedOn: null });
    await page.screenshot({ path: screenshotPath("city-org-districts"), fullPage: true });
  });

  it("is refused closing 海南区 while its schools are open, with the API's message", async () => {
    const table = page.getByTestId("district-table");
    await table
      .locator("tr.ant-table-row", { hasText: "海南区" })
      .getByRole("button", { name: /撤\s*销/ })
      .click();
    await page.getByRole("button", { name: /确认撤销/ }).click();
    const alert = page.getByTestId("district-form-alert");
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      `海南区在 ${DEMO_TODAY} 仍有 27 所学校在办，请先撤销或合并这些学校`,
    );
    await page.screenshot({ path: screenshotPath("city-org-district-close-refused") });
    await page.getByRole("button", { name: /取\s*消/ }).click();
    await waitClosed();
    const hainan = (
      await execute(ManagedDistrictsDocument, { includeClosed: true }, { endpoint, token })
    ).districts.find((d) => d.name === "海南区");
    expect(hainan?.closedOn).toBeNull();
  });

  it("registers a school in 测试新区, edits it, closes it and finds it under 已撤销", async () => {
    await page.getByRole("tab", { name: "学校" }).click();
    const manager = page.getByTestId("school-manager");
    await manager.getByTestId("school-table").locator("tbody tr.ant-table-row").first().waitFor();
    await page.getByRole("button", { name: /新建学校/ }).click();
    const form = page.getByTestId("school-form");
    await chooseOption(page, form, "所属区", "测试新区");
    await form.getByLabel("学校标识码").fill(CODE);
    await form.getByLabel("学校名称").fill(NAME);
    await chooseOption(page, form, "学校类别", "小学");
    await chooseOption(page, form, "城乡分类代码", "111 主城区");
    await form.getByLabel("开办日期").fill("2026-09-01");
    // 普惠性 belongs to private kindergartens only
    expect(await form.getByLabel("普惠性").count()).toBe(0);
    await form.getByLabel("矿区").click();
    await page.screenshot({ path: screenshotPath("city-org-school-form") });
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await page.getByText(`已新建学校：${NAME}`).waitFor();
    await waitClosed();

    await manager.getByPlaceholder("学校名称或标识码").fill(CODE);
    await manager.getByPlaceholder("学校名称或标识码").press("Enter");
    const row = manager.locator("tr.ant-table-row", { hasText: CODE });
    await row.waitFor();
    expect((await row.locator("td").allInnerTexts()).slice(0, 10).map((c) => c.trim())).toEqual([
      CODE,
      // the 矿区 tag after the name
      `${NAME}\n矿区`,
      "测试新区",
      "小学",
      "公办",
      "111 主城区",
      "2026-09-01",
      "在办",
      // 撤销日期
      "—",
      expect.stringMatching(/编\s*辑/),
    ]);
    expect(await schoolByCode(CODE)).toMatchObject({
      name: NAME,
      type: "PRIMARY",
      urbanRuralCode: "111",
      miningArea: true,
      area: "MINING",
      openedOn: "2026-09-01",
      status: "OPEN",
      version: 1,
    });

    // 编辑: a new name and 教学点
    await row.getByRole("button", { name: /编\s*辑/ }).click();
    await form.getByLabel("学校名称").fill(RENAMED);
    await form.getByLabel("教学点").click();
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await page.getByText(`已保存：${RENAMED}`).waitFor();
    await waitClosed();
    await row.getByText(RENAMED).waitFor();
    await row.getByText("教学点").waitFor();
    expect(await schoolByCode(CODE)).toMatchObject({ name: RENAMED, teachingPoint: true, version: 2 });

    // someone else saves first: the edit is refused with 已被他人修改，请刷新 and the list refetched
    await row.getByRole("button", { name: /编\s*辑/ }).click();
    await form.getByLabel("学校名称").fill("测试新区第二小学");
    const saved = await schoolByCode(CODE);
    await execute(
      UpdateSchoolDocument,
      {
        input: {
          id: saved!.id,
          version: saved!.version,
          code: CODE,
          name: RENAMED,
          type: "PRIMARY",
          ownership: "PUBLIC",
          inclusive: false,
          ethnic: true,
          urbanRuralCode: "111",
          miningArea: true,
          teachingPoint: true,
          openedOn: "2026-09-01",
        },
      },
      { endpoint, token },
    );
    await page.getByRole("button", { name: /保\s*存/ }).click();
    const conflict = page.getByTestId("school-form-alert");
    await conflict.waitFor();
    expect(await conflict.textContent()).toBe(
      "已被他人修改，请刷新后重新编辑（已载入最新信息，本次修改未保存）",
    );
    // the form reloads the record saved meanwhile (the name typed here is gone, 民族学校 is on)
    await expect.poll(() => form.getByLabel("学校名称").inputValue()).toBe(RENAMED);
    expect(await form.getByLabel("民族学校").getAttribute("aria-checked")).toBe("true");
    await page.screenshot({ path: screenshotPath("city-org-school-conflict") });
    await page
      .locator(".ant-drawer-open")
      .getByRole("button", { name: /取\s*消/ })
      .click();
    await waitClosed();
    // the other edit (民族) is shown; the name typed here was not saved
    await row.getByText("民族").waitFor();
    expect(await schoolByCode(CODE)).toMatchObject({ name: RENAMED, ethnic: true, version: 3 });

    // 撤销 with a date and a reason
    await row.getByRole("button", { name: /撤\s*销/ }).click();
    const lifecycle = page.getByTestId("lifecycle-form");
    await lifecycle.getByLabel("撤销日期").fill("2026-12-01");
    await lifecycle.getByLabel("撤销原因").fill("生源不足，停止办学");
    await page.getByRole("button", { name: /确认撤销/ }).click();
    await page.getByText(`已撤销：${RENAMED}`).waitFor();
    await waitClosed();
    // gone from 在办
    await row.waitFor({ state: "detached" });
    expect(await schoolByCode(CODE)).toMatchObject({
      status: "CLOSED",
      closedOn: "2026-12-01",
      closureReason: "生源不足，停止办学",
    });

    await chooseOption(page, manager, "办学状态", "已撤销（1）");
    const closed = manager.locator("tr.ant-table-row", { hasText: CODE });
    await closed.waitFor();
    const cells = (await closed.locator("td").allInnerTexts()).map((c) => c.trim());
    // the tags the edit set, after the name
    expect(cells[1]).toBe(`${RENAMED}\n矿区\n民族\n教学点`);
    // 状态 and 撤销日期 in their own columns (the fixed 操作 column covers neither once scrolled)
    expect(cells[7]).toBe("已撤销");
    expect(cells[8]).toBe("2026-12-01");
    expect(cells[9]).toMatch(/恢复办学/);
    await page.screenshot({ path: screenshotPath("city-org-schools-closed"), fullPage: true });
  });

  it("opens 2025—2026学年 补录 (审核中; 2020—2024 are published, locked) to one school and closes it", async () => {
    await page.getByRole("menuitem", { name: "补录管理" }).click();
    await page.getByText("尚未开放任何补录").waitFor();
    await page.getByRole("button", { name: /开放补录/ }).click();
    const form = page.getByTestId("backfill-form");
    await chooseOption(page, form, "学年", schoolYearLabel(2025));
    await form.getByLabel("学校").click();
    await page.keyboard.type("海南区第一小学");
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "海南区第一小学" })
      .first()
      .click();
    await page.keyboard.press("Escape");
    await form.getByLabel("截止时间").fill("2030-06-30T18:00");
    await form.getByLabel("补录原因").fill("平台启用前的历史名册补录");
    await page.screenshot({ path: screenshotPath("city-backfill-open") });
    await page
      .locator(".ant-modal-footer")
      .getByRole("button", { name: /开放补录/ })
      .click();
    await page.getByText(`已开放${schoolYearLabel(2025)}补录（1 个范围）`).waitFor();
    await waitClosed();
    const table = page.getByTestId("backfill-table");
    const row = table.locator("tr.ant-table-row").first();
    await row.getByText("开放中").waitFor();
    const cells = (await row.locator("td").allInnerTexts()).map((c) => c.trim());
    expect(cells.slice(0, 6)).toEqual([
      schoolYearLabel(2025),
      "海南区 · 海南区第一小学",
      "平台启用前的历史名册补录",
      "2030/06/30 18:00",
      "开放中",
      expect.any(String),
    ]);
    const windows = (await execute(BackfillWindowsDocument, {}, { endpoint, token })).backfillWindows;
    expect(windows).toHaveLength(1);
    expect(windows[0]).toMatchObject({
      schoolYear: 2025,
      school: { name: "海南区第一小学" },
      closesAt: "2030-06-30T10:00:00.000Z",
      open: true,
    });
    await page.screenshot({ path: screenshotPath("city-backfill"), fullPage: true });

    await row.getByRole("button", { name: /关\s*闭/ }).click();
    await page
      .locator(".ant-popconfirm")
      .getByRole("button", { name: /关\s*闭/ })
      .click();
    await row.getByText("已关闭").waitFor();
    const after = (await execute(BackfillWindowsDocument, {}, { endpoint, token })).backfillWindows;
    expect(after[0]?.open).toBe(false);
    expect(after[0]?.closedAt).not.toBeNull();
  });
});
