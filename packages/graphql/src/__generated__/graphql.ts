/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountFilter = {
  /** Accounts of this district and (for the city) its schools. */
  districtId?: string | null | undefined;
  /** Include disabled accounts (default true). */
  includeDisabled?: boolean | null | undefined;
  /** Accounts of units of this level only. */
  level?: OrgLevel | null | undefined;
  schoolId?: string | null | undefined;
};

export type AccountVersionInput = {
  id: string;
  version: number;
};

/** A new staff record. Omitted yes/no items are no; omitted title 未定级, certificate 无, backbone 非骨干. */
export type AddStaffInput = {
  backboneLevel?: BackboneLevel | null | undefined;
  bilingual?: boolean | null | undefined;
  /** ISO date YYYY-MM-DD. */
  birthDate: string;
  counsellingCertificate?: boolean | null | undefined;
  /** The district of a district 教研室; omit both for the city 教研室. */
  districtId?: string | null | undefined;
  dualQualified?: boolean | null | undefined;
  education: EducationLevel;
  /** Default 汉族. */
  ethnicity?: string | null | undefined;
  /** 专任教师. */
  fullTime: boolean;
  gender: Gender;
  /** 居民身份证号, 18 characters; checked, never stored in full. */
  idNumber?: string | null | undefined;
  mentalHealthTrained?: boolean | null | undefined;
  name: string;
  preschoolMajor?: boolean | null | undefined;
  role: StaffRole;
  /** The school; omit for a 教研室. */
  schoolId?: string | null | undefined;
  /**
   * The school year of the roster (start year): omitted, the current one. A past year only while a
   * 补录 window is open for the school (BAD_USER_INPUT on schoolYear otherwise).
   */
  schoolYear?: number | null | undefined;
  stage?: Stage | null | undefined;
  /**
   * 入职/调入日期, ISO date YYYY-MM-DD, within the school year or before, not after today; omitted:
   * on the roster since before the year's 统计时点 (1 September). BAD_USER_INPUT on startedOn otherwise.
   */
  startedOn?: string | null | undefined;
  subject?: Subject | null | undefined;
  teacherCertificate?: TeacherCertificate | null | undefined;
  title?: Title | null | undefined;
  trainingHours?: number | null | undefined;
};

/** 城区 / 农区 / 矿区, as the plan speaks of it: derived from 城乡分类代码 and the 矿区 tag. */
export type AreaType =
  | 'MINING'
  | 'RURAL'
  | 'URBAN';

/** Which entries to list; every field narrows. */
export type AuditFilter = {
  /**
   * An action code of the catalogue (the domain's AUDIT_ACTIONS, e.g. report.approve,
   * district_inputs.update, register.delete); another code is BAD_USER_INPUT.
   */
  action?: string | null | undefined;
  districtId?: string | null | undefined;
  /** From this instant (inclusive). */
  from?: string | null | undefined;
  schoolId?: string | null | undefined;
  /** Until this instant (exclusive). */
  to?: string | null | undefined;
  /** The account that made the change. */
  userId?: string | null | undefined;
};

export type BackboneLevel =
  | 'CITY'
  | 'DISTRICT'
  | 'NATIONAL'
  | 'NONE'
  | 'REGION';

/** An action of an edited plan (as BalancePlan.actions gives them back). */
export type BalanceActionInput = {
  /** Transfers only: the school the teachers leave (another assessed school of the district-stage). */
  fromSchoolId?: string | null | undefined;
  kind: BalanceActionKind;
  /** Teachers / rooms (whole numbers), m² or 元; ≥ 0 (0 = the action is kept but changes nothing). */
  quantity: number;
  /** The school that gains (a school assessed in the district-stage). */
  schoolId: string;
};

/**
 * A change the plan can make to one school (达标方案的一项措施). Hires and transfers are whole
 * teachers of the stage (任教学段); areas whole m²; equipment whole 元; rooms whole 间. A teacher
 * hired or transferred counts in the one indicator of the action only (a backbone teacher who is
 * also above the required degree is not counted twice).
 */
export type BalanceActionKind =
  /** 新增教学仪器设备值（C6），单位：元 */
  | 'ADD_EQUIPMENT'
  /** 新增网络多媒体教室（C7），单位：间 */
  | 'ADD_MULTIMEDIA_CLASSROOMS'
  /** 新增体育运动场馆面积（C5），单位：m² */
  | 'ADD_SPORTS_AREA'
  /** 新增教学及辅助用房面积（C4），单位：m² */
  | 'ADD_TEACHING_AREA'
  /**
   * 校内调整（C1）：九年一贯制学校另一学段（小学方案为初中部，初中方案为小学部）的高于规定学历教师调入
   * 本学段（C1 初中部本科及以上均计入小学；小学部只有本科及以上计入初中）；不指定 fromSchool；该学段
   * 随之减少，见 BalancePlan.otherStage；单位：人
   */
  | 'ADJUST_WITHIN_SCHOOL_ABOVE_DEGREE'
  /** 校内调整：县级以上骨干教师（C2），由本校另一学段调入；单位：人 */
  | 'ADJUST_WITHIN_SCHOOL_BACKBONE'
  /** 校内调整：体育、艺术专任教师（C3），由本校另一学段调入；单位：人 */
  | 'ADJUST_WITHIN_SCHOOL_PE_ARTS'
  /** 新增县级以上骨干教师（C2），单位：人 */
  | 'HIRE_BACKBONE_TEACHER'
  /** 新增体育、艺术（美术、音乐）专任教师（C3），单位：人 */
  | 'HIRE_PE_ARTS_TEACHER'
  /** 新增高于规定学历教师（C1，小学专科及以上、初中本科及以上），单位：人 */
  | 'HIRE_TEACHER_ABOVE_DEGREE'
  /**
   * 认定县级骨干教师（C2）：学校本学段尚未认定为骨干的专任教师经培训考核认定为县级骨干教师，只提高C2
   * （不改变C1、学生数），每校不超过本学段专任教师数减骨干教师数；单位：人
   */
  | 'RECOGNIZE_BACKBONE_TEACHER'
  /** 交流轮岗：县级以上骨干教师（C2），单位：人 */
  | 'TRANSFER_BACKBONE'
  /** 交流轮岗：体育、艺术专任教师（C3），单位：人 */
  | 'TRANSFER_PE_ARTS'
  /** 交流轮岗：高于规定学历教师从 fromSchool 调入 school（C1：调出校−1，调入校+1），单位：人 */
  | 'TRANSFER_TEACHER_ABOVE_DEGREE';

/** Why a school is left out of a stage's assessment. */
export type BalanceExclusionReason =
  /** 该学年没有已审核的年报（待评估：区的结论在其年报审核前为待评估，除非已评估的学校已有不达标者） */
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

/**
 * The platform's 监测测算 outcome of 优质均衡 (a stage, or a district). The national
 * 办法 (教督〔2017〕6号) judges a district on ALL its schools, so while some schools have no approved
 * report (NO_APPROVED_REPORT) the outcome can only be PENDING, unless a failure is already certain
 * whatever the missing schools report: an assessed school failing the 6-of-7 rule is certain (its
 * figures do not depend on other schools); a 差异系数 over the limit among the assessed schools is
 * NOT certain (the missing schools change X̄ and S, and may bring it under the limit), so it
 * leaves the outcome PENDING and is reported as provisional.
 */
export type BalanceOutcome =
  /** 未达到：a certain failure (a school failing the 6-of-7 rule; a 差异系数 over the limit with every school assessed) */
  | 'FAILED'
  /** 不适用：no school of the district to assess in the stage (none, or only schools the 办法 leaves out); a district whose every stage is 不适用 */
  | 'NOT_APPLICABLE'
  /** 达到：every school assessed, every school passes, every 差异系数 within the limit */
  | 'PASSED'
  /** 待评估：some schools lack an approved report and nothing certain fails yet */
  | 'PENDING';

export type BalancePlanInput = {
  /** Solving only: may the plan move teachers between schools (交流轮岗)? Default true. */
  allowTransfers?: boolean | null | undefined;
  districtId: string;
  /** Given: evaluate exactly these actions (no solving). Absent or null: solve. */
  fixedActions?: Array<BalanceActionInput> | null | undefined;
  /** School year (its first calendar year, e.g. 2025 = 2025—2026学年). */
  schoolYear: number;
  /** PRIMARY (小学) or JUNIOR_SECONDARY (初中). */
  stage: Stage;
  /** Unit costs to use instead of the defaults, at most one per kind; kinds not given keep the default. */
  unitCosts?: Array<BalanceUnitCostInput> | null | undefined;
};

/** Whether the plan was solved by the API or is the official's actions evaluated. */
export type BalancePlanMode =
  /** the actions are exactly input.fixedActions, recomputed */
  | 'EVALUATED'
  /** the API found the actions (no fixedActions given) */
  | 'SOLVED';

/** The rules of the district verdict. */
export type BalanceRule =
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

/** A unit cost overriding the default of one action kind. */
export type BalanceUnitCostInput = {
  /** 元 per unit of the kind (per teacher, per m², per 元 of equipment, per room); > 0. */
  cost: number;
  kind: BalanceActionKind;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

/** The city's figures to save; omitted fields keep their value, null clears one. */
export type CityInputsInput = {
  cityEducationSpending?: number | null | undefined;
  civilServantAveragePay?: number | null | undefined;
  communityEducationRate?: number | null | undefined;
  gdp?: number | null | undefined;
  newLabourUpperSecondaryRate?: number | null | undefined;
  schoolYear: number;
  teacherAveragePay?: number | null | undefined;
  /** The version read; omit to create the year's figures. */
  version?: number | null | undefined;
};

export type CloseDistrictInput = {
  /** 撤销日期, YYYY-MM-DD. */
  closedOn: string;
  id: string;
  version: number;
};

export type CloseSchoolInput = {
  /** 撤销日期, YYYY-MM-DD. */
  closedOn: string;
  id: string;
  /** 撤销原因. */
  reason: string;
  version: number;
};

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

export type CreateAccountInput = {
  displayName: string;
  /** The unit: the city (no id), a district or a school. */
  unit: OrgUnitInput;
  username: string;
};

export type CreateDistrictInput = {
  /** 行政区划代码, 6 digits (GB/T 2260) sharing the city's first four. */
  code: string;
  name: string;
  /** Order in lists (default: after the last). */
  sortOrder?: number | null | undefined;
};

export type CreateSchoolAccountsInput = {
  schoolIds: Array<string>;
};

/** A school's registration as the statistics use it (学校基本信息). */
export type CreateSchoolInput = {
  /** 学校标识码, 10 digits, unique. */
  code: string;
  districtId: string;
  /** 民族学校. */
  ethnic?: boolean | null | undefined;
  /** 普惠性: private kindergartens only (public ones are 普惠 by definition). */
  inclusive?: boolean | null | undefined;
  /** 矿区 (the plan's local tag). */
  miningArea?: boolean | null | undefined;
  name: string;
  /** 开办日期, YYYY-MM-DD; omitted: open before the platform's first school year. */
  openedOn?: string | null | undefined;
  ownership: Ownership;
  /** 教学点. */
  teachingPoint?: boolean | null | undefined;
  type: SchoolType;
  /** 城乡分类代码: 111, 112, 121, 122, 123, 210 or 220. */
  urbanRuralCode: string;
};

/** One year of births to save. */
export type DistrictBirthYearInput = {
  /** Births (persons); null removes the stored year (with its version). */
  births?: number | null | undefined;
  /** The version read; omit for a new year. */
  version?: number | null | undefined;
  year: number;
};

export type DistrictBirthsInput = {
  entries: Array<DistrictBirthYearInput>;
};

/** A district's figures to save; omitted fields keep their value, null clears one. */
export type DistrictInputsInput = {
  civilServantAveragePay?: number | null | undefined;
  cohortGrade1Entrants?: number | null | undefined;
  cohortGrade9Completers?: number | null | undefined;
  disabledChildren?: number | null | undefined;
  disabledChildrenEnrolled?: number | null | undefined;
  educationSpending?: number | null | undefined;
  gdp?: number | null | undefined;
  parentingSessionsPerFamily?: number | null | undefined;
  population3to5?: number | null | undefined;
  population6to14?: number | null | undefined;
  population15to17?: number | null | undefined;
  residentPopulation?: number | null | undefined;
  schoolYear: number;
  teacherAveragePay?: number | null | undefined;
  urbanSubdistricts?: number | null | undefined;
  urbanSubdistrictsWithGuidance?: number | null | undefined;
  /** The version read; omit to create the year's figures. */
  version?: number | null | undefined;
};

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

export type MergeSchoolInput = {
  id: string;
  /** The open school of the same district it merges into. */
  intoSchoolId: string;
  /** 合并日期, YYYY-MM-DD. */
  mergedOn: string;
  reason?: string | null | undefined;
  version: number;
};

/** File format of a 监测报告. */
export type MonitoringReportFormat =
  /** Word (.docx): cover, 目录 (refreshed when opened), chapters, tables, charts, page numbers. */
  | 'DOCX'
  /** PDF of the same content (A4, 第 N 页，共 M 页). */
  | 'PDF';

/** What a notice is about (消息类型). */
export type NoticeKind =
  /** 报送截止提醒: the deadline is 3 days away or less and the report is not submitted */
  | 'DEADLINE_SOON'
  /** 催报: a reminder sent by the district or the city */
  | 'REMINDER'
  /** 年报审核通过 */
  | 'REPORT_APPROVED'
  /** 年报退回: the district returned the school's report, with its comment */
  | 'REPORT_RETURNED'
  /** 学年数据发布: the city published a school year */
  | 'YEAR_PUBLISHED';

export type OpenBackfillInput = {
  /** The windows' deadline. */
  closesAt: string;
  /** Districts opened as a whole (every school of each). */
  districtIds?: Array<string> | null | undefined;
  /** 补录原因. */
  reason: string;
  /** Single schools opened. */
  schoolIds?: Array<string> | null | undefined;
  /** Start year of the past school year, e.g. 2024. */
  schoolYear: number;
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

export type ProjectionAssumptionsInput = {
  birthTrendPercent?: number | null | undefined;
  /** 初中毕业生升学率 (%), 0—150 (the name is kept; see ProjectionAssumptions). */
  seniorGrossEnrolmentRate?: number | null | undefined;
  transitionRates?: Array<TransitionRateInput> | null | undefined;
};

export type ProjectionScenarioInput = {
  assumptions: ProjectionAssumptionsInput;
  description?: string | null | undefined;
  /** The district of a district scenario; omit for a city scenario (create only; ignored on update). */
  districtId?: string | null | undefined;
  name: string;
};

/** 认定级别. */
export type RecognitionLevel =
  /** 市级 */
  | 'CITY'
  /** 国家级 */
  | 'NATIONAL'
  /** 自治区级 */
  | 'REGION';

/** A register entry to save. */
export type RegisterEntryInput = {
  districtId?: string | null | undefined;
  fromYear: number;
  kind: RegisterKind;
  level?: RecognitionLevel | null | undefined;
  name: string;
  notes?: string | null | undefined;
  quantity?: number | null | undefined;
  schoolId?: string | null | undefined;
  toYear?: number | null | undefined;
};

/** Which register entries to list. */
export type RegisterFilter = {
  kind?: RegisterKind | null | undefined;
  /** Only entries counted in this school year. */
  schoolYear?: number | null | undefined;
  /** Default: the viewer's own unit. */
  unit?: OrgUnitInput | null | undefined;
};

/** Kinds of register entries (登记类别); labels and the targets each feeds in registerKinds. */
export type RegisterKind =
  /** A04/B02 通过国家义务教育优质均衡发展督导评估认定（区） */
  | 'BALANCE_CERTIFICATION'
  /** B22 品牌专业课程 */
  | 'BRAND_COURSE'
  /** B21 有重要影响的品牌专业 */
  | 'BRAND_VOCATIONAL_MAJOR'
  /** B27 政府与企业共建的职业院校 */
  | 'COBUILT_VOCATIONAL_SCHOOL'
  /** B18 幼儿园课程领导力提升工程（每条 = 完成的一轮） */
  | 'CURRICULUM_LEADERSHIP_ROUND'
  /** B03 早期教养指导服务中心（站） */
  | 'EARLY_EDUCATION_CENTRE'
  /** B23 高水平职业教育专业教学试点专业 */
  | 'HIGH_LEVEL_PILOT_MAJOR'
  /** B29 新建成的高水平职业院校 */
  | 'HIGH_LEVEL_VOCATIONAL_SCHOOL'
  /** B20 市级一流职业院校示范专业 */
  | 'MODEL_VOCATIONAL_MAJOR'
  /** B38 教育现代化试验区 */
  | 'MODERNISATION_PILOT_ZONE'
  /** B16 蒙授教研员核定岗位（按教研室，数量 = 岗位数） */
  | 'MONGOLIAN_RESEARCHER_POST'
  /** B31/B32 优质（示范性）幼儿园 */
  | 'QUALITY_KINDERGARTEN'
  /** B25 校企合作品牌 */
  | 'SCHOOL_ENTERPRISE_BRAND'
  /** B36 智慧教育标杆学校 */
  | 'SMART_BENCHMARK_SCHOOL'
  /** B26 产教融合示范性实训基地 */
  | 'TRAINING_BASE'
  /** B28 建成本科层次“乌海应用技术学院” */
  | 'UNDERGRADUATE_UPGRADE'
  /** B24 职业教育集团 */
  | 'VOCATIONAL_GROUP';

export type ReopenSchoolInput = {
  id: string;
  reason: string;
  version: number;
};

/** What kind of figure looks wrong. */
export type ReportFlagKind =
  /** 生均资源低于优质均衡标准（C4—C7） */
  | 'BELOW_STANDARD'
  /** 平均班额达到大班额（56 人及以上） */
  | 'CLASS_SIZE'
  /** 年报专任教师数与花名册不一致 */
  | 'ROSTER_MISMATCH'
  /** 同比变化超过 30%（在校生、面积、设备值、专任教师） */
  | 'YEAR_ON_YEAR';

/** One grade of a report draft. */
export type ReportGradeInput = {
  classes: number;
  disabledStudents: number;
  grade: number;
  largeClasses: number;
  oversizedClasses: number;
  stage: Stage;
  students: number;
};

/** Workflow state of an annual report (年报状态). */
export type ReportStatus =
  /** 已审核 (approved and locked; counts in the targets) */
  | 'APPROVED'
  /** 草稿 (being filled in) */
  | 'DRAFT'
  /** 已退回 (returned to the school with a comment; editable again) */
  | 'RETURNED'
  /** 已提交 (waiting for the district's review; locked for the school) */
  | 'SUBMITTED';

/** The content of a report draft. Omitted or null fields are saved as not filled in. */
export type SaveReportDraftInput = {
  equipmentValue?: number | null | undefined;
  footballFeatureSchool?: boolean | null | undefined;
  footballLessonsPerWeek?: number | null | undefined;
  /** 专任教师数 (persons), not more than staffTotal. */
  fullTimeTeachers?: number | null | undefined;
  /** Every grade of the school (replaces the stored grades). */
  grades: Array<ReportGradeInput>;
  hasSportsBrand?: boolean | null | undefined;
  healthGoodOrExcellent?: number | null | undefined;
  healthPassed?: number | null | undefined;
  healthTested?: number | null | undefined;
  heldArtsFestival?: boolean | null | undefined;
  heldSportsMeeting?: boolean | null | undefined;
  implementsCurriculumStandards?: boolean | null | undefined;
  implementsHealthStandard?: boolean | null | undefined;
  indoorSportsArea?: number | null | undefined;
  innovationLabs?: number | null | undefined;
  meetsPeHygieneStandard?: boolean | null | undefined;
  multimediaClassrooms?: number | null | undefined;
  notes?: string | null | undefined;
  outdoorSportsArea?: number | null | undefined;
  schoolId: string;
  schoolYear: number;
  /** 教职工数 (persons). */
  staffTotal?: number | null | undefined;
  teachingAuxiliaryArea?: number | null | undefined;
  /** null to create the report; otherwise the version last read. */
  version?: number | null | undefined;
  wirelessFullCoverage?: boolean | null | undefined;
};

/** 办学状态. */
export type SchoolStatus =
  /** 已撤销 */
  | 'CLOSED'
  /** 已合并 */
  | 'MERGED'
  /** 在办 */
  | 'OPEN';

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

/** The lifecycle state of a statistical year. */
export type SchoolYearState =
  /** 审核中: the deadline has passed, not yet published */
  | 'CLOSING'
  /** 填报中: from 1 September until the reporting deadline (or no deadline set) */
  | 'OPEN'
  /** 已发布: locked; figures final (正式) */
  | 'PUBLISHED'
  /** 已重新开放: reopened after a publication; figures 预览 until republished */
  | 'REOPENED';

export type SetAccountActiveInput = {
  active: boolean;
  id: string;
  version: number;
};

export type StaffFilter = {
  districtId?: string | null | undefined;
  education?: EducationLevel | null | undefined;
  /**
   * Only a 教研室's roster (the people of no school): with districtId, or for a district viewer,
   * that district's 教研室; otherwise (the city) the city's own 教研室. A school's roster has none.
   */
  researchOffice?: boolean | null | undefined;
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

/** How importStaffExcel reads the rows. */
export type StaffImportMode =
  /** Every row is a new person; a person already on duty is a duplicate (error). */
  | 'ADD_ONLY'
  /** Rows matched to a person on duty (身份证号, else name + birth date) update them; others are added. */
  | 'UPDATE';

/** Changes to a staff record: only the fields given change (null clears stage, subject or 身份证号). */
export type StaffPatch = {
  backboneLevel?: BackboneLevel | null | undefined;
  bilingual?: boolean | null | undefined;
  birthDate?: string | null | undefined;
  counsellingCertificate?: boolean | null | undefined;
  dualQualified?: boolean | null | undefined;
  education?: EducationLevel | null | undefined;
  ethnicity?: string | null | undefined;
  fullTime?: boolean | null | undefined;
  gender?: Gender | null | undefined;
  idNumber?: string | null | undefined;
  mentalHealthTrained?: boolean | null | undefined;
  name?: string | null | undefined;
  preschoolMajor?: boolean | null | undefined;
  role?: StaffRole | null | undefined;
  stage?: Stage | null | undefined;
  /** 入职/调入日期 (ISO date; null clears it: on the roster since before the year's 统计时点). */
  startedOn?: string | null | undefined;
  subject?: Subject | null | undefined;
  teacherCertificate?: TeacherCertificate | null | undefined;
  title?: Title | null | undefined;
  trainingHours?: number | null | undefined;
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
  /** 数据不全: computed from part of the expected units (暂定); never judged 达标 or 未达标 (the coverage rule) */
  | 'INCOMPLETE'
  /** 达标 */
  | 'MET'
  /** 未达标 (a milestone due this year or passed) */
  | 'MISSED'
  /** 不适用: the unit has no unit of the kinds the target concerns */
  | 'NOT_APPLICABLE'
  /** 无数据 */
  | 'NO_DATA'
  /** 滞后于进度 */
  | 'OFF_TRACK'
  /** 按进度 (ahead of the straight line to a future milestone) */
  | 'ON_TRACK';

/** 教师资格证种类. */
export type TeacherCertificate =
  | 'HIGHER_EDUCATION'
  | 'JUNIOR_SECONDARY'
  | 'KINDERGARTEN'
  | 'NONE'
  | 'PRIMARY'
  | 'SECONDARY_VOCATIONAL'
  | 'SENIOR_SECONDARY';

export type Title =
  | 'FIRST'
  | 'SECOND'
  | 'SENIOR'
  | 'SENIOR_FULL'
  | 'THIRD'
  | 'UNRATED';

/** The kind of a 待办 item. */
export type TodoKind =
  /** 市: 市级年度填报数据缺项 */
  | 'CITY_INPUTS_MISSING'
  /** 市: 报送滞后的区（未报送学校、待审核年报） */
  | 'DISTRICTS_BEHIND'
  /** 区: 区级年度填报数据缺项 */
  | 'DISTRICT_INPUTS_MISSING'
  /** 区: 待审核的年报 */
  | 'REPORTS_TO_REVIEW'
  /** 学校: 年报被退回（或重新打开），按意见修改后重新提交 */
  | 'REPORT_RETURNED'
  /** 学校: 填报并提交年报 */
  | 'REPORT_TO_SUBMIT'
  /** 学校: 结转本学年教职工名册 */
  | 'ROSTER_CARRY_OVER'
  /** 区: 未报送年报的学校 */
  | 'SCHOOLS_NOT_REPORTING'
  /** 市: 可以发布的学年（应报学校均已审核或豁免） */
  | 'YEAR_READY_TO_PUBLISH';

export type TransitionRateInput = {
  key: string;
  rate: number;
};

export type UpdateDistrictInput = {
  code: string;
  id: string;
  name: string;
  sortOrder: number;
  version: number;
};

export type UpdateSchoolInput = {
  code: string;
  ethnic: boolean;
  id: string;
  inclusive: boolean;
  miningArea: boolean;
  name: string;
  openedOn?: string | null | undefined;
  ownership: Ownership;
  teachingPoint: boolean;
  type: SchoolType;
  urbanRuralCode: string;
  version: number;
};

export type AccountFieldsFragment = { id: string, username: string, displayName: string, level: OrgLevel, active: boolean, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string, version: number, orgUnit: { level: OrgLevel, id: string | null, code: string, name: string } };

export type OneTimePasswordFieldsFragment = { oneTimePassword: string, account: { id: string, username: string, displayName: string, level: OrgLevel, active: boolean, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string, version: number, orgUnit: { level: OrgLevel, id: string | null, code: string, name: string } } };

export type AccountsQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
}>;


export type AccountsQuery = { accounts: Array<{ id: string, username: string, displayName: string, level: OrgLevel, active: boolean, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string, version: number, orgUnit: { level: OrgLevel, id: string | null, code: string, name: string } }> };

export type PasswordPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordPolicyQuery = { passwordPolicy: { minLength: number, rules: Array<string> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { viewer: { level: OrgLevel, mustChangePassword: boolean, user: { id: string, username: string, displayName: string }, orgUnit: { id: string | null, level: OrgLevel, code: string, name: string }, district: { id: string, code: string, name: string } | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string } | null, city: { code: string, name: string, bureauName: string, planId: string, planTitle: string } } } };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { createAccount: { oneTimePassword: string, account: { id: string, username: string, displayName: string, level: OrgLevel, active: boolean, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string, version: number, orgUnit: { level: OrgLevel, id: string | null, code: string, name: string } } } };

export type CreateSchoolAccountsMutationVariables = Exact<{
  input: CreateSchoolAccountsInput;
}>;


export type CreateSchoolAccountsMutation = { createSchoolAccounts: { created: Array<{ oneTimePassword: string, account: { id: string, username: string, displayName: string, level: OrgLevel, active: boolean, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string, version: number, orgUnit: { level: OrgLevel, id: string | null, code: string, name: string } } }>, skipped: Array<{ id: string, code: string, name: string }>, file: { filename: string, contentType: string, contentBase64: string } } };

export type ResetPasswordMutationVariables = Exact<{
  input: AccountVersionInput;
}>;


export type ResetPasswordMutation = { resetPassword: { oneTimePassword: string, account: { id: string, username: string, displayName: string, level: OrgLevel, active: boolean, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string, version: number, orgUnit: { level: OrgLevel, id: string | null, code: string, name: string } } } };

export type SetAccountActiveMutationVariables = Exact<{
  input: SetAccountActiveInput;
}>;


export type SetAccountActiveMutation = { setAccountActive: { account: { id: string, username: string, displayName: string, level: OrgLevel, active: boolean, mustChangePassword: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string, version: number, orgUnit: { level: OrgLevel, id: string | null, code: string, name: string } } } };

export type AuditLogQueryVariables = Exact<{
  filter: AuditFilter;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { page: number, pageSize: number, total: number, items: Array<{ id: string, at: string, action: string, actionLabel: string, entityType: string, entityId: string | null, userId: string | null, userName: string | null, before: unknown, after: unknown, district: { id: string, name: string } | null, school: { id: string, name: string } | null }> } };

export type ViewerFieldsFragment = { level: OrgLevel, mustChangePassword: boolean, user: { id: string, username: string, displayName: string }, orgUnit: { id: string | null, level: OrgLevel, code: string, name: string }, district: { id: string, code: string, name: string } | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string } | null, city: { code: string, name: string, bureauName: string, planId: string, planTitle: string } };

export type CityFieldsFragment = { code: string, name: string, bureauName: string, planId: string, planTitle: string };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, viewer: { level: OrgLevel, mustChangePassword: boolean, user: { id: string, username: string, displayName: string }, orgUnit: { id: string | null, level: OrgLevel, code: string, name: string }, district: { id: string, code: string, name: string } | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string } | null, city: { code: string, name: string, bureauName: string, planId: string, planTitle: string } } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { ok: boolean } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { level: OrgLevel, mustChangePassword: boolean, user: { id: string, username: string, displayName: string }, orgUnit: { id: string | null, level: OrgLevel, code: string, name: string }, district: { id: string, code: string, name: string } | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string } | null, city: { code: string, name: string, bureauName: string, planId: string, planTitle: string } } | null };

