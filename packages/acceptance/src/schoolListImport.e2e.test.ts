/**
 * 学校名录 import in the district's 学校管理, in Chromium on the Wuhai demo data: 海南区 downloads
 * the template from the page (下载模板), fills three schools into it (exceljs, by the headers the
 * template has, read as the API reads them), one with a 城乡分类 not in the national codes (130); 导入 checks the file first and lists that
 * one problem by sheet, row, column and cell, saving nothing; the corrected file passes the check,
 * 确认导入 registers the three, and they are in the table and, through the API, in 海南区.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import {
  type AppUnderTest,
  e2eSuiteTitle,
  hasChromium,
  screenshotPath,
  startE2E,
  submitLogin,
} from "@edu2035/ui/testing";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const districtApp = dirname(require.resolve("@edu2035/district/package.json"));

type SchoolRowValues = Record<string, string>;

/** Three schools of 海南区 (学校标识码 not used by the demo). */
const GOOD: SchoolRowValues[] = [
  {
    学校标识码: "2150303801",
    学校名称: "海南区导入第一小学",
    学校类别: "小学",
    办学性质: "公办",
    城乡分类: "111 主城区",
    开办日期: "2025-09-01",
  },
  {
    学校标识码: "2150303802",
    学校名称: "海南区导入幼儿园",
    学校类别: "幼儿园",
    办学性质: "民办",
    普惠性: "是",
    城乡分类: "121 镇中心区",
  },
  {
    学校标识码: "2150303803",
    学校名称: "海南区导入初级中学",
    学校类别: "初中",
    办学性质: "公办",
    城乡分类: "220 村庄",
    矿区: "是",
  },
];

/** The template with `rows` written below its header (by header text). */
async function fillTemplate(template: Buffer, rows: SchoolRowValues[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("学校名录");
  if (!ws) throw new Error("the template has no 学校名录 sheet");
  const col = new Map<string, number>();
  // a header as the API reads it: no spaces, no (…) note, no trailing * of a required column
  const key = (v: unknown) =>
    String(v ?? "")
      .replace(/\s+/g, "")
      .replace(/[（(][^）)]*[）)]/g, "")
      .replace(/\*+$/, "");
  ws.getRow(1).eachCell((cell, i) => col.set(key(cell.value), i));
  rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    for (const [header, value] of Object.entries(values)) {
      const i = col.get(header);
      if (i === undefined) throw new Error(`the template has no column ${header}`);
      row.getCell(i).value = value;
    }
    row.commit();
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.skipIf(!hasChromium)(e2eSuiteTitle("学校名录 import (district)"), () => {
  let e2e: AppUnderTest;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2E(districtApp);
    page = e2e.page;
  });

  afterAll(() => e2e?.close());

  it("refuses a file with a bad 城乡分类 by cell, then imports the corrected one", async () => {
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 120_000 });
    await submitLogin(page, "hainan", DEMO_PASSWORD);
    await page.getByTestId("app-title").getByText("海南区教育局").waitFor();
    await page.getByRole("menuitem", { name: "学校管理" }).click();
    const manager = page.getByTestId("school-manager");
    await manager.getByText("共 27 所").waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      manager.getByRole("button", { name: /下载模板/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const template = await readFile(await download.path());

    const upload = manager.locator('input[type="file"][accept=".xlsx"]');
    const modal = page.locator(".ant-modal", { hasText: "导入学校名录" });
    const [first, second, third] = GOOD;
    await upload.setInputFiles({
      name: "学校名录-有误.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await fillTemplate(template, [{ ...first!, 城乡分类: "130 城区" }, second!, third!]),
    });
    const errors = page.getByTestId("excel-errors");
    await errors.waitFor();
    expect(await modal.locator(".ant-modal-title").textContent()).toBe("导入学校名录：学校名录-有误.xlsx");
    expect(await errors.locator(".ant-alert").textContent()).toContain(
      "文件有 1 处问题，未导入任何数据；请修改后重新导入",
    );
    const rows = await errors
      .locator("tbody tr.ant-table-row")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())),
      );
    expect(rows, JSON.stringify(rows)).toHaveLength(1);
    expect(rows[0]?.slice(0, 3)).toEqual(["学校名录", "2", "城乡分类"]);
    expect(rows[0]?.[4]).toMatch(/^第 2 行：.*130/);
    expect(await modal.getByRole("button", { name: /确认导入/ }).isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath("school-list-import-errors") });
    await modal.getByRole("button", { name: /取\s*消/ }).click();
    await modal.waitFor({ state: "hidden" });
    await manager.getByText("共 27 所").waitFor();

    await upload.setInputFiles({
      name: "学校名录.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await fillTemplate(template, GOOD),
    });
    await modal.getByText("检查通过：共 3 行数据。", { exact: false }).waitFor();
    await modal.getByRole("button", { name: /确认导入/ }).click();
    await page.getByText("已导入学校名录（3 行）").waitFor();
    await manager.getByText("共 30 所").waitFor();
    // they sort after the demo's 27 (by code): narrowed by name to see them on one page
    await manager.getByPlaceholder("学校名称或标识码").fill("导入");
    await manager.getByPlaceholder("学校名称或标识码").press("Enter");
    await manager.getByText("共 3 所").waitFor();
    for (const s of GOOD) await manager.locator("tr.ant-table-row", { hasText: s.学校标识码! }).waitFor();
    const kindergarten = (
      await manager.locator("tr.ant-table-row", { hasText: "2150303802" }).locator("td").allInnerTexts()
    ).map((c) => c.trim());
    expect(kindergarten.slice(0, 5)).toEqual([
      "2150303802",
      "海南区导入幼儿园",
      "幼儿园",
      "民办（普惠）",
      "121 镇中心区",
    ]);
    await page.screenshot({ path: screenshotPath("school-list-imported"), fullPage: true });
  });
});
