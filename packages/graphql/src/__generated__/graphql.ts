/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 城区 / 农区 / 矿区. */
export type AreaType =
  | 'MINING'
  | 'RURAL'
  | 'URBAN';

export type BackboneLevel =
  | 'CITY'
  | 'DISTRICT'
  | 'NATIONAL'
  | 'NONE'
  | 'REGION';

/** Why a school is left out of a stage's assessment. */
export type BalanceExclusionReason =
  /** 该学年没有已审核的年报（计入缺报，区的结论不能通过） */
  | 'NO_APPROVED_REPORT'
  /** 年报中没有该学段在校生 */
  | 'NO_STUDENTS'
  /** 不足50人的教学点 */
  | 'SMALL_TEACHING_POINT'
  /** 特殊教育学校（不参加校际均衡评估） */
  | 'SPECIAL_SCHOOL';

/** The seven resource-allocation indicators of 优质均衡 (教督〔2017〕6号 第七条 (一)–(七)). */
export type BalanceIndicatorId =
  /** 每百名学生拥有高于规定学历教师数 */
  | 'C1'
  /** 每百名学生拥有县级以上骨干教师数 */
  | 'C2'
  /** 每百名学生拥有体育、艺术（美术、音乐）专任教师数 */
  | 'C3'
  /** 生均教学及辅助用房面积 */
  | 'C4'
  /** 生均体育运动场馆面积 */
  | 'C5'
  /** 生均教学仪器设备值 */
  | 'C6'
  /** 每百名学生拥有网络多媒体教室数 */
  | 'C7';

/** Unit of a balance indicator. */
export type BalanceIndicatorUnit =
  /** 平方米/生 */
  | 'M2_PER_STUDENT'
  /** 每百名学生（人或间） */
  | 'PER_100_STUDENTS'
  /** 元/生 */
  | 'YUAN_PER_STUDENT';

/** The rules of the district verdict. */
export type BalanceRule =
  /** 参评学校数据齐全（已审核年报） */
  | 'MISSING_DATA'
  /** 每所学校至少6项达到标准、余项不低于标准的85% */
  | 'SCHOOL_STANDARD'
  /** 每项指标的差异系数不超过限值（小学0.50、初中0.45） */
  | 'VARIATION';

/** What a shortfall is measured against. */
export type BalanceShortfallKind =
  /** a school failing the 6-of-7 rule: the gap to the standard (or to 85% of it for the one indicator allowed to stay below) */
  | 'SCHOOL_STANDARD'
  /** an indicator whose 差异系数 exceeds the limit: the gap of a school below the district value X̄ */
  | 'VARIATION';

/** How a value is compared with a milestone. */
export type Comparator =
  /** = (an exact count or 100% coverage) */
  | 'EQ'
  /** > */
  | 'GT'
  /** ≥ */
  | 'GTE'
  /** ≤ */
  | 'LTE'
  /** every year not lower than the year before (逐年不降低) */
  | 'NONDECREASING'
  /** no numeric target: followed as a trend */
  | 'TRACK';

export type EducationLevel =
  | 'ASSOCIATE'
  | 'BACHELOR'
  | 'HIGH_SCHOOL_OR_BELOW'
  | 'POSTGRADUATE';

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type LoginInput = {
  app: OrgLevel;
  password: string;
  username: string;
};

/** Level of an organisation unit (组织层级). */
export type OrgLevel =
  /** 市级 (city bureau) */
  | 'CITY'
  /** 区级 (district bureau) */
  | 'DISTRICT'
  /** 校级 (school) */
  | 'SCHOOL';

/** Identifies an org unit in a request: the city (no id), a district or a school. */
export type OrgUnitInput = {
  /** District or school id; omitted for the city. */
  id?: string | null | undefined;
  level: OrgLevel;
};

/** 办学性质. */
export type Ownership =
  | 'PRIVATE'
  | 'PUBLIC';

/** 学校类别 (school type by stage). */
export type SchoolType =
  | 'COMPLETE_SECONDARY'
  | 'HIGHER_VOCATIONAL'
  | 'JUNIOR_SECONDARY'
  | 'KINDERGARTEN'
  | 'NINE_YEAR'
  | 'PRIMARY'
  | 'SECONDARY_VOCATIONAL'
  | 'SENIOR_SECONDARY'
  | 'SPECIAL';

