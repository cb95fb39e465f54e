/**
 * Browser test of the 学校 app on the Wuhai demo data: a kindergarten's 年报 form asks only what
 * a kindergarten reports (issue 16): no 大班额/超大班额 columns in 分年级 (its classes are judged
 * on 《幼儿园工作规程》 sizes) and no 体质健康 fields (《国家学生体质健康标准》 covers pupils from
 * 小学 up), the 体质健康 tab saying why.
 */
import { fileURLToPath } from "node:url";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@edu2035/db/demo";
import { type AppUnderTest, e2eSuiteTitle, hasChromium, startE2E, submitLogin } from "@edu2035/ui/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));
const account = DEMO_ACCOUNTS.find((a) => a.level === "school" && a.displayName.endsWith("幼儿园"));

describe.skipIf(!hasChromium)(e2eSuiteTitle("school app: a kindergarten's 年报"), () => {
  let e2e: AppUnderTest;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2E(appDir);
    page = e2e.page;
  }, 600_000);

  afterAll(() => e2e?.close());

  it("shows a kindergarten no 大班额 columns and no 体质健康 fields", async () => {
    expect(account, "a demo kindergarten account").toBeDefined();
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, account!.username, DEMO_PASSWORD);
    await page.getByTestId("app-title").getByText(account!.displayName).waitFor({ timeout: 90_000 });
    await page.getByRole("menuitem", { name: "年报填报" }).click();
    await page.getByTestId("report-editor").waitFor({ timeout: 90_000 });
    const grades = page.getByTestId("grades-table");
    await grades.waitFor();
    const header = (await grades.locator("thead").textContent()) ?? "";
    expect(header).toContain("在校生数（人）");
    expect(header).toContain("班级数（个）");
    expect(header).not.toContain("大班额");
    await page.getByRole("tab", { name: /学生体质健康/ }).click();
    const notice = page.getByTestId("health-not-reported");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("幼儿园不填报体质健康测试人数");
    expect(await page.getByLabel("参加测试人数").count()).toBe(0);
  }, 300_000);
});
