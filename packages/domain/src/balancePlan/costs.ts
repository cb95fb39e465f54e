/**
 * The actions of a 达标方案 (the plan to reach 义务教育优质均衡, issue 13) and their unit costs.
 *
 * Each action raises ONE of the seven resource indicators of 教督〔2017〕6号 第七条 at one school
 * (plan/balance.ts): hire teachers (C1–C3), recognise a school's own teachers as 县级骨干教师
 * after training and assessment (认定, C2), move teachers between schools (交流轮岗, C1–C3: the
 * plan's 三(三)2 "推进义务教育阶段教师校长交流轮岗"), move teachers between the 小学部 and 初中部
 * of one 九年一贯制 school (校内调整, C1–C3; withinSchool.ts), add teaching or sports floor area
 * (C4, C5), equipment (C6) or networked multimedia classrooms (C7).
 */

import type { BalanceIndicatorId } from "../plan/balance.ts";

/** The action kinds, in display order (the GraphQL enum BalanceActionKind). */
export const BALANCE_ACTION_KINDS = [
  "HIRE_TEACHER_ABOVE_DEGREE",
  "HIRE_BACKBONE_TEACHER",
  "HIRE_PE_ARTS_TEACHER",
  "RECOGNIZE_BACKBONE_TEACHER",
  "TRANSFER_TEACHER_ABOVE_DEGREE",
  "TRANSFER_BACKBONE",
  "TRANSFER_PE_ARTS",
  "ADJUST_WITHIN_SCHOOL_ABOVE_DEGREE",
  "ADJUST_WITHIN_SCHOOL_BACKBONE",
  "ADJUST_WITHIN_SCHOOL_PE_ARTS",
  "ADD_TEACHING_AREA",
  "ADD_SPORTS_AREA",
  "ADD_EQUIPMENT",
  "ADD_MULTIMEDIA_CLASSROOMS",
] as const;
export type BalanceActionKind = (typeof BALANCE_ACTION_KINDS)[number];

/** What an action kind is: the indicator it raises, its unit and whether it moves teachers. */
export interface BalanceActionKindInfo {
  kind: BalanceActionKind;
  /** The indicator raised (a transfer also lowers it at the school the teachers leave). */
  indicator: BalanceIndicatorId;
  /** True for 交流轮岗 (from one school of the district to another). */
  transfer: boolean;
  /**
   * True for 校内调整: teachers move from the school's section of the OTHER stage (初中部 for a
   * 小学 plan, 小学部 for a 初中 plan) to its section of the plan's stage (withinSchool.ts).
   */
  withinSchool: boolean;
  /** True for 认定县级骨干教师: the school's own teachers of the stage, not yet 骨干, recognised. */
  recognition: boolean;
  /** Whether quantities are whole numbers (teachers, rooms; m² and 元 are rounded up to whole units by the solver, any ≥ 0 value is accepted when evaluating). */
  integer: boolean;
  /** The kind in Chinese, e.g. 新增网络多媒体教室. */
  label: string;
  /**
   * Noun for sentences: 高于规定学历教师, 网络多媒体教室, 教学及辅助用房面积; 体育艺术专任教师
   * without the term's "、", which would read as a list separator in "新增A1人、B2人".
   */
  noun: string;
  /** Unit of a quantity: 人, m², 元, 间. */
  unitLabel: string;
}

/** How an action finds its teachers: new ones, another school's, the other section's, or the school's own (认定). */
type Source = "new" | "transfer" | "withinSchool" | "recognition";

const info = (
  kind: BalanceActionKind,
  indicator: BalanceIndicatorId,
  source: Source,
  integer: boolean,
  label: string,
  noun: string,
  unitLabel: string,
): BalanceActionKindInfo => ({
  kind,
  indicator,
  transfer: source === "transfer",
  withinSchool: source === "withinSchool",
  recognition: source === "recognition",
  integer,
  label,
  noun,
  unitLabel,
});

