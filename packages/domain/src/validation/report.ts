/**
 * Validation of a school's annual report (学校年报): the same rules in the apps (shown on the
 * fields) and in the API (which refuses to save with BAD_USER_INPUT). Pure: no clock, no I/O.
 *
 * Sections: enrolment by grade (分年级在校生、班级数、班额), buildings and sports areas (校舍及
 * 体育场地), equipment and ICT (教学仪器设备及信息化), physical-health tests (学生体质健康测试,
 * B11/B12), the yes/no items of the plan 三(一)3 (B06, B07, B09, B10, B13, B14, B15) and notes.
 * The school's basic information (name, code, type, district) comes from the school register.
 *
 * Two levels:
 * - {@link reportIssues}: ranges, coded values and parts not exceeding wholes — a draft must pass
 *   these to be saved (empty fields are fine);
 * - {@link reportCompletenessIssues}: the required sections filled — checked on submission.
 */
import { z } from "zod";
import {
  GRADES_OF_STAGE,
  gradeLabel,
  SCHOOL_TYPE_LABELS,
  type SchoolType,
  STAGE_LABELS,
  STAGES,
  STAGES_OF_SCHOOL_TYPE,
  type Stage,
} from "../org.ts";
import {
  type Checked,
  hasAtMostTwoDecimals,
  uniqueIssues,
  type ValidationIssue,
  zodIssues,
} from "./issues.ts";
import { TEXT_LIMITS } from "./text.ts";

/** Enrolment, classes and class-size bands of one grade (分年级在校生及班额). */
export interface ReportGradeInput {
  stage: Stage;
  /** Grade number of the stage (see GRADES_OF_STAGE). */
  grade: number;
  /** 在校生数. */
  students: number;
  /** 班级数. */
  classes: number;
  /** 大班额 classes (56–65 pupils). */
  largeClasses: number;
  /** 超大班额 classes (66 pupils or more). */
  oversizedClasses: number;
  /** 随班就读残疾学生数. */
  disabledStudents: number;
}

/** The fillable content of an annual report; null = not filled in yet. Areas m², money 元. */
export interface ReportInput {
  /** 教学及辅助用房面积, indoor sports halls included. */
  teachingAuxiliaryArea: number | null;
  /** 室内体育用房面积. */
  indoorSportsArea: number | null;
  /** 室外体育运动场地面积. */
  outdoorSportsArea: number | null;
  /** 教学仪器设备资产值. */
  equipmentValue: number | null;
  /** 网络多媒体教室数. */
  multimediaClassrooms: number | null;
  /** 创新实验室数 (B19). */
  innovationLabs: number | null;
  /** 无线网络全覆盖 (B37). */
  wirelessFullCoverage: boolean | null;
  /** 体质健康测试：参加测试人数, 合格及以上人数, 良好及优秀人数 (B11, B12). */
  healthTested: number | null;
  healthPassed: number | null;
  healthGoodOrExcellent: number | null;
  /** B06 达到《国家学校体育卫生条件试行基本标准》. */
  meetsPeHygieneStandard: boolean | null;
  /** B07 落实国家和自治区课程标准. */
  implementsCurriculumStandards: boolean | null;
  /** B09 体育品牌（一校一品/一人一项）. */
  hasSportsBrand: boolean | null;
  /** B10 实施《国家学生体质健康标准》. */
  implementsHealthStandard: boolean | null;
  /** B13 举办运动会或体育节. */
  heldSportsMeeting: boolean | null;
  /** B14 全国青少年校园足球特色学校. */
  footballFeatureSchool: boolean | null;
  /** B14 足球课（节/周）. */
  footballLessonsPerWeek: number | null;
  /** B15 举办校园艺术节. */
  heldArtsFestival: boolean | null;
  /** 备注. */
  notes: string | null;
  grades: ReportGradeInput[];
  /**
   * 教职工数 and 专任教师数 (persons) as the school reports them at 统计时点: full-time teachers
   * may not exceed staff, and the district's review queue compares the full-time teachers with
   * the 三支队伍 roster (教育事业统计 基层表: 教职工数、专任教师数).
   */
  staffTotal: number | null;
  fullTimeTeachers: number | null;
}

