/**
 * 优质均衡 in Excel: the 义务教育优质均衡 resource-allocation assessment (教督〔2017〕6号 第七条) of
 * the city's districts (or one district) for a school year, read from the balance service's
 * `balanceAssessments` / `balanceAssessment` — the figures of the 优质均衡 pages, never recomputed.
 */
import {
  BALANCE_CV_MAX,
  BALANCE_INDICATORS,
  BALANCE_OUTCOME_LABELS,
  BALANCE_STAGE_LABELS,
  BALANCE_STAGES,
  type BalanceStage,
  schoolYearLabel,
} from "@edu2035/domain";
import type { ScopedAccess } from "../../authz/access.ts";
import { forbidden } from "../../errors.ts";
import { todayInBeijing } from "../../lib/dates.ts";
import {
  type BalanceAssessmentModel,
  type BalanceVariationModel,
  balanceAssessment,
  balanceAssessments,
} from "../balance/service.ts";
import { BALANCE_UNIT_LABELS } from "../balance/unitLabels.ts";
import { assertSchoolYear } from "../staff/service.ts";
import { addPrintableSheet, finishPrintArea, statisticsFilename, yearState } from "./printableSheet.ts";
import { type ExcelFileModel, newWorkbook, toExcelFile } from "./workbook.ts";

/** The sheets, in order (the schools' sheets are one per stage: 学校达标（小学）, 学校达标（初中）). */
export const BALANCE_SHEETS = {
  verdict: "区结论",
  variation: "差异系数",
  schools: (stage: BalanceStage) => `学校达标（${BALANCE_STAGE_LABELS[stage]}）`,
  excluded: "未参评学校",
} as const;

/** A 差异系数's verdict: 达到 (≤ limit), 超过限值, or 无法计算 with the service's reason. */
export function variationVerdict(v: BalanceVariationModel): string {
  if (v.cv === null) return v.reason ? `无法计算（${v.reason}）` : "无法计算";
  return v.passed ? "达到" : "超过限值";
}

/** "C1 每百名学生拥有高于规定学历教师数（标准≥4.2 人/百生）". */
function indicatorHeading(i: (typeof BALANCE_INDICATORS)[number], stage: BalanceStage): string {
  return `${i.id} ${i.name}（标准≥${i.thresholds[stage]} ${BALANCE_UNIT_LABELS[i.id]}）`;
}

/**
 * The 优质均衡 tables of a school year as .xlsx (e.g. 乌海市-2025—2026学年-优质均衡-2026-12-06.xlsx),
 * each sheet titled "乌海市 2025—2026学年 义务教育优质均衡资源配置（已发布 v1 | 预览，数据为暂定）":
 * - 区结论: 区 | 学段 | 监测测算 (达到/未达到/待评估/不适用) | 评估覆盖 (11/17 所学校已评估) | 达标学校
 *   | 结论说明 | 全区监测测算 | 国家认定 (the register's entry, e.g. 国家认定（2022年）, or 未认定) | 说明
 *   (why 监测测算 and 国家认定 differ);
 * - 差异系数: 区 | 学段 | 评估覆盖 | 限值 (0.50 / 0.45) | per indicator C1…C7 差异系数 + 判定 (达到 /
 *   超过限值 / 无法计算) | 监测测算;
 * - 学校达标（小学 / 初中）: 区 | 学校标识码 | 学校 | 在校生 | per indicator 值 + 达标 (是/否/无数据)
 *   under a heading with the stage's standard | 达标项数 | 结论 (达标/未达标) | 说明;
 * - 未参评学校: 区 | 学段 | 学校标识码 | 学校 | 原因 | 影响结论 (是: the stage is 待评估 until its
 *   report is approved).
 * Values are in the indicator's unit, as GraphQL gives them. Printable: A4 landscape, one page wide.
 * Without districtId: every district the viewer may read (the city all, a district its own).
 * @throws FORBIDDEN (a school account; a district outside the scope); BAD_USER_INPUT (schoolYear).
 */