export type StaffFilter = {
  districtId?: string | null | undefined;
  education?: EducationLevel | null | undefined;
  role?: StaffRole | null | undefined;
  schoolId?: string | null | undefined;
  /** Start year of the school year, e.g. 2025 for 2025—2026学年. */
  schoolYear: number;
  /** Part of a name. */
  search?: string | null | undefined;
  /** Default ACTIVE. */
  status?: StaffStatus | null | undefined;
  subject?: Subject | null | undefined;
  title?: Title | null | undefined;
};

export type StaffRole =
  | 'PRINCIPAL'
  | 'RESEARCHER'
  | 'TEACHER'
  | 'VICE_PRINCIPAL';

export type StaffStatus =
  | 'ACTIVE'
  | 'RETIRED'
  | 'TRANSFERRED_OUT';

export type Stage =
  | 'HIGHER_VOCATIONAL'
  | 'JUNIOR_SECONDARY'
  | 'PRESCHOOL'
  | 'PRIMARY'
  | 'SECONDARY_VOCATIONAL'
  | 'SENIOR_SECONDARY'
  | 'SPECIAL';

export type Subject =
  | 'BIOLOGY'
  | 'CHEMISTRY'
  | 'CHINESE'
  | 'ENGLISH'
  | 'FINE_ART'
  | 'GEOGRAPHY'
  | 'HISTORY'
  | 'INFORMATION_TECHNOLOGY'
  | 'LABOUR'
  | 'MATHEMATICS'
  | 'MENTAL_HEALTH'
  | 'MONGOLIAN'
  | 'MORALITY_LAW'
  | 'MUSIC'
  | 'OTHER'
  | 'PHYSICAL_EDUCATION'
  | 'PHYSICS'
  | 'PRESCHOOL'
  | 'SCIENCE'
  | 'SPECIALTY'
  | 'SPECIAL_EDUCATION'
  | 'VOCATIONAL_GENERAL';

export type TargetGroup =
  /** 教育事业发展和人力资源开发主要预期指标 (the plan's indicator table) */
  | 'A'
  /** Targets in the plan's text */
  | 'B'
  /** 义务教育优质均衡 resource indicators (教督〔2017〕6号) */
  | 'C';

/** Where a value stands against a milestone. */
export type TargetStatus =
  /** 达标 */
  | 'MET'
  /** 未达标 (a milestone due this year or passed) */
  | 'MISSED'
  /** 无数据 */
  | 'NO_DATA'
  /** 滞后于进度 */
  | 'OFF_TRACK'
  /** 按进度 (ahead of the straight line to a future milestone) */
  | 'ON_TRACK';

export type Title =
  | 'FIRST'
  | 'SECOND'
  | 'SENIOR'
  | 'SENIOR_FULL'
  | 'THIRD'
  | 'UNRATED';

export type ViewerFieldsFragment = { level: OrgLevel, user: { id: string, username: string, displayName: string }, orgUnit: { id: string | null, level: OrgLevel, code: string, name: string }, district: { id: string, code: string, name: string } | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, viewer: { level: OrgLevel, user: { id: string, username: string, displayName: string }, orgUnit: { id: string | null, level: OrgLevel, code: string, name: string }, district: { id: string, code: string, name: string } | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string } | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { ok: boolean } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { level: OrgLevel, user: { id: string, username: string, displayName: string }, orgUnit: { id: string | null, level: OrgLevel, code: string, name: string }, district: { id: string, code: string, name: string } | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string } | null } | null };

