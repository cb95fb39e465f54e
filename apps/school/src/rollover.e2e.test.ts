/**
 * Browser test of the 学年名册结转 in the school's 教职工名册 against the API on the Wuhai demo
 * data. The demo rosters end with 2025—2026, so this school year's roster starts empty: 海南区第一小学
 * sees an Alert with last year's 在岗 count (worked out here from the staff list through the API),
 * carries its roster from it, and the toolbar's 学年名册结转, run again, keeps everyone as they are.
 */
import { fileURLToPath } from "node:url";
import { DEMO_NOW, DEMO_PASSWORD } from "@edu2035/db/demo";
import { schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import { execute, LoginDocument, RosterPageDocument, type StaffFilter } from "@edu2035/graphql";
import {
  type AppUnderTest,
  e2eSuiteTitle,
  hasChromium,
  screenshotPath,
  startE2E,
  submitLogin,
} from "@edu2035/ui/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));

/** 海南区第一小学 (demo account). */
const USERNAME = "s2150303015";
const NOW = schoolYearOf(DEMO_NOW);
const FROM = NOW - 1;

describe.skipIf(!hasChromium)(e2eSuiteTitle("school roster rollover"), () => {
  let e2e: AppUnderTest;
  let page: Page;
  let endpoint: string;
  let token: string;
  /** 在岗 on last year's roster of the school. */
  let active: number;

  /** The number of people on the school's roster, as its staff list counts them. */
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
      { input: { username: USERNAME, password: DEMO_PASSWORD, app: "SCHOOL" } },
      { endpoint },
    ));
    active = await total({ schoolYear: FROM, status: "ACTIVE" });
  });

  afterAll(() => e2e?.close());

  it("offers to carry last year's roster while this year's is empty, and carries it", async () => {
    expect(active).toBeGreaterThan(0);
    expect(await total({ schoolYear: NOW, status: "ACTIVE" })).toBe(0);
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, USERNAME, DEMO_PASSWORD);
    await page.getByTestId("app-title").getByText("海南区第一小学").waitFor();
    await page.getByRole("menuitem", { name: "教职工名册" }).click();
    const alert = page.getByTestId("rollover-alert");
    await alert.getByText(`本学年（${schoolYearLabel(NOW)}）名册尚未建立`).waitFor();
    await alert
      .getByText(`${schoolYearLabel(FROM)}名册有在岗人员 ${active} 人。`, { exact: false })
      .waitFor();
    await page.screenshot({ path: screenshotPath("school-rollover-alert"), fullPage: true });

    await alert.getByRole("button", { name: `从${schoolYearLabel(FROM)}结转` }).click();
    await page
      .getByText(`已结转 ${active} 人（${schoolYearLabel(FROM)} → ${schoolYearLabel(NOW)}）`, { exact: true })
      .waitFor();
    await alert.waitFor({ state: "detached" });
    await page.getByText(`共 ${active} 人`).waitFor();
    expect(await page.getByTestId("roster-table").locator("tbody tr.ant-table-row").count()).toBe(
      Math.min(active, 20),
    );
    expect(await total({ schoolYear: NOW, status: "ACTIVE" })).toBe(active);
    await page.screenshot({ path: screenshotPath("school-rollover-done"), fullPage: true });
  });

  it("runs 学年名册结转 again from the toolbar: nothing added, everyone kept", async () => {
    await page.getByRole("button", { name: /学年名册结转/ }).click();
    const dialog = page.locator(".ant-modal-confirm");
    await dialog.getByText(`海南区第一小学：上学年在岗 ${active} 人，本学年已登记 ${active} 人。`).waitFor();
    await dialog.getByText("调出、退休人员不结转", { exact: false }).waitFor();
    await dialog.getByText("本学年已登记的人员保持不变", { exact: false }).waitFor();
    await page.screenshot({ path: screenshotPath("school-rollover-confirm") });
    await dialog.getByRole("button", { name: "确定结转" }).click();
    await page
      .getByText(
        `已结转 0 人（${schoolYearLabel(FROM)} → ${schoolYearLabel(NOW)}）；${active} 人已在本学年名册中，保持不变`,
        { exact: true },
      )
      .waitFor();
    await page.getByText(`共 ${active} 人`).waitFor();
    expect(await total({ schoolYear: NOW, status: "ACTIVE" })).toBe(active);
  });

  it("shows the toolbar button only on this year's roster", async () => {
    await page.getByTestId("roster-year").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: schoolYearLabel(FROM) })
      .click();
    await page.getByText(`正在查看${schoolYearLabel(FROM)}名册`, { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: /学年名册结转/ }).count()).toBe(0);
    await page.getByText(`共 ${active} 人`).waitFor();
  });
});
