/**
 * 学龄人口预测 in Excel: the projection of a district (or the city) under a scenario as a
 * printable workbook, read from runProjection (never recomputed): sheet 预测 (one row per school
 * year and stage, headers with units: 在校生, 需班级, 现有班级, 班级余缺, 需教师, 教师供给, 教师余缺,
 * 当年需补充, 累计补充, 当年退休, C1/C2/C3 当年需补充, C3 余缺, A07 (幼儿园 rows), A08 (小学/初中
 * rows, 0.0), and A08/A07 against the hires planned: 计划线, 需合格新增, 计划补充, 是否可保持); every 余缺 supply − need: + 富余, − 短缺, as on screen), sheet 比率 (each
 * transition's rate and its estimate, 0.00, and the years used), sheet 出生人口 and sheet 方法与覆盖
 * (the method, notes, retirement rule and coverage statement).
 */
import { roundTo, schoolYearLabel, type TargetHold } from "@edu2035/domain";
import type { ScopedAccess } from "../../authz/access.ts";
import { todayInBeijing } from "../../lib/dates.ts";
import { type ExcelFileModel, newWorkbook, toExcelFile } from "../excel/workbook.ts";
import { runProjection } from "./service.ts";

/** The columns of sheet 预测. */
export const PROJECTION_COLUMNS = [
  "学年",
  "数据",
  "学段",
  "在校生（人）",
  "需班级（个）",
  "现有班级（个）",
  "班级余缺（个，+富余/−短缺）",
  "需教师（人）",
  "教师供给（人）",
  "教师余缺（人，+富余/−短缺）",
  "当年需补充（人）",
  "累计补充（人）",
  "当年退休（人）",
  "C1高于规定学历教师当年需补充（人）",
  "C2骨干教师当年需补充（人）",
  "C3体育艺术教师当年需补充（人）",
  "体育艺术教师余缺（C3）（人，+富余/−短缺）",
  "A07学前教育教师受过专业教育比例（%）",
  "A08义务教育专任教师中本科以上学历比例（%）",
  "A07/A08计划线（%）",
  "需合格新增（A08本科+/A07学前专业，累计，人）",
  "计划补充（A08小学+初中/A07幼儿园，累计，人）",
  "是否可保持",
] as const;

/**
 * A08 (小学/初中 rows) or A07 (幼儿园 rows) against the hires planned, as the panel shows it: the
 * plan's line, the qualified hires needed (补充再多也达不到 when none can), the hires planned, 可保持/
 * 不能保持; blank outside hire years and on other stages.
 */
function holdCells(h: TargetHold | null): (number | string | null)[] {
  if (!h) return [null, null, null, null];
  return [
    pct(h.required),
    h.qualifiedHires ?? "补充再多也达不到",
    h.plannedHires,
    h.held ? "可保持" : "不能保持",
  ];
}

/**
 * A cell holds the value as shown (one rounding rule, report/sentences.ts roundTo, half away from
 * zero): a percentage to 0.0 (96.666… → 96.7), a rate to 0.00 — the workbook never carries
 * 93.689157435381 behind a cell showing 93.7.
 */
const pct = (v: number | null): number | null => (v == null ? null : roundTo(v, 1));
const rate2 = (v: number | null): number | null => (v == null ? null : roundTo(v, 2));

/** 当年需补充 of a year before the first hire year (the panel shows the same). */
const PAST = "—（已过）";
const PAST_NOTE = (hiresFrom: number) =>
  `当年需补充为“${PAST}”的学年为实际数（基准学年或已过去的学年），不计补充，其余缺不再补充；需补充教师从${schoolYearLabel(hiresFrom)}起计。`;

/** A07 is of 幼儿园 teachers, A08 of 义务教育 (小学、初中): each on its own stages' rows only. */
const A07_STAGES = new Set(["preschool"]);
const A08_STAGES = new Set(["primary", "junior_secondary"]);

/**
 * The projection as .xlsx (see the file's doc). Title: "<区> 学龄人口与教育资源需求预测（至2035年）
 * · 情景：<名称>", "（暂定）" when the coverage is partial.
 * `now`: the API's clock (Context.now), for the first hire year and the export date.
 * @throws as runProjection (FORBIDDEN, NOT_FOUND, BAD_USER_INPUT scenarioId).
 */