/** Every action kind's indicator, unit and Chinese label. */
export const BALANCE_ACTION_KIND_INFO: Readonly<Record<BalanceActionKind, BalanceActionKindInfo>> = {
  HIRE_TEACHER_ABOVE_DEGREE: info(
    "HIRE_TEACHER_ABOVE_DEGREE",
    "C1",
    "new",
    true,
    "新增高于规定学历教师",
    "高于规定学历教师",
    "人",
  ),
  HIRE_BACKBONE_TEACHER: info(
    "HIRE_BACKBONE_TEACHER",
    "C2",
    "new",
    true,
    "新增县级以上骨干教师",
    "县级以上骨干教师",
    "人",
  ),
  HIRE_PE_ARTS_TEACHER: info(
    "HIRE_PE_ARTS_TEACHER",
    "C3",
    "new",
    true,
    "新增体育、艺术专任教师",
    "体育艺术专任教师",
    "人",
  ),
  RECOGNIZE_BACKBONE_TEACHER: info(
    "RECOGNIZE_BACKBONE_TEACHER",
    "C2",
    "recognition",
    true,
    "认定县级骨干教师",
    "县级以上骨干教师",
    "人",
  ),
  TRANSFER_TEACHER_ABOVE_DEGREE: info(
    "TRANSFER_TEACHER_ABOVE_DEGREE",
    "C1",
    "transfer",
    true,
    "交流轮岗（高于规定学历教师）",
    "高于规定学历教师",
    "人",
  ),
  TRANSFER_BACKBONE: info(
    "TRANSFER_BACKBONE",
    "C2",
    "transfer",
    true,
    "交流轮岗（县级以上骨干教师）",
    "县级以上骨干教师",
    "人",
  ),
  TRANSFER_PE_ARTS: info(
    "TRANSFER_PE_ARTS",
    "C3",
    "transfer",
    true,
    "交流轮岗（体育、艺术专任教师）",
    "体育艺术专任教师",
    "人",
  ),
  ADJUST_WITHIN_SCHOOL_ABOVE_DEGREE: info(
    "ADJUST_WITHIN_SCHOOL_ABOVE_DEGREE",
    "C1",
    "withinSchool",
    true,
    "校内调整（高于规定学历教师）",
    "高于规定学历教师",
    "人",
  ),
  ADJUST_WITHIN_SCHOOL_BACKBONE: info(
    "ADJUST_WITHIN_SCHOOL_BACKBONE",
    "C2",
    "withinSchool",
    true,
    "校内调整（县级以上骨干教师）",
    "县级以上骨干教师",
    "人",
  ),
  ADJUST_WITHIN_SCHOOL_PE_ARTS: info(
    "ADJUST_WITHIN_SCHOOL_PE_ARTS",
    "C3",
    "withinSchool",
    true,
    "校内调整（体育、艺术专任教师）",
    "体育艺术专任教师",
    "人",
  ),
  ADD_TEACHING_AREA: info(
    "ADD_TEACHING_AREA",
    "C4",
    "new",
    false,
    "新增教学及辅助用房面积",
    "教学及辅助用房面积",
    "m²",
  ),
  ADD_SPORTS_AREA: info(
    "ADD_SPORTS_AREA",
    "C5",
    "new",
    false,
    "新增体育运动场馆面积",
    "体育运动场馆面积",
    "m²",
  ),
  ADD_EQUIPMENT: info("ADD_EQUIPMENT", "C6", "new", false, "新增教学仪器设备值", "教学仪器设备值", "元"),
  ADD_MULTIMEDIA_CLASSROOMS: info(
    "ADD_MULTIMEDIA_CLASSROOMS",
    "C7",
    "new",
    true,
    "新增网络多媒体教室",
    "网络多媒体教室",
    "间",
  ),
};

/**
 * The kinds of each teacher indicator (C1–C3): hiring, 交流轮岗, 校内调整 and, for C2 only,
 * 认定 (recognition; null for C1 and C3: a degree or a subject is not conferred by the bureau).
 */
export const TEACHER_ACTION_KINDS: Readonly<
  Record<
    "C1" | "C2" | "C3",
    {
      hire: BalanceActionKind;
      transfer: BalanceActionKind;
      withinSchool: BalanceActionKind;
      recognize: BalanceActionKind | null;
    }
  >
> = {
  C1: {
    hire: "HIRE_TEACHER_ABOVE_DEGREE",
    transfer: "TRANSFER_TEACHER_ABOVE_DEGREE",
    withinSchool: "ADJUST_WITHIN_SCHOOL_ABOVE_DEGREE",
    recognize: null,
  },
  C2: {
    hire: "HIRE_BACKBONE_TEACHER",
    transfer: "TRANSFER_BACKBONE",
    withinSchool: "ADJUST_WITHIN_SCHOOL_BACKBONE",
    recognize: "RECOGNIZE_BACKBONE_TEACHER",
  },
  C3: {
    hire: "HIRE_PE_ARTS_TEACHER",
    transfer: "TRANSFER_PE_ARTS",
    withinSchool: "ADJUST_WITHIN_SCHOOL_PE_ARTS",
    recognize: null,
  },
};

/** The adding kind of each resource indicator (C4–C7). */
export const RESOURCE_ACTION_KINDS: Readonly<Record<"C4" | "C5" | "C6" | "C7", BalanceActionKind>> = {
  C4: "ADD_TEACHING_AREA",
  C5: "ADD_SPORTS_AREA",
  C6: "ADD_EQUIPMENT",
  C7: "ADD_MULTIMEDIA_CLASSROOMS",
};

/**
 * The largest quantity of one action an edited plan may give, by unit: 10,000 teachers or rooms,
 * 1,000,000 m², 10亿元 of equipment — far above any district's need. With unit costs ≤
 * BALANCE_UNIT_COST_MAX (10⁶ 元) one action costs at most 10⁹ × 10⁶ = 10¹⁵ 元 < 2⁵³ ≈ 9.007 × 10¹⁵,
 * so quantity × unit cost of whole numbers is exact in a double.
 */