export type PublicCityQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicCityQuery = { city: { code: string, name: string, bureauName: string, planId: string, planTitle: string } | null };

export type BackfillWindowFieldsFragment = { id: string, schoolYear: number, schoolYearLabel: string, reason: string, opensAt: string, closesAt: string, closedAt: string | null, open: boolean, openedBy: string | null, district: { id: string, name: string }, school: { id: string, name: string } | null };

export type BackfillWindowsQueryVariables = Exact<{
  schoolYear?: number | null | undefined;
  openOnly?: boolean | null | undefined;
}>;


export type BackfillWindowsQuery = { backfillWindows: Array<{ id: string, schoolYear: number, schoolYearLabel: string, reason: string, opensAt: string, closesAt: string, closedAt: string | null, open: boolean, openedBy: string | null, district: { id: string, name: string }, school: { id: string, name: string } | null }> };

export type EditableSchoolYearsQueryVariables = Exact<{
  schoolId: string;
}>;


export type EditableSchoolYearsQuery = { editableSchoolYears: Array<number> };

export type OpenBackfillMutationVariables = Exact<{
  input: OpenBackfillInput;
}>;


export type OpenBackfillMutation = { openBackfill: { windows: Array<{ id: string, schoolYear: number, schoolYearLabel: string, reason: string, opensAt: string, closesAt: string, closedAt: string | null, open: boolean, openedBy: string | null, district: { id: string, name: string }, school: { id: string, name: string } | null }> } };

export type CloseBackfillMutationVariables = Exact<{
  id: string;
}>;


export type CloseBackfillMutation = { closeBackfill: { window: { id: string, schoolYear: number, schoolYearLabel: string, reason: string, opensAt: string, closesAt: string, closedAt: string | null, open: boolean, openedBy: string | null, district: { id: string, name: string }, school: { id: string, name: string } | null } } };

export type SchoolsOfYearQueryVariables = Exact<{
  schoolYear: number;
}>;


export type SchoolsOfYearQuery = { schools: Array<{ id: string, code: string, name: string, district: { id: string, name: string } }> };

export type BalanceSchoolResultFieldsFragment = { stage: Stage, stageLabel: string, students: number, metCount: number, passed: boolean, summary: string, school: { id: string, code: string, name: string, typeLabel: string }, indicators: Array<{ value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> };

export type BalanceExcludedFieldsFragment = { stage: Stage, reason: BalanceExclusionReason, reasonLabel: string, blocksVerdict: boolean, students: number | null, school: { id: string, name: string, typeLabel: string } };

export type BalanceCertificationFieldsFragment = { id: string, year: number, untilYear: number | null, level: RecognitionLevel | null, label: string, name: string, notes: string | null };

export type BalanceStageFieldsFragment = { stage: Stage, stageLabel: string, passed: boolean, outcome: BalanceOutcome, outcomeLabel: string, coverage: string, verdict: string, schoolsPassed: number, pendingSchools: Array<{ id: string, name: string }>, failures: Array<{ rule: BalanceRule, ruleLabel: string, message: string }>, variations: Array<{ cv: number | null, limit: number, mean: number | null, standardDeviation: number | null, passed: boolean, reason: string | null, schoolsCounted: number, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }>, schools: Array<{ stage: Stage, stageLabel: string, students: number, metCount: number, passed: boolean, summary: string, school: { id: string, code: string, name: string, typeLabel: string }, indicators: Array<{ value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> }>, excluded: Array<{ stage: Stage, reason: BalanceExclusionReason, reasonLabel: string, blocksVerdict: boolean, students: number | null, school: { id: string, name: string, typeLabel: string } }>, shortfalls: Array<{ rank: number, kind: BalanceShortfallKind, text: string, amount: number | null, amountUnit: string, gap: number | null, target: number, targetLabel: string, value: number | null, school: { id: string, name: string }, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> };

export type BalanceAssessmentsQueryVariables = Exact<{
  schoolYear: number;
}>;


export type BalanceAssessmentsQuery = { balanceAssessments: Array<{ schoolYear: number, schoolYearLabel: string, passed: boolean, outcome: BalanceOutcome, outcomeLabel: string, certificationNote: string | null, pendingSchools: Array<{ id: string, name: string }>, certification: { id: string, year: number, untilYear: number | null, level: RecognitionLevel | null, label: string, name: string, notes: string | null } | null, district: { id: string, name: string }, stages: Array<{ stage: Stage, stageLabel: string, passed: boolean, outcome: BalanceOutcome, outcomeLabel: string, coverage: string, verdict: string, schoolsPassed: number, pendingSchools: Array<{ id: string, name: string }>, failures: Array<{ rule: BalanceRule, ruleLabel: string, message: string }>, variations: Array<{ cv: number | null, limit: number, mean: number | null, standardDeviation: number | null, passed: boolean, reason: string | null, schoolsCounted: number, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }>, schools: Array<{ stage: Stage, stageLabel: string, students: number, metCount: number, passed: boolean, summary: string, school: { id: string, code: string, name: string, typeLabel: string }, indicators: Array<{ value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> }>, excluded: Array<{ stage: Stage, reason: BalanceExclusionReason, reasonLabel: string, blocksVerdict: boolean, students: number | null, school: { id: string, name: string, typeLabel: string } }>, shortfalls: Array<{ rank: number, kind: BalanceShortfallKind, text: string, amount: number | null, amountUnit: string, gap: number | null, target: number, targetLabel: string, value: number | null, school: { id: string, name: string }, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> }> }> };

export type BalanceAssessmentQueryVariables = Exact<{
  districtId: string;
  schoolYear: number;
}>;


export type BalanceAssessmentQuery = { balanceAssessment: { schoolYear: number, schoolYearLabel: string, passed: boolean, outcome: BalanceOutcome, outcomeLabel: string, certificationNote: string | null, pendingSchools: Array<{ id: string, name: string }>, certification: { id: string, year: number, untilYear: number | null, level: RecognitionLevel | null, label: string, name: string, notes: string | null } | null, district: { id: string, name: string }, stages: Array<{ stage: Stage, stageLabel: string, passed: boolean, outcome: BalanceOutcome, outcomeLabel: string, coverage: string, verdict: string, schoolsPassed: number, pendingSchools: Array<{ id: string, name: string }>, failures: Array<{ rule: BalanceRule, ruleLabel: string, message: string }>, variations: Array<{ cv: number | null, limit: number, mean: number | null, standardDeviation: number | null, passed: boolean, reason: string | null, schoolsCounted: number, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }>, schools: Array<{ stage: Stage, stageLabel: string, students: number, metCount: number, passed: boolean, summary: string, school: { id: string, code: string, name: string, typeLabel: string }, indicators: Array<{ value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> }>, excluded: Array<{ stage: Stage, reason: BalanceExclusionReason, reasonLabel: string, blocksVerdict: boolean, students: number | null, school: { id: string, name: string, typeLabel: string } }>, shortfalls: Array<{ rank: number, kind: BalanceShortfallKind, text: string, amount: number | null, amountUnit: string, gap: number | null, target: number, targetLabel: string, value: number | null, school: { id: string, name: string }, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> }> } };

export type SchoolBalanceQueryVariables = Exact<{
  schoolId: string;
  schoolYear: number;
}>;


export type SchoolBalanceQuery = { schoolBalance: { schoolYear: number, schoolYearLabel: string, school: { id: string, name: string, type: SchoolType, typeLabel: string }, results: Array<{ stage: Stage, stageLabel: string, students: number, metCount: number, passed: boolean, summary: string, school: { id: string, code: string, name: string, typeLabel: string }, indicators: Array<{ value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> }>, excluded: Array<{ stage: Stage, reason: BalanceExclusionReason, reasonLabel: string, blocksVerdict: boolean, students: number | null, school: { id: string, name: string, typeLabel: string } }> } };

export type BalancePlanIndicatorValueFieldsFragment = { value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string } };

export type BalancePlanSchoolStateFieldsFragment = { metCount: number, passed: boolean, summary: string, indicators: Array<{ value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string } }> };

export type BalancePlanQueryVariables = Exact<{
  input: BalancePlanInput;
}>;


export type BalancePlanQuery = { balancePlan: { schoolYear: number, schoolYearLabel: string, stage: Stage, stageLabel: string, mode: BalancePlanMode, totalCost: number, outcomeBefore: BalanceOutcome, outcomeBeforeLabel: string, outcomeAfter: BalanceOutcome, outcomeAfterLabel: string, feasible: boolean, reason: string | null, summary: Array<string>, method: string, district: { id: string, name: string }, unitCosts: Array<{ kind: BalanceActionKind, label: string, unitLabel: string, cost: number, isDefault: boolean }>, actions: Array<{ kind: BalanceActionKind, label: string, quantity: number, unitLabel: string, unitCost: number, cost: number, text: string, indicator: { id: BalanceIndicatorId, name: string }, school: { id: string, name: string }, fromSchool: { id: string, name: string } | null }>, schools: Array<{ students: number, changed: boolean, cost: number, school: { id: string, code: string, name: string }, before: { metCount: number, passed: boolean, summary: string, indicators: Array<{ value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string } }> }, after: { metCount: number, passed: boolean, summary: string, indicators: Array<{ value: number | null, standard: number, met: boolean, ratioOfStandard: number | null, amount: number | null, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string } }> } }>, variations: Array<{ before: number | null, after: number | null, limit: number, passedBefore: boolean, passedAfter: boolean, indicator: { id: BalanceIndicatorId, name: string, unit: BalanceIndicatorUnit, unitLabel: string, formula: string } }> } };

export type ExportReportCompletenessExcelQueryVariables = Exact<{
  schoolYear: number;
  districtId?: string | null | undefined;
}>;


export type ExportReportCompletenessExcelQuery = { exportReportCompletenessExcel: { filename: string, contentType: string, contentBase64: string } };

export type DashboardResultFieldsFragment = { schoolYear: number, status: TargetStatus, statusLabel: string, value: number | null, numerator: number | null, numeratorLabel: string | null, denominator: number | null, denominatorLabel: string | null, reason: string | null, requiredNow: number | null, unitsIncluded: number, unitsMissing: number, provisional: boolean, publishedVersion: number | null, coverage: { reported: number, expected: number, complete: boolean, label: string }, milestone: { year: number | null, comparator: Comparator, value: number | null, label: string } | null, unit: { id: string | null, level: OrgLevel }, target: { id: string } };

export type TargetDashboardQueryVariables = Exact<{
  unit: OrgUnitInput;
  fromYear: number;
  toYear: number;
  targetIds?: Array<string> | string | null | undefined;
  includeSubmitted?: boolean | null | undefined;
}>;


export type TargetDashboardQuery = { targetDashboard: { fromYear: number, toYear: number, unit: { id: string | null, level: OrgLevel, code: string, name: string }, children: Array<{ id: string | null, level: OrgLevel, code: string, name: string }>, results: Array<{ schoolYear: number, status: TargetStatus, statusLabel: string, value: number | null, numerator: number | null, numeratorLabel: string | null, denominator: number | null, denominatorLabel: string | null, reason: string | null, requiredNow: number | null, unitsIncluded: number, unitsMissing: number, provisional: boolean, publishedVersion: number | null, coverage: { reported: number, expected: number, complete: boolean, label: string }, milestone: { year: number | null, comparator: Comparator, value: number | null, label: string } | null, unit: { id: string | null, level: OrgLevel }, target: { id: string } }>, years: Array<{ schoolYear: number, label: string, state: SchoolYearState, stateLabel: string, current: boolean, final: boolean, publishedVersion: number | null, version: number, publications: Array<{ version: number, publishedAt: string, publishedBy: string | null, note: string | null, reopenedAt: string | null, reopenedBy: string | null, reopenReason: string | null }> }> } };

export type TargetDashboardTableQueryVariables = Exact<{
  unit: OrgUnitInput;
  fromYear: number;
  toYear: number;
  schoolYear: number;
  targetIds?: Array<string> | string | null | undefined;
  includeSubmitted?: boolean | null | undefined;
  allYearsInFull?: boolean | null | undefined;
  childrenOffset?: number | null | undefined;
  childrenLimit?: number | null | undefined;
  schoolTypes?: Array<SchoolType> | SchoolType | null | undefined;
}>;


export type TargetDashboardTableQuery = { targetDashboardTable: { fromYear: number, toYear: number, schoolYear: number, childrenTotal: number, childrenOffset: number, childrenLimit: number, targetIds: Array<string>, stages: Array<Stage | null>, texts: Array<string>, unit: { id: string | null, level: OrgLevel, code: string, name: string }, children: Array<{ id: string | null, level: OrgLevel, code: string, name: string }>, years: Array<{ schoolYear: number, label: string, state: SchoolYearState, stateLabel: string, current: boolean, final: boolean, publishedVersion: number | null, version: number, publications: Array<{ version: number, publishedAt: string, publishedBy: string | null, note: string | null, reopenedAt: string | null, reopenedBy: string | null, reopenReason: string | null }> }>, milestones: Array<{ year: number | null, comparator: Comparator, value: number | null, label: string }>, rows: Array<{ unitId: string | null, schoolYear: number, values: Array<number | null>, statuses: Array<TargetStatus | null>, provisional: Array<boolean | null>, details: { numerators: Array<number | null>, denominators: Array<number | null>, numeratorLabels: Array<number | null>, denominatorLabels: Array<number | null>, reasons: Array<number | null>, reported: Array<number | null>, expected: Array<number | null>, coverageLabels: Array<number | null>, publishedVersions: Array<number | null>, requiredNow: Array<number | null>, milestones: Array<number | null>, whatItTakes: Array<number | null> } | null }> } };

export type ExportTargetDashboardExcelQueryVariables = Exact<{
  unit: OrgUnitInput;
  schoolYear: number;
  schoolTypes?: Array<SchoolType> | SchoolType | null | undefined;
  includeSubmitted?: boolean | null | undefined;
}>;


export type ExportTargetDashboardExcelQuery = { exportTargetDashboardExcel: { filename: string, contentType: string, contentBase64: string } };

export type ExcelFileFieldsFragment = { filename: string, contentType: string, contentBase64: string };

export type ExcelImportErrorFieldsFragment = { sheet: string, row: number, cell: string | null, column: string | null, field: string, message: string };

export type StaffExcelTemplateQueryVariables = Exact<{
  schoolId: string;
}>;


export type StaffExcelTemplateQuery = { staffExcelTemplate: { filename: string, contentType: string, contentBase64: string } };

export type ExportStaffExcelQueryVariables = Exact<{
  schoolId: string;
  schoolYear: number;
}>;


export type ExportStaffExcelQuery = { exportStaffExcel: { filename: string, contentType: string, contentBase64: string } };

export type ImportStaffExcelMutationVariables = Exact<{
  schoolId: string;
  schoolYear: number;
  contentBase64: string;
  dryRun?: boolean | null | undefined;
  mode?: StaffImportMode | null | undefined;
  rosterVersion?: string | null | undefined;
}>;


export type ImportStaffExcelMutation = { importStaffExcel: { dryRun: boolean, rows: number, created: number, saved: boolean, mode: StaffImportMode, added: number, changed: number, unchanged: number, skipped: number, missingCount: number, rosterVersion: string | null, errors: Array<{ sheet: string, row: number, cell: string | null, column: string | null, field: string, message: string }>, addedPeople: Array<{ row: number, name: string, roleLabel: string }>, changes: Array<{ row: number, field: string, label: string, before: string | null, after: string | null, staff: { id: string, name: string } }>, missing: Array<{ staff: { id: string, version: number, schoolYear: number, name: string, gender: Gender, genderLabel: string, birthYear: number, age: number, ethnicity: string, idNumberMasked: string | null, role: StaffRole, roleLabel: string, fullTime: boolean, stage: Stage | null, stageLabel: string | null, subject: Subject | null, subjectLabel: string | null, education: EducationLevel, educationLabel: string, preschoolMajor: boolean, teacherCertificate: TeacherCertificate, teacherCertificateLabel: string, title: Title, titleLabel: string, dualQualified: boolean, backboneLevel: BackboneLevel, backboneLabel: string, mentalHealthTrained: boolean, counsellingCertificate: boolean, bilingual: boolean, trainingHours: number, status: StaffStatus, statusLabel: string, startedOn: string | null, leftOn: string | null, onRosterAtStatisticsDate: boolean } }> } };

export type ReportExcelTemplateQueryVariables = Exact<{
  schoolId: string;
  schoolYear: number;
}>;


export type ReportExcelTemplateQuery = { reportExcelTemplate: { filename: string, contentType: string, contentBase64: string } };

export type ExportReportExcelQueryVariables = Exact<{
  schoolId: string;
  schoolYear: number;
}>;


export type ExportReportExcelQuery = { exportReportExcel: { filename: string, contentType: string, contentBase64: string } };

export type ImportReportExcelMutationVariables = Exact<{
  schoolId: string;
  schoolYear: number;
  version?: number | null | undefined;
  contentBase64: string;
  dryRun?: boolean | null | undefined;
}>;


export type ImportReportExcelMutation = { importReportExcel: { dryRun: boolean, rows: number, saved: boolean, errors: Array<{ sheet: string, row: number, cell: string | null, column: string | null, field: string, message: string }>, report: { id: string, schoolYear: number, status: ReportStatus, statusLabel: string, version: number, totalStudents: number, staffTotal: number | null, fullTimeTeachers: number | null, teachingAuxiliaryArea: number | null, indoorSportsArea: number | null, outdoorSportsArea: number | null, equipmentValue: number | null, multimediaClassrooms: number | null, innovationLabs: number | null, wirelessFullCoverage: boolean | null, healthTested: number | null, healthPassed: number | null, healthGoodOrExcellent: number | null, meetsPeHygieneStandard: boolean | null, implementsCurriculumStandards: boolean | null, hasSportsBrand: boolean | null, implementsHealthStandard: boolean | null, heldSportsMeeting: boolean | null, footballFeatureSchool: boolean | null, footballLessonsPerWeek: number | null, heldArtsFestival: boolean | null, notes: string | null, reviewComment: string | null, reviewedAt: string | null, reviewedBy: string | null, submittedAt: string | null, updatedAt: string, updatedBy: string | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string, district: { id: string, name: string } }, grades: Array<{ stage: Stage, grade: number, label: string, students: number, classes: number, largeClasses: number, oversizedClasses: number, disabledStudents: number }> } | null } };

export type DistrictInputsFieldsFragment = { schoolYear: number, version: number, updatedAt: string, residentPopulation: number | null, population3to5: number | null, population6to14: number | null, population15to17: number | null, disabledChildren: number | null, disabledChildrenEnrolled: number | null, cohortGrade1Entrants: number | null, cohortGrade9Completers: number | null, urbanSubdistricts: number | null, urbanSubdistrictsWithGuidance: number | null, parentingSessionsPerFamily: number | null, educationSpending: number | null, teacherAveragePay: number | null, civilServantAveragePay: number | null, gdp: number | null };

export type DistrictInputsQueryVariables = Exact<{
  districtId: string;
  schoolYear: number;
}>;


export type DistrictInputsQuery = { districtInputs: { schoolYear: number, version: number, updatedAt: string, residentPopulation: number | null, population3to5: number | null, population6to14: number | null, population15to17: number | null, disabledChildren: number | null, disabledChildrenEnrolled: number | null, cohortGrade1Entrants: number | null, cohortGrade9Completers: number | null, urbanSubdistricts: number | null, urbanSubdistrictsWithGuidance: number | null, parentingSessionsPerFamily: number | null, educationSpending: number | null, teacherAveragePay: number | null, civilServantAveragePay: number | null, gdp: number | null } | null };

export type SaveDistrictInputsMutationVariables = Exact<{
  districtId: string;
  input: DistrictInputsInput;
}>;


export type SaveDistrictInputsMutation = { saveDistrictInputs: { districtInputs: { schoolYear: number, version: number, updatedAt: string, residentPopulation: number | null, population3to5: number | null, population6to14: number | null, population15to17: number | null, disabledChildren: number | null, disabledChildrenEnrolled: number | null, cohortGrade1Entrants: number | null, cohortGrade9Completers: number | null, urbanSubdistricts: number | null, urbanSubdistrictsWithGuidance: number | null, parentingSessionsPerFamily: number | null, educationSpending: number | null, teacherAveragePay: number | null, civilServantAveragePay: number | null, gdp: number | null } } };

export type CityInputsFieldsFragment = { schoolYear: number, version: number, updatedAt: string, newLabourUpperSecondaryRate: number | null, communityEducationRate: number | null, cityEducationSpending: number | null, gdp: number | null, teacherAveragePay: number | null, civilServantAveragePay: number | null };

export type CityInputsQueryVariables = Exact<{
  schoolYear: number;
}>;


export type CityInputsQuery = { cityInputs: { schoolYear: number, version: number, updatedAt: string, newLabourUpperSecondaryRate: number | null, communityEducationRate: number | null, cityEducationSpending: number | null, gdp: number | null, teacherAveragePay: number | null, civilServantAveragePay: number | null } | null };

export type SaveCityInputsMutationVariables = Exact<{
  input: CityInputsInput;
}>;


export type SaveCityInputsMutation = { saveCityInputs: { cityInputs: { schoolYear: number, version: number, updatedAt: string, newLabourUpperSecondaryRate: number | null, communityEducationRate: number | null, cityEducationSpending: number | null, gdp: number | null, teacherAveragePay: number | null, civilServantAveragePay: number | null } } };

export type RegisterKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterKindsQuery = { registerKinds: Array<{ kind: RegisterKind, label: string, scope: string, section: string, hasLevel: boolean, targetIds: Array<string>, unitLabel: string }> };

export type RegisterEntryFieldsFragment = { id: string, version: number, kind: RegisterKind, kindLabel: string, name: string, level: RecognitionLevel | null, levelLabel: string | null, fromYear: number, toYear: number | null, quantity: number, notes: string | null, targetIds: Array<string>, updatedAt: string, district: { id: string, name: string } | null, school: { id: string, name: string } | null };

export type RegisterEntriesQueryVariables = Exact<{
  filter?: RegisterFilter | null | undefined;
}>;


export type RegisterEntriesQuery = { registerEntries: Array<{ id: string, version: number, kind: RegisterKind, kindLabel: string, name: string, level: RecognitionLevel | null, levelLabel: string | null, fromYear: number, toYear: number | null, quantity: number, notes: string | null, targetIds: Array<string>, updatedAt: string, district: { id: string, name: string } | null, school: { id: string, name: string } | null }> };

export type CreateRegisterEntryMutationVariables = Exact<{
  input: RegisterEntryInput;
}>;


export type CreateRegisterEntryMutation = { createRegisterEntry: { entry: { id: string, version: number, kind: RegisterKind, kindLabel: string, name: string, level: RecognitionLevel | null, levelLabel: string | null, fromYear: number, toYear: number | null, quantity: number, notes: string | null, targetIds: Array<string>, updatedAt: string, district: { id: string, name: string } | null, school: { id: string, name: string } | null } } };

export type UpdateRegisterEntryMutationVariables = Exact<{
  id: string;
  version: number;
  input: RegisterEntryInput;
}>;


export type UpdateRegisterEntryMutation = { updateRegisterEntry: { entry: { id: string, version: number, kind: RegisterKind, kindLabel: string, name: string, level: RecognitionLevel | null, levelLabel: string | null, fromYear: number, toYear: number | null, quantity: number, notes: string | null, targetIds: Array<string>, updatedAt: string, district: { id: string, name: string } | null, school: { id: string, name: string } | null } } };

export type DeleteRegisterEntryMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeleteRegisterEntryMutation = { deleteRegisterEntry: { id: string } };

export type RegisterConfirmationsQueryVariables = Exact<{
  schoolYear: number;
}>;


export type RegisterConfirmationsQuery = { registerConfirmations: Array<{ kind: RegisterKind, kindLabel: string, schoolYear: number, confirmedAt: string }> };

export type ConfirmRegisterEmptyMutationVariables = Exact<{
  kind: RegisterKind;
  schoolYear: number;
}>;


export type ConfirmRegisterEmptyMutation = { confirmRegisterEmpty: { confirmation: { kind: RegisterKind, schoolYear: number, confirmedAt: string } } };

export type WithdrawRegisterConfirmationMutationVariables = Exact<{
  kind: RegisterKind;
  schoolYear: number;
}>;


export type WithdrawRegisterConfirmationMutation = { withdrawRegisterConfirmation: { kind: RegisterKind, schoolYear: number } };

export type MonitoringReportQueryVariables = Exact<{
  unit: OrgUnitInput;
  schoolYear: number;
  format: MonitoringReportFormat;
}>;


export type MonitoringReportQuery = { monitoringReport: { filename: string, mimeType: string, base64: string, final: boolean, pageCount: number | null } };

export type NoticeFieldsFragment = { id: string, kind: NoticeKind, kindLabel: string, title: string, body: string, schoolYear: number | null, senderName: string | null, createdAt: string, read: boolean };

export type NoticesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type NoticesQuery = { notices: { endCursor: string | null, hasMore: boolean, unreadCount: number, items: Array<{ id: string, kind: NoticeKind, kindLabel: string, title: string, body: string, schoolYear: number | null, senderName: string | null, createdAt: string, read: boolean }> } };

export type UnreadNoticeCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNoticeCountQuery = { unreadNoticeCount: number };

export type MarkNoticesReadMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MarkNoticesReadMutation = { markNoticesRead: { marked: number, unreadCount: number } };

export type MarkAllNoticesReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNoticesReadMutation = { markAllNoticesRead: { marked: number, unreadCount: number } };

export type TodosQueryVariables = Exact<{ [key: string]: never; }>;


export type TodosQuery = { todos: { schoolYear: number, deadline: string | null, items: Array<{ kind: TodoKind, title: string, detail: string | null, count: number, schoolYear: number, deadline: string | null, daysLeft: number | null, overdue: boolean, link: string, entries: Array<{ id: string, name: string, detail: string | null, schoolYear: number | null }> }> } };

export type SendReportReminderMutationVariables = Exact<{
  schoolYear: number;
  schoolIds?: Array<string> | string | null | undefined;
  message?: string | null | undefined;
}>;


export type SendReportReminderMutation = { sendReportReminder: { schoolYear: number, sent: number, alreadyRemindedToday: number, schools: Array<{ id: string, name: string }> } };

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

export type ManagedDistrictFieldsFragment = { id: string, code: string, name: string, sortOrder: number, closedOn: string | null, version: number, schoolCount: number };

export type ManagedSchoolFieldsFragment = { id: string, code: string, name: string, type: SchoolType, typeLabel: string, ownership: Ownership, ownershipLabel: string, inclusive: boolean, ethnic: boolean, urbanRuralCode: string, urbanRuralLabel: string, miningArea: boolean, area: AreaType, areaLabel: string, teachingPoint: boolean, openedOn: string | null, closedOn: string | null, closureReason: string | null, status: SchoolStatus, version: number, mergedInto: { id: string, name: string } | null, district: { id: string, name: string } };

export type ManagedDistrictsQueryVariables = Exact<{
  includeClosed?: boolean | null | undefined;
}>;


export type ManagedDistrictsQuery = { districts: Array<{ id: string, code: string, name: string, sortOrder: number, closedOn: string | null, version: number, schoolCount: number }> };

export type ManagedSchoolsQueryVariables = Exact<{
  districtId?: string | null | undefined;
  types?: Array<SchoolType> | SchoolType | null | undefined;
  includeClosed?: boolean | null | undefined;
}>;


export type ManagedSchoolsQuery = { schools: Array<{ id: string, code: string, name: string, type: SchoolType, typeLabel: string, ownership: Ownership, ownershipLabel: string, inclusive: boolean, ethnic: boolean, urbanRuralCode: string, urbanRuralLabel: string, miningArea: boolean, area: AreaType, areaLabel: string, teachingPoint: boolean, openedOn: string | null, closedOn: string | null, closureReason: string | null, status: SchoolStatus, version: number, mergedInto: { id: string, name: string } | null, district: { id: string, name: string } }> };

export type CreateDistrictMutationVariables = Exact<{
  input: CreateDistrictInput;
}>;


export type CreateDistrictMutation = { createDistrict: { district: { id: string, code: string, name: string, sortOrder: number, closedOn: string | null, version: number, schoolCount: number } } };

export type UpdateDistrictMutationVariables = Exact<{
  input: UpdateDistrictInput;
}>;


export type UpdateDistrictMutation = { updateDistrict: { district: { id: string, code: string, name: string, sortOrder: number, closedOn: string | null, version: number, schoolCount: number } } };

export type CloseDistrictMutationVariables = Exact<{
  input: CloseDistrictInput;
}>;


export type CloseDistrictMutation = { closeDistrict: { district: { id: string, code: string, name: string, sortOrder: number, closedOn: string | null, version: number, schoolCount: number } } };

export type CreateSchoolMutationVariables = Exact<{
  input: CreateSchoolInput;
}>;


export type CreateSchoolMutation = { createSchool: { school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string, ownership: Ownership, ownershipLabel: string, inclusive: boolean, ethnic: boolean, urbanRuralCode: string, urbanRuralLabel: string, miningArea: boolean, area: AreaType, areaLabel: string, teachingPoint: boolean, openedOn: string | null, closedOn: string | null, closureReason: string | null, status: SchoolStatus, version: number, mergedInto: { id: string, name: string } | null, district: { id: string, name: string } } } };

export type UpdateSchoolMutationVariables = Exact<{
  input: UpdateSchoolInput;
}>;


export type UpdateSchoolMutation = { updateSchool: { school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string, ownership: Ownership, ownershipLabel: string, inclusive: boolean, ethnic: boolean, urbanRuralCode: string, urbanRuralLabel: string, miningArea: boolean, area: AreaType, areaLabel: string, teachingPoint: boolean, openedOn: string | null, closedOn: string | null, closureReason: string | null, status: SchoolStatus, version: number, mergedInto: { id: string, name: string } | null, district: { id: string, name: string } } } };

export type CloseSchoolMutationVariables = Exact<{
  input: CloseSchoolInput;
}>;


export type CloseSchoolMutation = { closeSchool: { school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string, ownership: Ownership, ownershipLabel: string, inclusive: boolean, ethnic: boolean, urbanRuralCode: string, urbanRuralLabel: string, miningArea: boolean, area: AreaType, areaLabel: string, teachingPoint: boolean, openedOn: string | null, closedOn: string | null, closureReason: string | null, status: SchoolStatus, version: number, mergedInto: { id: string, name: string } | null, district: { id: string, name: string } } } };