/** What the checks need to know about the school. */
export interface ReportContext {
  schoolType: SchoolType;
}

/** Chinese name of every report field, for messages and form labels. */
export const REPORT_FIELD_LABELS = {
  teachingAuxiliaryArea: "教学及辅助用房面积",
  indoorSportsArea: "室内体育用房面积",
  outdoorSportsArea: "室外体育运动场地面积",
  equipmentValue: "教学仪器设备资产值",
  multimediaClassrooms: "网络多媒体教室数",
  innovationLabs: "创新实验室数",
  wirelessFullCoverage: "无线网络全覆盖",
  healthTested: "体质健康测试参加人数",
  healthPassed: "体质健康测试合格及以上人数",
  healthGoodOrExcellent: "体质健康测试良好及优秀人数",
  meetsPeHygieneStandard: "达到《国家学校体育卫生条件试行基本标准》",
  implementsCurriculumStandards: "落实国家和自治区课程标准",
  hasSportsBrand: "形成体育品牌（一校一品/一人一项）",
  implementsHealthStandard: "实施《国家学生体质健康标准》",
  heldSportsMeeting: "本学年举办运动会或体育节",
  footballFeatureSchool: "全国青少年校园足球特色学校",
  footballLessonsPerWeek: "每周足球课节数",
  heldArtsFestival: "本学年举办校园艺术节",
  notes: "备注",
  grades: "分年级在校生及班额",
  staffTotal: "教职工数",
  fullTimeTeachers: "专任教师数",
  students: "在校生数",
  classes: "班级数",
  largeClasses: "大班额（56—65人）班级数",
  oversizedClasses: "超大班额（66人及以上）班级数",
  disabledStudents: "随班就读残疾学生数",
  stage: "学段",
  grade: "年级",
} as const;

const L = REPORT_FIELD_LABELS;

/** Upper bounds: generous for a Wuhai school, tight enough to catch a wrong unit or typo. */
export const REPORT_LIMITS = {
  area: 1_000_000,
  equipmentValue: 10_000_000_000,
  rooms: 1_000,
  studentsPerGrade: 5_000,
  classesPerGrade: 100,
  healthTested: 50_000,
  footballLessonsPerWeek: 10,
  notes: TEXT_LIMITS.notes,
  staff: 5_000,
} as const;

/** National class-size bands (国发〔2016〕40号): 56–65 大班额, 66 and over 超大班额; up to 55 otherwise. */
const LARGE_MIN = 56;
const LARGE_MAX = 65;
const OVERSIZED_MIN = 66;
const NORMAL_MAX = 55;

const count = (label: string, max: number) =>
  z
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(max, `${label}不能超过 ${max}`);

const amount = (label: string, unit: string, max: number) =>
  z
    .number({ error: `${label}应为数字` })
    .min(0, `${label}不能为负数`)
    .max(max, `${label}不能超过 ${max} ${unit}，请检查单位`)
    .refine(hasAtMostTwoDecimals, `${label}最多保留两位小数`);

const flag = (label: string) => z.boolean({ error: `${label}应选择“是”或“否”` });

/** Optional in a draft: null or absent both mean "not filled in". */
const opt = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? null);

const gradeSchema = z.object({
  stage: z.enum(STAGES, { error: `${L.stage}取值无效` }),
  // 1–12: the numbering of GRADES_OF_STAGE (which grades a stage has is checked across fields)
  grade: z
    .number({ error: `${L.grade}应为数字` })
    .int(`${L.grade}应为整数`)
    .min(1, `${L.grade}应为 1 至 12 之间的整数`)
    .max(12, `${L.grade}应为 1 至 12 之间的整数`),
  students: count(L.students, REPORT_LIMITS.studentsPerGrade),
  classes: count(L.classes, REPORT_LIMITS.classesPerGrade),
  largeClasses: count(L.largeClasses, REPORT_LIMITS.classesPerGrade),
  oversizedClasses: count(L.oversizedClasses, REPORT_LIMITS.classesPerGrade),
  disabledStudents: count(L.disabledStudents, REPORT_LIMITS.studentsPerGrade),
});

