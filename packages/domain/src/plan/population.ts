/**
 * The population each target counts (统计口径：统计对象), written once beside the target so that
 * the displayed applicability (applicability.ts), the 统计口径 the apps show (targets.ts
 * measuredFrom) and the API's SQL (apps/api measures.ts) cannot differ. One entry per target
 * whose population has been checked against its definition and source; the school types of an
 * entry are the 适用学校类别 of applicability.ts, and `staff` the roster rows a staff ratio counts.
 * Issue 16 (first slice): the report-based measures B11/B12/B14/B17 and the staff ratios
 * A07/A08/A09/B33/B34/B35.
 */
import type { SchoolType } from "../org.ts";
import { PRIMARY_AND_SECONDARY_TYPES } from "../validation/report.ts";
import type { TargetId } from "./targets.ts";

/** Which roster rows a staff ratio counts. */
export interface StaffPopulation {
  /** 专任教师 only (教育事业统计 counts 兼职、外聘 apart): SQL `role = 'teacher' and full_time`. */
  fullTimeTeachersOnly: boolean;
  /** A subject the denominator is restricted to (A09: 专业课 'specialty'), or null. */
  subject: string | null;
}

/** A target's population: the schools whose figures count, the staff, the date, the source. */
export interface TargetPopulation {
  /** The school types whose reports or rosters are counted (all others: 不适用, not counted). */
  schoolTypes: readonly SchoolType[];
  /** For roster ratios: which staff (null for report-based measures). */
  staff: StaffPopulation | null;
  /**
   * The population in Chinese, as the apps show it inside the target's 统计口径 (measuredFrom
   * contains this text verbatim; a domain test checks it).
   */
  statement: string;
  /** Why this population (the definition and its source). */
  source: string;
}

/** 中等职业学校 and 高等职业院校 (职业院校). */
const VOCATIONAL: readonly SchoolType[] = ["secondary_vocational", "higher_vocational"];
const KINDERGARTEN: readonly SchoolType[] = ["kindergarten"];
/** Schools with compulsory grades (小学、初中、九年一贯制、完全中学的初中年级). */
const COMPULSORY: readonly SchoolType[] = ["primary", "junior_secondary", "nine_year", "complete_secondary"];

const HEALTH_SOURCE =
  "规划三(一)3：“100%的中小学实施《国家学生体质健康标准》，学生体质健康合格率保持在90%以上……”，合格率、优良率与“中小学实施”同句，统计对象为中小学学生；《国家学生体质健康标准》（教体艺〔2014〕5号）适用于小学至大学，不含幼儿；中等职业学校不在规划所写“中小学”之内，不计入";

/**
 * The checked populations. Report-based entries count approved (已审核) reports of these school
 * types only: a kindergarten's or a vocational school's figures never reach a 中小学 target.
 */
export const TARGET_POPULATIONS: Readonly<Partial<Record<TargetId, TargetPopulation>>> = {
  A07: {
    schoolTypes: KINDERGARTEN,
    staff: { fullTimeTeachersOnly: true, subject: null },
    statement: "统计对象：幼儿园专任教师（不含兼职、外聘教师及园长等非专任人员）",
    source: "规划主要预期指标表 A07；教育事业统计：幼儿园专任教师",
  },
  A08: {
    schoolTypes: COMPULSORY,
    staff: { fullTimeTeachersOnly: true, subject: null },
    statement: "统计对象：小学、初中学段专任教师（不含兼职、外聘教师）",
    source: "规划主要预期指标表 A08；教育事业统计：小学、初中专任教师",
  },
  A09: {
    schoolTypes: VOCATIONAL,
    staff: { fullTimeTeachersOnly: true, subject: "specialty" },
    statement: "统计对象：职业院校专任教师中的专业课教师（兼职、外聘教师及校长等非专任人员不计入分子和分母）",
    source:
      "规划主要预期指标表 A09；教育事业统计：专任教师 → 其中专业课教师 → 其中双师型教师，兼职、外聘教师另行统计",
  },
  B11: {
    schoolTypes: PRIMARY_AND_SECONDARY_TYPES,
    staff: null,
    statement:
      "统计对象：中小学（小学、初中、九年一贯制、完全中学、普通高中）已审核年报中的参测学生，不含幼儿园、职业院校和特殊教育学校",
    source: HEALTH_SOURCE,
  },
  B12: {
    schoolTypes: PRIMARY_AND_SECONDARY_TYPES,
    staff: null,
    statement:
      "统计对象：中小学（小学、初中、九年一贯制、完全中学、普通高中）已审核年报中的参测学生，不含幼儿园、职业院校和特殊教育学校",
    source: HEALTH_SOURCE,
  },
  B14: {
    schoolTypes: PRIMARY_AND_SECONDARY_TYPES,
    staff: null,
    statement: "统计对象：已审核年报中填报为国家级足球特色学校的中小学",
    source: "规划三(一)3（中小学体育）；全国青少年校园足球特色学校为中小学",
  },
  B17: {
    schoolTypes: PRIMARY_AND_SECONDARY_TYPES,
    staff: null,
    statement: "统计对象：中小学已审核年报的班级；幼儿园按《幼儿园工作规程》班额另行核对，不计入",
    source:
      "国发〔2016〕40号：56人以上为大班额、66人以上为超大班额，针对中小学班级；幼儿园班额依《幼儿园工作规程》（小班25人、中班30人、大班35人）",
  },
  B33: {
    schoolTypes: KINDERGARTEN,
    staff: { fullTimeTeachersOnly: true, subject: null },
    statement: "统计对象：幼儿园专任教师",
    source: "规划三(六)1；教育事业统计：幼儿园专任教师",
  },
  B34: {
    schoolTypes: PRIMARY_AND_SECONDARY_TYPES,
    staff: { fullTimeTeachersOnly: true, subject: null },
    statement: "统计对象：中小学专任教师",
    source: "规划三(六)2；教育事业统计：中小学专任教师",
  },
  B35: {
    schoolTypes: PRIMARY_AND_SECONDARY_TYPES,
    staff: { fullTimeTeachersOnly: true, subject: null },
    statement: "统计对象：中小学专任教师",
    source: "规划三(六)2；教育事业统计：中小学专任教师",
  },
};

/** The checked population of a target, or null when none is written down yet. */
export function populationOfTarget(id: TargetId): TargetPopulation | null {
  return TARGET_POPULATIONS[id] ?? null;
}