export type MergeSchoolMutationVariables = Exact<{
  input: MergeSchoolInput;
}>;


export type MergeSchoolMutation = { mergeSchool: { school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string, ownership: Ownership, ownershipLabel: string, inclusive: boolean, ethnic: boolean, urbanRuralCode: string, urbanRuralLabel: string, miningArea: boolean, area: AreaType, areaLabel: string, teachingPoint: boolean, openedOn: string | null, closedOn: string | null, closureReason: string | null, status: SchoolStatus, version: number, mergedInto: { id: string, name: string } | null, district: { id: string, name: string } } } };

export type ReopenSchoolMutationVariables = Exact<{
  input: ReopenSchoolInput;
}>;


export type ReopenSchoolMutation = { reopenSchool: { school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string, ownership: Ownership, ownershipLabel: string, inclusive: boolean, ethnic: boolean, urbanRuralCode: string, urbanRuralLabel: string, miningArea: boolean, area: AreaType, areaLabel: string, teachingPoint: boolean, openedOn: string | null, closedOn: string | null, closureReason: string | null, status: SchoolStatus, version: number, mergedInto: { id: string, name: string } | null, district: { id: string, name: string } } } };

export type SchoolListTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolListTemplateQuery = { schoolListTemplate: { filename: string, contentType: string, contentBase64: string } };

export type ExportSchoolListQueryVariables = Exact<{
  districtId?: string | null | undefined;
}>;


export type ExportSchoolListQuery = { exportSchoolList: { filename: string, contentType: string, contentBase64: string } };

export type ImportSchoolListMutationVariables = Exact<{
  districtId?: string | null | undefined;
  contentBase64: string;
  dryRun?: boolean | null | undefined;
}>;


export type ImportSchoolListMutation = { importSchoolList: { rows: number, created: number, saved: boolean, dryRun: boolean, errors: Array<{ sheet: string, row: number, cell: string | null, column: string | null, field: string, message: string }> } };

export type ReportingPeriodFieldsFragment = { schoolYear: number, version: number, schoolYearLabel: string, openedAt: string, deadline: string, deadlinePassed: boolean, updatedAt: string, updatedBy: string | null };

export type CompletenessCountsFieldsFragment = { due: number, notStarted: number, draft: number, submitted: number, returned: number, approved: number, late: number, submittedRate: number | null };

export type CompletenessEntryFieldsFragment = { status: ReportStatus | null, statusLabel: string, submittedAt: string | null, late: boolean, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string }, district: { id: string, name: string } };

export type ReportingPeriodQueryVariables = Exact<{
  schoolYear: number;
}>;


export type ReportingPeriodQuery = { reportingPeriod: { schoolYear: number, version: number, schoolYearLabel: string, openedAt: string, deadline: string, deadlinePassed: boolean, updatedAt: string, updatedBy: string | null } | null };

export type ReportCompletenessQueryVariables = Exact<{
  schoolYear: number;
  districtId?: string | null | undefined;
}>;


export type ReportCompletenessQuery = { reportCompleteness: { schoolYear: number, deadlinePassed: boolean, unit: { id: string | null, level: OrgLevel, name: string }, period: { schoolYear: number, version: number, schoolYearLabel: string, openedAt: string, deadline: string, deadlinePassed: boolean, updatedAt: string, updatedBy: string | null } | null, total: { due: number, notStarted: number, draft: number, submitted: number, returned: number, approved: number, late: number, submittedRate: number | null }, byDistrict: Array<{ district: { id: string, name: string }, counts: { due: number, notStarted: number, draft: number, submitted: number, returned: number, approved: number, late: number, submittedRate: number | null } }>, bySchoolType: Array<{ type: SchoolType, label: string, counts: { due: number, notStarted: number, draft: number, submitted: number, returned: number, approved: number, late: number, submittedRate: number | null } }>, missing: Array<{ status: ReportStatus | null, statusLabel: string, submittedAt: string | null, late: boolean, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string }, district: { id: string, name: string } }>, lateSubmissions: Array<{ status: ReportStatus | null, statusLabel: string, submittedAt: string | null, late: boolean, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string }, district: { id: string, name: string } }> } };

export type SetReportingPeriodMutationVariables = Exact<{
  schoolYear: number;
  deadline: string;
  openedAt?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type SetReportingPeriodMutation = { setReportingPeriod: { period: { schoolYear: number, version: number, schoolYearLabel: string, openedAt: string, deadline: string, deadlinePassed: boolean, updatedAt: string, updatedBy: string | null } } };

export type MilestoneFieldsFragment = { year: number | null, comparator: Comparator, value: number | null, label: string };

export type PlanTargetFieldsFragment = { id: string, group: TargetGroup, name: string, section: string, measuredFrom: string, unit: string, unitLabel: string, direction: string, baseline: number | null, baselineLabel: string | null, levels: Array<OrgLevel>, schoolTypes: Array<SchoolType> | null, inconsistency: string | null, notes: string | null, milestones: Array<{ year: number | null, comparator: Comparator, value: number | null, label: string }> };

export type PlanTargetsQueryVariables = Exact<{
  group?: TargetGroup | null | undefined;
  level?: OrgLevel | null | undefined;
}>;


export type PlanTargetsQuery = { planTargets: Array<{ id: string, group: TargetGroup, name: string, section: string, measuredFrom: string, unit: string, unitLabel: string, direction: string, baseline: number | null, baselineLabel: string | null, levels: Array<OrgLevel>, schoolTypes: Array<SchoolType> | null, inconsistency: string | null, notes: string | null, milestones: Array<{ year: number | null, comparator: Comparator, value: number | null, label: string }> }> };

export type TargetResultsQueryVariables = Exact<{
  unit: OrgUnitInput;
  schoolYear: number;
  targetIds?: Array<string> | string | null | undefined;
  includeSubmitted?: boolean | null | undefined;
}>;


export type TargetResultsQuery = { targetResults: Array<{ schoolYear: number, status: TargetStatus, statusLabel: string, value: number | null, numerator: number | null, numeratorLabel: string | null, denominator: number | null, denominatorLabel: string | null, reason: string | null, requiredNow: number | null, whatItTakes: string | null, stage: Stage | null, stageLabel: string | null, unitsIncluded: number, unitsMissing: number, provisional: boolean, publishedVersion: number | null, coverage: { reported: number, expected: number, complete: boolean, label: string }, milestone: { year: number | null, comparator: Comparator, value: number | null, label: string } | null, unit: { id: string | null, level: OrgLevel, code: string, name: string }, target: { id: string, group: TargetGroup, name: string, section: string, measuredFrom: string, unit: string, unitLabel: string, direction: string, baseline: number | null, baselineLabel: string | null, levels: Array<OrgLevel>, schoolTypes: Array<SchoolType> | null, inconsistency: string | null, notes: string | null, milestones: Array<{ year: number | null, comparator: Comparator, value: number | null, label: string }> } }> };

export type ProjectionScenarioFieldsFragment = { id: string, name: string, description: string, version: number, updatedAt: string, district: { id: string, name: string } | null, assumptions: { birthTrendPercent: number | null, seniorGrossEnrolmentRate: number | null, summary: string, transitionRates: Array<{ key: string, label: string, rate: number }> } };

export type ProjectionTeacherFieldsFragment = { normNeed: number | null, binding: string, need: number, supply: number, gap: number, surplus: number, hires: number, cumulativeHires: number, retirements: number, balance: Array<{ indicatorId: string, label: string, need: number, supply: number, gap: number, surplus: number, hires: number, cumulativeHires: number }> };

export type ProjectionQueryVariables = Exact<{
  districtId?: string | null | undefined;
  scenarioId?: string | null | undefined;
}>;


export type ProjectionQuery = { projection: { unitName: string, baseYear: number | null, hiresFrom: number | null, endYear: number, method: Array<string>, notes: Array<string>, retirementRule: string, scenario: { id: string, name: string } | null, coverage: { partial: boolean, statement: string, rosterYear: number | null, rosterSchools: number, rosterSchoolsExpected: number, teachersWithoutStage: number, birthYears: Array<number>, missingBirthYears: Array<number>, years: Array<{ schoolYear: number, schools: Array<{ id: string, name: string }>, missingSchools: Array<{ id: string, name: string }> }> }, rates: Array<{ key: string, label: string, rate: number, estimated: number | null, yearsUsed: Array<number>, overridden: boolean, defaulted: boolean }>, births: Array<{ year: number, births: number, projected: boolean }>, years: Array<{ schoolYear: number, projected: boolean, a08Percent: number | null, a07Percent: number | null, a08Hold: { required: number, qualifiedHires: number | null, plannedHires: number, held: boolean } | null, a07Hold: { required: number, qualifiedHires: number | null, plannedHires: number, held: boolean } | null, stages: Array<{ stage: Stage, stageLabel: string, pupils: number, classesNeeded: number | null, classesHave: number, classBalance: number | null, grades: Array<{ grade: number, label: string, pupils: number, classesNeeded: number | null, provisional: boolean }>, teachers: { normNeed: number | null, binding: string, need: number, supply: number, gap: number, surplus: number, hires: number, cumulativeHires: number, retirements: number, balance: Array<{ indicatorId: string, label: string, need: number, supply: number, gap: number, surplus: number, hires: number, cumulativeHires: number }> } | null }> }> } };

export type DistrictBirthsQueryVariables = Exact<{
  districtId: string;
}>;


export type DistrictBirthsQuery = { districtBirths: Array<{ year: number, births: number, version: number, updatedAt: string }> };

export type SaveDistrictBirthsMutationVariables = Exact<{
  districtId: string;
  input: DistrictBirthsInput;
}>;


export type SaveDistrictBirthsMutation = { saveDistrictBirths: { births: Array<{ year: number, births: number, version: number, updatedAt: string }> } };

export type ProjectionScenariosQueryVariables = Exact<{
  districtId?: string | null | undefined;
}>;


export type ProjectionScenariosQuery = { projectionScenarios: Array<{ id: string, name: string, description: string, version: number, updatedAt: string, district: { id: string, name: string } | null, assumptions: { birthTrendPercent: number | null, seniorGrossEnrolmentRate: number | null, summary: string, transitionRates: Array<{ key: string, label: string, rate: number }> } }> };

export type CreateProjectionScenarioMutationVariables = Exact<{
  input: ProjectionScenarioInput;
}>;


export type CreateProjectionScenarioMutation = { createProjectionScenario: { scenario: { id: string, name: string, description: string, version: number, updatedAt: string, district: { id: string, name: string } | null, assumptions: { birthTrendPercent: number | null, seniorGrossEnrolmentRate: number | null, summary: string, transitionRates: Array<{ key: string, label: string, rate: number }> } } } };

export type UpdateProjectionScenarioMutationVariables = Exact<{
  id: string;
  version: number;
  input: ProjectionScenarioInput;
}>;


export type UpdateProjectionScenarioMutation = { updateProjectionScenario: { scenario: { id: string, name: string, description: string, version: number, updatedAt: string, district: { id: string, name: string } | null, assumptions: { birthTrendPercent: number | null, seniorGrossEnrolmentRate: number | null, summary: string, transitionRates: Array<{ key: string, label: string, rate: number }> } } } };

export type DeleteProjectionScenarioMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeleteProjectionScenarioMutation = { deleteProjectionScenario: { id: string } };

export type ExportProjectionExcelQueryVariables = Exact<{
  districtId?: string | null | undefined;
  scenarioId?: string | null | undefined;
}>;


export type ExportProjectionExcelQuery = { exportProjectionExcel: { filename: string, contentType: string, contentBase64: string } };

export type ProjectionTargetHoldFieldsFragment = { required: number, qualifiedHires: number | null, plannedHires: number, held: boolean };

export type CoverageFieldsFragment = { reported: number, expected: number, complete: boolean, label: string };

export type PublishedHistoryQueryVariables = Exact<{
  unit: OrgUnitInput;
  targetId: string;
  schoolYear: number;
}>;


export type PublishedHistoryQuery = { publishedHistory: Array<{ version: number, publishedAt: string, superseded: boolean, result: { schoolYear: number, stage: Stage | null, status: TargetStatus, statusLabel: string, value: number | null, reason: string | null, provisional: boolean, publishedVersion: number | null, coverage: { reported: number, expected: number, complete: boolean, label: string } } }> };

export type ReportGradeFieldsFragment = { stage: Stage, grade: number, label: string, students: number, classes: number, largeClasses: number, oversizedClasses: number, disabledStudents: number };

export type SchoolReportFieldsFragment = { id: string, schoolYear: number, status: ReportStatus, statusLabel: string, version: number, totalStudents: number, staffTotal: number | null, fullTimeTeachers: number | null, teachingAuxiliaryArea: number | null, indoorSportsArea: number | null, outdoorSportsArea: number | null, equipmentValue: number | null, multimediaClassrooms: number | null, innovationLabs: number | null, wirelessFullCoverage: boolean | null, healthTested: number | null, healthPassed: number | null, healthGoodOrExcellent: number | null, meetsPeHygieneStandard: boolean | null, implementsCurriculumStandards: boolean | null, hasSportsBrand: boolean | null, implementsHealthStandard: boolean | null, heldSportsMeeting: boolean | null, footballFeatureSchool: boolean | null, footballLessonsPerWeek: number | null, heldArtsFestival: boolean | null, notes: string | null, reviewComment: string | null, reviewedAt: string | null, reviewedBy: string | null, submittedAt: string | null, updatedAt: string, updatedBy: string | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string, district: { id: string, name: string } }, grades: Array<{ stage: Stage, grade: number, label: string, students: number, classes: number, largeClasses: number, oversizedClasses: number, disabledStudents: number }> };