export async function exportProjectionExcel(
  access: ScopedAccess,
  districtId: string | null | undefined,
  scenarioId: string | null | undefined,
  now: Date,
): Promise<ExcelFileModel> {
  const p = await runProjection(access, districtId, scenarioId, now);
  const wb = newWorkbook();
  const title = `${p.unitName} 学龄人口与教育资源需求预测（至${p.endYear}年）${p.scenario ? ` · 情景：${p.scenario.name}` : " · 基准"}${p.coverage.partial ? "（暂定）" : ""}`;
  const ws = wb.addWorksheet("预测", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: "frozen", ySplit: 4 }],
  });
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([`数据覆盖：${p.coverage.statement}；导出日期：${todayInBeijing(now)}`]);
  ws.addRow([p.hiresFrom == null ? "" : PAST_NOTE(p.hiresFrom)]);
  const header = ws.addRow([...PROJECTION_COLUMNS]);
  header.font = { bold: true };
  for (const y of p.years) {
    // before the first hire year (the base year, years already over): actual, nothing hired
    const past = p.hiresFrom != null && y.schoolYear < p.hiresFrom;
    const hires = (n: number | null | undefined) => (n == null ? null : past ? PAST : n);
    for (const s of y.stages) {
      const t = s.teachers;
      const kind = (id: string) => t?.balance.find((b) => b.indicatorId === id);
      const row = ws.addRow([
        schoolYearLabel(y.schoolYear),
        y.projected ? "预测" : "实际",
        s.stageLabel,
        s.pupils,
        s.classesNeeded,
        s.classesHave,
        s.classBalance,
        t?.need ?? null,
        t?.supply ?? null,
        t?.surplus ?? null,
        hires(t?.hires),
        t?.cumulativeHires ?? null,
        t?.retirements ?? null,
        hires(kind("C1")?.hires),
        hires(kind("C2")?.hires),
        hires(kind("C3")?.hires),
        kind("C3")?.surplus ?? null,
        A07_STAGES.has(s.stage) ? pct(y.a07Percent) : null,
        A08_STAGES.has(s.stage) ? pct(y.a08Percent) : null,
        ...holdCells(A08_STAGES.has(s.stage) ? y.a08Hold : A07_STAGES.has(s.stage) ? y.a07Hold : null),
      ]);
      for (const col of [18, 19, 20]) row.getCell(col).numFmt = "0.0";
    }
  }
  ws.columns.forEach((c, i) => {
    c.width = i === 0 ? 16 : i >= 13 ? 22 : 12;
  });
  header.alignment = { wrapText: true, vertical: "middle" };

  const rates = wb.addWorksheet("比率");
  rates.addRow(["转换", "采用比率", "历史估计比率", "所用学年", "来源"]).font = { bold: true };
  for (const r of p.rates) {
    const row = rates.addRow([
      r.label,
      rate2(r.rate),
      rate2(r.estimated),
      r.yearsUsed.join("、"),
      r.overridden ? "情景覆盖" : r.defaulted ? "无历史，缺省" : "历史平均",
    ]);
    row.getCell(2).numFmt = "0.00";
    row.getCell(3).numFmt = "0.00";
  }
  rates.getColumn(1).width = 44;
  rates.getColumn(4).width = 24;

  const births = wb.addWorksheet("出生人口");
  births.addRow(["出生年份", "出生人口（人）", "来源"]).font = { bold: true };
  for (const b of p.births) births.addRow([b.year, b.births, b.projected ? "推算" : "录入"]);

  const method = wb.addWorksheet("方法与覆盖");
  for (const line of [...p.method, ...p.notes, p.retirementRule, `数据覆盖：${p.coverage.statement}`])
    method.addRow([line]);
  method.getColumn(1).width = 140;
  method.getColumn(1).alignment = { wrapText: true, vertical: "top" };

  const suffix = p.scenario ? `（${p.scenario.name}）` : "";
  return toExcelFile(wb, `${p.unitName}学龄人口预测${suffix}.xlsx`.replace(/[\\/:*?"<>|]/g, "_"));
}