export const BALANCE_ACTION_MAX_QUANTITY: Readonly<Record<string, number>> = {
  人: 10_000,
  间: 10_000,
  "m²": 1_000_000,
  元: 1_000_000_000,
};

/** The largest unit cost accepted, 元 (100万元 per unit: a hire, a room, a m², 1 元 of equipment). */
export const BALANCE_UNIT_COST_MAX = 1_000_000;

/** 元 per unit of each action kind. */
export type BalanceUnitCosts = Readonly<Record<BalanceActionKind, number>>;

/**
 * DEFAULT unit costs, 元 per unit: EDITABLE ESTIMATES for a first plan, NOT official prices —
 * the district overrides them with its own (GraphQL `unitCosts`).
 * - hiring one teacher (any kind): 150,000 元 ≈ one year of 人员经费 of a 专任教师;
 * - 认定县级骨干教师: 5,000 元 per teacher ≈ the training and assessment (培训考核) before the
 *   recognition — far cheaper than hiring, bounded by the school's teachers not yet 骨干;
 * - 交流轮岗 of one teacher: 20,000 元 ≈ a year's exchange allowance (交流补助) and travel;
 * - 校内调整 between the sections of one school: 1,000 元 per teacher ≈ the handover and the
 *   preparation for the other stage's lessons (no allowance, no travel: nearly free);
 * - teaching and auxiliary rooms: 3,000 元/m² of construction;
 * - sports ground and halls: 800 元/m² (mostly outdoor ground);
 * - equipment: 1 元 per 元 of 教学仪器设备值;
 * - one networked multimedia classroom: 50,000 元 (equipment of an existing room).
 */
export const DEFAULT_BALANCE_UNIT_COSTS: BalanceUnitCosts = {
  HIRE_TEACHER_ABOVE_DEGREE: 150_000,
  HIRE_BACKBONE_TEACHER: 150_000,
  HIRE_PE_ARTS_TEACHER: 150_000,
  RECOGNIZE_BACKBONE_TEACHER: 5_000,
  TRANSFER_TEACHER_ABOVE_DEGREE: 20_000,
  TRANSFER_BACKBONE: 20_000,
  TRANSFER_PE_ARTS: 20_000,
  ADJUST_WITHIN_SCHOOL_ABOVE_DEGREE: 1_000,
  ADJUST_WITHIN_SCHOOL_BACKBONE: 1_000,
  ADJUST_WITHIN_SCHOOL_PE_ARTS: 1_000,
  ADD_TEACHING_AREA: 3_000,
  ADD_SPORTS_AREA: 800,
  ADD_EQUIPMENT: 1,
  ADD_MULTIMEDIA_CLASSROOMS: 50_000,
};

/**
 * Why a unit cost of `kind` is refused, in Chinese (null when accepted: a number > 0 and
 * ≤ BALANCE_UNIT_COST_MAX): the API's message on input.unitCosts.<i>.cost and the drawer's on
 * the field, e.g. "校内调整（县级以上骨干教师）的单价须大于0元且不超过100万元".
 */
export function balanceUnitCostIssue(kind: BalanceActionKind, cost: number): string | null {
  if (Number.isFinite(cost) && cost > 0 && cost <= BALANCE_UNIT_COST_MAX) return null;
  return `${BALANCE_ACTION_KIND_INFO[kind].label}的单价须大于0元且不超过${formatYuan(BALANCE_UNIT_COST_MAX)}`;
}

/**
 * The defaults with some kinds overridden.
 * @throws RangeError when an override is not a number > 0 and ≤ BALANCE_UNIT_COST_MAX.
 */
export function balanceUnitCosts(
  overrides: Partial<Record<BalanceActionKind, number>> = {},
): BalanceUnitCosts {
  const out = { ...DEFAULT_BALANCE_UNIT_COSTS };
  for (const kind of BALANCE_ACTION_KINDS) {
    const v = overrides[kind];
    if (v === undefined) continue;
    if (!Number.isFinite(v) || v <= 0 || v > BALANCE_UNIT_COST_MAX)
      throw new RangeError(`unit cost of ${kind} must be > 0 and ≤ ${BALANCE_UNIT_COST_MAX}, got ${v}`);
    out[kind] = v;
  }
  return out;
}

/**
 * 元 as the plan prints it everywhere (sentences, rows, 合计费用): from 1亿 in 亿元 and from 1万 in
 * 万元, each with at most two decimals, trailing zeros trimmed (rounded half up: 2,155,000 →
 * "215.5万元", 20,000 → "2万元", 123,456,789 → "1.23亿元"), below 1万 in whole 元 ("8000元").
 */
export function formatYuan(yuan: number): string {
  // the unit is chosen on the rounded figure: 99,999,999 → "1亿元", never "10000万元"
  const wan = Math.round(yuan / 100) / 100;
  if (Math.abs(wan) >= 10_000) return `${Math.round(yuan / 1_000_000) / 100}亿元`;
  if (Math.abs(Math.round(yuan)) >= 10_000) return `${wan}万元`;
  return `${Math.round(yuan)}元`;
}