export type SchoolReportQueryVariables = Exact<{
  schoolId: string;
  schoolYear: number;
}>;


export type SchoolReportQuery = { schoolReport: { id: string, schoolYear: number, status: ReportStatus, statusLabel: string, version: number, totalStudents: number, staffTotal: number | null, fullTimeTeachers: number | null, teachingAuxiliaryArea: number | null, indoorSportsArea: number | null, outdoorSportsArea: number | null, equipmentValue: number | null, multimediaClassrooms: number | null, innovationLabs: number | null, wirelessFullCoverage: boolean | null, healthTested: number | null, healthPassed: number | null, healthGoodOrExcellent: number | null, meetsPeHygieneStandard: boolean | null, implementsCurriculumStandards: boolean | null, hasSportsBrand: boolean | null, implementsHealthStandard: boolean | null, heldSportsMeeting: boolean | null, footballFeatureSchool: boolean | null, footballLessonsPerWeek: number | null, heldArtsFestival: boolean | null, notes: string | null, reviewComment: string | null, reviewedAt: string | null, reviewedBy: string | null, submittedAt: string | null, updatedAt: string, updatedBy: string | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string, district: { id: string, name: string } }, grades: Array<{ stage: Stage, grade: number, label: string, students: number, classes: number, largeClasses: number, oversizedClasses: number, disabledStudents: number }> } | null };

export type SaveReportDraftMutationVariables = Exact<{
  input: SaveReportDraftInput;
}>;


export type SaveReportDraftMutation = { saveReportDraft: { report: { id: string, schoolYear: number, status: ReportStatus, statusLabel: string, version: number, totalStudents: number, staffTotal: number | null, fullTimeTeachers: number | null, teachingAuxiliaryArea: number | null, indoorSportsArea: number | null, outdoorSportsArea: number | null, equipmentValue: number | null, multimediaClassrooms: number | null, innovationLabs: number | null, wirelessFullCoverage: boolean | null, healthTested: number | null, healthPassed: number | null, healthGoodOrExcellent: number | null, meetsPeHygieneStandard: boolean | null, implementsCurriculumStandards: boolean | null, hasSportsBrand: boolean | null, implementsHealthStandard: boolean | null, heldSportsMeeting: boolean | null, footballFeatureSchool: boolean | null, footballLessonsPerWeek: number | null, heldArtsFestival: boolean | null, notes: string | null, reviewComment: string | null, reviewedAt: string | null, reviewedBy: string | null, submittedAt: string | null, updatedAt: string, updatedBy: string | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string, district: { id: string, name: string } }, grades: Array<{ stage: Stage, grade: number, label: string, students: number, classes: number, largeClasses: number, oversizedClasses: number, disabledStudents: number }> } } };

export type SubmitReportMutationVariables = Exact<{
  schoolId: string;
  schoolYear: number;
  version: number;
}>;


export type SubmitReportMutation = { submitReport: { report: { id: string, schoolYear: number, status: ReportStatus, statusLabel: string, version: number, totalStudents: number, staffTotal: number | null, fullTimeTeachers: number | null, teachingAuxiliaryArea: number | null, indoorSportsArea: number | null, outdoorSportsArea: number | null, equipmentValue: number | null, multimediaClassrooms: number | null, innovationLabs: number | null, wirelessFullCoverage: boolean | null, healthTested: number | null, healthPassed: number | null, healthGoodOrExcellent: number | null, meetsPeHygieneStandard: boolean | null, implementsCurriculumStandards: boolean | null, hasSportsBrand: boolean | null, implementsHealthStandard: boolean | null, heldSportsMeeting: boolean | null, footballFeatureSchool: boolean | null, footballLessonsPerWeek: number | null, heldArtsFestival: boolean | null, notes: string | null, reviewComment: string | null, reviewedAt: string | null, reviewedBy: string | null, submittedAt: string | null, updatedAt: string, updatedBy: string | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string, district: { id: string, name: string } }, grades: Array<{ stage: Stage, grade: number, label: string, students: number, classes: number, largeClasses: number, oversizedClasses: number, disabledStudents: number }> } } };

export type ReturnReportMutationVariables = Exact<{
  schoolId: string;
  schoolYear: number;
  version: number;
  comment: string;
}>;


export type ReturnReportMutation = { returnReport: { report: { id: string, schoolYear: number, status: ReportStatus, statusLabel: string, version: number, totalStudents: number, staffTotal: number | null, fullTimeTeachers: number | null, teachingAuxiliaryArea: number | null, indoorSportsArea: number | null, outdoorSportsArea: number | null, equipmentValue: number | null, multimediaClassrooms: number | null, innovationLabs: number | null, wirelessFullCoverage: boolean | null, healthTested: number | null, healthPassed: number | null, healthGoodOrExcellent: number | null, meetsPeHygieneStandard: boolean | null, implementsCurriculumStandards: boolean | null, hasSportsBrand: boolean | null, implementsHealthStandard: boolean | null, heldSportsMeeting: boolean | null, footballFeatureSchool: boolean | null, footballLessonsPerWeek: number | null, heldArtsFestival: boolean | null, notes: string | null, reviewComment: string | null, reviewedAt: string | null, reviewedBy: string | null, submittedAt: string | null, updatedAt: string, updatedBy: string | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string, district: { id: string, name: string } }, grades: Array<{ stage: Stage, grade: number, label: string, students: number, classes: number, largeClasses: number, oversizedClasses: number, disabledStudents: number }> } } };

export type ApproveReportMutationVariables = Exact<{
  schoolId: string;
  schoolYear: number;
  version: number;
  comment?: string | null | undefined;
}>;


export type ApproveReportMutation = { approveReport: { report: { id: string, schoolYear: number, status: ReportStatus, statusLabel: string, version: number, totalStudents: number, staffTotal: number | null, fullTimeTeachers: number | null, teachingAuxiliaryArea: number | null, indoorSportsArea: number | null, outdoorSportsArea: number | null, equipmentValue: number | null, multimediaClassrooms: number | null, innovationLabs: number | null, wirelessFullCoverage: boolean | null, healthTested: number | null, healthPassed: number | null, healthGoodOrExcellent: number | null, meetsPeHygieneStandard: boolean | null, implementsCurriculumStandards: boolean | null, hasSportsBrand: boolean | null, implementsHealthStandard: boolean | null, heldSportsMeeting: boolean | null, footballFeatureSchool: boolean | null, footballLessonsPerWeek: number | null, heldArtsFestival: boolean | null, notes: string | null, reviewComment: string | null, reviewedAt: string | null, reviewedBy: string | null, submittedAt: string | null, updatedAt: string, updatedBy: string | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string, district: { id: string, name: string } }, grades: Array<{ stage: Stage, grade: number, label: string, students: number, classes: number, largeClasses: number, oversizedClasses: number, disabledStudents: number }> } } };

export type ReopenReportMutationVariables = Exact<{
  schoolId: string;
  schoolYear: number;
  version: number;
  reason: string;
}>;


export type ReopenReportMutation = { reopenReport: { report: { id: string, schoolYear: number, status: ReportStatus, statusLabel: string, version: number, totalStudents: number, staffTotal: number | null, fullTimeTeachers: number | null, teachingAuxiliaryArea: number | null, indoorSportsArea: number | null, outdoorSportsArea: number | null, equipmentValue: number | null, multimediaClassrooms: number | null, innovationLabs: number | null, wirelessFullCoverage: boolean | null, healthTested: number | null, healthPassed: number | null, healthGoodOrExcellent: number | null, meetsPeHygieneStandard: boolean | null, implementsCurriculumStandards: boolean | null, hasSportsBrand: boolean | null, implementsHealthStandard: boolean | null, heldSportsMeeting: boolean | null, footballFeatureSchool: boolean | null, footballLessonsPerWeek: number | null, heldArtsFestival: boolean | null, notes: string | null, reviewComment: string | null, reviewedAt: string | null, reviewedBy: string | null, submittedAt: string | null, updatedAt: string, updatedBy: string | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string, district: { id: string, name: string } }, grades: Array<{ stage: Stage, grade: number, label: string, students: number, classes: number, largeClasses: number, oversizedClasses: number, disabledStudents: number }> } } };

export type ReportQueueQueryVariables = Exact<{
  districtId: string;
  schoolYear: number;
}>;


export type ReportQueueQuery = { reportQueue: { schoolYear: number, deadline: string | null, district: { id: string, name: string }, counts: Array<{ key: string, label: string, count: number }>, entries: Array<{ status: ReportStatus | null, statusLabel: string, submittedAt: string | null, firstSubmittedAt: string | null, late: boolean, reviewedAt: string | null, totalStudents: number | null, version: number | null, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string }, flags: Array<{ field: string, kind: ReportFlagKind, message: string }> }> } };

export type RosterMemberFieldsFragment = { id: string, version: number, schoolYear: number, name: string, gender: Gender, genderLabel: string, birthYear: number, age: number, ethnicity: string, idNumberMasked: string | null, role: StaffRole, roleLabel: string, fullTime: boolean, stage: Stage | null, stageLabel: string | null, subject: Subject | null, subjectLabel: string | null, education: EducationLevel, educationLabel: string, preschoolMajor: boolean, teacherCertificate: TeacherCertificate, teacherCertificateLabel: string, title: Title, titleLabel: string, dualQualified: boolean, backboneLevel: BackboneLevel, backboneLabel: string, mentalHealthTrained: boolean, counsellingCertificate: boolean, bilingual: boolean, trainingHours: number, status: StaffStatus, statusLabel: string, startedOn: string | null, leftOn: string | null, onRosterAtStatisticsDate: boolean };

export type RosterPageQueryVariables = Exact<{
  filter: StaffFilter;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type RosterPageQuery = { staff: { page: number, pageSize: number, total: number, items: Array<{ id: string, version: number, schoolYear: number, name: string, gender: Gender, genderLabel: string, birthYear: number, age: number, ethnicity: string, idNumberMasked: string | null, role: StaffRole, roleLabel: string, fullTime: boolean, stage: Stage | null, stageLabel: string | null, subject: Subject | null, subjectLabel: string | null, education: EducationLevel, educationLabel: string, preschoolMajor: boolean, teacherCertificate: TeacherCertificate, teacherCertificateLabel: string, title: Title, titleLabel: string, dualQualified: boolean, backboneLevel: BackboneLevel, backboneLabel: string, mentalHealthTrained: boolean, counsellingCertificate: boolean, bilingual: boolean, trainingHours: number, status: StaffStatus, statusLabel: string, startedOn: string | null, leftOn: string | null, onRosterAtStatisticsDate: boolean }> } };

export type AddStaffMutationVariables = Exact<{
  input: AddStaffInput;
}>;


export type AddStaffMutation = { addStaff: { staff: { id: string, version: number, schoolYear: number, name: string, gender: Gender, genderLabel: string, birthYear: number, age: number, ethnicity: string, idNumberMasked: string | null, role: StaffRole, roleLabel: string, fullTime: boolean, stage: Stage | null, stageLabel: string | null, subject: Subject | null, subjectLabel: string | null, education: EducationLevel, educationLabel: string, preschoolMajor: boolean, teacherCertificate: TeacherCertificate, teacherCertificateLabel: string, title: Title, titleLabel: string, dualQualified: boolean, backboneLevel: BackboneLevel, backboneLabel: string, mentalHealthTrained: boolean, counsellingCertificate: boolean, bilingual: boolean, trainingHours: number, status: StaffStatus, statusLabel: string, startedOn: string | null, leftOn: string | null, onRosterAtStatisticsDate: boolean } } };

export type UpdateStaffMutationVariables = Exact<{
  id: string;
  version: number;
  patch: StaffPatch;
}>;


export type UpdateStaffMutation = { updateStaff: { staff: { id: string, version: number, schoolYear: number, name: string, gender: Gender, genderLabel: string, birthYear: number, age: number, ethnicity: string, idNumberMasked: string | null, role: StaffRole, roleLabel: string, fullTime: boolean, stage: Stage | null, stageLabel: string | null, subject: Subject | null, subjectLabel: string | null, education: EducationLevel, educationLabel: string, preschoolMajor: boolean, teacherCertificate: TeacherCertificate, teacherCertificateLabel: string, title: Title, titleLabel: string, dualQualified: boolean, backboneLevel: BackboneLevel, backboneLabel: string, mentalHealthTrained: boolean, counsellingCertificate: boolean, bilingual: boolean, trainingHours: number, status: StaffStatus, statusLabel: string, startedOn: string | null, leftOn: string | null, onRosterAtStatisticsDate: boolean } } };

export type StaffLeaveMutationVariables = Exact<{
  id: string;
  version: number;
  status: StaffStatus;
  leftOn: string;
}>;


export type StaffLeaveMutation = { staffLeave: { staff: { id: string, version: number, schoolYear: number, name: string, gender: Gender, genderLabel: string, birthYear: number, age: number, ethnicity: string, idNumberMasked: string | null, role: StaffRole, roleLabel: string, fullTime: boolean, stage: Stage | null, stageLabel: string | null, subject: Subject | null, subjectLabel: string | null, education: EducationLevel, educationLabel: string, preschoolMajor: boolean, teacherCertificate: TeacherCertificate, teacherCertificateLabel: string, title: Title, titleLabel: string, dualQualified: boolean, backboneLevel: BackboneLevel, backboneLabel: string, mentalHealthTrained: boolean, counsellingCertificate: boolean, bilingual: boolean, trainingHours: number, status: StaffStatus, statusLabel: string, startedOn: string | null, leftOn: string | null, onRosterAtStatisticsDate: boolean } } };

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


export type StaffingSummaryQuery = { staffingSummary: { schoolYear: number, total: number, fullTimeTeachers: number, provisional: boolean, coverage: { reported: number, expected: number, complete: boolean, label: string }, unit: { id: string | null, level: OrgLevel, code: string, name: string }, byRole: Array<{ key: string, label: string, count: number }>, byTitle: Array<{ key: string, label: string, count: number }>, byEducation: Array<{ key: string, label: string, count: number }>, byAgeBand: Array<{ key: string, label: string, count: number }>, byGender: Array<{ key: string, label: string, count: number }> } };

export type RosterRolloverStatusQueryVariables = Exact<{
  unit: OrgUnitInput;
  schoolYear: number;
  includeSchools?: boolean | null | undefined;
}>;


export type RosterRolloverStatusQuery = { rosterRolloverStatus: Array<{ previousActive: number, current: number, toCarry: number, unit: { level: OrgLevel, id: string | null, code: string, name: string } }> };

export type CarryOverRosterMutationVariables = Exact<{
  unit: OrgUnitInput;
  schoolYear: number;
  includeSchools?: boolean | null | undefined;
}>;


export type CarryOverRosterMutation = { carryOverRoster: { schoolYear: number, fromSchoolYear: number, carried: number, alreadyOnRoster: number, units: Array<{ carried: number, alreadyOnRoster: number, unit: { level: OrgLevel, id: string | null, name: string } }> } };

export type ExportStaffingSummaryExcelQueryVariables = Exact<{
  unit: OrgUnitInput;
  schoolYear: number;
}>;


export type ExportStaffingSummaryExcelQuery = { exportStaffingSummaryExcel: { filename: string, contentType: string, contentBase64: string } };

export type ExportBalanceExcelQueryVariables = Exact<{
  schoolYear: number;
  districtId?: string | null | undefined;
}>;


export type ExportBalanceExcelQuery = { exportBalanceExcel: { filename: string, contentType: string, contentBase64: string } };

export type YearPublicationFieldsFragment = { version: number, publishedAt: string, publishedBy: string | null, note: string | null, reopenedAt: string | null, reopenedBy: string | null, reopenReason: string | null };

export type StatisticalYearFieldsFragment = { schoolYear: number, label: string, state: SchoolYearState, stateLabel: string, current: boolean, final: boolean, publishedVersion: number | null, version: number, publications: Array<{ version: number, publishedAt: string, publishedBy: string | null, note: string | null, reopenedAt: string | null, reopenedBy: string | null, reopenReason: string | null }> };

export type ReportExemptionFieldsFragment = { reason: string, createdAt: string, createdBy: string | null, school: { id: string, code: string, name: string }, district: { id: string, name: string } };

export type PublicationReadinessFieldsFragment = { schoolYear: number, state: SchoolYearState, due: number, approved: number, ready: boolean, pending: Array<{ status: ReportStatus | null, statusLabel: string, submittedAt: string | null, late: boolean, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string }, district: { id: string, name: string } }>, exemptions: Array<{ reason: string, createdAt: string, createdBy: string | null, school: { id: string, code: string, name: string }, district: { id: string, name: string } }> };

export type StatisticalYearListQueryVariables = Exact<{ [key: string]: never; }>;


export type StatisticalYearListQuery = { statisticalYears: Array<{ schoolYear: number, label: string, state: SchoolYearState, stateLabel: string, current: boolean, final: boolean, publishedVersion: number | null, version: number, publications: Array<{ version: number, publishedAt: string, publishedBy: string | null, note: string | null, reopenedAt: string | null, reopenedBy: string | null, reopenReason: string | null }> }> };

export type YearPublicationReadinessQueryVariables = Exact<{
  schoolYear: number;
}>;


export type YearPublicationReadinessQuery = { publicationReadiness: { schoolYear: number, state: SchoolYearState, due: number, approved: number, ready: boolean, pending: Array<{ status: ReportStatus | null, statusLabel: string, submittedAt: string | null, late: boolean, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string }, district: { id: string, name: string } }>, exemptions: Array<{ reason: string, createdAt: string, createdBy: string | null, school: { id: string, code: string, name: string }, district: { id: string, name: string } }> } };

export type PublishSchoolYearMutationVariables = Exact<{
  schoolYear: number;
  version: number;
  note?: string | null | undefined;
}>;


export type PublishSchoolYearMutation = { publishSchoolYear: { year: { schoolYear: number, label: string, state: SchoolYearState, stateLabel: string, current: boolean, final: boolean, publishedVersion: number | null, version: number, publications: Array<{ version: number, publishedAt: string, publishedBy: string | null, note: string | null, reopenedAt: string | null, reopenedBy: string | null, reopenReason: string | null }> } } };

export type ReopenSchoolYearMutationVariables = Exact<{
  schoolYear: number;
  version: number;
  reason: string;
}>;


export type ReopenSchoolYearMutation = { reopenSchoolYear: { year: { schoolYear: number, label: string, state: SchoolYearState, stateLabel: string, current: boolean, final: boolean, publishedVersion: number | null, version: number, publications: Array<{ version: number, publishedAt: string, publishedBy: string | null, note: string | null, reopenedAt: string | null, reopenedBy: string | null, reopenReason: string | null }> } } };

export type ExemptReportsMutationVariables = Exact<{
  schoolYear: number;
  schoolIds: Array<string> | string;
  reason: string;
}>;


export type ExemptReportsMutation = { exemptReports: { schoolYear: number, state: SchoolYearState, due: number, approved: number, ready: boolean, pending: Array<{ status: ReportStatus | null, statusLabel: string, submittedAt: string | null, late: boolean, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string }, district: { id: string, name: string } }>, exemptions: Array<{ reason: string, createdAt: string, createdBy: string | null, school: { id: string, code: string, name: string }, district: { id: string, name: string } }> } };

export type RemoveReportExemptionMutationVariables = Exact<{
  schoolYear: number;
  schoolId: string;
}>;


export type RemoveReportExemptionMutation = { removeReportExemption: { schoolYear: number, state: SchoolYearState, due: number, approved: number, ready: boolean, pending: Array<{ status: ReportStatus | null, statusLabel: string, submittedAt: string | null, late: boolean, school: { id: string, code: string, name: string, type: SchoolType, typeLabel: string }, district: { id: string, name: string } }>, exemptions: Array<{ reason: string, createdAt: string, createdBy: string | null, school: { id: string, code: string, name: string }, district: { id: string, name: string } }> } };

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
export const AccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountFields on Account {
  id
  username
  displayName
  level
  orgUnit {
    level
    id
    code
    name
  }
  active
  mustChangePassword
  lockedUntil
  lastLoginAt
  createdAt
  version
}
    `, {"fragmentName":"AccountFields"}) as unknown as TypedDocumentString<AccountFieldsFragment, unknown>;
export const OneTimePasswordFieldsFragmentDoc = new TypedDocumentString(`
    fragment OneTimePasswordFields on OneTimePasswordPayload {
  account {
    ...AccountFields
  }
  oneTimePassword
}
    fragment AccountFields on Account {
  id
  username
  displayName
  level
  orgUnit {
    level
    id
    code
    name
  }
  active
  mustChangePassword
  lockedUntil
  lastLoginAt
  createdAt
  version
}`, {"fragmentName":"OneTimePasswordFields"}) as unknown as TypedDocumentString<OneTimePasswordFieldsFragment, unknown>;
export const CityFieldsFragmentDoc = new TypedDocumentString(`
    fragment CityFields on City {
  code
  name
  bureauName
  planId
  planTitle
}
    `, {"fragmentName":"CityFields"}) as unknown as TypedDocumentString<CityFieldsFragment, unknown>;
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
  mustChangePassword
  city {
    ...CityFields
  }
}
    fragment CityFields on City {
  code
  name
  bureauName
  planId
  planTitle
}`, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const BackfillWindowFieldsFragmentDoc = new TypedDocumentString(`
    fragment BackfillWindowFields on BackfillWindow {
  id
  schoolYear
  schoolYearLabel
  district {
    id
    name
  }
  school {
    id
    name
  }
  reason
  opensAt
  closesAt
  closedAt
  open
  openedBy
}
    `, {"fragmentName":"BackfillWindowFields"}) as unknown as TypedDocumentString<BackfillWindowFieldsFragment, unknown>;
