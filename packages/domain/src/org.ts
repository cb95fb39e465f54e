/**
 * The organisation model of a city education system (市 → 区 → 学校).
 *
 * Source: 《乌海教育现代化2035》 一、二 (Wuhai's three districts, its school system),
 * and the school classification of the national education statistics
 * (教育部《教育统计报表》学校（机构）类别).
 */

/** Level of an organisation unit (组织层级): the city bureau, a district bureau or a school. */
export const ORG_LEVELS = ["city", "district", "school"] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

/** 组织层级 in Chinese, for the UI. */
export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  city: "市级",
  district: "区级",
  school: "校级",
};

/**
 * School type by stage (学校类别). One school has exactly one type; a 九年一贯制学校
 * teaches both primary and junior-secondary grades, a 完全中学 both junior and senior.
 */
export const SCHOOL_TYPES = [
  "kindergarten",
  "primary",
  "junior_secondary",
  "nine_year",
  "complete_secondary",
  "senior_secondary",
  "secondary_vocational",
  "higher_vocational",
  "special",
] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** 学校类别 in Chinese (official names used in 教育统计). */
export const SCHOOL_TYPE_LABELS: Record<SchoolType, string> = {
  kindergarten: "幼儿园",
  primary: "小学",
  junior_secondary: "初中",
  nine_year: "九年一贯制学校",
  complete_secondary: "完全中学",
  senior_secondary: "普通高中",
  secondary_vocational: "中等职业学校",
  higher_vocational: "高等职业院校",
  special: "特殊教育学校",
};

/** Education stage (学段). */
export const STAGES = [
  "preschool",
  "primary",
  "junior_secondary",
  "senior_secondary",
  "secondary_vocational",
  "higher_vocational",
  "special",
] as const;
export type Stage = (typeof STAGES)[number];

/** 学段 in Chinese. */
export const STAGE_LABELS: Record<Stage, string> = {
  preschool: "学前教育",
  primary: "小学",
  junior_secondary: "初中",
  senior_secondary: "普通高中",
  secondary_vocational: "中等职业教育",
  higher_vocational: "高等职业教育",
  special: "特殊教育",
};

/** The stages each school type teaches (a school's grades belong to these stages). */
export const STAGES_OF_SCHOOL_TYPE: Record<SchoolType, readonly Stage[]> = {
  kindergarten: ["preschool"],
  primary: ["primary"],
  junior_secondary: ["junior_secondary"],
  nine_year: ["primary", "junior_secondary"],
  complete_secondary: ["junior_secondary", "senior_secondary"],
  senior_secondary: ["senior_secondary"],
  secondary_vocational: ["secondary_vocational"],
  higher_vocational: ["higher_vocational"],
  special: ["special"],
};

/**
 * Grades of each stage, numbered as in 教育统计: 幼儿园 小班/中班/大班 = 1–3,
 * 小学 1–6 年级, 初中 7–9 年级 (初一–初三), 高中 10–12 (高一–高三), 中职 1–3, 高职 1–3,
 * 特殊教育 1–9.
 */
export const GRADES_OF_STAGE: Record<Stage, readonly number[]> = {
  preschool: [1, 2, 3],
  primary: [1, 2, 3, 4, 5, 6],
  junior_secondary: [7, 8, 9],
  senior_secondary: [10, 11, 12],
  secondary_vocational: [1, 2, 3],
  higher_vocational: [1, 2, 3],
  special: [1, 2, 3, 4, 5, 6, 7, 8, 9],
};

/** Chinese label of a grade of a stage, e.g. (primary, 3) → "三年级", (preschool, 1) → "小班". */
export function gradeLabel(stage: Stage, grade: number): string {
  const cn = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
  if (stage === "preschool") return ["", "小班", "中班", "大班"][grade] ?? `${grade}`;
  if (stage === "junior_secondary") return `初${cn[grade - 6] ?? grade}`;
  if (stage === "senior_secondary") return `高${cn[grade - 9] ?? grade}`;
  return `${cn[grade] ?? grade}年级`;
}

/** Ownership (办学性质): 公办 public or 民办 private. */
export const OWNERSHIPS = ["public", "private"] as const;
export type Ownership = (typeof OWNERSHIPS)[number];
export const OWNERSHIP_LABELS: Record<Ownership, string> = { public: "公办", private: "民办" };