/** The zod schema of a report's fields (ranges and types; the cross-field rules are in reportIssues). */
export const reportSchema = z.object({
  teachingAuxiliaryArea: opt(amount(L.teachingAuxiliaryArea, "平方米", REPORT_LIMITS.area)),
  indoorSportsArea: opt(amount(L.indoorSportsArea, "平方米", REPORT_LIMITS.area)),
  outdoorSportsArea: opt(amount(L.outdoorSportsArea, "平方米", REPORT_LIMITS.area)),
  equipmentValue: opt(amount(L.equipmentValue, "元", REPORT_LIMITS.equipmentValue)),
  multimediaClassrooms: opt(count(L.multimediaClassrooms, REPORT_LIMITS.rooms)),
  innovationLabs: opt(count(L.innovationLabs, REPORT_LIMITS.rooms)),
  wirelessFullCoverage: opt(flag(L.wirelessFullCoverage)),
  healthTested: opt(count(L.healthTested, REPORT_LIMITS.healthTested)),
  healthPassed: opt(count(L.healthPassed, REPORT_LIMITS.healthTested)),
  healthGoodOrExcellent: opt(count(L.healthGoodOrExcellent, REPORT_LIMITS.healthTested)),
  meetsPeHygieneStandard: opt(flag(L.meetsPeHygieneStandard)),
  implementsCurriculumStandards: opt(flag(L.implementsCurriculumStandards)),
  hasSportsBrand: opt(flag(L.hasSportsBrand)),
  implementsHealthStandard: opt(flag(L.implementsHealthStandard)),
  heldSportsMeeting: opt(flag(L.heldSportsMeeting)),
  footballFeatureSchool: opt(flag(L.footballFeatureSchool)),
  footballLessonsPerWeek: opt(count(L.footballLessonsPerWeek, REPORT_LIMITS.footballLessonsPerWeek)),
  heldArtsFestival: opt(flag(L.heldArtsFestival)),
  notes: opt(
    z
      .string({ error: `${L.notes}应为文字` })
      .max(REPORT_LIMITS.notes, `${L.notes}不能超过 ${REPORT_LIMITS.notes} 字`)
      .transform((s) => s.trim() || null),
  ),
  grades: z
    .array(gradeSchema, { error: `${L.grades}应为列表` })
    .max(30, `${L.grades}最多 30 行`)
    .default([]),
  staffTotal: opt(count(L.staffTotal, REPORT_LIMITS.staff)),
  fullTimeTeachers: opt(count(L.fullTimeTeachers, REPORT_LIMITS.staff)),
});

/**
 * The report's content fields a school fills in (everything but the grades, the workflow and
 * the bookkeeping): the API saves exactly these, the school app's form edits exactly these.
 */
export const REPORT_CONTENT_FIELDS = [
  "staffTotal",
  "fullTimeTeachers",
  "teachingAuxiliaryArea",
  "indoorSportsArea",
  "outdoorSportsArea",
  "equipmentValue",
  "multimediaClassrooms",
  "innovationLabs",
  "wirelessFullCoverage",
  "healthTested",
  "healthPassed",
  "healthGoodOrExcellent",
  "meetsPeHygieneStandard",
  "implementsCurriculumStandards",
  "hasSportsBrand",
  "implementsHealthStandard",
  "heldSportsMeeting",
  "footballFeatureSchool",
  "footballLessonsPerWeek",
  "heldArtsFestival",
  "notes",
] as const satisfies readonly (keyof ReportInput)[];