export const BalanceCertificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment BalanceCertificationFields on BalanceCertification {
  id
  year
  untilYear
  level
  label
  name
  notes
}
    `, {"fragmentName":"BalanceCertificationFields"}) as unknown as TypedDocumentString<BalanceCertificationFieldsFragment, unknown>;
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
  outcome
  outcomeLabel
  coverage
  pendingSchools {
    id
    name
  }
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
export const BalancePlanIndicatorValueFieldsFragmentDoc = new TypedDocumentString(`
    fragment BalancePlanIndicatorValueFields on BalanceIndicatorValue {
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
  }
}
    `, {"fragmentName":"BalancePlanIndicatorValueFields"}) as unknown as TypedDocumentString<BalancePlanIndicatorValueFieldsFragment, unknown>;
export const BalancePlanSchoolStateFieldsFragmentDoc = new TypedDocumentString(`
    fragment BalancePlanSchoolStateFields on BalancePlanSchoolState {
  metCount
  passed
  summary
  indicators {
    ...BalancePlanIndicatorValueFields
  }
}
    fragment BalancePlanIndicatorValueFields on BalanceIndicatorValue {
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
  }
}`, {"fragmentName":"BalancePlanSchoolStateFields"}) as unknown as TypedDocumentString<BalancePlanSchoolStateFieldsFragment, unknown>;
export const CoverageFieldsFragmentDoc = new TypedDocumentString(`
    fragment CoverageFields on Coverage {
  reported
  expected
  complete
  label
}
    `, {"fragmentName":"CoverageFields"}) as unknown as TypedDocumentString<CoverageFieldsFragment, unknown>;
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
  coverage {
    ...CoverageFields
  }
  provisional
  publishedVersion
  milestone {
    ...MilestoneFields
  }
  unit {
    id
    level
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
}
fragment CoverageFields on Coverage {
  reported
  expected
  complete
  label
}`, {"fragmentName":"DashboardResultFields"}) as unknown as TypedDocumentString<DashboardResultFieldsFragment, unknown>;
export const ExcelFileFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExcelFileFields on ExcelFile {
  filename
  contentType
  contentBase64
}
    `, {"fragmentName":"ExcelFileFields"}) as unknown as TypedDocumentString<ExcelFileFieldsFragment, unknown>;
export const ExcelImportErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExcelImportErrorFields on ExcelImportError {
  sheet
  row
  cell
  column
  field
  message
}
    `, {"fragmentName":"ExcelImportErrorFields"}) as unknown as TypedDocumentString<ExcelImportErrorFieldsFragment, unknown>;
export const DistrictInputsFieldsFragmentDoc = new TypedDocumentString(`
    fragment DistrictInputsFields on DistrictInputs {
  schoolYear
  version
  updatedAt
  residentPopulation
  population3to5
  population6to14
  population15to17
  disabledChildren
  disabledChildrenEnrolled
  cohortGrade1Entrants
  cohortGrade9Completers
  urbanSubdistricts
  urbanSubdistrictsWithGuidance
  parentingSessionsPerFamily
  educationSpending
  teacherAveragePay
  civilServantAveragePay
  gdp
}
    `, {"fragmentName":"DistrictInputsFields"}) as unknown as TypedDocumentString<DistrictInputsFieldsFragment, unknown>;
export const CityInputsFieldsFragmentDoc = new TypedDocumentString(`
    fragment CityInputsFields on CityInputs {
  schoolYear
  version
  updatedAt
  newLabourUpperSecondaryRate
  communityEducationRate
  cityEducationSpending
  gdp
  teacherAveragePay
  civilServantAveragePay
}
    `, {"fragmentName":"CityInputsFields"}) as unknown as TypedDocumentString<CityInputsFieldsFragment, unknown>;
export const RegisterEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegisterEntryFields on RegisterEntry {
  id
  version
  kind
  kindLabel
  name
  level
  levelLabel
  fromYear
  toYear
  quantity
  notes
  targetIds
  updatedAt
  district {
    id
    name
  }
  school {
    id
    name
  }
}
    `, {"fragmentName":"RegisterEntryFields"}) as unknown as TypedDocumentString<RegisterEntryFieldsFragment, unknown>;
export const NoticeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NoticeFields on Notice {
  id
  kind
  kindLabel
  title
  body
  schoolYear
  senderName
  createdAt
  read
}
    `, {"fragmentName":"NoticeFields"}) as unknown as TypedDocumentString<NoticeFieldsFragment, unknown>;
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
export const ManagedDistrictFieldsFragmentDoc = new TypedDocumentString(`
    fragment ManagedDistrictFields on District {
  id
  code
  name
  sortOrder
  closedOn
  version
  schoolCount
}
    `, {"fragmentName":"ManagedDistrictFields"}) as unknown as TypedDocumentString<ManagedDistrictFieldsFragment, unknown>;
export const ManagedSchoolFieldsFragmentDoc = new TypedDocumentString(`
    fragment ManagedSchoolFields on School {
  id
  code
  name
  type
  typeLabel
  ownership
  ownershipLabel
  inclusive
  ethnic
  urbanRuralCode
  urbanRuralLabel
  miningArea
  area
  areaLabel
  teachingPoint
  openedOn
  closedOn
  closureReason
  status
  version
  mergedInto {
    id
    name
  }
  district {
    id
    name
  }
}
    `, {"fragmentName":"ManagedSchoolFields"}) as unknown as TypedDocumentString<ManagedSchoolFieldsFragment, unknown>;
export const ReportingPeriodFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportingPeriodFields on ReportingPeriod {
  schoolYear
  version
  schoolYearLabel
  openedAt
  deadline
  deadlinePassed
  updatedAt
  updatedBy
}
    `, {"fragmentName":"ReportingPeriodFields"}) as unknown as TypedDocumentString<ReportingPeriodFieldsFragment, unknown>;
export const CompletenessCountsFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompletenessCountsFields on CompletenessCounts {
  due
  notStarted
  draft
  submitted
  returned
  approved
  late
  submittedRate
}
    `, {"fragmentName":"CompletenessCountsFields"}) as unknown as TypedDocumentString<CompletenessCountsFieldsFragment, unknown>;
export const CompletenessEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompletenessEntryFields on CompletenessEntry {
  school {
    id
    code
    name
    type
    typeLabel
  }
  district {
    id
    name
  }
  status
  statusLabel
  submittedAt
  late
}
    `, {"fragmentName":"CompletenessEntryFields"}) as unknown as TypedDocumentString<CompletenessEntryFieldsFragment, unknown>;
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
  schoolTypes
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
export const ProjectionScenarioFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectionScenarioFields on ProjectionScenario {
  id
  name
  description
  version
  updatedAt
  district {
    id
    name
  }
  assumptions {
    birthTrendPercent
    seniorGrossEnrolmentRate
    summary
    transitionRates {
      key
      label
      rate
    }
  }
}
    `, {"fragmentName":"ProjectionScenarioFields"}) as unknown as TypedDocumentString<ProjectionScenarioFieldsFragment, unknown>;
export const ProjectionTeacherFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectionTeacherFields on ProjectionTeachers {
  normNeed
  binding
  need
  supply
  gap
  surplus
  hires
  cumulativeHires
  retirements
  balance {
    indicatorId
    label
    need
    supply
    gap
    surplus
    hires
    cumulativeHires
  }
}
    `, {"fragmentName":"ProjectionTeacherFields"}) as unknown as TypedDocumentString<ProjectionTeacherFieldsFragment, unknown>;
export const ProjectionTargetHoldFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectionTargetHoldFields on ProjectionTargetHold {
  required
  qualifiedHires
  plannedHires
  held
}
    `, {"fragmentName":"ProjectionTargetHoldFields"}) as unknown as TypedDocumentString<ProjectionTargetHoldFieldsFragment, unknown>;
