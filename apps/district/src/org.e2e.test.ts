/**
 * Browser test of the district's 学校管理 against the API on the Wuhai demo data: 海南区 sees its
 * own 27 schools only (no 所属区 column; another district's school is not found), registers a
 * private kindergarten in its own district (普惠性 offered for it), merges it into another of its
 * kindergartens (shown as 并入 …) and undoes the merger with 恢复办学. Read back through the API.
 * Then its 操作日志 lists those three changes, newest first, and only its own units' entries.
 */
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import { AuditLogDocument, execute, LoginDocument, ManagedSchoolsDocument } from "@edu2035/graphql";
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

const CODE = "2150303901";
const NAME = "海南区测试民办幼儿园";

describe.skipIf(!hasChromium)(e2eSuiteTitle("district 学校管理"), () => {
  let e2e: AppUnderTest;
  let page: Page;
  let endpoint: string;
  let token: string;

  const schools = async () =>
    (await execute(ManagedSchoolsDocument, { includeClosed: true }, { endpoint, token })).schools;

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
  });

  afterAll(() => e2e?.close());

  it("lists the district's own 27 schools only", async () => {
    const own = await schools();
    expect(own).toHaveLength(27);
    expect(new Set(own.map((s) => s.district.name))).toEqual(new Set(["海南区"]));
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, "hainan", DEMO_PASSWORD);
    await page.getByTestId("app-title").getByText("海南区教育局").waitFor();
    await page.getByRole("menuitem", { name: "学校管理" }).click();
    const manager = page.getByTestId("school-manager");
    await manager.getByText("共 27 所").waitFor();
    const headers = (await manager.locator("thead th").allInnerTexts()).map((h) => h.trim());
    expect(headers).not.toContain("所属区");
    expect(headers.slice(0, 3)).toEqual(["学校标识码", "学校名称", "学校类别"]);
    expect(await manager.getByTestId("school-filter-district").count()).toBe(0);
    // a 海勃湾区 school (2150302…) is not among them
    await manager.getByPlaceholder("学校名称或标识码").fill("2150302");
    await manager.getByPlaceholder("学校名称或标识码").press("Enter");
    const rows = manager.getByTestId("school-table").locator("tbody tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(0);
    await manager.getByPlaceholder("学校名称或标识码").fill("");
    await manager.getByPlaceholder("学校名称或标识码").press("Enter");
    await manager.getByText("共 27 所").waitFor();
    await page.screenshot({ path: screenshotPath("district-school-manage"), fullPage: true });
  });

  it("registers a private kindergarten, merges it into another and restores it", async () => {
    const target = (await schools()).find((s) => s.type === "KINDERGARTEN" && s.status === "OPEN");
    expect(target).toBeDefined();
    const manager = page.getByTestId("school-manager");
    await page.getByRole("button", { name: /新建学校/ }).click();
    const form = page.getByTestId("school-form");
    await form.waitFor();
    expect(await form.getByRole("combobox", { name: "所属区" }).count()).toBe(0);
    await form.getByLabel("学校标识码").fill(CODE);
    await form.getByLabel("学校名称").fill(NAME);
    await chooseOption(page, form, "学校类别", "幼儿园");
    await form.getByText("民办", { exact: true }).click();
    await chooseOption(page, form, "城乡分类代码", "121 镇中心区");
    // 普惠性 appears for a private kindergarten
    await form.getByLabel("普惠性").click();
    await page.screenshot({ path: screenshotPath("district-school-form") });
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await page.getByText(`已新建学校：${NAME}`).waitFor();
    await page.locator(".ant-drawer-open").first().waitFor({ state: "hidden" });
    const created = (await schools()).find((s) => s.code === CODE);
    expect(created).toMatchObject({
      name: NAME,
      type: "KINDERGARTEN",
      ownership: "PRIVATE",
      inclusive: true,
      urbanRuralCode: "121",
      area: "RURAL",
      status: "OPEN",
      district: { name: "海南区" },
    });

    await manager.getByPlaceholder("学校名称或标识码").fill(CODE);
    await manager.getByPlaceholder("学校名称或标识码").press("Enter");
    const row = manager.locator("tr.ant-table-row", { hasText: CODE });
    await row.waitFor();
    expect((await row.locator("td").allInnerTexts()).slice(0, 6).map((c) => c.trim())).toEqual([
      CODE,
      NAME,
      "幼儿园",
      "民办（普惠）",
      "121 镇中心区",
      // 开办日期 left empty (opened before 2020)
      "—",
    ]);

    await row.getByRole("button", { name: /合\s*并/ }).click();
    const lifecycle = page.getByTestId("lifecycle-form");
    await chooseOption(page, lifecycle, "并入学校", `${target!.name}（${target!.code}）`);
    await lifecycle.getByLabel("合并日期").fill("2026-12-01");
    await page.getByRole("button", { name: /确认合并/ }).click();
    await page.getByText(`已将${NAME}并入${target!.name}`).waitFor();
    await page.locator(".ant-modal-wrap:visible").first().waitFor({ state: "hidden" });
    await row.waitFor({ state: "detached" });
    expect((await schools()).find((s) => s.code === CODE)).toMatchObject({
      status: "MERGED",
      closedOn: "2026-12-01",
      mergedInto: { id: target!.id },
    });

    await chooseOption(page, manager, "办学状态", "已合并（1）");
    const merged = manager.locator("tr.ant-table-row", { hasText: CODE });
    await merged.getByText(`并入${target!.name}`).waitFor();
    await page.screenshot({ path: screenshotPath("district-school-merged"), fullPage: true });

    await merged.getByRole("button", { name: /恢复办学/ }).click();
    await lifecycle.getByLabel("恢复原因").fill("合并录入有误");
    await page
      .locator(".ant-modal-footer")
      .getByRole("button", { name: /恢复办学/ })
      .click();
    await page.getByText(`已恢复办学：${NAME}`, { exact: false }).waitFor();
    await merged.waitFor({ state: "detached" });
    expect((await schools()).find((s) => s.code === CODE)).toMatchObject({
      status: "OPEN",
      closedOn: null,
      mergedInto: null,
    });
  });

  it("reads its own units' 操作日志: the three changes above, newest first, no other district's", async () => {
    const log = (await execute(AuditLogDocument, { filter: {}, page: 1, pageSize: 200 }, { endpoint, token }))
      .auditLog;
    // every entry the district reads is its own (海南区, its 教研室 or its schools)
    expect(log.items.length).toBeGreaterThan(0);
    expect(new Set(log.items.map((e) => e.district?.name))).toEqual(new Set(["海南区"]));
    const created = (await schools()).find((s) => s.code === CODE);
    const own = log.items.filter((e) => e.entityType === "school" && e.entityId === created?.id);
    expect(own.map((e) => e.actionLabel)).toEqual(["恢复办学", "合并学校", "新建学校"]);

    await page.getByRole("menuitem", { name: "操作日志" }).click();
    const table = page.getByTestId("audit-table");
    await table.locator("tbody tr.ant-table-row").first().waitFor();
    // no 区 filter for a district; its schools to choose from
    const filters = page.getByTestId("audit-filters");
    expect(await filters.getByRole("combobox", { name: "区", exact: true }).count()).toBe(0);
    // the list of its schools is long (a virtual list): typed to find it
    await filters.getByLabel("学校", { exact: true }).click();
    await page.keyboard.type(NAME);
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: NAME }).click();
    const rows = table.locator("tbody tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(3);
    const actions = await rows.locator("td:nth-child(3)").allInnerTexts();
    expect(actions.map((a) => a.trim())).toEqual(["恢复办学", "合并学校", "新建学校"]);
    expect((await rows.locator("td:nth-child(4)").allInnerTexts()).map((u) => u.trim())).toEqual([
      NAME,
      NAME,
      NAME,
    ]);
    await page.screenshot({ path: screenshotPath("district-audit"), fullPage: true });
  });
});