/** 中小学: the school types the report's health tests and the B06–B15 items apply to. */
export const PRIMARY_AND_SECONDARY_TYPES: readonly SchoolType[] = [
  "primary",
  "junior_secondary",
  "nine_year",
  "complete_secondary",
  "senior_secondary",
];

/** True when the school type is a 中小学 (primary or secondary school). */
export function isPrimaryOrSecondarySchool(type: SchoolType): boolean {
  return PRIMARY_AND_SECONDARY_TYPES.includes(type);
}

/** A number ≥ 0, or null when absent, negative or not a number (cross-field checks skip those). */
function numberOrNull(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : null;
}

/**
 * Report items a school type does not report (the form hides them, the Excel template omits
 * them, the save refuses a figure in them, the measures do not count them). A kindergarten
 * reports no 体质健康测试 (《国家学生体质健康标准》 covers pupils from 小学 up, not 幼儿) and,
 * per grade, no 大班额/超大班额 (the bands of 国发〔2016〕40号 concern 中小学 classes; its classes
 * are judged on 《幼儿园工作规程》 sizes).
 */
export const REPORT_ITEMS_NOT_REPORTED: Readonly<
  Partial<Record<SchoolType, readonly (keyof ReportInput)[]>>
> = {
  kindergarten: ["healthTested", "healthPassed", "healthGoodOrExcellent"],
};
/** Per-grade items (分年级) a school type does not report; see REPORT_ITEMS_NOT_REPORTED. */
export const GRADE_ITEMS_NOT_REPORTED: Readonly<
  Partial<Record<SchoolType, readonly (keyof ReportGradeInput)[]>>
> = {
  kindergarten: ["largeClasses", "oversizedClasses"],
};

/** Whether a school of this type reports the item (a report field or a per-grade field). */
export function schoolTypeReports(
  type: SchoolType,
  field: keyof ReportInput | keyof ReportGradeInput,
): boolean {
  return !(
    (REPORT_ITEMS_NOT_REPORTED[type] ?? []).includes(field as keyof ReportInput) ||
    (GRADE_ITEMS_NOT_REPORTED[type] ?? []).includes(field as keyof ReportGradeInput)
  );
}

/** Total enrolment of the grades (在校生总数). */
export function totalStudents(grades: readonly Pick<ReportGradeInput, "students">[]): number {
  return grades.reduce((a, g) => a + g.students, 0);
}