export const ReportGradeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportGradeFields on ReportGrade {
  stage
  grade
  label
  students
  classes
  largeClasses
  oversizedClasses
  disabledStudents
}
    `, {"fragmentName":"ReportGradeFields"}) as unknown as TypedDocumentString<ReportGradeFieldsFragment, unknown>;
export const SchoolReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment SchoolReportFields on SchoolReport {
  id
  schoolYear
  status
  statusLabel
  version
  totalStudents
  staffTotal
  fullTimeTeachers
  teachingAuxiliaryArea
  indoorSportsArea
  outdoorSportsArea
  equipmentValue
  multimediaClassrooms
  innovationLabs
  wirelessFullCoverage
  healthTested
  healthPassed
  healthGoodOrExcellent
  meetsPeHygieneStandard
  implementsCurriculumStandards
  hasSportsBrand
  implementsHealthStandard
  heldSportsMeeting
  footballFeatureSchool
  footballLessonsPerWeek
  heldArtsFestival
  notes
  reviewComment
  reviewedAt
  reviewedBy
  submittedAt
  updatedAt
  updatedBy
  school {
    id
    code
    name
    type
    typeLabel
    district {
      id
      name
    }
  }
  grades {
    ...ReportGradeFields
  }
}
    fragment ReportGradeFields on ReportGrade {
  stage
  grade
  label
  students
  classes
  largeClasses
  oversizedClasses
  disabledStudents
}`, {"fragmentName":"SchoolReportFields"}) as unknown as TypedDocumentString<SchoolReportFieldsFragment, unknown>;
export const RosterMemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment RosterMemberFields on StaffMember {
  id
  version
  schoolYear
  name
  gender
  genderLabel
  birthYear
  age
  ethnicity
  idNumberMasked
  role
  roleLabel
  fullTime
  stage
  stageLabel
  subject
  subjectLabel
  education
  educationLabel
  preschoolMajor
  teacherCertificate
  teacherCertificateLabel
  title
  titleLabel
  dualQualified
  backboneLevel
  backboneLabel
  mentalHealthTrained
  counsellingCertificate
  bilingual
  trainingHours
  status
  statusLabel
  startedOn
  leftOn
  onRosterAtStatisticsDate
}
    `, {"fragmentName":"RosterMemberFields"}) as unknown as TypedDocumentString<RosterMemberFieldsFragment, unknown>;
export const LabeledCountFieldsFragmentDoc = new TypedDocumentString(`
    fragment LabeledCountFields on LabeledCount {
  key
  label
  count
}
    `, {"fragmentName":"LabeledCountFields"}) as unknown as TypedDocumentString<LabeledCountFieldsFragment, unknown>;
export const YearPublicationFieldsFragmentDoc = new TypedDocumentString(`
    fragment YearPublicationFields on YearPublication {
  version
  publishedAt
  publishedBy
  note
  reopenedAt
  reopenedBy
  reopenReason
}
    `, {"fragmentName":"YearPublicationFields"}) as unknown as TypedDocumentString<YearPublicationFieldsFragment, unknown>;
export const StatisticalYearFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatisticalYearFields on StatisticalYear {
  schoolYear
  label
  state
  stateLabel
  current
  final
  publishedVersion
  version
  publications {
    ...YearPublicationFields
  }
}
    fragment YearPublicationFields on YearPublication {
  version
  publishedAt
  publishedBy
  note
  reopenedAt
  reopenedBy
  reopenReason
}`, {"fragmentName":"StatisticalYearFields"}) as unknown as TypedDocumentString<StatisticalYearFieldsFragment, unknown>;
export const ReportExemptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportExemptionFields on ReportExemption {
  school {
    id
    code
    name
  }
  district {
    id
    name
  }
  reason
  createdAt
  createdBy
}
    `, {"fragmentName":"ReportExemptionFields"}) as unknown as TypedDocumentString<ReportExemptionFieldsFragment, unknown>;
export const PublicationReadinessFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicationReadinessFields on PublicationReadiness {
  schoolYear
  state
  due
  approved
  ready
  pending {
    school {
      id
      code
      name
      type
      typeLabel
    }
    district {
      id
      name
    }
    status
    statusLabel
    submittedAt
    late
  }
  exemptions {
    ...ReportExemptionFields
  }
}
    fragment ReportExemptionFields on ReportExemption {
  school {
    id
    code
    name
  }
  district {
    id
    name
  }
  reason
  createdAt
  createdBy
}`, {"fragmentName":"PublicationReadinessFields"}) as unknown as TypedDocumentString<PublicationReadinessFieldsFragment, unknown>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts($filter: AccountFilter) {
  accounts(filter: $filter) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  username
  displayName
  level
  orgUnit {
    level
    id
    code
    name
  }
  active
  mustChangePassword
  lockedUntil
  lastLoginAt
  createdAt
  version
}`, {"hash":"sha256:0fd1dfeedf3ef7055cac8ac26d0c35c6a1a1278613be5909bd36933d461d1b24"}) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const PasswordPolicyDocument = new TypedDocumentString(`
    query PasswordPolicy {
  passwordPolicy {
    minLength
    rules
  }
}
    `, {"hash":"sha256:df84da38e966e08780fc9d670dd1c7d64da2b5565d8a251a9757297001148e88"}) as unknown as TypedDocumentString<PasswordPolicyQuery, PasswordPolicyQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
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
  mustChangePassword
  city {
    ...CityFields
  }
}
fragment CityFields on City {
  code
  name
  bureauName
  planId
  planTitle
}`, {"hash":"sha256:c4659108e688da60b2604692931c60c8688af45e71bc5387f5e2c1d48d07d1cd"}) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CreateAccountDocument = new TypedDocumentString(`
    mutation CreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    ...OneTimePasswordFields
  }
}
    fragment AccountFields on Account {
  id
  username
  displayName
  level
  orgUnit {
    level
    id
    code
    name
  }
  active
  mustChangePassword
  lockedUntil
  lastLoginAt
  createdAt
  version
}
fragment OneTimePasswordFields on OneTimePasswordPayload {
  account {
    ...AccountFields
  }
  oneTimePassword
}`, {"hash":"sha256:68884b2799bf4ed37d0737998cfac21e1551e9da0911e63344615c160ccec46a"}) as unknown as TypedDocumentString<CreateAccountMutation, CreateAccountMutationVariables>;
export const CreateSchoolAccountsDocument = new TypedDocumentString(`
    mutation CreateSchoolAccounts($input: CreateSchoolAccountsInput!) {
  createSchoolAccounts(input: $input) {
    created {
      ...OneTimePasswordFields
    }
    skipped {
      id
      code
      name
    }
    file {
      ...ExcelFileFields
    }
  }
}
    fragment AccountFields on Account {
  id
  username
  displayName
  level
  orgUnit {
    level
    id
    code
    name
  }
  active
  mustChangePassword
  lockedUntil
  lastLoginAt
  createdAt
  version
}
fragment OneTimePasswordFields on OneTimePasswordPayload {
  account {
    ...AccountFields
  }
  oneTimePassword
}
fragment ExcelFileFields on ExcelFile {
  filename
  contentType
  contentBase64
}`, {"hash":"sha256:e5928238039d35070465bbf5841d8c1d66ee09fdbfd40274c3a5dfc2ce6a0f55"}) as unknown as TypedDocumentString<CreateSchoolAccountsMutation, CreateSchoolAccountsMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: AccountVersionInput!) {
  resetPassword(input: $input) {
    ...OneTimePasswordFields
  }
}
    fragment AccountFields on Account {
  id
  username
  displayName
  level
  orgUnit {
    level
    id
    code
    name
  }
  active
  mustChangePassword
  lockedUntil
  lastLoginAt
  createdAt
  version
}
fragment OneTimePasswordFields on OneTimePasswordPayload {
  account {
    ...AccountFields
  }
  oneTimePassword
}`, {"hash":"sha256:4044c52cc073256a064457b4a9a5d2fc1ffaf8262bd3f39512189eb36dd35f55"}) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SetAccountActiveDocument = new TypedDocumentString(`
    mutation SetAccountActive($input: SetAccountActiveInput!) {
  setAccountActive(input: $input) {
    account {
      ...AccountFields
    }
  }
}
    fragment AccountFields on Account {
  id
  username
  displayName
  level
  orgUnit {
    level
    id
    code
    name
  }
  active
  mustChangePassword
  lockedUntil
  lastLoginAt
  createdAt
  version
}`, {"hash":"sha256:9faf3b8583f9b469e9ebd1c45e43140a0abff14346923e4d2efbf1a4f343662d"}) as unknown as TypedDocumentString<SetAccountActiveMutation, SetAccountActiveMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditFilter!, $page: Int, $pageSize: Int) {
  auditLog(filter: $filter, page: $page, pageSize: $pageSize) {
    page
    pageSize
    total
    items {
      id
      at
      action
      actionLabel
      entityType
      entityId
      userId
      userName
      before
      after
      district {
        id
        name
      }
      school {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:9093828c759c1d1a4a9218bd7d29642a36d2c7cdb51b91d097ea506f4f212f14"}) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
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
  mustChangePassword
  city {
    ...CityFields
  }
}
fragment CityFields on City {
  code
  name
  bureauName
  planId
  planTitle
}`, {"hash":"sha256:4f4f9cc35538a2b92c83f9ee17ffee564578d8d21ed4510c9599ae689996484c"}) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout {
    ok
  }
}
    `, {"hash":"sha256:e4a9caec39aef2740f67d7f048061bc05faf36513d8b097d63c84175f2c9be9b"}) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
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
  mustChangePassword
  city {
    ...CityFields
  }
}
fragment CityFields on City {
  code
  name
  bureauName
  planId
  planTitle
}`, {"hash":"sha256:1bb34d0b3a6367bca03de1a173ab6c68309977680f722443ad9f5603fdc32d0a"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const PublicCityDocument = new TypedDocumentString(`
    query PublicCity {
  city {
    ...CityFields
  }
}
    fragment CityFields on City {
  code
  name
  bureauName
  planId
  planTitle
}`, {"hash":"sha256:39480854724dbef46609aa867928e0aac7f9867f8b5230974e034a53317414ac"}) as unknown as TypedDocumentString<PublicCityQuery, PublicCityQueryVariables>;
export const BackfillWindowsDocument = new TypedDocumentString(`
    query BackfillWindows($schoolYear: Int, $openOnly: Boolean) {
  backfillWindows(schoolYear: $schoolYear, openOnly: $openOnly) {
    ...BackfillWindowFields
  }
}
    fragment BackfillWindowFields on BackfillWindow {
  id
  schoolYear
  schoolYearLabel
  district {
    id
    name
  }
  school {
    id
    name
  }
  reason
  opensAt
  closesAt
  closedAt
  open
  openedBy
}`, {"hash":"sha256:c171acaa917af89ee7129a7b13c30ca4e9fed30b0c6e0a926cce7df029fd7594"}) as unknown as TypedDocumentString<BackfillWindowsQuery, BackfillWindowsQueryVariables>;
export const EditableSchoolYearsDocument = new TypedDocumentString(`
    query EditableSchoolYears($schoolId: ID!) {
  editableSchoolYears(schoolId: $schoolId)
}
    `, {"hash":"sha256:aab43a05a53fbbaf5c4242a15c4d1f4994f3418bfe0f10d2f10aef977c5fb8be"}) as unknown as TypedDocumentString<EditableSchoolYearsQuery, EditableSchoolYearsQueryVariables>;
export const OpenBackfillDocument = new TypedDocumentString(`
    mutation OpenBackfill($input: OpenBackfillInput!) {
  openBackfill(input: $input) {
    windows {
      ...BackfillWindowFields
    }
  }
}
    fragment BackfillWindowFields on BackfillWindow {
  id
  schoolYear
  schoolYearLabel
  district {
    id
    name
  }
  school {
    id
    name
  }
  reason
  opensAt
  closesAt
  closedAt
  open
  openedBy
}`, {"hash":"sha256:d7ca5f2304126c03e805391ed9f56520ac50b3dd1f14aa8d3488b98e41e1fc71"}) as unknown as TypedDocumentString<OpenBackfillMutation, OpenBackfillMutationVariables>;
export const CloseBackfillDocument = new TypedDocumentString(`
    mutation CloseBackfill($id: ID!) {
  closeBackfill(id: $id) {
    window {
      ...BackfillWindowFields
    }
  }
}
    fragment BackfillWindowFields on BackfillWindow {
  id
  schoolYear
  schoolYearLabel
  district {
    id
    name
  }
  school {
    id
    name
  }
  reason
  opensAt
  closesAt
  closedAt
  open
  openedBy
}`, {"hash":"sha256:95a026f81ed9f81f09ebf11477dd5bffb3cd935fb375f4abf775ff1cf1d15bb4"}) as unknown as TypedDocumentString<CloseBackfillMutation, CloseBackfillMutationVariables>;
export const SchoolsOfYearDocument = new TypedDocumentString(`
    query SchoolsOfYear($schoolYear: Int!) {
  schools(schoolYear: $schoolYear) {
    id
    code
    name
    district {
      id
      name
    }
  }
}
    `, {"hash":"sha256:12b8d58ca3f4189fae50c620244ac72ada2f41472aad397b46114a66eafca55b"}) as unknown as TypedDocumentString<SchoolsOfYearQuery, SchoolsOfYearQueryVariables>;
export const BalanceAssessmentsDocument = new TypedDocumentString(`
    query BalanceAssessments($schoolYear: Int!) {
  balanceAssessments(schoolYear: $schoolYear) {
    schoolYear
    schoolYearLabel
    passed
    outcome
    outcomeLabel
    pendingSchools {
      id
      name
    }
    certification {
      ...BalanceCertificationFields
    }
    certificationNote
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
fragment BalanceCertificationFields on BalanceCertification {
  id
  year
  untilYear
  level
  label
  name
  notes
}
fragment BalanceStageFields on BalanceStageAssessment {
  stage
  stageLabel
  passed
  outcome
  outcomeLabel
  coverage
  pendingSchools {
    id
    name
  }
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
}`, {"hash":"sha256:6ea93ffc616de21036de3add227a246d73e8a233bdd5b40787678226d241e783"}) as unknown as TypedDocumentString<BalanceAssessmentsQuery, BalanceAssessmentsQueryVariables>;
export const BalanceAssessmentDocument = new TypedDocumentString(`
    query BalanceAssessment($districtId: ID!, $schoolYear: Int!) {
  balanceAssessment(districtId: $districtId, schoolYear: $schoolYear) {
    schoolYear
    schoolYearLabel
    passed
    outcome
    outcomeLabel
    pendingSchools {
      id
      name
    }
    certification {
      ...BalanceCertificationFields
    }
    certificationNote
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
fragment BalanceCertificationFields on BalanceCertification {
  id
  year
  untilYear
  level
  label
  name
  notes
}
fragment BalanceStageFields on BalanceStageAssessment {
  stage
  stageLabel
  passed
  outcome
  outcomeLabel
  coverage
  pendingSchools {
    id
    name
  }
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
}`, {"hash":"sha256:86eaafc90f9d8e5634f6ed6713b6ae5e6d9bf76832ebb7201add8f05dd78c87b"}) as unknown as TypedDocumentString<BalanceAssessmentQuery, BalanceAssessmentQueryVariables>;
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
}`, {"hash":"sha256:8abeeedb3907db29e49dbef1969e4e2785340714e552a51118b88b02bbf49ec0"}) as unknown as TypedDocumentString<SchoolBalanceQuery, SchoolBalanceQueryVariables>;
export const BalancePlanDocument = new TypedDocumentString(`
    query BalancePlan($input: BalancePlanInput!) {
  balancePlan(input: $input) {
    schoolYear
    schoolYearLabel
    stage
    stageLabel
    mode
    district {
      id
      name
    }
    unitCosts {
      kind
      label
      unitLabel
      cost
      isDefault
    }
    actions {
      kind
      label
      quantity
      unitLabel
      unitCost
      cost
      text
      indicator {
        id
        name
      }
      school {
        id
        name
      }
      fromSchool {
        id
        name
      }
    }
    totalCost
    schools {
      students
      changed
      cost
      school {
        id
        code
        name
      }
      before {
        ...BalancePlanSchoolStateFields
      }
      after {
        ...BalancePlanSchoolStateFields
      }
    }
    variations {
      before
      after
      limit
      passedBefore
      passedAfter
      indicator {
        id
        name
        unit
        unitLabel
        formula
      }
    }
    outcomeBefore
    outcomeBeforeLabel
    outcomeAfter
    outcomeAfterLabel
    feasible
    reason
    summary
    method
  }
}
    fragment BalancePlanIndicatorValueFields on BalanceIndicatorValue {
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
  }
}
fragment BalancePlanSchoolStateFields on BalancePlanSchoolState {
  metCount
  passed
  summary
  indicators {
    ...BalancePlanIndicatorValueFields
  }
}`, {"hash":"sha256:8572f3b1571a7669baae4e678e535b602c1f1654e790c332143f8d2194a40486"}) as unknown as TypedDocumentString<BalancePlanQuery, BalancePlanQueryVariables>;
export const ExportReportCompletenessExcelDocument = new TypedDocumentString(`
    query ExportReportCompletenessExcel($schoolYear: Int!, $districtId: ID) {
  exportReportCompletenessExcel(schoolYear: $schoolYear, districtId: $districtId) {
    ...ExcelFileFields
  }
}
    fragment ExcelFileFields on ExcelFile {
  filename
  contentType
  contentBase64
}`, {"hash":"sha256:f3047ff71562fb79ce3df58ae344dd786d36fa691874d963a5816ed602ba7100"}) as unknown as TypedDocumentString<ExportReportCompletenessExcelQuery, ExportReportCompletenessExcelQueryVariables>;
export const TargetDashboardDocument = new TypedDocumentString(`
    query TargetDashboard($unit: OrgUnitInput!, $fromYear: Int!, $toYear: Int!, $targetIds: [ID!], $includeSubmitted: Boolean = false) {
  targetDashboard(
    unit: $unit
    fromYear: $fromYear
    toYear: $toYear
    targetIds: $targetIds
    includeSubmitted: $includeSubmitted
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
    years {
      ...StatisticalYearFields
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
  coverage {
    ...CoverageFields
  }
  provisional
  publishedVersion
  milestone {
    ...MilestoneFields
  }
  unit {
    id
    level
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
}
fragment CoverageFields on Coverage {
  reported
  expected
  complete
  label
}
fragment YearPublicationFields on YearPublication {
  version
  publishedAt
  publishedBy
  note
  reopenedAt
  reopenedBy
  reopenReason
}
fragment StatisticalYearFields on StatisticalYear {
  schoolYear
  label
  state
  stateLabel
  current
  final
  publishedVersion
  version
  publications {
    ...YearPublicationFields
  }
}`, {"hash":"sha256:f1cbd7303a9d12e59aee6df82b6d20603ff6b2f1429e88f435e40d9901124fe7"}) as unknown as TypedDocumentString<TargetDashboardQuery, TargetDashboardQueryVariables>;
export const TargetDashboardTableDocument = new TypedDocumentString(`
    query TargetDashboardTable($unit: OrgUnitInput!, $fromYear: Int!, $toYear: Int!, $schoolYear: Int!, $targetIds: [ID!], $includeSubmitted: Boolean = false, $allYearsInFull: Boolean = false, $childrenOffset: Int = 0, $childrenLimit: Int = 50, $schoolTypes: [SchoolType!]) {
  targetDashboardTable(
    unit: $unit
    fromYear: $fromYear
    toYear: $toYear
    schoolYear: $schoolYear
    targetIds: $targetIds
    includeSubmitted: $includeSubmitted
    allYearsInFull: $allYearsInFull
    childrenOffset: $childrenOffset
    childrenLimit: $childrenLimit
    schoolTypes: $schoolTypes
  ) {
    fromYear
    toYear
    schoolYear
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
    childrenTotal
    childrenOffset
    childrenLimit
    years {
      ...StatisticalYearFields
    }
    targetIds
    stages
    milestones {
      ...MilestoneFields
    }
    texts
    rows {
      unitId
      schoolYear
      values
      statuses
      provisional
      details {
        numerators
        denominators
        numeratorLabels
        denominatorLabels
        reasons
        reported
        expected
        coverageLabels
        publishedVersions
        requiredNow
        milestones
        whatItTakes
      }
    }
  }
}
    fragment MilestoneFields on Milestone {
  year
  comparator
  value
  label
}
fragment YearPublicationFields on YearPublication {
  version
  publishedAt
  publishedBy
  note
  reopenedAt
  reopenedBy
  reopenReason
}
fragment StatisticalYearFields on StatisticalYear {
  schoolYear
  label
  state
  stateLabel
  current
  final
  publishedVersion
  version
  publications {
    ...YearPublicationFields
  }
}`, {"hash":"sha256:fed9e16189a76b224596044b68f913dcbf7bdd589589b8b86222c30f320d5afa"}) as unknown as TypedDocumentString<TargetDashboardTableQuery, TargetDashboardTableQueryVariables>;
export const ExportTargetDashboardExcelDocument = new TypedDocumentString(`
    query ExportTargetDashboardExcel($unit: OrgUnitInput!, $schoolYear: Int!, $schoolTypes: [SchoolType!], $includeSubmitted: Boolean = false) {
  exportTargetDashboardExcel(
    unit: $unit
    schoolYear: $schoolYear
    schoolTypes: $schoolTypes
    includeSubmitted: $includeSubmitted
  ) {
    ...ExcelFileFields
  }
}
    fragment ExcelFileFields on ExcelFile {
  filename
  contentType
  contentBase64
}`, {"hash":"sha256:7ad0d9f90fdcc6e5eb7044d9294091202e2e651270d45801ceb40c9402bb14c4"}) as unknown as TypedDocumentString<ExportTargetDashboardExcelQuery, ExportTargetDashboardExcelQueryVariables>;
export const StaffExcelTemplateDocument = new TypedDocumentString(`
    query StaffExcelTemplate($schoolId: ID!) {
  staffExcelTemplate(schoolId: $schoolId) {
    ...ExcelFileFields
  }
}
    fragment ExcelFileFields on ExcelFile {
  filename
  contentType
  contentBase64
}`, {"hash":"sha256:187764d5fcbfa83cb54ab1befd3d727aa71171398673d46941b581fdfb8b5ede"}) as unknown as TypedDocumentString<StaffExcelTemplateQuery, StaffExcelTemplateQueryVariables>;
export const ExportStaffExcelDocument = new TypedDocumentString(`
    query ExportStaffExcel($schoolId: ID!, $schoolYear: Int!) {
  exportStaffExcel(schoolId: $schoolId, schoolYear: $schoolYear) {
    ...ExcelFileFields
  }
}
    fragment ExcelFileFields on ExcelFile {
  filename
  contentType
  contentBase64
}`, {"hash":"sha256:ec888a2a79d73edfdcfe2891984114d45401c01381aab6c0c1ba7e0dd645d95d"}) as unknown as TypedDocumentString<ExportStaffExcelQuery, ExportStaffExcelQueryVariables>;
export const ImportStaffExcelDocument = new TypedDocumentString(`
    mutation ImportStaffExcel($schoolId: ID!, $schoolYear: Int!, $contentBase64: String!, $dryRun: Boolean, $mode: StaffImportMode, $rosterVersion: String) {
  importStaffExcel(
    schoolId: $schoolId
    schoolYear: $schoolYear
    contentBase64: $contentBase64
    dryRun: $dryRun
    mode: $mode
    rosterVersion: $rosterVersion
  ) {
    dryRun
    rows
    created
    saved
    errors {
      ...ExcelImportErrorFields
    }
    mode
    added
    addedPeople {
      row
      name
      roleLabel
    }
    changed
    unchanged
    skipped
    missingCount
    rosterVersion
    changes {
      row
      field
      label
      before
      after
      staff {
        id
        name
      }
    }
    missing {
      staff {
        ...RosterMemberFields
      }
    }
  }
}
    fragment ExcelImportErrorFields on ExcelImportError {
  sheet
  row
  cell
  column
  field
  message
}
fragment RosterMemberFields on StaffMember {
  id
  version
  schoolYear
  name
  gender
  genderLabel
  birthYear
  age
  ethnicity
  idNumberMasked
  role
  roleLabel
  fullTime
  stage
  stageLabel
  subject
  subjectLabel
  education
  educationLabel
  preschoolMajor
  teacherCertificate
  teacherCertificateLabel
  title
  titleLabel
  dualQualified
  backboneLevel
  backboneLabel
  mentalHealthTrained
  counsellingCertificate
  bilingual
  trainingHours
  status
  statusLabel
  startedOn
  leftOn
  onRosterAtStatisticsDate
}`, {"hash":"sha256:6a490882ee51b0c46762eefc21cef65ba69edc951263ffbd6ffeb073c84d3f77"}) as unknown as TypedDocumentString<ImportStaffExcelMutation, ImportStaffExcelMutationVariables>;
export const ReportExcelTemplateDocument = new TypedDocumentString(`
    query ReportExcelTemplate($schoolId: ID!, $schoolYear: Int!) {
  reportExcelTemplate(schoolId: $schoolId, schoolYear: $schoolYear) {
    ...ExcelFileFields
  }
}
    fragment ExcelFileFields on ExcelFile {
  filename
  contentType
  contentBase64
}`, {"hash":"sha256:e3a534ec6b75cbe1d5ca8347073c61733bf49bdd4f7412696f71ae297c673f42"}) as unknown as TypedDocumentString<ReportExcelTemplateQuery, ReportExcelTemplateQueryVariables>;
export const ExportReportExcelDocument = new TypedDocumentString(`
    query ExportReportExcel($schoolId: ID!, $schoolYear: Int!) {
  exportReportExcel(schoolId: $schoolId, schoolYear: $schoolYear) {
    ...ExcelFileFields
  }
}
    fragment ExcelFileFields on ExcelFile {
  filename
  contentType
  contentBase64
}`, {"hash":"sha256:0fe22e3aee198b0ea06c1ea668a8de83827dbca9eed410d18e8cee3b7b118b9b"}) as unknown as TypedDocumentString<ExportReportExcelQuery, ExportReportExcelQueryVariables>;
export const ImportReportExcelDocument = new TypedDocumentString(`
    mutation ImportReportExcel($schoolId: ID!, $schoolYear: Int!, $version: Int, $contentBase64: String!, $dryRun: Boolean) {
  importReportExcel(
    schoolId: $schoolId
    schoolYear: $schoolYear
    version: $version
    contentBase64: $contentBase64
    dryRun: $dryRun
  ) {
    dryRun
    rows
    saved
    errors {
      ...ExcelImportErrorFields
    }
    report {
      ...SchoolReportFields
    }
  }
}
    fragment ExcelImportErrorFields on ExcelImportError {
  sheet
  row
  cell
  column
  field
  message
}
fragment ReportGradeFields on ReportGrade {
  stage
  grade
  label
  students
  classes
  largeClasses
  oversizedClasses
  disabledStudents
}
fragment SchoolReportFields on SchoolReport {
  id
  schoolYear
  status
  statusLabel
  version
  totalStudents
  staffTotal
  fullTimeTeachers
  teachingAuxiliaryArea
  indoorSportsArea
  outdoorSportsArea
  equipmentValue
  multimediaClassrooms
  innovationLabs
  wirelessFullCoverage
  healthTested
  healthPassed
  healthGoodOrExcellent
  meetsPeHygieneStandard
  implementsCurriculumStandards
  hasSportsBrand
  implementsHealthStandard
  heldSportsMeeting
  footballFeatureSchool
  footballLessonsPerWeek
  heldArtsFestival
  notes
  reviewComment
  reviewedAt
  reviewedBy
  submittedAt
  updatedAt
  updatedBy
  school {
    id
    code
    name
    type
    typeLabel
    district {
      id
      name
    }
  }
  grades {
    ...ReportGradeFields
  }
}`, {"hash":"sha256:b3d945c295d6dc8aac3ddf87bfc86315f2b6a6eda4778da16b8e4d2086f92222"}) as unknown as TypedDocumentString<ImportReportExcelMutation, ImportReportExcelMutationVariables>;
export const DistrictInputsDocument = new TypedDocumentString(`
    query DistrictInputs($districtId: ID!, $schoolYear: Int!) {
  districtInputs(districtId: $districtId, schoolYear: $schoolYear) {
    ...DistrictInputsFields
  }
}
    fragment DistrictInputsFields on DistrictInputs {
  schoolYear
  version
  updatedAt
  residentPopulation
  population3to5
  population6to14
  population15to17
  disabledChildren
  disabledChildrenEnrolled
  cohortGrade1Entrants
  cohortGrade9Completers
  urbanSubdistricts
  urbanSubdistrictsWithGuidance
  parentingSessionsPerFamily
  educationSpending
  teacherAveragePay
  civilServantAveragePay
  gdp
}`, {"hash":"sha256:c7ac7f744eadee61ac3cf59209575e55f56080e4498ce2fd25bd5d0009342805"}) as unknown as TypedDocumentString<DistrictInputsQuery, DistrictInputsQueryVariables>;
export const SaveDistrictInputsDocument = new TypedDocumentString(`
    mutation SaveDistrictInputs($districtId: ID!, $input: DistrictInputsInput!) {
  saveDistrictInputs(districtId: $districtId, input: $input) {
    districtInputs {
      ...DistrictInputsFields
    }
  }
}
    fragment DistrictInputsFields on DistrictInputs {
  schoolYear
  version
  updatedAt
  residentPopulation
  population3to5
  population6to14
  population15to17
  disabledChildren
  disabledChildrenEnrolled
  cohortGrade1Entrants
  cohortGrade9Completers
  urbanSubdistricts
  urbanSubdistrictsWithGuidance
  parentingSessionsPerFamily
  educationSpending
  teacherAveragePay
  civilServantAveragePay
  gdp
}`, {"hash":"sha256:6bcd05557c4a8217bae27104fbfce624d5947cf8838b5dc3f75b0a8e36ea4a15"}) as unknown as TypedDocumentString<SaveDistrictInputsMutation, SaveDistrictInputsMutationVariables>;
export const CityInputsDocument = new TypedDocumentString(`
    query CityInputs($schoolYear: Int!) {
  cityInputs(schoolYear: $schoolYear) {
    ...CityInputsFields
  }
}
    fragment CityInputsFields on CityInputs {
  schoolYear
  version
  updatedAt
  newLabourUpperSecondaryRate
  communityEducationRate
  cityEducationSpending
  gdp
  teacherAveragePay
  civilServantAveragePay
}`, {"hash":"sha256:6b16389fc7f6de4a16602215f6fad65b7f2ad6aa30d94e2dcc15cf9048bd6b2b"}) as unknown as TypedDocumentString<CityInputsQuery, CityInputsQueryVariables>;
export const SaveCityInputsDocument = new TypedDocumentString(`
    mutation SaveCityInputs($input: CityInputsInput!) {
  saveCityInputs(input: $input) {
    cityInputs {
      ...CityInputsFields
    }
  }
}
    fragment CityInputsFields on CityInputs {
  schoolYear
  version
  updatedAt
  newLabourUpperSecondaryRate
  communityEducationRate
  cityEducationSpending
  gdp
  teacherAveragePay
  civilServantAveragePay
}`, {"hash":"sha256:17adff0929927cee35e3a6a1ea62b499fe07629073d48f3201f8450de43e9481"}) as unknown as TypedDocumentString<SaveCityInputsMutation, SaveCityInputsMutationVariables>;
export const RegisterKindsDocument = new TypedDocumentString(`
    query RegisterKinds {
  registerKinds {
    kind
    label
    scope
    section
    hasLevel
    targetIds
    unitLabel
  }
}
    `, {"hash":"sha256:4162f793ade502a0783813d5fc46407285f493105d72c597819b73f642fd871f"}) as unknown as TypedDocumentString<RegisterKindsQuery, RegisterKindsQueryVariables>;
export const RegisterEntriesDocument = new TypedDocumentString(`
    query RegisterEntries($filter: RegisterFilter) {
  registerEntries(filter: $filter) {
    ...RegisterEntryFields
  }
}
    fragment RegisterEntryFields on RegisterEntry {
  id
  version
  kind
  kindLabel
  name
  level
  levelLabel
  fromYear
  toYear
  quantity
  notes
  targetIds
  updatedAt
  district {
    id
    name
  }
  school {
    id
    name
  }
}`, {"hash":"sha256:fe081b3217a2a4c9e669409a00ae3908e087f410e2f1a54fb4898f3a708a902e"}) as unknown as TypedDocumentString<RegisterEntriesQuery, RegisterEntriesQueryVariables>;
export const CreateRegisterEntryDocument = new TypedDocumentString(`
    mutation CreateRegisterEntry($input: RegisterEntryInput!) {
  createRegisterEntry(input: $input) {
    entry {
      ...RegisterEntryFields
    }
  }
}
    fragment RegisterEntryFields on RegisterEntry {
  id
  version
  kind
  kindLabel
  name
  level
  levelLabel
  fromYear
  toYear
  quantity
  notes
  targetIds
  updatedAt
  district {
    id
    name
  }
  school {
    id
    name
  }
}`, {"hash":"sha256:b241a521f74af075611a96563033e48917321b46845c762dcea57a91acc0ccae"}) as unknown as TypedDocumentString<CreateRegisterEntryMutation, CreateRegisterEntryMutationVariables>;
export const UpdateRegisterEntryDocument = new TypedDocumentString(`
    mutation UpdateRegisterEntry($id: ID!, $version: Int!, $input: RegisterEntryInput!) {
  updateRegisterEntry(id: $id, version: $version, input: $input) {
    entry {
      ...RegisterEntryFields
    }
  }
}
    fragment RegisterEntryFields on RegisterEntry {
  id
  version
  kind
  kindLabel
  name
  level
  levelLabel
  fromYear
  toYear
  quantity
  notes
  targetIds
  updatedAt
  district {
    id
    name
  }
  school {
    id
    name
  }
}`, {"hash":"sha256:cab9045b083bd301d9505e3afbee30527cd573dabdf572b9b3a505752f84d3ee"}) as unknown as TypedDocumentString<UpdateRegisterEntryMutation, UpdateRegisterEntryMutationVariables>;
export const DeleteRegisterEntryDocument = new TypedDocumentString(`
    mutation DeleteRegisterEntry($id: ID!, $version: Int!) {
  deleteRegisterEntry(id: $id, version: $version) {
    id
  }
}
    `, {"hash":"sha256:d5d342dd0e8ef78ff68a7ccd353e5fb447460dfeb2f6f1c7f305c4540405bbfe"}) as unknown as TypedDocumentString<DeleteRegisterEntryMutation, DeleteRegisterEntryMutationVariables>;
export const RegisterConfirmationsDocument = new TypedDocumentString(`
    query RegisterConfirmations($schoolYear: Int!) {
  registerConfirmations(schoolYear: $schoolYear) {
    kind
    kindLabel
    schoolYear
    confirmedAt
  }
}
    `, {"hash":"sha256:a159f3b251997d54934e8eca9e53502f3f1481cb7a5eadea4d80290834a87e11"}) as unknown as TypedDocumentString<RegisterConfirmationsQuery, RegisterConfirmationsQueryVariables>;
export const ConfirmRegisterEmptyDocument = new TypedDocumentString(`
    mutation ConfirmRegisterEmpty($kind: RegisterKind!, $schoolYear: Int!) {
  confirmRegisterEmpty(kind: $kind, schoolYear: $schoolYear) {
    confirmation {
      kind
      schoolYear
      confirmedAt
    }
  }
}
    `, {"hash":"sha256:81bcb0c7e752f7fafce1332191d6f9f1a4595d0eba8385c245735cfe0e2646e0"}) as unknown as TypedDocumentString<ConfirmRegisterEmptyMutation, ConfirmRegisterEmptyMutationVariables>;
export const WithdrawRegisterConfirmationDocument = new TypedDocumentString(`
    mutation WithdrawRegisterConfirmation($kind: RegisterKind!, $schoolYear: Int!) {
  withdrawRegisterConfirmation(kind: $kind, schoolYear: $schoolYear) {
    kind
    schoolYear
  }
}
    `, {"hash":"sha256:48de44c1dc251c9d1735aea076181bcec79cbd4b56d83953d6bc02fa76cad17e"}) as unknown as TypedDocumentString<WithdrawRegisterConfirmationMutation, WithdrawRegisterConfirmationMutationVariables>;
export const MonitoringReportDocument = new TypedDocumentString(`
    query MonitoringReport($unit: OrgUnitInput!, $schoolYear: Int!, $format: MonitoringReportFormat!) {
  monitoringReport(unit: $unit, schoolYear: $schoolYear, format: $format) {
    filename
    mimeType
    base64
    final
    pageCount
  }
}
    `, {"hash":"sha256:b41f3f869a97733251d2b1ceb8882a798721f3505d3a83b986c25c84a5cfbd2b"}) as unknown as TypedDocumentString<MonitoringReportQuery, MonitoringReportQueryVariables>;
export const NoticesDocument = new TypedDocumentString(`
    query Notices($first: Int, $after: String, $unreadOnly: Boolean) {
  notices(first: $first, after: $after, unreadOnly: $unreadOnly) {
    items {
      ...NoticeFields
    }
    endCursor
    hasMore
    unreadCount
  }
}
    fragment NoticeFields on Notice {
  id
  kind
  kindLabel
  title
  body
  schoolYear
  senderName
  createdAt
  read
}`, {"hash":"sha256:2147ef3bb428de08a36d56ad59acc1e3bf22ff025d8ebffe4347064bd78ed538"}) as unknown as TypedDocumentString<NoticesQuery, NoticesQueryVariables>;
export const UnreadNoticeCountDocument = new TypedDocumentString(`
    query UnreadNoticeCount {
  unreadNoticeCount
}
    `, {"hash":"sha256:d4d99ff5b5b280bd015d9fdb75b27da611da79ce5941162bdb98cf9b09c14eaa"}) as unknown as TypedDocumentString<UnreadNoticeCountQuery, UnreadNoticeCountQueryVariables>;
export const MarkNoticesReadDocument = new TypedDocumentString(`
    mutation MarkNoticesRead($ids: [ID!]!) {
  markNoticesRead(ids: $ids) {
    marked
    unreadCount
  }
}
    `, {"hash":"sha256:e57735b221096843dc805d8063c3970f910d0945791b6619eea5bac95ead5741"}) as unknown as TypedDocumentString<MarkNoticesReadMutation, MarkNoticesReadMutationVariables>;
export const MarkAllNoticesReadDocument = new TypedDocumentString(`
    mutation MarkAllNoticesRead {
  markAllNoticesRead {
    marked
    unreadCount
  }
}
    `, {"hash":"sha256:2af44ed4be666a7127adc41a266f47351fb660740b4278c283dfe3e387bd5efa"}) as unknown as TypedDocumentString<MarkAllNoticesReadMutation, MarkAllNoticesReadMutationVariables>;
export const TodosDocument = new TypedDocumentString(`
    query Todos {
  todos {
    schoolYear
    deadline
    items {
      kind
      title
      detail
      count
      schoolYear
      deadline
      daysLeft
      overdue
      link
      entries {
        id
        name
        detail
        schoolYear
      }
    }
  }
}
    `, {"hash":"sha256:0b924c7c51ca204401b5ba178da1aafca4fad4cfceeb03519e018a60c0af3a19"}) as unknown as TypedDocumentString<TodosQuery, TodosQueryVariables>;
export const SendReportReminderDocument = new TypedDocumentString(`
    mutation SendReportReminder($schoolYear: Int!, $schoolIds: [ID!], $message: String) {
  sendReportReminder(
    schoolYear: $schoolYear
    schoolIds: $schoolIds
    message: $message
  ) {
    schoolYear
    sent
    alreadyRemindedToday
    schools {
      id
      name
    }
  }
}
    `, {"hash":"sha256:1ef7d2879db667104075df6becc43c444641ebcd2c77f1b4c4243347ac3ab781"}) as unknown as TypedDocumentString<SendReportReminderMutation, SendReportReminderMutationVariables>;
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
}`, {"hash":"sha256:97709e67d9b2e1c4ca487096c7811091f3dcfcf56b3a9b84fe7b8c09b27897ac"}) as unknown as TypedDocumentString<DistrictsQuery, DistrictsQueryVariables>;
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
}`, {"hash":"sha256:97aa60ea81fe7d673ae8da0c501f67083b7b63f8c81e7c2b6e3c2af3247b595f"}) as unknown as TypedDocumentString<SchoolsQuery, SchoolsQueryVariables>;
export const SchoolYearsDocument = new TypedDocumentString(`
    query SchoolYears {
  schoolYears {
    startYear
    label
  }
}
    `, {"hash":"sha256:7e56945e16c0429db239afa05bd6e00020715ed1a184a84c1aba3396c3b1b61d"}) as unknown as TypedDocumentString<SchoolYearsQuery, SchoolYearsQueryVariables>;
export const ManagedDistrictsDocument = new TypedDocumentString(`
    query ManagedDistricts($includeClosed: Boolean) {
  districts(includeClosed: $includeClosed) {
    ...ManagedDistrictFields
  }
}
    fragment ManagedDistrictFields on District {
  id
  code
  name
  sortOrder
  closedOn
  version
  schoolCount
}`, {"hash":"sha256:22f1d0b3e11a0353fa119102baaca2b79b8f5a4c7e5a8dcfe1ba712dd735c96b"}) as unknown as TypedDocumentString<ManagedDistrictsQuery, ManagedDistrictsQueryVariables>;
export const ManagedSchoolsDocument = new TypedDocumentString(`
    query ManagedSchools($districtId: ID, $types: [SchoolType!], $includeClosed: Boolean) {
  schools(districtId: $districtId, types: $types, includeClosed: $includeClosed) {
    ...ManagedSchoolFields
  }
}
    fragment ManagedSchoolFields on School {
  id
  code
  name
  type
  typeLabel
  ownership
  ownershipLabel
  inclusive
  ethnic
  urbanRuralCode
  urbanRuralLabel
  miningArea
  area
  areaLabel
  teachingPoint
  openedOn
  closedOn
  closureReason
  status
  version
  mergedInto {
    id
    name
  }
  district {
    id
    name
  }
}`, {"hash":"sha256:e0a6bb3e59b399651113f5834273e6410f842c107e9ba4c74625d61cdd36860d"}) as unknown as TypedDocumentString<ManagedSchoolsQuery, ManagedSchoolsQueryVariables>;
export const CreateDistrictDocument = new TypedDocumentString(`
    mutation CreateDistrict($input: CreateDistrictInput!) {
  createDistrict(input: $input) {
    district {
      ...ManagedDistrictFields
    }
  }
}
    fragment ManagedDistrictFields on District {
  id
  code
  name
  sortOrder
  closedOn
  version
  schoolCount
}`, {"hash":"sha256:5aae6b4b011fb1d8556514823e9592550b6d6cac96188a26871cc4825219d703"}) as unknown as TypedDocumentString<CreateDistrictMutation, CreateDistrictMutationVariables>;
export const UpdateDistrictDocument = new TypedDocumentString(`
    mutation UpdateDistrict($input: UpdateDistrictInput!) {
  updateDistrict(input: $input) {
    district {
      ...ManagedDistrictFields
    }
  }
}
    fragment ManagedDistrictFields on District {
  id
  code
  name
  sortOrder
  closedOn
  version
  schoolCount
}`, {"hash":"sha256:f2c7229a39375efed217bc107b1244d147c62ce807c3d563224f87bd109409e5"}) as unknown as TypedDocumentString<UpdateDistrictMutation, UpdateDistrictMutationVariables>;
export const CloseDistrictDocument = new TypedDocumentString(`
    mutation CloseDistrict($input: CloseDistrictInput!) {
  closeDistrict(input: $input) {
    district {
      ...ManagedDistrictFields
    }
  }
}
    fragment ManagedDistrictFields on District {
  id
  code
  name
  sortOrder
  closedOn
  version
  schoolCount
}`, {"hash":"sha256:fdb10dcb2180d4d687b576db9598deae1ca669721aa68738d9970c1a79ae2c91"}) as unknown as TypedDocumentString<CloseDistrictMutation, CloseDistrictMutationVariables>;
export const CreateSchoolDocument = new TypedDocumentString(`
    mutation CreateSchool($input: CreateSchoolInput!) {
  createSchool(input: $input) {
    school {
      ...ManagedSchoolFields
    }
  }
}
    fragment ManagedSchoolFields on School {
  id
  code
  name
  type
  typeLabel
  ownership
  ownershipLabel
  inclusive
  ethnic
  urbanRuralCode
  urbanRuralLabel
  miningArea
  area
  areaLabel
  teachingPoint
  openedOn
  closedOn
  closureReason
  status
  version
  mergedInto {
    id
    name
  }
  district {
    id
    name
  }
}`, {"hash":"sha256:a82259424d2e88de15c230ec91a0431e0b120a56255fc05063d221a1525c44b3"}) as unknown as TypedDocumentString<CreateSchoolMutation, CreateSchoolMutationVariables>;
export const UpdateSchoolDocument = new TypedDocumentString(`
    mutation UpdateSchool($input: UpdateSchoolInput!) {
  updateSchool(input: $input) {
    school {
      ...ManagedSchoolFields
    }
  }
}
    fragment ManagedSchoolFields on School {
  id
  code
  name
  type
  typeLabel
  ownership
  ownershipLabel
  inclusive
  ethnic
  urbanRuralCode
  urbanRuralLabel
  miningArea
  area
  areaLabel
  teachingPoint
  openedOn
  closedOn
  closureReason
  status
  version
  mergedInto {
    id
    name
  }
  district {
    id
    name
  }
}`, {"hash":"sha256:23015982b996228ebbdec8dd4586f6e3f36401f26b3c6290fbe1d1af041e02c6"}) as unknown as TypedDocumentString<UpdateSchoolMutation, UpdateSchoolMutationVariables>;
export const CloseSchoolDocument = new TypedDocumentString(`
    mutation CloseSchool($input: CloseSchoolInput!) {
  closeSchool(input: $input) {
    school {
      ...ManagedSchoolFields
    }
  }
}
    fragment ManagedSchoolFields on School {
  id
  code
  name
  type
  typeLabel
  ownership
  ownershipLabel
  inclusive
  ethnic
  urbanRuralCode
  urbanRuralLabel
  miningArea
  area
  areaLabel
  teachingPoint
  openedOn
  closedOn
  closureReason
  status
  version
  mergedInto {
    id
    name
  }
  district {
    id
    name
  }
}`, {"hash":"sha256:04ce4ba8d298d9541ddf9a34a465c838eb4d9c86c2a909bb4013e1cab54784ea"}) as unknown as TypedDocumentString<CloseSchoolMutation, CloseSchoolMutationVariables>;
export const MergeSchoolDocument = new TypedDocumentString(`
    mutation MergeSchool($input: MergeSchoolInput!) {
  mergeSchool(input: $input) {
    school {
      ...ManagedSchoolFields
    }
  }
}
    fragment ManagedSchoolFields on School {
  id
  code
  name
  type
  typeLabel
  ownership
  ownershipLabel
  inclusive
  ethnic
  urbanRuralCode
  urbanRuralLabel
  miningArea
  area
  areaLabel
  teachingPoint
  openedOn
  closedOn
  closureReason
  status
  version
  mergedInto {
    id
    name
  }
  district {
    id
    name
  }
}`, {"hash":"sha256:fe92a77c83b622b8892b29888a67750e246728b9441a181a73a380c3740610f7"}) as unknown as TypedDocumentString<MergeSchoolMutation, MergeSchoolMutationVariables>;
export const ReopenSchoolDocument = new TypedDocumentString(`
    mutation ReopenSchool($input: ReopenSchoolInput!) {
  reopenSchool(input: $input) {
    school {
      ...ManagedSchoolFields
    }
  }
}
    fragment ManagedSchoolFields on School {
  id
  code
  name
  type
  typeLabel
  ownership
  ownershipLabel
  inclusive
  ethnic
  urbanRuralCode
  urbanRuralLabel
  miningArea
  area
  areaLabel
  teachingPoint
  openedOn
  closedOn
  closureReason
  status
  version
  mergedInto {
    id
    name
  }
  district {
    id
    name
  }
}`, {"hash":"sha256:836e6f44a9b56d92d7975ec7bc331cb555d2e346400962efc79247825a8354fc"}) as unknown as TypedDocumentString<ReopenSchoolMutation, ReopenSchoolMutationVariables>;
export const SchoolListTemplateDocument = new TypedDocumentString(`
    query SchoolListTemplate {
  schoolListTemplate {
    ...ExcelFileFields
  }
}
    fragment ExcelFileFields on ExcelFile {
  filename
  contentType
  contentBase64
}`, {"hash":"sha256:1b8f528cce659a76a6af2962ff8a740b9e4e66d04c7b09c474ce4ed9c4145088"}) as unknown as TypedDocumentString<SchoolListTemplateQuery, SchoolListTemplateQueryVariables>;
export const ExportSchoolListDocument = new TypedDocumentString(`
    query ExportSchoolList($districtId: ID) {
  exportSchoolList(districtId: $districtId) {
    ...ExcelFileFields
  }
}
    fragment ExcelFileFields on ExcelFile {
  filename
  contentType
  contentBase64
}`, {"hash":"sha256:31bad5b31905e4621da97521a0d01c45fbfc518193c5671056e871f520e15582"}) as unknown as TypedDocumentString<ExportSchoolListQuery, ExportSchoolListQueryVariables>;
export const ImportSchoolListDocument = new TypedDocumentString(`
    mutation ImportSchoolList($districtId: ID, $contentBase64: String!, $dryRun: Boolean) {
  importSchoolList(
    districtId: $districtId
    contentBase64: $contentBase64
    dryRun: $dryRun
  ) {
    rows
    created
    saved
    dryRun
    errors {
      ...ExcelImportErrorFields
    }
  }
}
    fragment ExcelImportErrorFields on ExcelImportError {
  sheet
  row
  cell
  column
  field
  message
}`, {"hash":"sha256:929448d752b92f1730bae50217e05b1dda4ae0529b31e351281f0870dd37f901"}) as unknown as TypedDocumentString<ImportSchoolListMutation, ImportSchoolListMutationVariables>;
export const ReportingPeriodDocument = new TypedDocumentString(`
    query ReportingPeriod($schoolYear: Int!) {
  reportingPeriod(schoolYear: $schoolYear) {
    ...ReportingPeriodFields
  }
}
    fragment ReportingPeriodFields on ReportingPeriod {
  schoolYear
  version
  schoolYearLabel
  openedAt
  deadline
  deadlinePassed
  updatedAt
  updatedBy
}`, {"hash":"sha256:f965bf9a2b62c0c3d2ef6e80e94cf372269c1fef5f9c0cdbbfb49c5f561f501c"}) as unknown as TypedDocumentString<ReportingPeriodQuery, ReportingPeriodQueryVariables>;
export const ReportCompletenessDocument = new TypedDocumentString(`
    query ReportCompleteness($schoolYear: Int!, $districtId: ID) {
  reportCompleteness(schoolYear: $schoolYear, districtId: $districtId) {
    unit {
      id
      level
      name
    }
    schoolYear
    deadlinePassed
    period {
      ...ReportingPeriodFields
    }
    total {
      ...CompletenessCountsFields
    }
    byDistrict {
      district {
        id
        name
      }
      counts {
        ...CompletenessCountsFields
      }
    }
    bySchoolType {
      type
      label
      counts {
        ...CompletenessCountsFields
      }
    }
    missing {
      ...CompletenessEntryFields
    }
    lateSubmissions {
      ...CompletenessEntryFields
    }
  }
}
    fragment ReportingPeriodFields on ReportingPeriod {
  schoolYear
  version
  schoolYearLabel
  openedAt
  deadline
  deadlinePassed
  updatedAt
  updatedBy
}
fragment CompletenessCountsFields on CompletenessCounts {
  due
  notStarted
  draft
  submitted
  returned
  approved
  late
  submittedRate
}
fragment CompletenessEntryFields on CompletenessEntry {
  school {
    id
    code
    name
    type
    typeLabel
  }
  district {
    id
    name
  }
  status
  statusLabel
  submittedAt
  late
}`, {"hash":"sha256:09e8d5a12f0c98a554d7959903cb289654047de9922f2f1328f563a14ab31002"}) as unknown as TypedDocumentString<ReportCompletenessQuery, ReportCompletenessQueryVariables>;
export const SetReportingPeriodDocument = new TypedDocumentString(`
    mutation SetReportingPeriod($schoolYear: Int!, $deadline: DateTime!, $openedAt: DateTime, $version: Int) {
  setReportingPeriod(
    schoolYear: $schoolYear
    deadline: $deadline
    openedAt: $openedAt
    version: $version
  ) {
    period {
      ...ReportingPeriodFields
    }
  }
}
    fragment ReportingPeriodFields on ReportingPeriod {
  schoolYear
  version
  schoolYearLabel
  openedAt
  deadline
  deadlinePassed
  updatedAt
  updatedBy
}`, {"hash":"sha256:3646315f75e4d9f83a99f5c47c7ebf3bf89c4b28b03f6167a08af05d1d54160a"}) as unknown as TypedDocumentString<SetReportingPeriodMutation, SetReportingPeriodMutationVariables>;
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
  schoolTypes
  inconsistency
  notes
  milestones {
    ...MilestoneFields
  }
}`, {"hash":"sha256:e66eee2d22738129c31ac7a1bb2c7d70609686d1237092720a8281abb954f18e"}) as unknown as TypedDocumentString<PlanTargetsQuery, PlanTargetsQueryVariables>;
export const TargetResultsDocument = new TypedDocumentString(`
    query TargetResults($unit: OrgUnitInput!, $schoolYear: Int!, $targetIds: [ID!], $includeSubmitted: Boolean = false) {
  targetResults(
    unit: $unit
    schoolYear: $schoolYear
    targetIds: $targetIds
    includeSubmitted: $includeSubmitted
  ) {
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
    whatItTakes
    stage
    stageLabel
    unitsIncluded
    unitsMissing
    coverage {
      ...CoverageFields
    }
    provisional
    publishedVersion
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
  schoolTypes
  inconsistency
  notes
  milestones {
    ...MilestoneFields
  }
}
fragment CoverageFields on Coverage {
  reported
  expected
  complete
  label
}`, {"hash":"sha256:3d73e11e5ca84363e18170b620e4f448f07090961a31aa79c24e8182e2cb15f7"}) as unknown as TypedDocumentString<TargetResultsQuery, TargetResultsQueryVariables>;
export const ProjectionDocument = new TypedDocumentString(`
    query Projection($districtId: ID, $scenarioId: ID) {
  projection(districtId: $districtId, scenarioId: $scenarioId) {
    unitName
    baseYear
    hiresFrom
    endYear
    method
    notes
    retirementRule
    scenario {
      id
      name
    }
    coverage {
      partial
      statement
      rosterYear
      rosterSchools
      rosterSchoolsExpected
      teachersWithoutStage
      birthYears
      missingBirthYears
      years {
        schoolYear
        schools {
          id
          name
        }
        missingSchools {
          id
          name
        }
      }
    }
    rates {
      key
      label
      rate
      estimated
      yearsUsed
      overridden
      defaulted
    }
    births {
      year
      births
      projected
    }
    years {
      schoolYear
      projected
      a08Percent
      a07Percent
      a08Hold {
        ...ProjectionTargetHoldFields
      }
      a07Hold {
        ...ProjectionTargetHoldFields
      }
      stages {
        stage
        stageLabel
        pupils
        classesNeeded
        classesHave
        classBalance
        grades {
          grade
          label
          pupils
          classesNeeded
          provisional
        }
        teachers {
          ...ProjectionTeacherFields
        }
      }
    }
  }
}
    fragment ProjectionTeacherFields on ProjectionTeachers {
  normNeed
  binding
  need
  supply
  gap
  surplus
  hires
  cumulativeHires
  retirements
  balance {
    indicatorId
    label
    need
    supply
    gap
    surplus
    hires
    cumulativeHires
  }
}
fragment ProjectionTargetHoldFields on ProjectionTargetHold {
  required
  qualifiedHires
  plannedHires
  held
}`, {"hash":"sha256:78187f28e6ea492cdbbf63b4ea2a21ae14e50ea3e1c19893163777476c062226"}) as unknown as TypedDocumentString<ProjectionQuery, ProjectionQueryVariables>;
export const DistrictBirthsDocument = new TypedDocumentString(`
    query DistrictBirths($districtId: ID!) {
  districtBirths(districtId: $districtId) {
    year
    births
    version
    updatedAt
  }
}
    `, {"hash":"sha256:f71a53331bdaf5ce966107f3ae081412467bb1cc9e78bd27a8183ad33d9f0132"}) as unknown as TypedDocumentString<DistrictBirthsQuery, DistrictBirthsQueryVariables>;
