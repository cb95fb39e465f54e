/**
 * Browser test of the 学校 app's 规划指标 while its 学年 list is on its way (tester finding F6):
 * the page shows the table loading — no 全部（0）, no 暂无数据, which read as "this school has no
 * targets" — and then the targets of the latest published year. The list (StatisticalYearList,
 * sent by its trusted-document hash) is held in the browser until the loading state is seen.
 */
import { fileURLToPath } from "node:url";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@edu2035/db/demo";
import { StatisticalYearListDocument } from "@edu2035/graphql";
import { type AppUnderTest, e2eSuiteTitle, hasChromium, startE2E, submitLogin } from "@edu2035/ui/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));
const account = DEMO_ACCOUNTS.find((a) => a.username === "s2150302056");
const YEARS_HASH = String(
  (StatisticalYearListDocument as { __meta__?: { hash?: string } }).__meta__?.hash,
).replace(/^sha256:/, "");

describe.skipIf(!hasChromium)(e2eSuiteTitle("school app: 规划指标 loading"), () => {
  let e2e: AppUnderTest;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2E(appDir);
    page = e2e.page;
  });

  afterAll(() => e2e?.close());

  it("shows loading, not 全部（0）/暂无数据, until the 学年 list arrives", async () => {
    expect(account, "a demo school account").toBeDefined();
    expect(YEARS_HASH).toMatch(/^[0-9a-f]{64}$/);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let heldRequests = 0;
    await page.route("**/graphql", async (route) => {
      if ((route.request().postData() ?? "").includes(YEARS_HASH)) {
        heldRequests++;
        await held;
      }
      await route.continue();
    });
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, account!.username, DEMO_PASSWORD);
    await page.getByTestId("app-title").getByText(account!.displayName).waitFor();
    // the 学年 list is held: the table says it is loading
    await page.getByTestId("targets-loading").waitFor();
    expect(heldRequests).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.ant-table-wrapper [aria-busy="true"]').count()).toBeGreaterThan(0);
    expect(await page.getByText("暂无数据").count()).toBe(0);
    expect(await page.getByText("全部（0）").count()).toBe(0);
    release();
    // then the latest published year's targets
    await page.getByTestId("school-year-select").getByText("2024—2025学年").waitFor();
    await page.locator('tr[data-row-key="A08"]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("targets-loading").count()).toBe(0);
    expect(await page.getByText(/^全部（\d+）$/).count()).toBe(1);
    await page.unroute("**/graphql");
  });
});