/** The rules across fields, run on whatever values are numbers (so every issue shows at once). */
function crossFieldIssues(raw: Record<string, unknown>, ctx: ReportContext): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const n = (k: string) => numberOrNull(raw[k]);
  const tested = n("healthTested");
  const passed = n("healthPassed");
  const good = n("healthGoodOrExcellent");
  for (const f of REPORT_ITEMS_NOT_REPORTED[ctx.schoolType] ?? []) {
    const v = n(f);
    if (v !== null && v > 0) {
      out.push({
        field: f,
        message: f.startsWith("health")
          ? `${SCHOOL_TYPE_LABELS[ctx.schoolType]}不填报体质健康测试人数（${L[f]}应留空）：《国家学生体质健康标准》适用于小学及以上学生`
          : `${SCHOOL_TYPE_LABELS[ctx.schoolType]}不填报${L[f]}（应留空）`,
      });
    }
  }
  if (tested !== null && passed !== null && passed > tested) {
    out.push({
      field: "healthPassed",
      message: `${L.healthPassed}（${passed}）不能超过${L.healthTested}（${tested}）`,
    });
  }
  if (passed !== null && good !== null && good > passed) {
    out.push({
      field: "healthGoodOrExcellent",
      message: `${L.healthGoodOrExcellent}（${good}）不能超过${L.healthPassed}（${passed}）`,
    });
  }
  const teaching = n("teachingAuxiliaryArea");
  const indoor = n("indoorSportsArea");
  if (teaching !== null && indoor !== null && indoor > teaching) {
    out.push({
      field: "indoorSportsArea",
      message: `${L.indoorSportsArea}（${indoor}）不能超过${L.teachingAuxiliaryArea}（${teaching}），后者包含前者`,
    });
  }
  const staffTotal = n("staffTotal");
  const fullTime = n("fullTimeTeachers");
  if (staffTotal !== null && fullTime !== null && fullTime > staffTotal) {
    out.push({
      field: "fullTimeTeachers",
      message: `${L.fullTimeTeachers}（${fullTime}）不能超过${L.staffTotal}（${staffTotal}）`,
    });
  }

  const grades = Array.isArray(raw.grades) ? (raw.grades as Record<string, unknown>[]) : [];
  const allowedStages = STAGES_OF_SCHOOL_TYPE[ctx.schoolType];
  const seen = new Set<string>();
  let enrolment = 0;
  grades.forEach((g, i) => {
    if (!g || typeof g !== "object") return;
    const at = (k: string) => `grades.${i}.${k}`;
    const stage = g.stage as Stage;
    const grade = numberOrNull(g.grade);
    const validStage = (STAGES as readonly string[]).includes(stage);
    let name = `第 ${i + 1} 行`;
    if (validStage && !allowedStages.includes(stage)) {
      out.push({
        field: at("stage"),
        message: `${name}：${SCHOOL_TYPE_LABELS[ctx.schoolType]}不设${STAGE_LABELS[stage]}学段（可填：${allowedStages.map((s) => STAGE_LABELS[s]).join("、")}）`,
      });
    } else if (validStage && grade !== null) {
      if (!GRADES_OF_STAGE[stage].includes(grade)) {
        out.push({
          field: at("grade"),
          message: `${name}：${STAGE_LABELS[stage]}没有第 ${grade} 年级（可填：${GRADES_OF_STAGE[stage].map((x) => gradeLabel(stage, x)).join("、")}）`,
        });
      } else {
        name = `${STAGE_LABELS[stage]}${gradeLabel(stage, grade)}`;
        const key = `${stage}:${grade}`;
        if (seen.has(key)) out.push({ field: at("grade"), message: `${name}重复填报` });
        seen.add(key);
      }
    }
    const students = numberOrNull(g.students);
    const classes = numberOrNull(g.classes);
    const large = numberOrNull(g.largeClasses);
    const oversized = numberOrNull(g.oversizedClasses);
    const disabled = numberOrNull(g.disabledStudents);
    if (students !== null) enrolment += students;
    if (ctx.schoolType === "kindergarten" || stage === "preschool") {
      // 幼儿园: classes are judged against 《幼儿园工作规程》 (小班 25, 中班 30, 大班 35, 混合班 30;
      // reportFlags), not the 中小学 大班额/超大班额 bands: those two counts are not asked
      for (const [k, v] of [
        ["largeClasses", large],
        ["oversizedClasses", oversized],
      ] as const) {
        if (v !== null && v > 0) {
          out.push({
            field: at(k),
            message: `${name}：幼儿园不填报${L[k]}（应为 0），班额按《幼儿园工作规程》核对：小班 25 人、中班 30 人、大班 35 人、混合班 30 人`,
          });
        }
      }
      if (students !== null && classes !== null) {
        if (students > 0 && classes === 0) {
          out.push({
            field: at("classes"),
            message: `${name}：有在园幼儿（${students}人）时${L.classes}不能为 0`,
          });
        } else if (classes > students) {
          out.push({
            field: at("classes"),
            message: `${name}：${L.classes}（${classes}）不能超过${L.students}（${students}），每班至少一名幼儿`,
          });
        }
      }
      if (students !== null && disabled !== null && disabled > students) {
        out.push({
          field: at("disabledStudents"),
          message: `${name}：${L.disabledStudents}（${disabled}）不能超过${L.students}（${students}）`,
        });
      }
      return;
    }
    if (classes !== null && large !== null && oversized !== null && large + oversized > classes) {
      out.push({
        field: at("largeClasses"),
        message: `${name}：大班额与超大班额班级数之和（${large + oversized}）不能超过${L.classes}（${classes}）`,
      });
    }
    if (students !== null && classes !== null) {
      if (students > 0 && classes === 0) {
        out.push({
          field: at("classes"),
          message: `${name}：有在校生（${students}人）时${L.classes}不能为 0`,
        });
      } else if (classes > students) {
        out.push({
          field: at("classes"),
          message: `${name}：${L.classes}（${classes}）不能超过${L.students}（${students}），每班至少一名学生`,
        });
      }
    }
    if (students !== null && large !== null && oversized !== null) {
      const least = LARGE_MIN * large + OVERSIZED_MIN * oversized;
      if (least > students) {
        out.push({
          field: at("students"),
          message: `${name}：${large} 个大班额班（每班至少 ${LARGE_MIN} 人）和 ${oversized} 个超大班额班（每班至少 ${OVERSIZED_MIN} 人）至少有 ${least} 名学生，超过${L.students}（${students}）`,
        });
      }
      if (classes !== null && classes > 0 && oversized === 0 && large <= classes) {
        const most = NORMAL_MAX * (classes - large) + LARGE_MAX * large;
        if (students > most) {
          out.push({
            field: at("largeClasses"),
            message: `${name}：${classes} 个班中仅 ${large} 个大班额班、无超大班额班，最多容纳 ${most} 人，少于${L.students}（${students}）；请核对大班额和超大班额班级数`,
          });
        }
      }
    }
    if (students !== null && disabled !== null && disabled > students) {
      out.push({
        field: at("disabledStudents"),
        message: `${name}：${L.disabledStudents}（${disabled}）不能超过${L.students}（${students}）`,
      });
    }
  });
  if (tested !== null && grades.length > 0 && enrolment > 0 && tested > enrolment) {
    out.push({
      field: "healthTested",
      message: `${L.healthTested}（${tested}）不能超过在校生总数（${enrolment}）`,
    });
  }
  return out;
}