export const SaveDistrictBirthsDocument = new TypedDocumentString(`
    mutation SaveDistrictBirths($districtId: ID!, $input: DistrictBirthsInput!) {
  saveDistrictBirths(districtId: $districtId, input: $input) {
    births {
      year
      births
      version
      updatedAt
    }
  }
}
    `, {"hash":"sha256:8bf4de3a92afca4d36ff38284675d80c7256ee8dfff84372d66debc006ac053a"}) as unknown as TypedDocumentString<SaveDistrictBirthsMutation, SaveDistrictBirthsMutationVariables>;
export const ProjectionScenariosDocument = new TypedDocumentString(`
    query ProjectionScenarios($districtId: ID) {
  projectionScenarios(districtId: $districtId) {
    ...ProjectionScenarioFields
  }
}
    fragment ProjectionScenarioFields on ProjectionScenario {
  id
  name
  description
  version
  updatedAt
  district {
    id
    name
  }
  assumptions {
    birthTrendPercent
    seniorGrossEnrolmentRate
    summary
    transitionRates {
      key
      label
      rate
    }
  }
}`, {"hash":"sha256:d08b61cb947e04ff423e7da73e6902ee13d92c82b368f86a0263f9a61da72cf6"}) as unknown as TypedDocumentString<ProjectionScenariosQuery, ProjectionScenariosQueryVariables>;
export const CreateProjectionScenarioDocument = new TypedDocumentString(`
    mutation CreateProjectionScenario($input: ProjectionScenarioInput!) {
  createProjectionScenario(input: $input) {
    scenario {
      ...ProjectionScenarioFields
    }
  }
}
    fragment ProjectionScenarioFields on ProjectionScenario {
  id
  name
  description
  version
  updatedAt
  district {
    id
    name
  }
  assumptions {
    birthTrendPercent
    seniorGrossEnrolmentRate
    summary
    transitionRates {
      key
      label
      rate
    }
  }
}`, {"hash":"sha256:af97afa23ab1ef432087b355fdff77f855bb221ba66b71709255112cfb7c9c5a"}) as unknown as TypedDocumentString<CreateProjectionScenarioMutation, CreateProjectionScenarioMutationVariables>;
export const UpdateProjectionScenarioDocument = new TypedDocumentString(`
    mutation UpdateProjectionScenario($id: ID!, $version: Int!, $input: ProjectionScenarioInput!) {
  updateProjectionScenario(id: $id, version: $version, input: $input) {
    scenario {
      ...ProjectionScenarioFields
    }
  }
}
    fragment ProjectionScenarioFields on ProjectionScenario {
  id
  name
  description
  version
  updatedAt
  district {
    id
    name
  }
  assumptions {
    birthTrendPercent
    seniorGrossEnrolmentRate
    summary
    transitionRates {
      key
      label
      rate
    }
  }
}`, {"hash":"sha256:b844b2431c0f9def60cd01849ff2551650f166acfeb7543ade1f7c05901ea21b"}) as unknown as TypedDocumentString<UpdateProjectionScenarioMutation, UpdateProjectionScenarioMutationVariables>;
export const DeleteProjectionScenarioDocument = new TypedDocumentString(`
    mutation DeleteProjectionScenario($id: ID!, $version: Int!) {
  deleteProjectionScenario(id: $id, version: $version) {
    id
  }
}
    `, {"hash":"sha256:b6ea7a39d512b99da66f8b1e0c5efead6932973d3f642e4e94b866c5f19a0388"}) as unknown as TypedDocumentString<DeleteProjectionScenarioMutation, DeleteProjectionScenarioMutationVariables>;