/**
 * 城乡分类代码 (urban–rural classification code) of a school's location, as the national
 * education statistics use it: 国家统计局《统计用城乡划分代码》 (统计上划分城乡的规定, 国函〔2008〕60号).
 * 1xx 城镇 (11x 城区, 12x 镇区), 2xx 乡村.
 */
export const URBAN_RURAL_CODES = ["111", "112", "121", "122", "123", "210", "220"] as const;
export type UrbanRuralCode = (typeof URBAN_RURAL_CODES)[number];
export const URBAN_RURAL_LABELS: Record<UrbanRuralCode, string> = {
  "111": "主城区",
  "112": "城乡结合区",
  "121": "镇中心区",
  "122": "镇乡结合区",
  "123": "特殊区域",
  "210": "乡中心区",
  "220": "村庄",
};

/**
 * Location of a school as the plan speaks of it (城区 / 农区 / 矿区, 《乌海教育现代化2035》
 * 三(二) "农区、矿区薄弱学校"): derived, never stored apart. 矿区 is the local tag
 * (`miningArea`); otherwise a 城区 code (111, 112) is 城区 and any other (镇区, 乡村) 农区.
 */
export const AREA_TYPES = ["urban", "rural", "mining"] as const;
export type AreaType = (typeof AREA_TYPES)[number];
export const AREA_TYPE_LABELS: Record<AreaType, string> = { urban: "城区", rural: "农区", mining: "矿区" };

/** 城区 / 农区 / 矿区 of a school from its 城乡分类代码 and 矿区 tag (see AREA_TYPES). */
export function areaOf(urbanRuralCode: UrbanRuralCode, miningArea: boolean): AreaType {
  if (miningArea) return "mining";
  return urbanRuralCode.startsWith("11") ? "urban" : "rural";
}

/** Whether a school type belongs to compulsory education (义务教育): primary and junior grades. */
export function isCompulsoryStage(stage: Stage): boolean {
  return stage === "primary" || stage === "junior_secondary";
}

/** A district (区) of the city, as the domain sees it. */
export interface District {
  id: string;
  /** 行政区划代码, 6 digits, e.g. "150302" for 海勃湾区. */
  code: string;
  name: string;
}

/** A school (学校) as the domain sees it. */
export interface School {
  id: string;
  /** 学校标识码 (national 10-digit school code). */
  code: string;
  name: string;
  districtId: string;
  type: SchoolType;
  ownership: Ownership;
  /** 普惠性民办幼儿园: only meaningful for private kindergartens; public ones are 普惠 by definition. */
  inclusive: boolean;
  /** 民族学校 (ethnic school, e.g. 蒙古族学校). */
  ethnic: boolean;
  /** 城乡分类代码. */
  urbanRuralCode: UrbanRuralCode;
  /** 矿区: the local tag of the plan's 农区、矿区薄弱学校. */
  miningArea: boolean;
}

/**
 * Wuhai's three districts with their official administrative division codes (行政区划代码).
 * Source: 《乌海教育现代化2035》 一 (三区); codes from GB/T 2260. Used by the demo data and
 * fixtures only: a deployment's districts are data (机构管理).
 */
export const WUHAI_DISTRICTS = [
  { code: "150302", name: "海勃湾区" },
  { code: "150303", name: "海南区" },
  { code: "150304", name: "乌达区" },
] as const;

/**
 * The Wuhai city record of the demo data and fixtures (a deployment's city is data, set by
 * `pnpm admin init`). Source: 《乌海教育现代化2035》; code 150300 from GB/T 2260.
 */
export const WUHAI_CITY = {
  code: "150300",
  name: "乌海市",
  bureauName: "乌海市教育局",
  planId: "wuhai2035",
} as const;

/**
 * The plans the platform ships (规划): a city runs one, bound to it in the city record. Today
 * only 《乌海教育现代化2035》 (乌党发〔2020〕17号), whose targets are `PLAN_TARGETS`.
 */
export const PLAN_IDS = ["wuhai2035"] as const;
export type PlanId = (typeof PLAN_IDS)[number];
export const PLAN_TITLES: Record<PlanId, string> = { wuhai2035: "《乌海教育现代化2035》" };

/** The city (市) a deployment serves: one per database, set once by the first administrator. */
export interface City {
  /** 行政区划代码, 6 digits ending in 00, e.g. "150300". */
  code: string;
  /** e.g. 乌海市. */
  name: string;
  /** e.g. 乌海市教育局. */
  bureauName: string;
  planId: PlanId;
}