export async function exportBalanceExcel(
  access: ScopedAccess,
  schoolYear: number,
  districtId?: string | null,
): Promise<ExcelFileModel> {
  assertSchoolYear(schoolYear, "schoolYear");
  let unitName: string;
  let assessments: BalanceAssessmentModel[];
  if (districtId) {
    const a = await balanceAssessment(access, districtId, schoolYear);
    assessments = [a];
    unitName = a.district.name;
  } else {
    // the 优质均衡 pages are the bureaus': a school reads its own figures (schoolBalance)
    const own = await access.ownUnit();
    if (own.level === "school") throw forbidden();
    assessments = await balanceAssessments(access, schoolYear);
    unitName = own.name;
  }
  const yearLabel = schoolYearLabel(schoolYear);
  const today = todayInBeijing(access.now());
  const state = await yearState(access, schoolYear);
  const title = `${unitName} ${yearLabel} 义务教育优质均衡资源配置（${state.text}）`;
  const subtitle = `数据日期：${today}；监测测算仅计已审核年报，评估覆盖为已评估学校数/应评估学校数；国家认定取自登记册`;
  const wb = newWorkbook();

  const verdict = addPrintableSheet(wb, BALANCE_SHEETS.verdict, {
    title,
    subtitle,
    header: [
      "区",
      "学段",
      "监测测算",
      "评估覆盖",
      "达标学校",
      "结论说明",
      "全区监测测算",
      "国家认定",
      "说明",
    ].map((label) => ({ label })),
    widths: [12, 7, 10, 18, 9, 60, 12, 16, 40],
    frozenColumns: 2,
  });
  for (const a of assessments) {
    const cert = a.certification ? `${a.certification.label}（${a.certification.year}年）` : "未认定";
    for (const s of a.stages) {
      const row = verdict.ws.addRow([
        a.district.name,
        BALANCE_STAGE_LABELS[s.stage],
        BALANCE_OUTCOME_LABELS[s.outcome],
        s.coverage,
        s.schoolsPassed,
        s.verdict,
        BALANCE_OUTCOME_LABELS[a.outcome],
        cert,
        a.certificationNote ?? "",
      ]);
      row.getCell(6).alignment = { wrapText: true, vertical: "top" };
      row.getCell(9).alignment = { wrapText: true, vertical: "top" };
    }
  }
  finishPrintArea(verdict.ws, verdict.width);

  const variation = addPrintableSheet(wb, BALANCE_SHEETS.variation, {
    title,
    subtitle,
    header: [
      { label: "区" },
      { label: "学段" },
      { label: "评估覆盖" },
      { label: "限值" },
      ...BALANCE_INDICATORS.map((i) => ({ label: `${i.id} ${i.name}`, children: ["差异系数", "判定"] })),
      { label: "监测测算" },
    ],
    widths: [12, 7, 18, 7, ...BALANCE_INDICATORS.flatMap(() => [9, 9]), 10],
    frozenColumns: 2,
  });
  for (const a of assessments) {
    for (const s of a.stages) {
      const row = variation.ws.addRow([
        a.district.name,
        BALANCE_STAGE_LABELS[s.stage],
        s.coverage,
        BALANCE_CV_MAX[s.stage],
        ...BALANCE_INDICATORS.flatMap((i) => {
          const v = s.variations.find((x) => x.indicator.id === i.id);
          return v ? [v.cv, variationVerdict(v)] : [null, "无法计算"];
        }),
        BALANCE_OUTCOME_LABELS[s.outcome],
      ]);
      BALANCE_INDICATORS.forEach((_, k) => {
        row.getCell(5 + 2 * k).numFmt = "0.0000";
      });
      row.getCell(4).numFmt = "0.00";
    }
  }
  finishPrintArea(variation.ws, variation.width);

  for (const stage of BALANCE_STAGES) {
    const sheet = addPrintableSheet(wb, BALANCE_SHEETS.schools(stage), {
      title,
      subtitle: `${subtitle}；每校至少6项达到标准、余项不低于标准的85%为达标`,
      header: [
        { label: "区" },
        { label: "学校标识码" },
        { label: "学校" },
        { label: "在校生" },
        ...BALANCE_INDICATORS.map((i) => ({ label: indicatorHeading(i, stage), children: ["值", "达标"] })),
        { label: "达标项数" },
        { label: "结论" },
        { label: "说明" },
      ],
      widths: [12, 12, 26, 8, ...BALANCE_INDICATORS.flatMap(() => [9, 6]), 8, 8, 36],
      frozenColumns: 3,
    });
    for (const a of assessments) {
      for (const r of a.stages.find((s) => s.stage === stage)?.schools ?? []) {
        const row = sheet.ws.addRow([
          a.district.name,
          r.school.code,
          r.school.name,
          r.students,
          ...BALANCE_INDICATORS.flatMap((i) => {
            const v = r.indicators.find((x) => x.indicator.id === i.id);
            if (!v || v.value === null) return [null, "无数据"];
            return [v.value, v.met ? "是" : "否"];
          }),
          r.metCount,
          r.passed ? "达标" : "未达标",
          r.summary,
        ]);
        BALANCE_INDICATORS.forEach((_, k) => {
          row.getCell(5 + 2 * k).numFmt = "0.00";
        });
      }
    }
    finishPrintArea(sheet.ws, sheet.width);
  }

  const excluded = addPrintableSheet(wb, BALANCE_SHEETS.excluded, {
    title,
    subtitle,
    header: ["区", "学段", "学校标识码", "学校", "原因", "影响结论"].map((label) => ({ label })),
    widths: [12, 7, 12, 26, 40, 10],
    frozenColumns: 2,
  });
  for (const a of assessments) {
    for (const s of a.stages) {
      for (const e of s.excluded) {
        excluded.ws.addRow([
          a.district.name,
          BALANCE_STAGE_LABELS[s.stage],
          e.school.code,
          e.school.name,
          e.reasonLabel,
          e.blocksVerdict ? "是（待评估）" : "否",
        ]);
      }
    }
  }
  finishPrintArea(excluded.ws, excluded.width);
  return toExcelFile(wb, statisticsFilename(unitName, schoolYear, "优质均衡", today, state.final));
}