export const ExportProjectionExcelDocument = new TypedDocumentString(`
    query ExportProjectionExcel($districtId: ID, $scenarioId: ID) {
  exportProjectionExcel(districtId: $districtId, scenarioId: $scenarioId) {
    ...ExcelFileFields
  }
}
    fragment ExcelFileFields on ExcelFile {
  filename
  contentType
  contentBase64
}`, {"hash":"sha256:d75cd7863d02ba0a254659cdc4de5d0fcd3c2fa3250faddfca42cf000071b4cc"}) as unknown as TypedDocumentString<ExportProjectionExcelQuery, ExportProjectionExcelQueryVariables>;
export const PublishedHistoryDocument = new TypedDocumentString(`
    query PublishedHistory($unit: OrgUnitInput!, $targetId: ID!, $schoolYear: Int!) {
  publishedHistory(unit: $unit, targetId: $targetId, schoolYear: $schoolYear) {
    version
    publishedAt
    superseded
    result {
      schoolYear
      stage
      status
      statusLabel
      value
      reason
      provisional
      publishedVersion
      coverage {
        ...CoverageFields
      }
    }
  }
}
    fragment CoverageFields on Coverage {
  reported
  expected
  complete
  label
}`, {"hash":"sha256:5d11c85665db515c072ac6854c128c415fd08efc06b66c87db8f297d50489063"}) as unknown as TypedDocumentString<PublishedHistoryQuery, PublishedHistoryQueryVariables>;
export const SchoolReportDocument = new TypedDocumentString(`
    query SchoolReport($schoolId: ID!, $schoolYear: Int!) {
  schoolReport(schoolId: $schoolId, schoolYear: $schoolYear) {
    ...SchoolReportFields
  }
}
    fragment ReportGradeFields on ReportGrade {
  stage
  grade
  label
  students
  classes
  largeClasses
  oversizedClasses
  disabledStudents
}
fragment SchoolReportFields on SchoolReport {
  id
  schoolYear
  status
  statusLabel
  version
  totalStudents
  staffTotal
  fullTimeTeachers
  teachingAuxiliaryArea
  indoorSportsArea
  outdoorSportsArea
  equipmentValue
  multimediaClassrooms
  innovationLabs
  wirelessFullCoverage
  healthTested
  healthPassed
  healthGoodOrExcellent
  meetsPeHygieneStandard
  implementsCurriculumStandards
  hasSportsBrand
  implementsHealthStandard
  heldSportsMeeting
  footballFeatureSchool
  footballLessonsPerWeek
  heldArtsFestival
  notes
  reviewComment
  reviewedAt
  reviewedBy
  submittedAt
  updatedAt
  updatedBy
  school {
    id
    code
    name
    type
    typeLabel
    district {
      id
      name
    }
  }
  grades {
    ...ReportGradeFields
  }
}`, {"hash":"sha256:cd4b9eacc1227fb4ece15516f887c0b68d1753640b8786c0c842f4806db8350f"}) as unknown as TypedDocumentString<SchoolReportQuery, SchoolReportQueryVariables>;
export const SaveReportDraftDocument = new TypedDocumentString(`
    mutation SaveReportDraft($input: SaveReportDraftInput!) {
  saveReportDraft(input: $input) {
    report {
      ...SchoolReportFields
    }
  }
}
    fragment ReportGradeFields on ReportGrade {
  stage
  grade
  label
  students
  classes
  largeClasses
  oversizedClasses
  disabledStudents
}
fragment SchoolReportFields on SchoolReport {
  id
  schoolYear
  status
  statusLabel
  version
  totalStudents
  staffTotal
  fullTimeTeachers
  teachingAuxiliaryArea
  indoorSportsArea
  outdoorSportsArea
  equipmentValue
  multimediaClassrooms
  innovationLabs
  wirelessFullCoverage
  healthTested
  healthPassed
  healthGoodOrExcellent
  meetsPeHygieneStandard
  implementsCurriculumStandards
  hasSportsBrand
  implementsHealthStandard
  heldSportsMeeting
  footballFeatureSchool
  footballLessonsPerWeek
  heldArtsFestival
  notes
  reviewComment
  reviewedAt
  reviewedBy
  submittedAt
  updatedAt
  updatedBy
  school {
    id
    code
    name
    type
    typeLabel
    district {
      id
      name
    }
  }
  grades {
    ...ReportGradeFields
  }
}`, {"hash":"sha256:4e5044e13e06b1bffe38b9e57cb2b958afb5e7f86b40d3e70658310398b19844"}) as unknown as TypedDocumentString<SaveReportDraftMutation, SaveReportDraftMutationVariables>;
export const SubmitReportDocument = new TypedDocumentString(`
    mutation SubmitReport($schoolId: ID!, $schoolYear: Int!, $version: Int!) {
  submitReport(schoolId: $schoolId, schoolYear: $schoolYear, version: $version) {
    report {
      ...SchoolReportFields
    }
  }
}
    fragment ReportGradeFields on ReportGrade {
  stage
  grade
  label
  students
  classes
  largeClasses
  oversizedClasses
  disabledStudents
}
fragment SchoolReportFields on SchoolReport {
  id
  schoolYear
  status
  statusLabel
  version
  totalStudents
  staffTotal
  fullTimeTeachers
  teachingAuxiliaryArea
  indoorSportsArea
  outdoorSportsArea
  equipmentValue
  multimediaClassrooms
  innovationLabs
  wirelessFullCoverage
  healthTested
  healthPassed
  healthGoodOrExcellent
  meetsPeHygieneStandard
  implementsCurriculumStandards
  hasSportsBrand
  implementsHealthStandard
  heldSportsMeeting
  footballFeatureSchool
  footballLessonsPerWeek
  heldArtsFestival
  notes
  reviewComment
  reviewedAt
  reviewedBy
  submittedAt
  updatedAt
  updatedBy
  school {
    id
    code
    name
    type
    typeLabel
    district {
      id
      name
    }
  }
  grades {
    ...ReportGradeFields
  }
}`, {"hash":"sha256:1345ae7e2ff0867554ec9767f99129e46d1f6e9cf4ffc8b91fe45976685229e2"}) as unknown as TypedDocumentString<SubmitReportMutation, SubmitReportMutationVariables>;
export const ReturnReportDocument = new TypedDocumentString(`
    mutation ReturnReport($schoolId: ID!, $schoolYear: Int!, $version: Int!, $comment: String!) {
  returnReport(
    schoolId: $schoolId
    schoolYear: $schoolYear
    version: $version
    comment: $comment
  ) {
    report {
      ...SchoolReportFields
    }
  }
}
    fragment ReportGradeFields on ReportGrade {
  stage
  grade
  label
  students
  classes
  largeClasses
  oversizedClasses
  disabledStudents
}
fragment SchoolReportFields on SchoolReport {
  id
  schoolYear
  status
  statusLabel
  version
  totalStudents
  staffTotal
  fullTimeTeachers
  teachingAuxiliaryArea
  indoorSportsArea
  outdoorSportsArea
  equipmentValue
  multimediaClassrooms
  innovationLabs
  wirelessFullCoverage
  healthTested
  healthPassed
  healthGoodOrExcellent
  meetsPeHygieneStandard
  implementsCurriculumStandards
  hasSportsBrand
  implementsHealthStandard
  heldSportsMeeting
  footballFeatureSchool
  footballLessonsPerWeek
  heldArtsFestival
  notes
  reviewComment
  reviewedAt
  reviewedBy
  submittedAt
  updatedAt
  updatedBy
  school {
    id
    code
    name
    type
    typeLabel
    district {
      id
      name
    }
  }
  grades {
    ...ReportGradeFields
  }
}`, {"hash":"sha256:3794a1fee7ad6e5870a2fbbdba8299bdc59a0b0d00dc145639346ea700bcee68"}) as unknown as TypedDocumentString<ReturnReportMutation, ReturnReportMutationVariables>;
export const ApproveReportDocument = new TypedDocumentString(`
    mutation ApproveReport($schoolId: ID!, $schoolYear: Int!, $version: Int!, $comment: String) {
  approveReport(
    schoolId: $schoolId
    schoolYear: $schoolYear
    version: $version
    comment: $comment
  ) {
    report {
      ...SchoolReportFields
    }
  }
}
    fragment ReportGradeFields on ReportGrade {
  stage
  grade
  label
  students
  classes
  largeClasses
  oversizedClasses
  disabledStudents
}
fragment SchoolReportFields on SchoolReport {
  id
  schoolYear
  status
  statusLabel
  version
  totalStudents
  staffTotal
  fullTimeTeachers
  teachingAuxiliaryArea
  indoorSportsArea
  outdoorSportsArea
  equipmentValue
  multimediaClassrooms
  innovationLabs
  wirelessFullCoverage
  healthTested
  healthPassed
  healthGoodOrExcellent
  meetsPeHygieneStandard
  implementsCurriculumStandards
  hasSportsBrand
  implementsHealthStandard
  heldSportsMeeting
  footballFeatureSchool
  footballLessonsPerWeek
  heldArtsFestival
  notes
  reviewComment
  reviewedAt
  reviewedBy
  submittedAt
  updatedAt
  updatedBy
  school {
    id
    code
    name
    type
    typeLabel
    district {
      id
      name
    }
  }
  grades {
    ...ReportGradeFields
  }
}`, {"hash":"sha256:82f349cb176f71a07a05d30c9c770cddcf40a53c4070123cd1c3d9e4aea33e75"}) as unknown as TypedDocumentString<ApproveReportMutation, ApproveReportMutationVariables>;
export const ReopenReportDocument = new TypedDocumentString(`
    mutation ReopenReport($schoolId: ID!, $schoolYear: Int!, $version: Int!, $reason: String!) {
  reopenReport(
    schoolId: $schoolId
    schoolYear: $schoolYear
    version: $version
    reason: $reason
  ) {
    report {
      ...SchoolReportFields
    }
  }
}
    fragment ReportGradeFields on ReportGrade {
  stage
  grade
  label
  students
  classes
  largeClasses
  oversizedClasses
  disabledStudents
}
fragment SchoolReportFields on SchoolReport {
  id
  schoolYear
  status
  statusLabel
  version
  totalStudents
  staffTotal
  fullTimeTeachers
  teachingAuxiliaryArea
  indoorSportsArea
  outdoorSportsArea
  equipmentValue
  multimediaClassrooms
  innovationLabs
  wirelessFullCoverage
  healthTested
  healthPassed
  healthGoodOrExcellent
  meetsPeHygieneStandard
  implementsCurriculumStandards
  hasSportsBrand
  implementsHealthStandard
  heldSportsMeeting
  footballFeatureSchool
  footballLessonsPerWeek
  heldArtsFestival
  notes
  reviewComment
  reviewedAt
  reviewedBy
  submittedAt
  updatedAt
  updatedBy
  school {
    id
    code
    name
    type
    typeLabel
    district {
      id
      name
    }
  }
  grades {
    ...ReportGradeFields
  }
}`, {"hash":"sha256:6b98948482e2deb0e070ea1ccb44715b9d9e3fff5393791567d5783bd1e8a8d7"}) as unknown as TypedDocumentString<ReopenReportMutation, ReopenReportMutationVariables>;
export const ReportQueueDocument = new TypedDocumentString(`
    query ReportQueue($districtId: ID!, $schoolYear: Int!) {
  reportQueue(districtId: $districtId, schoolYear: $schoolYear) {
    schoolYear
    deadline
    district {
      id
      name
    }
    counts {
      key
      label
      count
    }
    entries {
      status
      statusLabel
      submittedAt
      firstSubmittedAt
      late
      reviewedAt
      totalStudents
      version
      school {
        id
        code
        name
        type
        typeLabel
      }
      flags {
        field
        kind
        message
      }
    }
  }
}
    `, {"hash":"sha256:2d0d9790ee1450d85692806b4f0cfedad5d0621fdca0a9cb73a0d6a3714cd22c"}) as unknown as TypedDocumentString<ReportQueueQuery, ReportQueueQueryVariables>;
export const RosterPageDocument = new TypedDocumentString(`
    query RosterPage($filter: StaffFilter!, $page: Int, $pageSize: Int) {
  staff(filter: $filter, page: $page, pageSize: $pageSize) {
    page
    pageSize
    total
    items {
      ...RosterMemberFields
    }
  }
}
    fragment RosterMemberFields on StaffMember {
  id
  version
  schoolYear
  name
  gender
  genderLabel
  birthYear
  age
  ethnicity
  idNumberMasked
  role
  roleLabel
  fullTime
  stage
  stageLabel
  subject
  subjectLabel
  education
  educationLabel
  preschoolMajor
  teacherCertificate
  teacherCertificateLabel
  title
  titleLabel
  dualQualified
  backboneLevel
  backboneLabel
  mentalHealthTrained
  counsellingCertificate
  bilingual
  trainingHours
  status
  statusLabel
  startedOn
  leftOn
  onRosterAtStatisticsDate
}`, {"hash":"sha256:ee8e4edbae927d85f56bf16e280fd70a739d1208ad61737af5069e19b5cd499f"}) as unknown as TypedDocumentString<RosterPageQuery, RosterPageQueryVariables>;
export const AddStaffDocument = new TypedDocumentString(`
    mutation AddStaff($input: AddStaffInput!) {
  addStaff(input: $input) {
    staff {
      ...RosterMemberFields
    }
  }
}
    fragment RosterMemberFields on StaffMember {
  id
  version
  schoolYear
  name
  gender
  genderLabel
  birthYear
  age
  ethnicity
  idNumberMasked
  role
  roleLabel
  fullTime
  stage
  stageLabel
  subject
  subjectLabel
  education
  educationLabel
  preschoolMajor
  teacherCertificate
  teacherCertificateLabel
  title
  titleLabel
  dualQualified
  backboneLevel
  backboneLabel
  mentalHealthTrained
  counsellingCertificate
  bilingual
  trainingHours
  status
  statusLabel
  startedOn
  leftOn
  onRosterAtStatisticsDate
}`, {"hash":"sha256:3ef3a00888f4ea2f21201c8ee7d8d67ef1636a9e87bbe5e6f56da22d354bb252"}) as unknown as TypedDocumentString<AddStaffMutation, AddStaffMutationVariables>;
export const UpdateStaffDocument = new TypedDocumentString(`
    mutation UpdateStaff($id: ID!, $version: Int!, $patch: StaffPatch!) {
  updateStaff(id: $id, version: $version, patch: $patch) {
    staff {
      ...RosterMemberFields
    }
  }
}
    fragment RosterMemberFields on StaffMember {
  id
  version
  schoolYear
  name
  gender
  genderLabel
  birthYear
  age
  ethnicity
  idNumberMasked
  role
  roleLabel
  fullTime
  stage
  stageLabel
  subject
  subjectLabel
  education
  educationLabel
  preschoolMajor
  teacherCertificate
  teacherCertificateLabel
  title
  titleLabel
  dualQualified
  backboneLevel
  backboneLabel
  mentalHealthTrained
  counsellingCertificate
  bilingual
  trainingHours
  status
  statusLabel
  startedOn
  leftOn
  onRosterAtStatisticsDate
}`, {"hash":"sha256:89c8e279f04d74d4596e11efd4c0e6b3f8ef78d6bd6e191fcab582ef574a2357"}) as unknown as TypedDocumentString<UpdateStaffMutation, UpdateStaffMutationVariables>;
export const StaffLeaveDocument = new TypedDocumentString(`
    mutation StaffLeave($id: ID!, $version: Int!, $status: StaffStatus!, $leftOn: String!) {
  staffLeave(id: $id, version: $version, status: $status, leftOn: $leftOn) {
    staff {
      ...RosterMemberFields
    }
  }
}
    fragment RosterMemberFields on StaffMember {
  id
  version
  schoolYear
  name
  gender
  genderLabel
  birthYear
  age
  ethnicity
  idNumberMasked
  role
  roleLabel
  fullTime
  stage
  stageLabel
  subject
  subjectLabel
  education
  educationLabel
  preschoolMajor
  teacherCertificate
  teacherCertificateLabel
  title
  titleLabel
  dualQualified
  backboneLevel
  backboneLabel
  mentalHealthTrained
  counsellingCertificate
  bilingual
  trainingHours
  status
  statusLabel
  startedOn
  leftOn
  onRosterAtStatisticsDate
}`, {"hash":"sha256:955b6114f731eb37d14f5df3016c5530a2a7138d3999bfaf061b10cd3477913b"}) as unknown as TypedDocumentString<StaffLeaveMutation, StaffLeaveMutationVariables>;
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
    `, {"hash":"sha256:a675c3faed93fea5e244464678364f3531c5fdf578e321991f2fc48aeab7027b"}) as unknown as TypedDocumentString<StaffPageQuery, StaffPageQueryVariables>;
export const StaffingSummaryDocument = new TypedDocumentString(`
    query StaffingSummary($unit: OrgUnitInput!, $schoolYear: Int!) {
  staffingSummary(unit: $unit, schoolYear: $schoolYear) {
    schoolYear
    total
    fullTimeTeachers
    coverage {
      reported
      expected
      complete
      label
    }
    provisional
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
}`, {"hash":"sha256:4a9408a9d52be3c546b5db0449a0097d87323e44ddbadd908dc641acbb756da3"}) as unknown as TypedDocumentString<StaffingSummaryQuery, StaffingSummaryQueryVariables>;
export const RosterRolloverStatusDocument = new TypedDocumentString(`
    query RosterRolloverStatus($unit: OrgUnitInput!, $schoolYear: Int!, $includeSchools: Boolean) {
  rosterRolloverStatus(
    unit: $unit
    schoolYear: $schoolYear
    includeSchools: $includeSchools
  ) {
    unit {
      level
      id
      code
      name
    }
    previousActive
    current
    toCarry
  }
}
    `, {"hash":"sha256:bb50f41c7bd9a597dd4574b3823820654dd6d5d8d7c4e7c5622ddd454032ddc7"}) as unknown as TypedDocumentString<RosterRolloverStatusQuery, RosterRolloverStatusQueryVariables>;
export const CarryOverRosterDocument = new TypedDocumentString(`
    mutation CarryOverRoster($unit: OrgUnitInput!, $schoolYear: Int!, $includeSchools: Boolean) {
  carryOverRoster(
    unit: $unit
    schoolYear: $schoolYear
    includeSchools: $includeSchools
  ) {
    schoolYear
    fromSchoolYear
    carried
    alreadyOnRoster
    units {
      unit {
        level
        id
        name
      }
      carried
      alreadyOnRoster
    }
  }
}
    `, {"hash":"sha256:f34a85c00ae9d36a8c0894f066adb3fdc0e6ccd88ba7fa75aee4fd8ce9ff3d9d"}) as unknown as TypedDocumentString<CarryOverRosterMutation, CarryOverRosterMutationVariables>;
export const ExportStaffingSummaryExcelDocument = new TypedDocumentString(`
    query ExportStaffingSummaryExcel($unit: OrgUnitInput!, $schoolYear: Int!) {
  exportStaffingSummaryExcel(unit: $unit, schoolYear: $schoolYear) {
    ...ExcelFileFields
  }
}
    fragment ExcelFileFields on ExcelFile {
  filename
  contentType
  contentBase64
}`, {"hash":"sha256:ccfa6a05bfeea8356ed23639e1ca8c8bcef19cca06ec1879de8deb5395777490"}) as unknown as TypedDocumentString<ExportStaffingSummaryExcelQuery, ExportStaffingSummaryExcelQueryVariables>;
export const ExportBalanceExcelDocument = new TypedDocumentString(`
    query ExportBalanceExcel($schoolYear: Int!, $districtId: ID) {
  exportBalanceExcel(schoolYear: $schoolYear, districtId: $districtId) {
    ...ExcelFileFields
  }
}
    fragment ExcelFileFields on ExcelFile {
  filename
  contentType
  contentBase64
}`, {"hash":"sha256:b12d8ceab4e73b7caec79bef0d5de365ad1455a99b2552d169a940912dcf62f3"}) as unknown as TypedDocumentString<ExportBalanceExcelQuery, ExportBalanceExcelQueryVariables>;
export const StatisticalYearListDocument = new TypedDocumentString(`
    query StatisticalYearList {
  statisticalYears {
    ...StatisticalYearFields
  }
}
    fragment YearPublicationFields on YearPublication {
  version
  publishedAt
  publishedBy
  note
  reopenedAt
  reopenedBy
  reopenReason
}
fragment StatisticalYearFields on StatisticalYear {
  schoolYear
  label
  state
  stateLabel
  current
  final
  publishedVersion
  version
  publications {
    ...YearPublicationFields
  }
}`, {"hash":"sha256:961f780717d61ae4eee9f011162917b9f4870b7aae3dc7072c271aa7df8afdfe"}) as unknown as TypedDocumentString<StatisticalYearListQuery, StatisticalYearListQueryVariables>;
export const YearPublicationReadinessDocument = new TypedDocumentString(`
    query YearPublicationReadiness($schoolYear: Int!) {
  publicationReadiness(schoolYear: $schoolYear) {
    ...PublicationReadinessFields
  }
}
    fragment ReportExemptionFields on ReportExemption {
  school {
    id
    code
    name
  }
  district {
    id
    name
  }
  reason
  createdAt
  createdBy
}
fragment PublicationReadinessFields on PublicationReadiness {
  schoolYear
  state
  due
  approved
  ready
  pending {
    school {
      id
      code
      name
      type
      typeLabel
    }
    district {
      id
      name
    }
    status
    statusLabel
    submittedAt
    late
  }
  exemptions {
    ...ReportExemptionFields
  }
}`, {"hash":"sha256:624c19b6b2f9782a958148f242b17cf03dd37aab8a6c970e9647c3bda3d1427a"}) as unknown as TypedDocumentString<YearPublicationReadinessQuery, YearPublicationReadinessQueryVariables>;
export const PublishSchoolYearDocument = new TypedDocumentString(`
    mutation PublishSchoolYear($schoolYear: Int!, $version: Int!, $note: String) {
  publishSchoolYear(schoolYear: $schoolYear, version: $version, note: $note) {
    year {
      ...StatisticalYearFields
    }
  }
}
    fragment YearPublicationFields on YearPublication {
  version
  publishedAt
  publishedBy
  note
  reopenedAt
  reopenedBy
  reopenReason
}
fragment StatisticalYearFields on StatisticalYear {
  schoolYear
  label
  state
  stateLabel
  current
  final
  publishedVersion
  version
  publications {
    ...YearPublicationFields
  }
}`, {"hash":"sha256:b13cb63cf4d953d7ffad73d877f6a54a2a6b1d84aa6b2c16503fd46643e4f78e"}) as unknown as TypedDocumentString<PublishSchoolYearMutation, PublishSchoolYearMutationVariables>;
export const ReopenSchoolYearDocument = new TypedDocumentString(`
    mutation ReopenSchoolYear($schoolYear: Int!, $version: Int!, $reason: String!) {
  reopenSchoolYear(schoolYear: $schoolYear, version: $version, reason: $reason) {
    year {
      ...StatisticalYearFields
    }
  }
}
    fragment YearPublicationFields on YearPublication {
  version
  publishedAt
  publishedBy
  note
  reopenedAt
  reopenedBy
  reopenReason
}
fragment StatisticalYearFields on StatisticalYear {
  schoolYear
  label
  state
  stateLabel
  current
  final
  publishedVersion
  version
  publications {
    ...YearPublicationFields
  }
}`, {"hash":"sha256:2b75b41851c42791a4c280dfa58cd75942914039c37e9b6427dec3b80d8b4e47"}) as unknown as TypedDocumentString<ReopenSchoolYearMutation, ReopenSchoolYearMutationVariables>;
export const ExemptReportsDocument = new TypedDocumentString(`
    mutation ExemptReports($schoolYear: Int!, $schoolIds: [ID!]!, $reason: String!) {
  exemptReports(schoolYear: $schoolYear, schoolIds: $schoolIds, reason: $reason) {
    ...PublicationReadinessFields
  }
}
    fragment ReportExemptionFields on ReportExemption {
  school {
    id
    code
    name
  }
  district {
    id
    name
  }
  reason
  createdAt
  createdBy
}
fragment PublicationReadinessFields on PublicationReadiness {
  schoolYear
  state
  due
  approved
  ready
  pending {
    school {
      id
      code
      name
      type
      typeLabel
    }
    district {
      id
      name
    }
    status
    statusLabel
    submittedAt
    late
  }
  exemptions {
    ...ReportExemptionFields
  }
}`, {"hash":"sha256:dd08701cee2f39d29b390b0e99150c79ef3554fb80d674e67f83ecd5e8ad3818"}) as unknown as TypedDocumentString<ExemptReportsMutation, ExemptReportsMutationVariables>;
export const RemoveReportExemptionDocument = new TypedDocumentString(`
    mutation RemoveReportExemption($schoolYear: Int!, $schoolId: ID!) {
  removeReportExemption(schoolYear: $schoolYear, schoolId: $schoolId) {
    ...PublicationReadinessFields
  }
}
    fragment ReportExemptionFields on ReportExemption {
  school {
    id
    code
    name
  }
  district {
    id
    name
  }
  reason
  createdAt
  createdBy
}
fragment PublicationReadinessFields on PublicationReadiness {
  schoolYear
  state
  due
  approved
  ready
  pending {
    school {
      id
      code
      name
      type
      typeLabel
    }
    district {
      id
      name
    }
    status
    statusLabel
    submittedAt
    late
  }
  exemptions {
    ...ReportExemptionFields
  }
}`, {"hash":"sha256:ab4662fa4c3bca82262a30b31b860645124642cd93b193e1ec24755cbe2103e7"}) as unknown as TypedDocumentString<RemoveReportExemptionMutation, RemoveReportExemptionMutationVariables>;