/**
 * Every issue of a report's content (a draft may leave fields empty): numbers within range and
 * of the right kind, coded values valid, grades valid for the school type and not repeated,
 * parts not exceeding wholes (tested ≥ passed ≥ good-or-excellent, tested ≤ enrolment,
 * indoor sports area ≤ teaching area, 大班额 + 超大班额 ≤ classes, students enough for the
 * 大班额/超大班额 classes reported and classes enough for the students, disabled ≤ students,
 * full-time teachers ≤ staff). A kindergarten's grades (小班/中班/大班) are not held to the
 * 中小学 大班额 bands: its 大班额/超大班额 counts must be 0, and its class sizes are flagged for
 * review against 《幼儿园工作规程》 (reportFlags), not refused. Empty when the report may be saved.
 */
export function reportIssues(input: unknown, ctx: ReportContext): ValidationIssue[] {
  const raw = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const parsed = reportSchema.safeParse(raw);
  return uniqueIssues([...(parsed.success ? [] : zodIssues(parsed.error)), ...crossFieldIssues(raw, ctx)]);
}

/** Check a report's content and return it parsed (trimmed notes, nulls for empty fields), or all issues. */
export function checkReport(input: unknown, ctx: ReportContext): Checked<ReportInput> {
  const issues = reportIssues(input, ctx);
  if (issues.length) return { ok: false, value: null, issues };
  return { ok: true, value: reportSchema.parse(input) as ReportInput, issues: [] };
}

