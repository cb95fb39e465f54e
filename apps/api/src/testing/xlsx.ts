/**
 * Workbooks in tests, as a clerk's Excel would hold them: open a file the API returned (base64),
 * edit it with exceljs, save it back to base64 for an import, read a sheet as rows.
 */
import ExcelJS from "exceljs";

/** Open a base64 .xlsx (as GraphQL returns files). */
export async function openXlsx(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  return wb;
}

/** A workbook as base64 (as the imports take it). */
export async function saveXlsx(wb: ExcelJS.Workbook): Promise<string> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString("base64");
}

/** The 1-based column of a header in a sheet's first row (throws when absent). */
export function columnOfHeader(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, col) => {
    if (String(cell.value).trim() === header) found = col;
  });
  if (!found) throw new Error(`no column “${header}” in sheet ${ws.name}`);
  return found;
}

/** The row whose first cell reads `label` (the 年报 sheet's items), throws when absent. */
export function rowOfLabel(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (String(ws.getCell(r, 1).value ?? "").trim() === label) return r;
  throw new Error(`no row “${label}” in sheet ${ws.name}`);
}
