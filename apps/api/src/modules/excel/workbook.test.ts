/**
 * The one cell reader and the one header normaliser of the Excel imports, per value kind exceljs
 * yields (pure: cells made in memory, then written and read back as a clerk's file would be).
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellValue, headerKey, isoDateOf, mapHeaderRow, setShownNumber } from "./workbook.ts";

/** Write values into A1…, save, load again (exceljs drops falsy formula results on load). */
async function roundTrip(values: ExcelJS.CellValue[], numFmt?: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("s");
  values.forEach((v, i) => {
    const c = ws.getCell(i + 1, 1);
    c.value = v;
    if (numFmt) c.numFmt = numFmt;
  });
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return back.getWorksheet("s")!;
}

describe("cellValue", () => {
  it("reads every kind of cell as a primitive", async () => {
    const ws = await roundTrip([
      "  王\u0000芳 ",
      "   ",
      42,
      true,
      new Date("1985-06-30T00:00:00Z"),
      { richText: [{ text: "一" }, { font: { bold: true }, text: "二" }] },
      { text: "说明", hyperlink: "https://example.org" },
      {
        text: { richText: [{ text: "见" }, { font: { italic: true }, text: "附件" }] },
        hyperlink: "https://example.org",
      },
      { formula: 'COUNTIF(B1:B2,"x")', result: 0 },
      { formula: "1=0", result: false },
      { formula: "1+1", result: 2 },
      { formula: "1+0" },
      { error: "#N/A" },
    ] as ExcelJS.CellValue[]);
    const read = Array.from({ length: 13 }, (_, i) => cellValue(ws.getCell(i + 1, 1)));
    expect(read).toEqual([
      "王芳",
      null,
      42,
      true,
      new Date("1985-06-30T00:00:00Z"),
      "一二",
      "说明",
      "见附件",
      0,
      false,
      2,
      "（公式未计算，请粘贴为数值）",
      "#N/A",
    ]);
  });

  it("reads a shared formula's cached result", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.getCell("A1").value = {
      formula: "B1*2",
      result: 4,
      shareType: "shared",
      ref: "A1:A2",
    } as ExcelJS.CellValue;
    ws.getCell("A2").value = { sharedFormula: "A1", result: 0 } as ExcelJS.CellValue;
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const s = back.getWorksheet("s")!;
    expect([cellValue(s.getCell("A1")), cellValue(s.getCell("A2"))]).toEqual([4, 0]);
  });
});

describe("headerKey", () => {
  it("normalises marks, widths, line breaks and hints", () => {
    expect(["*姓名", "姓名＊", "姓 名", "姓名\n", "姓名 *", "姓名（必填）", "ＩＤ"].map(headerKey)).toEqual([
      "姓名",
      "姓名",
      "姓名",
      "姓名",
      "姓名",
      "姓名",
      "ID",
    ]);
  });
});

describe("mapHeaderRow", () => {
  it("maps by header or alias wherever the column stands, and names unknown, repeated and missing columns", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("花名册");
    ws.addRow(["族别", "*姓名", "平均班额", "姓名＊"]);
    const { at, errors } = mapHeaderRow(ws, [
      { field: "name", header: "姓名", required: true },
      { field: "ethnicity", header: "民族", aliases: ["族别"], required: false },
      { field: "gender", header: "性别", required: true },
    ]);
    expect([...at]).toEqual([
      ["ethnicity", 1],
      ["name", 2],
    ]);
    expect(errors.map((e) => [e.cell, e.field, e.message])).toEqual([
      [
        "C1",
        "header",
        "第 1 行：无法识别的列“平均班额”（第 C 列），请删除该列或使用模板中的列名（姓名、民族、性别）",
      ],
      ["D1", "name", "第 1 行：“姓名”列重复（第 B 列和第 D 列）"],
      [null, "gender", "第 1 行：缺少必填列“性别”，请使用平台下载的模板"],
    ]);
  });
});

describe("isoDateOf", () => {
  it("reads dates, serials and text dates; gives back a typed 2000.01 or 1985 as read", async () => {
    const ws = await roundTrip([2000.01, 1985, 31228], "yyyy-mm-dd");
    expect([1, 2, 3].map((r) => isoDateOf(cellValue(ws.getCell(r, 1))))).toEqual([
      "2000.01",
      "1985",
      "1985-06-30",
    ]);
    expect(["1985/6/30", "1985.6.30", "19850630", "1985年6月30日", "2000.01"].map(isoDateOf)).toEqual([
      "1985-06-30",
      "1985-06-30",
      "1985-06-30",
      "1985-06-30",
      "2000.01",
    ]);
    expect([31228, 2000.01, null].map(isoDateOf)).toEqual(["1985-06-30", "2000.01", null]);
  });
});

describe("setShownNumber", () => {
  it("writes a figure rounded as shown, with a format of exactly its decimals (no '88.')", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    const values = [88, 98.89383515445839, 95.5, 66.666666, 0, 99.999, null];
    values.forEach((v, i) => {
      setShownNumber(ws.getCell(i + 1, 1), v);
    });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const read = back.getWorksheet("s")!;
    expect(
      values.map((_, i) => [read.getCell(i + 1, 1).value, read.getCell(i + 1, 1).numFmt ?? null]),
    ).toEqual([
      [88, "0"],
      [98.89, "0.00"],
      [95.5, "0.0"],
      [66.67, "0.00"],
      [0, "0"],
      [100, "0"],
      [null, null],
    ]);
  });
});