/** Sections of the report, with the fields each holds (for forms and completeness messages). */
export const REPORT_SECTIONS = [
  { key: "enrolment", label: "分年级在校生及班额", fields: ["grades"] },
  { key: "staff", label: "教职工", fields: ["staffTotal", "fullTimeTeachers"] },
  {
    key: "buildings",
    label: "校舍及体育场地",
    fields: ["teachingAuxiliaryArea", "indoorSportsArea", "outdoorSportsArea"],
  },
  {
    key: "equipment",
    label: "教学仪器设备及信息化",
    fields: ["equipmentValue", "multimediaClassrooms", "innovationLabs", "wirelessFullCoverage"],
  },
  {
    key: "health",
    label: "学生体质健康测试",
    fields: ["healthTested", "healthPassed", "healthGoodOrExcellent"],
  },
  {
    key: "planItems",
    label: "体育艺术工作（规划指标 B06—B15）",
    fields: [
      "meetsPeHygieneStandard",
      "implementsCurriculumStandards",
      "hasSportsBrand",
      "implementsHealthStandard",
      "heldSportsMeeting",
      "footballFeatureSchool",
      "footballLessonsPerWeek",
      "heldArtsFestival",
    ],
  },
  { key: "notes", label: "备注", fields: ["notes"] },
] as const;

/**
 * What must be filled in before a report can be submitted (the content itself must also pass
 * {@link reportIssues}):
 * - every school: enrolment (at least one grade, students > 0), staff and full-time teachers
 *   (教职工数、专任教师数), the three areas, equipment
 *   value, multimedia classrooms and wireless coverage;
 * - a kindergarten nothing more: no 体质健康 (《国家学生体质健康标准》 tests 中小学 pupils), no
 *   中小学 B-items (B06–B15, B19);
 * - 中小学 also: innovation labs (B19), the three health-test counts with students tested > 0
 *   (B11, B12), and every yes/no item of B06–B15; the football lessons per week when the school
 *   is a football-feature school (B14).
 */
export function reportCompletenessIssues(report: ReportInput, ctx: ReportContext): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const required = (field: keyof ReportInput & keyof typeof L) => {
    if (report[field] === null || report[field] === undefined) {
      out.push({ field, message: `请填写${L[field]}` });
    }
  };
  if (report.grades.length === 0 || totalStudents(report.grades) === 0) {
    out.push({ field: "grades", message: `请填写${L.grades}（至少一个年级的在校生数）` });
  }
  for (const f of [
    "staffTotal",
    "fullTimeTeachers",
    "teachingAuxiliaryArea",
    "indoorSportsArea",
    "outdoorSportsArea",
    "equipmentValue",
    "multimediaClassrooms",
    "wirelessFullCoverage",
  ] as const) {
    required(f);
  }
  if (isPrimaryOrSecondarySchool(ctx.schoolType)) {
    required("innovationLabs");
    for (const f of ["healthTested", "healthPassed", "healthGoodOrExcellent"] as const) required(f);
    if (report.healthTested === 0) {
      out.push({
        field: "healthTested",
        message: `${L.healthTested}不能为 0：中小学应按《国家学生体质健康标准》测试`,
      });
    }
    for (const f of [
      "meetsPeHygieneStandard",
      "implementsCurriculumStandards",
      "hasSportsBrand",
      "implementsHealthStandard",
      "heldSportsMeeting",
      "footballFeatureSchool",
      "heldArtsFestival",
    ] as const) {
      required(f);
    }
    if (report.footballFeatureSchool === true) required("footballLessonsPerWeek");
  }
  return out;
}

/** Workflow states of an annual report: 草稿 → 已提交 → (已退回 → 已提交 →) 已审核 (→ 重新打开: 已退回). */
export const REPORT_STATES = ["draft", "submitted", "returned", "approved"] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** 年报状态 in Chinese. */
export const REPORT_STATE_LABELS: Record<ReportState, string> = {
  draft: "草稿",
  submitted: "已提交",
  returned: "已退回",
  approved: "已审核",
};

/** The label of a school with no report for the year. */
export const REPORT_NOT_STARTED_LABEL = "未填报";

/** States in which the school may still edit its report. */
export const EDITABLE_REPORT_STATES: readonly ReportState[] = ["draft", "returned"];
