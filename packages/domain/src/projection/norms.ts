/**
 * Standard class sizes and teacher norms the projection (学龄人口与教育资源需求预测) measures
 * needs against.
 *
 * Sources:
 * - 小学 45, 初中 50 per class: 教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)
 *   第十三条 "所有小学、初中每个班级学生数分别不超过45人、50人"; 普通高中 50: the same limit as
 *   《中小学校设计规范》(GB 50099-2011) 4.1.6 (完全中学、高级中学 50人/班).
 * - 幼儿园 by age (not a 30 average): 《幼儿园工作规程》(教育部令第39号, 2016) 第十一条, 小班
 *   (3—4周岁) 25人, 中班 (4—5周岁) 30人, 大班 (5—6周岁) 35人.
 * - 中小学教职工编制标准: 中央编办 教育部 财政部《关于统一城乡中小学教职工编制标准的通知》
 *   (中央编办发〔2014〕72号): 高中 1:12.5, 初中 1:13.5, 小学 1:19 (教职工 : 学生; the projection
 *   uses them as the 专任教师 need, as issue 13 asks).
 * - 幼儿园: 《幼儿园教职工配备标准（暂行）》(教师〔2013〕1号): 全日制幼儿园 每班 2名专任教师.
 * - 优质均衡 C1–C3 per 100 pupils (小学 / 初中): plan/balance.ts (教督〔2017〕6号 第七条).
 * 中职 (secondary vocational) has no class-size or staffing norm here: its pupils are projected,
 * its classes and teachers are not.
 */
import { BALANCE_INDICATORS, type BalanceIndicatorId } from "../plan/balance.ts";
import type { ProjectionStage } from "./stages.ts";

/** Standard class size (标准班额, pupils per class) of each grade; null: no norm (中职). */
export function standardClassSize(stage: ProjectionStage, grade: number): number | null {
  switch (stage) {
    case "preschool":
      return grade === 1 ? 25 : grade === 2 ? 30 : 35;
    case "primary":
      return 45;
    case "junior_secondary":
    case "senior_secondary":
      return 50;
    default:
      return null;
  }
}

/** 标准班额 in words, for the method text. */
export const CLASS_SIZE_NOTE =
  "标准班额：幼儿园按《幼儿园工作规程》分龄计（小班25人、中班30人、大班35人，不用30人平均数），小学45人、初中50人（教督〔2017〕6号第十三条），普通高中50人；中职不计班级。";

/** Pupils per teacher (生师比) of the staffing norm, by stage; null where the norm is per class or absent. */
export const PUPILS_PER_TEACHER: Readonly<Partial<Record<ProjectionStage, number>>> = {
  primary: 19,
  junior_secondary: 13.5,
  senior_secondary: 12.5,
};

/** 专任教师 per class in a kindergarten (教师〔2013〕1号). */
export const PRESCHOOL_TEACHERS_PER_CLASS = 2;

/** Classes needed for `pupils` of one grade at its standard size (rounded up); 0 pupils → 0. */
export function classesNeeded(stage: ProjectionStage, grade: number, pupils: number): number | null {
  const size = standardClassSize(stage, grade);
  if (size == null) return null;
  return Math.ceil(pupils / size);
}

/**
 * Teachers needed by the staffing norm (编制标准): pupils ÷ 生师比 rounded up (小学, 初中, 高中);
 * 2 per class for 幼儿园 (`classes` = classes needed); null for 中职.
 */
export function normTeachers(stage: ProjectionStage, pupils: number, classes: number | null): number | null {
  if (stage === "preschool") return classes == null ? null : classes * PRESCHOOL_TEACHERS_PER_CLASS;
  const ratio = PUPILS_PER_TEACHER[stage];
  if (ratio == null) return null;
  // 1:13.5 and 1:12.5: pupils × 2 ÷ 27 (25) keeps the division exact before rounding up
  return Math.ceil((pupils * 2) / (ratio * 2) - 1e-9);
}

/** The 优质均衡 teacher indicators the projection holds (C1 高于规定学历, C2 骨干, C3 体育艺术). */
export const TEACHER_BALANCE_IDS = ["C1", "C2", "C3"] as const satisfies readonly BalanceIndicatorId[];
export type TeacherBalanceId = (typeof TEACHER_BALANCE_IDS)[number];

/**
 * Teachers of one kind needed by a 优质均衡 per-100-pupil standard (小学, 初中 only):
 * ⌈standard × pupils ÷ 100⌉; null for the other stages.
 */
export function balanceTeachers(id: TeacherBalanceId, stage: ProjectionStage, pupils: number): number | null {
  if (stage !== "primary" && stage !== "junior_secondary") return null;
  const ind = BALANCE_INDICATORS.find((i) => i.id === id);
  if (!ind) return null;
  // thresholds have one decimal: work in tenths so 4.2 × 300 ÷ 100 is exactly 12.6
  return Math.ceil((Math.round(ind.thresholds[stage] * 10) * pupils) / 1000 - 1e-9);
}