export type BalanceSchoolResultFieldsFragment = { stage: Stage, stageLabel: string, students: number, metCount: number, passed: boolean, summary: string, school: { id: string, code: string, name: string, typeLabel: string }, indicators: Array<{ value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> };

export type BalanceExcludedFieldsFragment = { stage: Stage, reason: BalanceExclusionReason, reasonLabel: string, blocksVerdict: boolean, students: number | null, school: { id: string, name: string, typeLabel: string } };

export type BalanceStageFieldsFragment = { stage: Stage, stageLabel: string, passed: boolean, verdict: string, schoolsPassed: number, failures: Array<{ rule: BalanceRule, ruleLabel: string, message: string }>, variations: Array<{ cv: number | null, limit: number, mean: number | null, standardDeviation: number | null, passed: boolean, reason: string | null, schoolsCounted: number, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }>, schools: Array<{ stage: Stage, stageLabel: string, students: number, metCount: number, passed: boolean, summary: string, school: { id: string, code: string, name: string, typeLabel: string }, indicators: Array<{ value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> }>, excluded: Array<{ stage: Stage, reason: BalanceExclusionReason, reasonLabel: string, blocksVerdict: boolean, students: number | null, school: { id: string, name: string, typeLabel: string } }>, shortfalls: Array<{ rank: number, kind: BalanceShortfallKind, text: string, amount: number | null, amountUnit: string, gap: number | null, target: number, targetLabel: string, value: number | null, school: { id: string, name: string }, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> };

export type BalanceAssessmentsQueryVariables = Exact<{
  schoolYear: number;
}>;


export type BalanceAssessmentsQuery = { balanceAssessments: Array<{ schoolYear: number, schoolYearLabel: string, passed: boolean, district: { id: string, name: string }, stages: Array<{ stage: Stage, stageLabel: string, passed: boolean, verdict: string, schoolsPassed: number, failures: Array<{ rule: BalanceRule, ruleLabel: string, message: string }>, variations: Array<{ cv: number | null, limit: number, mean: number | null, standardDeviation: number | null, passed: boolean, reason: string | null, schoolsCounted: number, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }>, schools: Array<{ stage: Stage, stageLabel: string, students: number, metCount: number, passed: boolean, summary: string, school: { id: string, code: string, name: string, typeLabel: string }, indicators: Array<{ value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> }>, excluded: Array<{ stage: Stage, reason: BalanceExclusionReason, reasonLabel: string, blocksVerdict: boolean, students: number | null, school: { id: string, name: string, typeLabel: string } }>, shortfalls: Array<{ rank: number, kind: BalanceShortfallKind, text: string, amount: number | null, amountUnit: string, gap: number | null, target: number, targetLabel: string, value: number | null, school: { id: string, name: string }, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> }> }> };

export type BalanceAssessmentQueryVariables = Exact<{
  districtId: string;
  schoolYear: number;
}>;


export type BalanceAssessmentQuery = { balanceAssessment: { schoolYear: number, schoolYearLabel: string, passed: boolean, district: { id: string, name: string }, stages: Array<{ stage: Stage, stageLabel: string, passed: boolean, verdict: string, schoolsPassed: number, failures: Array<{ rule: BalanceRule, ruleLabel: string, message: string }>, variations: Array<{ cv: number | null, limit: number, mean: number | null, standardDeviation: number | null, passed: boolean, reason: string | null, schoolsCounted: number, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }>, schools: Array<{ stage: Stage, stageLabel: string, students: number, metCount: number, passed: boolean, summary: string, school: { id: string, code: string, name: string, typeLabel: string }, indicators: Array<{ value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> }>, excluded: Array<{ stage: Stage, reason: BalanceExclusionReason, reasonLabel: string, blocksVerdict: boolean, students: number | null, school: { id: string, name: string, typeLabel: string } }>, shortfalls: Array<{ rank: number, kind: BalanceShortfallKind, text: string, amount: number | null, amountUnit: string, gap: number | null, target: number, targetLabel: string, value: number | null, school: { id: string, name: string }, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> }> } };

export type SchoolBalanceQueryVariables = Exact<{
  schoolId: string;
  schoolYear: number;
}>;


export type SchoolBalanceQuery = { schoolBalance: { schoolYear: number, schoolYearLabel: string, school: { id: string, name: string, type: SchoolType, typeLabel: string }, results: Array<{ stage: Stage, stageLabel: string, students: number, metCount: number, passed: boolean, summary: string, school: { id: string, code: string, name: string, typeLabel: string }, indicators: Array<{ value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> }>, excluded: Array<{ stage: Stage, reason: BalanceExclusionReason, reasonLabel: string, blocksVerdict: boolean, students: number | null, school: { id: string, name: string, typeLabel: string } }> } };

export type DashboardResultFieldsFragment = { schoolYear: number, status: TargetStatus, statusLabel: string, value: number | null, numerator: number | null, numeratorLabel: string | null, denominator: number | null, denominatorLabel: string | null, reason: string | null, requiredNow: number | null, unitsIncluded: number, unitsMissing: number, milestone: { year: number | null, comparator: Comparator, value: number | null, label: string } | null, unit: { id: string | null, level: OrgLevel, name: string }, target: { id: string } };

export type TargetDashboardQueryVariables = Exact<{
  unit: OrgUnitInput;
  fromYear: number;
  toYear: number;
  targetIds?: Array<string> | string | null | undefined;
}>;


export type TargetDashboardQuery = { targetDashboard: { fromYear: number, toYear: number, unit: { id: string | null, level: OrgLevel, code: string, name: string }, children: Array<{ id: string | null, level: OrgLevel, code: string, name: string }>, results: Array<{ schoolYear: number, status: TargetStatus, statusLabel: string, value: number | null, numerator: number | null, numeratorLabel: string | null, denominator: number | null, denominatorLabel: string | null, reason: string | null, requiredNow: number | null, unitsIncluded: number, unitsMissing: number, milestone: { year: number | null, comparator: Comparator, value: number | null, label: string } | null, unit: { id: string | null, level: OrgLevel, name: string }, target: { id: string } }> } };

export type SchoolFieldsFragment = { id: string, code: string, name: string, type: SchoolType, typeLabel: string, area: AreaType, areaLabel: string, ownership: Ownership, ownershipLabel: string, ethnic: boolean, inclusive: boolean, district: { id: string, name: string } };

export type DistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsQuery = { districts: Array<{ id: string, code: string, name: string, schoolCount: number, schools: Array<{ id: string, code: string, name: string, type: SchoolType, typeLabel: string, area: AreaType, areaLabel: string, ownership: Ownership, ownershipLabel: string, ethnic: boolean, inclusive: boolean, district: { id: string, name: string } }> }> };

export type SchoolsQueryVariables = Exact<{
  districtId?: string | null | undefined;
  types?: Array<SchoolType> | SchoolType | null | undefined;
}>;


export type SchoolsQuery = { schools: Array<{ id: string, code: string, name: string, type: SchoolType, typeLabel: string, area: AreaType, areaLabel: string, ownership: Ownership, ownershipLabel: string, ethnic: boolean, inclusive: boolean, district: { id: string, name: string } }> };

export type SchoolYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolYearsQuery = { schoolYears: Array<{ startYear: number, label: string }> };

export type MilestoneFieldsFragment = { year: number | null, comparator: Comparator, value: number | null, label: string };

export type PlanTargetFieldsFragment = { id: string, group: TargetGroup, name: string, section: string, measuredFrom: string, unit: string, unitLabel: string, direction: string, baseline: number | null, baselineLabel: string | null, levels: Array<OrgLevel>, inconsistency: string | null, notes: string | null, milestones: Array<{ year: number | null, comparator: Comparator, value: number | null, label: string }> };

export type PlanTargetsQueryVariables = Exact<{
  group?: TargetGroup | null | undefined;
  level?: OrgLevel | null | undefined;
}>;


export type PlanTargetsQuery = { planTargets: Array<{ id: string, group: TargetGroup, name: string, section: string, measuredFrom: string, unit: string, unitLabel: string, direction: string, baseline: number | null, baselineLabel: string | null, levels: Array<OrgLevel>, inconsistency: string | null, notes: string | null, milestones: Array<{ year: number | null, comparator: Comparator, value: number | null, label: string }> }> };

export type TargetResultsQueryVariables = Exact<{
  unit: OrgUnitInput;
  schoolYear: number;
  targetIds?: Array<string> | string | null | undefined;
}>;


export type TargetResultsQuery = { targetResults: Array<{ schoolYear: number, status: TargetStatus, statusLabel: string, value: number | null, numerator: number | null, numeratorLabel: string | null, denominator: number | null, denominatorLabel: string | null, reason: string | null, requiredNow: number | null, unitsIncluded: number, unitsMissing: number, milestone: { year: number | null, comparator: Comparator, value: number | null, label: string } | null, unit: { id: string | null, level: OrgLevel, code: string, name: string }, target: { id: string, group: TargetGroup, name: string, section: string, measuredFrom: string, unit: string, unitLabel: string, direction: string, baseline: number | null, baselineLabel: string | null, levels: Array<OrgLevel>, inconsistency: string | null, notes: string | null, milestones: Array<{ year: number | null, comparator: Comparator, value: number | null, label: string }> } }> };

export type StaffPageQueryVariables = Exact<{
  filter: StaffFilter;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type StaffPageQuery = { staff: { page: number, pageSize: number, total: number, items: Array<{ id: string, name: string, gender: Gender, genderLabel: string, birthYear: number, age: number, role: StaffRole, roleLabel: string, stage: Stage | null, stageLabel: string | null, subject: Subject | null, subjectLabel: string | null, education: EducationLevel, educationLabel: string, title: Title, titleLabel: string, backboneLevel: BackboneLevel, backboneLabel: string, fullTime: boolean, status: StaffStatus, statusLabel: string, school: { id: string, name: string } | null, district: { id: string, name: string } | null }> } };

export type LabeledCountFieldsFragment = { key: string, label: string, count: number };

export type StaffingSummaryQueryVariables = Exact<{
  unit: OrgUnitInput;
  schoolYear: number;
}>;


export type StaffingSummaryQuery = { staffingSummary: { schoolYear: number, total: number, fullTimeTeachers: number, unit: { id: string | null, level: OrgLevel, code: string, name: string }, byRole: Array<{ key: string, label: string, count: number }>, byTitle: Array<{ key: string, label: string, count: number }>, byEducation: Array<{ key: string, label: string, count: number }>, byAgeBand: Array<{ key: string, label: string, count: number }>, byGender: Array<{ key: string, label: string, count: number }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Viewer {
  level
  user {
    id
    username
    displayName
  }
  orgUnit {
    id
    level
    code
    name
  }
  district {
    id
    code
    name
  }
  school {
    id
    code
    name
    type
    typeLabel
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const BalanceSchoolResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment BalanceSchoolResultFields on BalanceSchoolResult {
  stage
  stageLabel
  students
  metCount
  passed
  summary
  school {
    id
    code
    name
    typeLabel
  }
  indicators {
    value
    standard
    met
    ratioOfStandard
    amount
    indicator {
      id
      name
      unit
      unitLabel
      formula
    }
  }
}
    `, {"fragmentName":"BalanceSchoolResultFields"}) as unknown as TypedDocumentString<BalanceSchoolResultFieldsFragment, unknown>;
export const BalanceExcludedFieldsFragmentDoc = new TypedDocumentString(`
    fragment BalanceExcludedFields on BalanceExcludedSchool {
  stage
  reason
  reasonLabel
  blocksVerdict
  students
  school {
    id
    name
    typeLabel
  }
}
    `, {"fragmentName":"BalanceExcludedFields"}) as unknown as TypedDocumentString<BalanceExcludedFieldsFragment, unknown>;
export const BalanceStageFieldsFragmentDoc = new TypedDocumentString(`
    fragment BalanceStageFields on BalanceStageAssessment {
  stage
  stageLabel
  passed
  verdict
  schoolsPassed
  failures {
    rule
    ruleLabel
    message
  }
  variations {
    cv
    limit
    mean
    standardDeviation
    passed
    reason
    schoolsCounted
    indicator {
      id
      name
      unit
      unitLabel
      formula
    }
  }
  schools {
    ...BalanceSchoolResultFields
  }
  excluded {
    ...BalanceExcludedFields
  }
  shortfalls {
    rank
    kind
    text
    amount
    amountUnit
    gap
    target
    targetLabel
    value
    school {
      id
      name
    }
    indicator {
      id
      name
      unit
      unitLabel
      formula
    }
  }
}
    fragment BalanceSchoolResultFields on BalanceSchoolResult {
  stage
  stageLabel
  students
  metCount
  passed
  summary
  school {
    id
    code
    name
    typeLabel
  }
  indicators {
    value
    standard
    met
    ratioOfStandard
    amount
    indicator {
      id
      name
      unit
      unitLabel
      formula
    }
  }
}
fragment BalanceExcludedFields on BalanceExcludedSchool {
  stage
  reason
  reasonLabel
  blocksVerdict
  students
  school {
    id
    name
    typeLabel
  }
}`, {"fragmentName":"BalanceStageFields"}) as unknown as TypedDocumentString<BalanceStageFieldsFragment, unknown>;
export const MilestoneFieldsFragmentDoc = new TypedDocumentString(`
    fragment MilestoneFields on Milestone {
  year
  comparator
  value
  label
}
    `, {"fragmentName":"MilestoneFields"}) as unknown as TypedDocumentString<MilestoneFieldsFragment, unknown>;
export const DashboardResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment DashboardResultFields on TargetResult {
  schoolYear
  status
  statusLabel
  value
  numerator
  numeratorLabel
  denominator
  denominatorLabel
  reason
  requiredNow
  unitsIncluded
  unitsMissing
  milestone {
    ...MilestoneFields
  }
  unit {
    id
    level
    name
  }
  target {
    id
  }
}
    fragment MilestoneFields on Milestone {
  year
  comparator
  value
  label
}`, {"fragmentName":"DashboardResultFields"}) as unknown as TypedDocumentString<DashboardResultFieldsFragment, unknown>;
export const SchoolFieldsFragmentDoc = new TypedDocumentString(`
    fragment SchoolFields on School {
  id
  code
  name
  type
  typeLabel
  area
  areaLabel
  ownership
  ownershipLabel
  ethnic
  inclusive
  district {
    id
    name
  }
}
    `, {"fragmentName":"SchoolFields"}) as unknown as TypedDocumentString<SchoolFieldsFragment, unknown>;
export const PlanTargetFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlanTargetFields on PlanTarget {
  id
  group
  name
  section
  measuredFrom
  unit
  unitLabel
  direction
  baseline
  baselineLabel
  levels
  inconsistency
  notes
  milestones {
    ...MilestoneFields
  }
}
    fragment MilestoneFields on Milestone {
  year
  comparator
  value
  label
}`, {"fragmentName":"PlanTargetFields"}) as unknown as TypedDocumentString<PlanTargetFieldsFragment, unknown>;
export const LabeledCountFieldsFragmentDoc = new TypedDocumentString(`
    fragment LabeledCountFields on LabeledCount {
  key
  label
  count
}
    `, {"fragmentName":"LabeledCountFields"}) as unknown as TypedDocumentString<LabeledCountFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    token
    expiresAt
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  level
  user {
    id
    username
    displayName
  }
  orgUnit {
    id
    level
    code
    name
  }
  district {
    id
    code
    name
  }
  school {
    id
    code
    name
    type
    typeLabel
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout {
    ok
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  level
  user {
    id
    username
    displayName
  }
  orgUnit {
    id
    level
    code
    name
  }
  district {
    id
    code
    name
  }
  school {
    id
    code
    name
    type
    typeLabel
  }
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const BalanceAssessmentsDocument = new TypedDocumentString(`
    query BalanceAssessments($schoolYear: Int!) {
  balanceAssessments(schoolYear: $schoolYear) {
    schoolYear
    schoolYearLabel
    passed
    district {
      id
      name
    }
    stages {
      ...BalanceStageFields
    }
  }
}
    fragment BalanceSchoolResultFields on BalanceSchoolResult {
  stage
  stageLabel
  students
  metCount
  passed
  summary
  school {
    id
    code
    name
    typeLabel
  }
  indicators {
    value
    standard
    met
    ratioOfStandard
    amount
    indicator {
      id
      name
      unit
      unitLabel
      formula
    }
  }
}
fragment BalanceExcludedFields on BalanceExcludedSchool {
  stage
  reason
  reasonLabel
  blocksVerdict
  students
  school {
    id
    name
    typeLabel
  }
}
fragment BalanceStageFields on BalanceStageAssessment {
  stage
  stageLabel
  passed
  verdict
  schoolsPassed
  failures {
    rule
    ruleLabel
    message
  }
  variations {
    cv
    limit
    mean
    standardDeviation
    passed
    reason
    schoolsCounted
    indicator {
      id
      name
      unit
      unitLabel
      formula
    }
  }
  schools {
    ...BalanceSchoolResultFields
  }
  excluded {
    ...BalanceExcludedFields
  }
  shortfalls {
    rank
    kind
    text
    amount
    amountUnit
    gap
    target
    targetLabel
    value
    school {
      id
      name
    }
    indicator {
      id
      name
      unit
      unitLabel
      formula
    }
  }
}`) as unknown as TypedDocumentString<BalanceAssessmentsQuery, BalanceAssessmentsQueryVariables>;
export const BalanceAssessmentDocument = new TypedDocumentString(`
    query BalanceAssessment($districtId: ID!, $schoolYear: Int!) {
  balanceAssessment(districtId: $districtId, schoolYear: $schoolYear) {
    schoolYear
    schoolYearLabel
    passed
    district {
      id
      name
    }
    stages {
      ...BalanceStageFields
    }
  }
}
    fragment BalanceSchoolResultFields on BalanceSchoolResult {
  stage
  stageLabel
  students
  metCount
  passed
  summary
  school {
    id
    code
    name
    typeLabel
  }
  indicators {
    value
    standard
    met
    ratioOfStandard
    amount
    indicator {
      id
      name
      unit
      unitLabel
      formula
    }
  }
}
fragment BalanceExcludedFields on BalanceExcludedSchool {
  stage
  reason
  reasonLabel
  blocksVerdict
  students
  school {
    id
    name
    typeLabel
  }
}
fragment BalanceStageFields on BalanceStageAssessment {
  stage
  stageLabel
  passed
  verdict
  schoolsPassed
  failures {
    rule
    ruleLabel
    message
  }
  variations {
    cv
    limit
    mean
    standardDeviation
    passed
    reason
    schoolsCounted
    indicator {
      id
      name
      unit
      unitLabel
      formula
    }
  }
  schools {
    ...BalanceSchoolResultFields
  }
  excluded {
    ...BalanceExcludedFields
  }
  shortfalls {
    rank
    kind
    text
    amount
    amountUnit
    gap
    target
    targetLabel
    value
    school {
      id
      name
    }
    indicator {
      id
      name
      unit
      unitLabel
      formula
    }
  }
}`) as unknown as TypedDocumentString<BalanceAssessmentQuery, BalanceAssessmentQueryVariables>;
export const SchoolBalanceDocument = new TypedDocumentString(`
    query SchoolBalance($schoolId: ID!, $schoolYear: Int!) {
  schoolBalance(schoolId: $schoolId, schoolYear: $schoolYear) {
    schoolYear
    schoolYearLabel
    school {
      id
      name
      type
      typeLabel
    }
    results {
      ...BalanceSchoolResultFields
    }
    excluded {
      ...BalanceExcludedFields
    }
  }
}
    fragment BalanceSchoolResultFields on BalanceSchoolResult {
  stage
  stageLabel
  students
  metCount
  passed
  summary
  school {
    id
    code
    name
    typeLabel
  }
  indicators {
    value
    standard
    met
    ratioOfStandard
    amount
    indicator {
      id
      name
      unit
      unitLabel
      formula
    }
  }
}
fragment BalanceExcludedFields on BalanceExcludedSchool {
  stage
  reason
  reasonLabel
  blocksVerdict
  students
  school {
    id
    name
    typeLabel
  }
}`) as unknown as TypedDocumentString<SchoolBalanceQuery, SchoolBalanceQueryVariables>;
export const TargetDashboardDocument = new TypedDocumentString(`
    query TargetDashboard($unit: OrgUnitInput!, $fromYear: Int!, $toYear: Int!, $targetIds: [ID!]) {
  targetDashboard(
    unit: $unit
    fromYear: $fromYear
    toYear: $toYear
    targetIds: $targetIds
  ) {
    fromYear
    toYear
    unit {
      id
      level
      code
      name
    }
    children {
      id
      level
      code
      name
    }
    results {
      ...DashboardResultFields
    }
  }
}
    fragment DashboardResultFields on TargetResult {
  schoolYear
  status
  statusLabel
  value
  numerator
  numeratorLabel
  denominator
  denominatorLabel
  reason
  requiredNow
  unitsIncluded
  unitsMissing
  milestone {
    ...MilestoneFields
  }
  unit {
    id
    level
    name
  }
  target {
    id
  }
}
fragment MilestoneFields on Milestone {
  year
  comparator
  value
  label
}`) as unknown as TypedDocumentString<TargetDashboardQuery, TargetDashboardQueryVariables>;
export const DistrictsDocument = new TypedDocumentString(`
    query Districts {
  districts {
    id
    code
    name
    schoolCount
    schools {
      ...SchoolFields
    }
  }
}
    fragment SchoolFields on School {
  id
  code
  name
  type
  typeLabel
  area
  areaLabel
  ownership
  ownershipLabel
  ethnic
  inclusive
  district {
    id
    name
  }
}`) as unknown as TypedDocumentString<DistrictsQuery, DistrictsQueryVariables>;
export const SchoolsDocument = new TypedDocumentString(`
    query Schools($districtId: ID, $types: [SchoolType!]) {
  schools(districtId: $districtId, types: $types) {
    ...SchoolFields
  }
}
    fragment SchoolFields on School {
  id
  code
  name
  type
  typeLabel
  area
  areaLabel
  ownership
  ownershipLabel
  ethnic
  inclusive
  district {
    id
    name
  }
}`) as unknown as TypedDocumentString<SchoolsQuery, SchoolsQueryVariables>;
export const SchoolYearsDocument = new TypedDocumentString(`
    query SchoolYears {
  schoolYears {
    startYear
    label
  }
}
    `) as unknown as TypedDocumentString<SchoolYearsQuery, SchoolYearsQueryVariables>;
export const PlanTargetsDocument = new TypedDocumentString(`
    query PlanTargets($group: TargetGroup, $level: OrgLevel) {
  planTargets(group: $group, level: $level) {
    ...PlanTargetFields
  }
}
    fragment MilestoneFields on Milestone {
  year
  comparator
  value
  label
}
fragment PlanTargetFields on PlanTarget {
  id
  group
  name
  section
  measuredFrom
  unit
  unitLabel
  direction
  baseline
  baselineLabel
  levels
  inconsistency
  notes
  milestones {
    ...MilestoneFields
  }
}`) as unknown as TypedDocumentString<PlanTargetsQuery, PlanTargetsQueryVariables>;
export const TargetResultsDocument = new TypedDocumentString(`
    query TargetResults($unit: OrgUnitInput!, $schoolYear: Int!, $targetIds: [ID!]) {
  targetResults(unit: $unit, schoolYear: $schoolYear, targetIds: $targetIds) {
    schoolYear
    status
    statusLabel
    value
    numerator
    numeratorLabel
    denominator
    denominatorLabel
    reason
    requiredNow
    unitsIncluded
    unitsMissing
    milestone {
      ...MilestoneFields
    }
    unit {
      id
      level
      code
      name
    }
    target {
      ...PlanTargetFields
    }
  }
}
    fragment MilestoneFields on Milestone {
  year
  comparator
  value
  label
}
fragment PlanTargetFields on PlanTarget {
  id
  group
  name
  section
  measuredFrom
  unit
  unitLabel
  direction
  baseline
  baselineLabel
  levels
  inconsistency
  notes
  milestones {
    ...MilestoneFields
  }
}`) as unknown as TypedDocumentString<TargetResultsQuery, TargetResultsQueryVariables>;
export const StaffPageDocument = new TypedDocumentString(`
    query StaffPage($filter: StaffFilter!, $page: Int, $pageSize: Int) {
  staff(filter: $filter, page: $page, pageSize: $pageSize) {
    page
    pageSize
    total
    items {
      id
      name
      gender
      genderLabel
      birthYear
      age
      role
      roleLabel
      stage
      stageLabel
      subject
      subjectLabel
      education
      educationLabel
      title
      titleLabel
      backboneLevel
      backboneLabel
      fullTime
      status
      statusLabel
      school {
        id
        name
      }
      district {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffPageQuery, StaffPageQueryVariables>;
export const StaffingSummaryDocument = new TypedDocumentString(`
    query StaffingSummary($unit: OrgUnitInput!, $schoolYear: Int!) {
  staffingSummary(unit: $unit, schoolYear: $schoolYear) {
    schoolYear
    total
    fullTimeTeachers
    unit {
      id
      level
      code
      name
    }
    byRole {
      ...LabeledCountFields
    }
    byTitle {
      ...LabeledCountFields
    }
    byEducation {
      ...LabeledCountFields
    }
    byAgeBand {
      ...LabeledCountFields
    }
    byGender {
      ...LabeledCountFields
    }
  }
}
    fragment LabeledCountFields on LabeledCount {
  key
  label
  count
}`) as unknown as TypedDocumentString<StaffingSummaryQuery, StaffingSummaryQueryVariables>;