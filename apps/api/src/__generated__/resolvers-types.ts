import type { OrgLevelEnum as OrgLevel } from '../modules/common/enums.ts';
import type { SchoolTypeEnum as SchoolType } from '../modules/common/enums.ts';
import type { OwnershipEnum as Ownership } from '../modules/common/enums.ts';
import type { AreaTypeEnum as AreaType } from '../modules/common/enums.ts';
import type { StaffRoleEnum as StaffRole } from '../modules/common/enums.ts';
import type { StaffStatusEnum as StaffStatus } from '../modules/common/enums.ts';
import type { GenderEnum as Gender } from '../modules/common/enums.ts';
import type { EducationLevelEnum as EducationLevel } from '../modules/common/enums.ts';
import type { TitleEnum as Title } from '../modules/common/enums.ts';
import type { StageEnum as Stage } from '../modules/common/enums.ts';
import type { SubjectEnum as Subject } from '../modules/common/enums.ts';
import type { BackboneLevelEnum as BackboneLevel } from '../modules/common/enums.ts';
import type { RegisterKindEnum as RegisterKind } from '../modules/common/enums.ts';
import type { RecognitionLevelEnum as RecognitionLevel } from '../modules/common/enums.ts';
import type { TeacherCertificateEnum as TeacherCertificate } from '../modules/common/enums.ts';
import type { ReportStatusEnum as ReportStatus } from '../modules/common/enums.ts';
import type { ReportFlagKindEnum as ReportFlagKind } from '../modules/common/enums.ts';
import type { ComparatorEnum as Comparator } from '../modules/common/enums.ts';
import type { TargetStatusEnum as TargetStatus } from '../modules/common/enums.ts';
import type { SchoolYearStateEnum as SchoolYearState } from '../modules/common/enums.ts';
import type { BalanceIndicatorUnit } from '@edu2035/domain';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Viewer as ViewerModel } from '../authz/viewer.ts';
import type { DistrictRow as DistrictRowModel, SchoolRow as SchoolRowModel, CityInputRow as CityInputRowModel, DistrictInputRow as DistrictInputRowModel, RegisterRow as RegisterRowModel, RegisterConfirmationRow as RegisterConfirmationRowModel, SchoolReportGradeRow as SchoolReportGradeRowModel, CityRow as CityRowModel, UserRow as UserRowModel, BackfillWindowRow as BackfillWindowRowModel } from '@edu2035/db';
import type { OrgUnitModel as OrgUnitModelModel } from '../modules/org/service.ts';
import type { StaffMemberModel as StaffMemberModelModel, StaffingSummaryModel as StaffingSummaryModelModel } from '../modules/staff/service.ts';
import type { PlanTarget as PlanTargetModel, Milestone as MilestoneModel, RegisterKindInfo as RegisterKindInfoModel, BalanceIndicator as BalanceIndicatorModel, Coverage as CoverageModel } from '@edu2035/domain';
import type { TargetResultModel as TargetResultModelModel, TargetDashboardModel as TargetDashboardModelModel } from '../modules/indicators/service.ts';
import type { UserModel as UserModelModel } from '../modules/auth/service.ts';
import type { SchoolReportModel as SchoolReportModelModel, ReportQueueModel as ReportQueueModelModel, ReportQueueEntryModel as ReportQueueEntryModelModel } from '../modules/reports/service.ts';
import type { AuditEntryModel as AuditEntryModelModel } from '../modules/audit/service.ts';
import type { BalanceAssessmentModel as BalanceAssessmentModelModel, BalanceStageAssessmentModel as BalanceStageAssessmentModelModel, BalanceSchoolResultModel as BalanceSchoolResultModelModel, SchoolBalanceModel as SchoolBalanceModelModel } from '../modules/balance/service.ts';
import type { ReportingPeriodModel as ReportingPeriodModelModel, CompletenessCountsModel as CompletenessCountsModelModel, CompletenessEntryModel as CompletenessEntryModelModel, ReportCompletenessModel as ReportCompletenessModelModel } from '../modules/periods/service.ts';
import type { ReportImportResultModel as ReportImportResultModelModel } from '../modules/excel/reportExcel.ts';
import type { StatisticalYearModel as StatisticalYearModelModel, YearPublicationModel as YearPublicationModelModel, PublicationReadinessModel as PublicationReadinessModelModel, ReportExemptionModel as ReportExemptionModelModel, PublishedFigureModel as PublishedFigureModelModel } from '../modules/years/service.ts';
import type { ProjectionModel as ProjectionModelModel } from '../modules/projection/service.ts';
import type { ProjectionScenarioModel as ProjectionScenarioModelModel } from '../modules/projection/scenarios.ts';
import type { DistrictBirthRow as DistrictBirthRowModel } from '../modules/projection/births.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, ISO 8601 with time zone (e.g. "2026-09-01T08:00:00.000Z"). */
  DateTime: { input: string; output: Date | string; }
  /** Any JSON value: the before/after values of an audit entry. */
  JSON: { input: unknown; output: unknown; }
};

/** 账号: an account as its manager sees it. */
export type Account = {
  __typename?: 'Account';
  /** 启用 (false: 停用). */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 最近登录. */
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  level: OrgLevel;
  /**
   * Under attack until this instant (已锁定): wrong passwords from many addresses passed the
   * account-wide limit, and until then only addresses the account has logged in from may try a
   * password; null when not. 重置密码 clears it.
   */
  lockedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** The one-time password has not been changed yet. */
  mustChangePassword: Scalars['Boolean']['output'];
  /** The unit it belongs to. */
  orgUnit: OrgUnit;
  username: Scalars['String']['output'];
  /** For optimistic concurrency. */
  version: Scalars['Int']['output'];
};

export type AccountFilter = {
  /** Accounts of this district and (for the city) its schools. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** Include disabled accounts (default true). */
  includeDisabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Accounts of units of this level only. */
  level?: InputMaybe<OrgLevel>;
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};

export type AccountPayload = {
  __typename?: 'AccountPayload';
  account: Account;
};

export type AccountVersionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A new staff record. Omitted yes/no items are no; omitted title 未定级, certificate 无, backbone 非骨干. */
export type AddStaffInput = {
  backboneLevel?: InputMaybe<BackboneLevel>;
  bilingual?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO date YYYY-MM-DD. */
  birthDate: Scalars['String']['input'];
  counsellingCertificate?: InputMaybe<Scalars['Boolean']['input']>;
  /** The district of a district 教研室; omit both for the city 教研室. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  dualQualified?: InputMaybe<Scalars['Boolean']['input']>;
  education: EducationLevel;
  /** Default 汉族. */
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  /** 专任教师. */
  fullTime: Scalars['Boolean']['input'];
  gender: Gender;
  /** 居民身份证号, 18 characters; checked, never stored in full. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  mentalHealthTrained?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  preschoolMajor?: InputMaybe<Scalars['Boolean']['input']>;
  role: StaffRole;
  /** The school; omit for a 教研室. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The school year of the roster (start year): omitted, the current one. A past year only while a
   * 补录 window is open for the school (BAD_USER_INPUT on schoolYear otherwise).
   */
  schoolYear?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<Stage>;
  /**
   * 入职/调入日期, ISO date YYYY-MM-DD, within the school year or before, not after today; omitted:
   * on the roster since before the year's 统计时点 (1 September). BAD_USER_INPUT on startedOn otherwise.
   */
  startedOn?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Subject>;
  teacherCertificate?: InputMaybe<TeacherCertificate>;
  title?: InputMaybe<Title>;
  trainingHours?: InputMaybe<Scalars['Int']['input']>;
};

export type { AreaType };

/** One recorded change. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Code of what was done, from the domain's AUDIT_ACTIONS: e.g. report.submit, staff.import, register.create. */
  action: Scalars['String']['output'];
  /** What was done, in Chinese (e.g. 提交年报, 新增名录登记); the code itself for a code not in the catalogue. */
  actionLabel: Scalars['String']['output'];
  /** Values after the change. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** When (服务器时间). */
  at: Scalars['DateTime']['output'];
  /** Values before the change (null for a creation). */
  before?: Maybe<Scalars['JSON']['output']>;
  /** The district concerned, if any. */
  district?: Maybe<District>;
  entityId?: Maybe<Scalars['String']['output']>;
  /** Kind of record: school_report, staff, user … */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The school concerned, if any. */
  school?: Maybe<School>;
  userId?: Maybe<Scalars['ID']['output']>;
  /** Display name of the account (操作人). */
  userName?: Maybe<Scalars['String']['output']>;
};

/** Which entries to list; every field narrows. */
export type AuditFilter = {
  /**
   * An action code of the catalogue (the domain's AUDIT_ACTIONS, e.g. report.approve,
   * district_inputs.update, register.delete); another code is BAD_USER_INPUT.
   */
  action?: InputMaybe<Scalars['String']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** From this instant (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Until this instant (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** The account that made the change. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type AuditPage = {
  __typename?: 'AuditPage';
  items: Array<AuditEntry>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type { BackboneLevel };

export type BackfillPayload = {
  __typename?: 'BackfillPayload';
  windows: Array<BackfillWindow>;
};

/** 补录 window: a past school year opened to a district or a school. */
export type BackfillWindow = {
  __typename?: 'BackfillWindow';
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  closesAt: Scalars['DateTime']['output'];
  district: District;
  id: Scalars['ID']['output'];
  /** Open now: not closed and before closesAt. */
  open: Scalars['Boolean']['output'];
  /** Display name of the account that opened it. */
  openedBy?: Maybe<Scalars['String']['output']>;
  opensAt: Scalars['DateTime']['output'];
  reason: Scalars['String']['output'];
  /** null: every school of the district. */
  school?: Maybe<School>;
  schoolYear: Scalars['Int']['output'];
  /** 2024—2025学年. */
  schoolYearLabel: Scalars['String']['output'];
};

export type BackfillWindowPayload = {
  __typename?: 'BackfillWindowPayload';
  window: BackfillWindow;
};

/** One action of the plan. */
export type BalanceAction = {
  __typename?: 'BalanceAction';
  /** quantity × unitCost, 元. */
  cost: Scalars['Float']['output'];
  /** Transfers: the school the teachers leave (调出校); null otherwise. */
  fromSchool?: Maybe<School>;
  /** The indicator the action raises (C1…C7). */
  indicator: BalanceIndicator;
  kind: BalanceActionKind;
  /** The kind in Chinese, e.g. 交流轮岗（体育、艺术专任教师）. */
  label: Scalars['String']['output'];
  /** Teachers / rooms (whole), m² or 元 (whole). */
  quantity: Scalars['Float']['output'];
  /** The school that gains (for a transfer, the receiving school 调入校). */
  school: School;
  /**
   * The action in Chinese, e.g. 乌海市第三小学：新增网络多媒体教室2间，约10万元; a transfer names
   * both schools: 从乌海市第一小学交流轮岗体育艺术专任教师1人到乌海市第三小学，约2万元.
   */
  text: Scalars['String']['output'];
  /** 元 per unit used. */
  unitCost: Scalars['Float']['output'];
  /** 人, m², 元, 间. */
  unitLabel: Scalars['String']['output'];
};

/** An action of an edited plan (as BalancePlan.actions gives them back). */
export type BalanceActionInput = {
  /** Transfers only: the school the teachers leave (another assessed school of the district-stage). */
  fromSchoolId?: InputMaybe<Scalars['ID']['input']>;
  kind: BalanceActionKind;
  /** Teachers / rooms (whole numbers), m² or 元; ≥ 0 (0 = the action is kept but changes nothing). */
  quantity: Scalars['Float']['input'];
  /** The school that gains (a school assessed in the district-stage). */
  schoolId: Scalars['ID']['input'];
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

/** A district's 优质均衡 resource-allocation assessment for one school year. */
export type BalanceAssessment = {
  __typename?: 'BalanceAssessment';
  /**
   * 国家认定: the district's entry of the balance_certification register counted in this school
   * year (fromYear ≤ schoolYear ≤ toYear, as A04/B02 count it; the latest when several); null
   * when it has none.
   */
  certification?: Maybe<BalanceCertification>;
  /**
   * Why the platform's 监测测算 and the register's 国家认定 differ, in Chinese, e.g.
   * 国家认定于2022年；本学年监测测算为待评估（6所学校年报尚未审核）; null when they agree (certified and
   * PASSED, or neither certified nor PASSED).
   */
  certificationNote?: Maybe<Scalars['String']['output']>;
  district: District;
  /** 监测测算: FAILED when a stage fails, else PENDING when a stage is pending, else PASSED. */
  outcome: BalanceOutcome;
  /** 达到 / 未达到 / 待评估. */
  outcomeLabel: Scalars['String']['output'];
  /** Both stages pass (outcome PASSED). */
  passed: Scalars['Boolean']['output'];
  /** The schools awaiting an approved report, over both stages, each once, by school code. */
  pendingSchools: Array<School>;
  schoolYear: Scalars['Int']['output'];
  /** 2025—2026学年. */
  schoolYearLabel: Scalars['String']['output'];
  /** Primary (小学) then junior-secondary (初中). */
  stages: Array<BalanceStageAssessment>;
};

/**
 * The district's entry in the register of 优质均衡 certifications (register kind
 * balance_certification, 登记册), as the register holds it: the official 国家认定, not computed.
 */
export type BalanceCertification = {
  __typename?: 'BalanceCertification';
  /** The register entry's id. */
  id: Scalars['ID']['output'];
  /** How the page labels it: 国家认定 (national or no level), 自治区级认定, 市级认定. */
  label: Scalars['String']['output'];
  /** 认定级别 as the register holds it (国家级 for a national certification); null when the entry has none. */
  level?: Maybe<RecognitionLevel>;
  /** The entry's name, e.g. 海勃湾区通过国家义务教育优质均衡发展督导评估认定. */
  name: Scalars['String']['output'];
  /** The entry's notes (e.g. the document number), as written. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The last school year it counts in (toYear); null = still valid. */
  untilYear?: Maybe<Scalars['Int']['output']>;
  /** The school year of the certification (the entry's fromYear), e.g. 2022. */
  year: Scalars['Int']['output'];
};

/** A school of the district left out of a stage, and why. */
export type BalanceExcludedSchool = {
  __typename?: 'BalanceExcludedSchool';
  /**
   * True when the district's verdict cannot pass while this school is out (NO_APPROVED_REPORT):
   * the stage reads 待评估 (PENDING) until its report is approved, unless it already fails.
   */
  blocksVerdict: Scalars['Boolean']['output'];
  reason: BalanceExclusionReason;
  /** The reason in Chinese, with the figure behind it (e.g. 不足50人的教学点（在校生30人）). */
  reasonLabel: Scalars['String']['output'];
  school: School;
  stage: Stage;
  /** Students of the stage when an approved report exists. */
  students?: Maybe<Scalars['Int']['output']>;
};

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

/** One of the seven 优质均衡 resource indicators. */
export type BalanceIndicator = {
  __typename?: 'BalanceIndicator';
  /** How the school value is computed, in Chinese. */
  formula: Scalars['String']['output'];
  id: BalanceIndicatorId;
  /** Official Chinese name, e.g. 生均体育运动场馆面积. */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  unit: BalanceIndicatorUnit;
  /** Short unit label in Chinese: 人/百生, 间/百生, m²/生, 元/生. */
  unitLabel: Scalars['String']['output'];
};

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

export type { BalanceIndicatorUnit };

/** A school's value of one indicator for one stage, against the stage's standard. */
export type BalanceIndicatorValue = {
  __typename?: 'BalanceIndicatorValue';
  /**
   * What the value is made of for this stage: teachers (persons), m², yuan or rooms. A 九年一贯制
   * school's m², yuan and rooms are its share by students (按学生数比例分摊), so may be fractional.
   */
  amount?: Maybe<Scalars['Float']['output']>;
  indicator: BalanceIndicator;
  /** value ≥ standard. */
  met: Scalars['Boolean']['output'];
  /** value ÷ standard (1 = exactly the standard); null without data. */
  ratioOfStandard?: Maybe<Scalars['Float']['output']>;
  /** The stage's standard (≥), in the indicator's unit. */
  standard: Scalars['Float']['output'];
  /** In the indicator's unit; null when the school has no data (no roster, or the report leaves it empty). */
  value?: Maybe<Scalars['Float']['output']>;
};

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

/** 达标方案 of one district-stage (see Query.balancePlan). */
export type BalancePlan = {
  __typename?: 'BalancePlan';
  /** The actions, by school code then kind (transfers by receiving school). */
  actions: Array<BalanceAction>;
  district: District;
  /**
   * True when the actions make the stage pass (outcomeAfter PASSED) and keep the other stage
   * (otherStage.passed, with 校内调整). False with `reason` when no
   * plan could be found (e.g. a school without an approved report, a school without data, the
   * solver's iteration cap) or when the evaluated actions are not enough.
   */
  feasible: Scalars['Boolean']['output'];
  /** How the plan was found and what is (and is not) claimed optimal, in Chinese. */
  method: Scalars['String']['output'];
  mode: BalancePlanMode;
  /** The other stage after 校内调整; null when the plan has none. */
  otherStage?: Maybe<BalancePlanOtherStage>;
  /** After the actions, recomputed with the same rules. */
  outcomeAfter: BalanceOutcome;
  outcomeAfterLabel: Scalars['String']['output'];
  /** Before the actions (as balanceAssessment's stage outcome). */
  outcomeBefore: BalanceOutcome;
  /** 达到 / 未达到 / 待评估 / 不适用. */
  outcomeBeforeLabel: Scalars['String']['output'];
  /** Why not feasible, in Chinese; null when feasible. */
  reason?: Maybe<Scalars['String']['output']>;
  schoolYear: Scalars['Int']['output'];
  /** 2025—2026学年. */
  schoolYearLabel: Scalars['String']['output'];
  /** The schools assessed in the stage, by school code. */
  schools: Array<BalancePlanSchool>;
  stage: Stage;
  /** 小学 / 初中. */
  stageLabel: Scalars['String']['output'];
  /**
   * The plan in Chinese sentences, e.g. 共需新增高于规定学历教师12人，交流轮岗3人，新增网络多媒体教室4间，
   * 合计约215.5万元。 then the verdict before → after.
   */
  summary: Array<Scalars['String']['output']>;
  /** Σ action costs, 元. */
  totalCost: Scalars['Float']['output'];
  /** The unit costs used, one per kind in BalanceActionKind order. */
  unitCosts: Array<BalanceUnitCost>;
  /** C1…C7. */
  variations: Array<BalancePlanVariation>;
};

export type BalancePlanInput = {
  /** Solving only: may the plan move teachers between schools (交流轮岗)? Default true. */
  allowTransfers?: InputMaybe<Scalars['Boolean']['input']>;
  districtId: Scalars['ID']['input'];
  /** Given: evaluate exactly these actions (no solving). Absent or null: solve. */
  fixedActions?: InputMaybe<Array<BalanceActionInput>>;
  /** School year (its first calendar year, e.g. 2025 = 2025—2026学年). */
  schoolYear: Scalars['Int']['input'];
  /** PRIMARY (小学) or JUNIOR_SECONDARY (初中). */
  stage: Stage;
  /** Unit costs to use instead of the defaults, at most one per kind; kinds not given keep the default. */
  unitCosts?: InputMaybe<Array<BalanceUnitCostInput>>;
};

/** Whether the plan was solved by the API or is the official's actions evaluated. */
export type BalancePlanMode =
  /** the actions are exactly input.fixedActions, recomputed */
  | 'EVALUATED'
  /** the API found the actions (no fixedActions given) */
  | 'SOLVED';

/**
 * The other stage of the district after the plan's 校内调整 (a 九年一贯制 school's section there gives
 * teachers): it is not re-planned, its figures are recomputed with the moves. The plan keeps it when
 * no giving section goes from passing to failing and each moved indicator's 差异系数 stays within its
 * limit (or, already over, does not rise); the solver takes only teachers above the section's own
 * standard.
 */
export type BalancePlanOtherStage = {
  __typename?: 'BalancePlanOtherStage';
  /** True when the plan keeps this stage (see the type's description). */
  passed: Scalars['Boolean']['output'];
  /** The sections that give teachers (their school's figures in this stage), before → after. */
  schools: Array<BalancePlanSchool>;
  stage: Stage;
  /** 小学 / 初中. */
  stageLabel: Scalars['String']['output'];
  /** The check in Chinese (also in BalancePlan.summary). */
  summary: Scalars['String']['output'];
  /** The 差异系数 of the moved indicators in this stage, before → after. */
  variations: Array<BalancePlanVariation>;
};

/** One assessed school of the district-stage, before and after the plan. */
export type BalancePlanSchool = {
  __typename?: 'BalancePlanSchool';
  after: BalancePlanSchoolState;
  before: BalancePlanSchoolState;
  /** True when some action gains or takes from this school. */
  changed: Scalars['Boolean']['output'];
  /** Σ cost of the actions whose `school` is this one, 元 (a transfer counts at the receiving school). */
  cost: Scalars['Float']['output'];
  school: School;
  /** Students of the stage (the 差异系数 weight). */
  students: Scalars['Int']['output'];
};

/** A school's seven values and its check (6 of 7, the rest ≥ 85%), before or after the actions. */
export type BalancePlanSchoolState = {
  __typename?: 'BalancePlanSchoolState';
  /**
   * C1…C7 in order. `amount` is the stage's teachers, or the stage's share (按学生数比例分摊) of the
   * school's m², 元 and rooms, as in balanceAssessment.
   */
  indicators: Array<BalanceIndicatorValue>;
  /** How many of the seven reach their standard. */
  metCount: Scalars['Int']['output'];
  passed: Scalars['Boolean']['output'];
  /** Why it passes or fails, in Chinese (as BalanceSchoolResult.summary). */
  summary: Scalars['String']['output'];
};

/** One indicator's 差异系数 before and after the plan. */
export type BalancePlanVariation = {
  __typename?: 'BalancePlanVariation';
  /** After; null when it cannot be computed. */
  after?: Maybe<Scalars['Float']['output']>;
  /** Before; null when it cannot be computed (a school without the value, or X̄ = 0). */
  before?: Maybe<Scalars['Float']['output']>;
  indicator: BalanceIndicator;
  /** 0.50 (小学) / 0.45 (初中). */
  limit: Scalars['Float']['output'];
  passedAfter: Scalars['Boolean']['output'];
  passedBefore: Scalars['Boolean']['output'];
};

/** The rules of the district verdict. */
export type BalanceRule =
  /** 每所学校至少6项达到标准、余项不低于标准的85% */
  | 'SCHOOL_STANDARD'
  /** 每项指标的差异系数不超过限值（小学0.50、初中0.45） */
  | 'VARIATION';

/** A rule the district failed, with the details in Chinese. */
export type BalanceRuleFailure = {
  __typename?: 'BalanceRuleFailure';
  /** What failed, e.g. 1所学校未达到要求：第三小学（余项C6低于标准的85%）. */
  message: Scalars['String']['output'];
  rule: BalanceRule;
  /** The rule in Chinese. */
  ruleLabel: Scalars['String']['output'];
};

/** One school checked for one stage (6 of 7 met, the remaining one ≥ 85% of its standard). */
export type BalanceSchoolResult = {
  __typename?: 'BalanceSchoolResult';
  /** C1…C7 in order. */
  indicators: Array<BalanceIndicatorValue>;
  /** How many of the seven reach their standard. */
  metCount: Scalars['Int']['output'];
  /** At least 6 met and the rest ≥ 85% of the standard. */
  passed: Scalars['Boolean']['output'];
  school: School;
  stage: Stage;
  /** 小学 / 初中. */
  stageLabel: Scalars['String']['output'];
  /** Students of the stage in the school's approved report (the weight P_i of the 差异系数). */
  students: Scalars['Int']['output'];
  /** Why it passed or failed, in Chinese (e.g. 6项达到标准，余项C6不低于标准的85%). */
  summary: Scalars['String']['output'];
};

/**
 * A shortfall that keeps the district from passing, in the indicator's natural unit. Ordered by
 * what lifts the verdict most: first schools failing the 6-of-7 rule, closest to passing first
 * (fewest indicators to fix); then, for indicators whose 差异系数 exceeds the limit, the schools
 * furthest below the district value X̄.
 */
export type BalanceShortfall = {
  __typename?: 'BalanceShortfall';
  /**
   * What is needed in natural terms: teachers (名) or rooms (间) as whole numbers, m² or yuan in
   * total for the school; null without data.
   */
  amount?: Maybe<Scalars['Float']['output']>;
  /** Unit of amount: 名, 间, m², 元. */
  amountUnit: Scalars['String']['output'];
  /** target − value, in the indicator's unit; null without data. */
  gap?: Maybe<Scalars['Float']['output']>;
  indicator: BalanceIndicator;
  kind: BalanceShortfallKind;
  /** 1 = the first thing to fix. */
  rank: Scalars['Int']['output'];
  school: School;
  stage: Stage;
  /** The value to reach, in the indicator's unit. */
  target: Scalars['Float']['output'];
  /** What the target is, in Chinese: 标准, 标准的85%, 全区均值. */
  targetLabel: Scalars['String']['output'];
  /** The shortfall in Chinese, e.g. 缺 3 名体育艺术专任教师, 生均体育运动场馆面积差 1.2 m²（共需 600 m²）. */
  text: Scalars['String']['output'];
  /** The school's value, in the indicator's unit; null without data. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** What a shortfall is measured against. */
export type BalanceShortfallKind =
  /** a school failing the 6-of-7 rule: the gap to the standard (or to 85% of it for the one indicator allowed to stay below) */
  | 'SCHOOL_STANDARD'
  /** an indicator whose 差异系数 exceeds the limit: the gap of a school below the district value X̄ */
  | 'VARIATION';

/** One stage (小学 or 初中) of a district's 优质均衡 assessment. */
export type BalanceStageAssessment = {
  __typename?: 'BalanceStageAssessment';
  /** Schools assessed over schools that should be (assessed + awaiting a report): 11/17 所学校已评估. */
  coverage: Scalars['String']['output'];
  /** Schools of the district left out of this stage, with the reason. */
  excluded: Array<BalanceExcludedSchool>;
  /**
   * The rules failed on the schools assessed (empty when passed). In a PENDING stage only a
   * VARIATION entry can appear, and it is provisional (the missing schools may change it).
   */
  failures: Array<BalanceRuleFailure>;
  /** 达到 / 未达到 / 待评估 (监测测算); see BalanceOutcome for when a stage with unassessed schools fails. */
  outcome: BalanceOutcome;
  /** 达到 / 未达到 / 待评估. */
  outcomeLabel: Scalars['String']['output'];
  /** True only when outcome is PASSED (every school assessed and passing, every 差异系数 within the limit). */
  passed: Scalars['Boolean']['output'];
  /**
   * The schools of the stage awaiting an approved report (the NO_APPROVED_REPORT ones of
   * excluded), by school code; the stage is PENDING while any is, unless it already fails.
   */
  pendingSchools: Array<School>;
  /** The schools assessed, by school code. */
  schools: Array<BalanceSchoolResult>;
  schoolsPassed: Scalars['Int']['output'];
  /** What to fix, most useful first (empty when passed). */
  shortfalls: Array<BalanceShortfall>;
  stage: Stage;
  /** 小学 / 初中. */
  stageLabel: Scalars['String']['output'];
  /** The 差异系数 of C1…C7, each against the limit on its own. */
  variations: Array<BalanceVariation>;
  /**
   * The verdict in Chinese: 达到 / 未达到优质均衡资源配置要求 with the reasons, or 待评估 with the
   * schools awaiting a report, e.g. 待评估：6所学校年报尚未审核（…），已评估的11所学校均达标，7项差异系数均未超过限值.
   */
  verdict: Scalars['String']['output'];
};

/** The unit cost used for one action kind. */
export type BalanceUnitCost = {
  __typename?: 'BalanceUnitCost';
  /** 元 per unit. */
  cost: Scalars['Float']['output'];
  /** True when this is the built-in default (an editable estimate, not an official price). */
  isDefault: Scalars['Boolean']['output'];
  kind: BalanceActionKind;
  /** The kind in Chinese, e.g. 新增网络多媒体教室. */
  label: Scalars['String']['output'];
  /** The unit of a quantity: 人, m², 元, 间. */
  unitLabel: Scalars['String']['output'];
};

/** A unit cost overriding the default of one action kind. */
export type BalanceUnitCostInput = {
  /** 元 per unit of the kind (per teacher, per m², per 元 of equipment, per room); > 0. */
  cost: Scalars['Float']['input'];
  kind: BalanceActionKind;
};

/** The district's student-weighted coefficient of variation (差异系数) of one indicator. */
export type BalanceVariation = {
  __typename?: 'BalanceVariation';
  /** CV = S ÷ X̄ (dimensionless); null when it cannot be computed (no schools, or X̄ = 0). */
  cv?: Maybe<Scalars['Float']['output']>;
  indicator: BalanceIndicator;
  /** The limit: 0.50 for primary, 0.45 for junior-secondary schools. */
  limit: Scalars['Float']['output'];
  /** X̄ = Σ resource ÷ Σ students, in the indicator's unit (the district-wide value). */
  mean?: Maybe<Scalars['Float']['output']>;
  /** cv ≤ limit; false when the CV cannot be computed. */
  passed: Scalars['Boolean']['output'];
  /** Why there is no CV, in Chinese. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Schools with a value that went into the CV. */
  schoolsCounted: Scalars['Int']['output'];
  /** S, in the indicator's unit. */
  standardDeviation?: Maybe<Scalars['Float']['output']>;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  viewer: Viewer;
};

/** 市: the city this platform serves. */
export type City = {
  __typename?: 'City';
  /** e.g. 乌海市教育局. */
  bureauName: Scalars['String']['output'];
  /** 行政区划代码, e.g. 150300. */
  code: Scalars['String']['output'];
  /** e.g. 乌海市. */
  name: Scalars['String']['output'];
  /** The plan the city runs, e.g. wuhai2035. */
  planId: Scalars['String']['output'];
  /** e.g. 《乌海教育现代化2035》. */
  planTitle: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** The city's own annual figures (市级填报). Money in yuan (元), rates in %. */
export type CityInputs = {
  __typename?: 'CityInputs';
  /** B39–B41 市本级一般公共预算教育支出 (yuan), added to the districts'. */
  cityEducationSpending?: Maybe<Scalars['Float']['output']>;
  /** B42 全市公务员年平均工资 (yuan). */
  civilServantAveragePay?: Maybe<Scalars['Int']['output']>;
  /** B30 城市居民有组织参与社区教育比例 (%). */
  communityEducationRate?: Maybe<Scalars['Float']['output']>;
  /** B41 全市地区生产总值 (yuan). */
  gdp?: Maybe<Scalars['Float']['output']>;
  /** A10 新增劳动力中受过高中阶段及以上教育比例 (%). */
  newLabourUpperSecondaryRate?: Maybe<Scalars['Float']['output']>;
  schoolYear: Scalars['Int']['output'];
  /** B42 全市中小学教师年平均工资 (yuan). */
  teacherAveragePay?: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version: send it back with an update. */
  version: Scalars['Int']['output'];
};

/** The city's figures to save; omitted fields keep their value, null clears one. */
export type CityInputsInput = {
  cityEducationSpending?: InputMaybe<Scalars['Float']['input']>;
  civilServantAveragePay?: InputMaybe<Scalars['Int']['input']>;
  communityEducationRate?: InputMaybe<Scalars['Float']['input']>;
  gdp?: InputMaybe<Scalars['Float']['input']>;
  newLabourUpperSecondaryRate?: InputMaybe<Scalars['Float']['input']>;
  schoolYear: Scalars['Int']['input'];
  teacherAveragePay?: InputMaybe<Scalars['Int']['input']>;
  /** The version read; omit to create the year's figures. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type CityInputsPayload = {
  __typename?: 'CityInputsPayload';
  cityInputs: CityInputs;
};

export type CityPayload = {
  __typename?: 'CityPayload';
  city: City;
};

export type CloseDistrictInput = {
  /** 撤销日期, YYYY-MM-DD. */
  closedOn: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type CloseSchoolInput = {
  /** 撤销日期, YYYY-MM-DD. */
  closedOn: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** 撤销原因. */
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type { Comparator };

/** Schools due and the state of their reports, in one group. */
export type CompletenessCounts = {
  __typename?: 'CompletenessCounts';
  /** 已审核. */
  approved: Scalars['Int']['output'];
  /** 草稿. */
  draft: Scalars['Int']['output'];
  /** 应报: schools open at the year's 统计时点 (1 September). */
  due: Scalars['Int']['output'];
  /** 逾期: submitted after the deadline, or not submitted once it has passed (0 without a period). */
  late: Scalars['Int']['output'];
  /** 未填报. */
  notStarted: Scalars['Int']['output'];
  /** 已退回. */
  returned: Scalars['Int']['output'];
  /** 已提交 (waiting for review). */
  submitted: Scalars['Int']['output'];
  /** 已提交 + 已审核 as a percentage of due (null when none is due). */
  submittedRate?: Maybe<Scalars['Float']['output']>;
};

/** A school in a completeness list. */
export type CompletenessEntry = {
  __typename?: 'CompletenessEntry';
  district: District;
  /** 逾期. */
  late: Scalars['Boolean']['output'];
  school: School;
  /** null: 未填报. */
  status?: Maybe<ReportStatus>;
  /** 未填报 / 草稿 / 已提交 / 已退回 / 已审核. */
  statusLabel: Scalars['String']['output'];
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * 数据覆盖 of a value: the units whose data went into it over the units expected (the schools of the
 * kinds the target concerns open at the year's 统计时点, or the districts for a district figure).
 * Below full coverage a value is 暂定 and its status 数据不全 (@edu2035/domain coverage.ts, the one rule).
 */
export type Coverage = {
  __typename?: 'Coverage';
  /** reported = expected > 0. */
  complete: Scalars['Boolean']['output'];
  /** 应报. */
  expected: Scalars['Int']['output'];
  /** 17/51 所学校, 2/3 个区. */
  label: Scalars['String']['output'];
  /** 已报. */
  reported: Scalars['Int']['output'];
};

export type CreateAccountInput = {
  displayName: Scalars['String']['input'];
  /** The unit: the city (no id), a district or a school. */
  unit: OrgUnitInput;
  username: Scalars['String']['input'];
};

export type CreateDistrictInput = {
  /** 行政区划代码, 6 digits (GB/T 2260) sharing the city's first four. */
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Order in lists (default: after the last). */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateSchoolAccountsInput = {
  schoolIds: Array<Scalars['ID']['input']>;
};

export type CreateSchoolAccountsPayload = {
  __typename?: 'CreateSchoolAccountsPayload';
  created: Array<OneTimePasswordPayload>;
  /** The new accounts and passwords as .xlsx (学校账号及初始密码), to print or hand out. */
  file: ExcelFile;
  /** Schools that already had their standard account (not changed). */
  skipped: Array<School>;
};

/** A school's registration as the statistics use it (学校基本信息). */
export type CreateSchoolInput = {
  /** 学校标识码, 10 digits, unique. */
  code: Scalars['String']['input'];
  districtId: Scalars['ID']['input'];
  /** 民族学校. */
  ethnic?: InputMaybe<Scalars['Boolean']['input']>;
  /** 普惠性: private kindergartens only (public ones are 普惠 by definition). */
  inclusive?: InputMaybe<Scalars['Boolean']['input']>;
  /** 矿区 (the plan's local tag). */
  miningArea?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  /** 开办日期, YYYY-MM-DD; omitted: open before the platform's first school year. */
  openedOn?: InputMaybe<Scalars['String']['input']>;
  ownership: Ownership;
  /** 教学点. */
  teachingPoint?: InputMaybe<Scalars['Boolean']['input']>;
  type: SchoolType;
  /** 城乡分类代码: 111, 112, 121, 122, 123, 210 or 220. */
  urbanRuralCode: Scalars['String']['input'];
};

export type DeleteProjectionScenarioPayload = {
  __typename?: 'DeleteProjectionScenarioPayload';
  id: Scalars['ID']['output'];
};

export type DeleteRegisterEntryPayload = {
  __typename?: 'DeleteRegisterEntryPayload';
  /** The id of the deleted entry. */
  id: Scalars['ID']['output'];
};

/** 区 (a district of the city). */
export type District = {
  __typename?: 'District';
  /** 撤销日期 (YYYY-MM-DD); null while the district exists. */
  closedOn?: Maybe<Scalars['String']['output']>;
  /** 行政区划代码 (GB/T 2260), e.g. 150303. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Schools of this district open today. */
  schoolCount: Scalars['Int']['output'];
  /** Schools of this district open today. */
  schools: Array<School>;
  sortOrder: Scalars['Int']['output'];
  /** For optimistic concurrency. */
  version: Scalars['Int']['output'];
};


/** 区 (a district of the city). */
export type DistrictSchoolsArgs = {
  types?: InputMaybe<Array<SchoolType>>;
};

/** 出生人口 of one calendar year in a district. */
export type DistrictBirthYear = {
  __typename?: 'DistrictBirthYear';
  /** Births (persons). */
  births: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Calendar year of birth. */
  year: Scalars['Int']['output'];
};

/** One year of births to save. */
export type DistrictBirthYearInput = {
  /** Births (persons); null removes the stored year (with its version). */
  births?: InputMaybe<Scalars['Int']['input']>;
  /** The version read; omit for a new year. */
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type DistrictBirthsInput = {
  entries: Array<DistrictBirthYearInput>;
};

export type DistrictBirthsPayload = {
  __typename?: 'DistrictBirthsPayload';
  /** Every stored year of the district after the save, in year order. */
  births: Array<DistrictBirthYear>;
};

/** Completeness in one district. */
export type DistrictCompleteness = {
  __typename?: 'DistrictCompleteness';
  counts: CompletenessCounts;
  district: District;
};

/** A district's annual figures (区级填报). Persons unless stated; money in yuan (元). */
export type DistrictInputs = {
  __typename?: 'DistrictInputs';
  /** 公务员年平均工资 (yuan; B42). */
  civilServantAveragePay?: Maybe<Scalars['Int']['output']>;
  /** 九年前该届小学一年级入学人数 (A02). */
  cohortGrade1Entrants?: Maybe<Scalars['Int']['output']>;
  /** 当年初中毕业生数 (A02). */
  cohortGrade9Completers?: Maybe<Scalars['Int']['output']>;
  /** 适龄残疾儿童少年数 (A03). */
  disabledChildren?: Maybe<Scalars['Int']['output']>;
  /** 已入学适龄残疾儿童少年数 (A03). */
  disabledChildrenEnrolled?: Maybe<Scalars['Int']['output']>;
  district: District;
  /** 一般公共预算教育支出 (yuan; B39, B40). */
  educationSpending?: Maybe<Scalars['Float']['output']>;
  /** 地区生产总值 (yuan). */
  gdp?: Maybe<Scalars['Float']['output']>;
  /** 每户适龄幼儿家庭年均公益免费科学育儿指导次数 (B05, times a year). */
  parentingSessionsPerFamily?: Maybe<Scalars['Float']['output']>;
  /** 3—5岁常住人口 (A01). */
  population3to5?: Maybe<Scalars['Int']['output']>;
  /** 6—14岁常住人口. */
  population6to14?: Maybe<Scalars['Int']['output']>;
  /** 15—17岁常住人口 (A05). */
  population15to17?: Maybe<Scalars['Int']['output']>;
  /** 常住人口 (A06). */
  residentPopulation?: Maybe<Scalars['Int']['output']>;
  schoolYear: Scalars['Int']['output'];
  /** 中小学教师年平均工资 (yuan; B42). */
  teacherAveragePay?: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** 城镇（街道）总数 (B04). */
  urbanSubdistricts?: Maybe<Scalars['Int']['output']>;
  /** 开展早期教养指导服务的城镇（街道）数 (B04). */
  urbanSubdistrictsWithGuidance?: Maybe<Scalars['Int']['output']>;
  version: Scalars['Int']['output'];
};

/** A district's figures to save; omitted fields keep their value, null clears one. */
export type DistrictInputsInput = {
  civilServantAveragePay?: InputMaybe<Scalars['Int']['input']>;
  cohortGrade1Entrants?: InputMaybe<Scalars['Int']['input']>;
  cohortGrade9Completers?: InputMaybe<Scalars['Int']['input']>;
  disabledChildren?: InputMaybe<Scalars['Int']['input']>;
  disabledChildrenEnrolled?: InputMaybe<Scalars['Int']['input']>;
  educationSpending?: InputMaybe<Scalars['Float']['input']>;
  gdp?: InputMaybe<Scalars['Float']['input']>;
  parentingSessionsPerFamily?: InputMaybe<Scalars['Float']['input']>;
  population3to5?: InputMaybe<Scalars['Int']['input']>;
  population6to14?: InputMaybe<Scalars['Int']['input']>;
  population15to17?: InputMaybe<Scalars['Int']['input']>;
  residentPopulation?: InputMaybe<Scalars['Int']['input']>;
  schoolYear: Scalars['Int']['input'];
  teacherAveragePay?: InputMaybe<Scalars['Int']['input']>;
  urbanSubdistricts?: InputMaybe<Scalars['Int']['input']>;
  urbanSubdistrictsWithGuidance?: InputMaybe<Scalars['Int']['input']>;
  /** The version read; omit to create the year's figures. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type DistrictInputsPayload = {
  __typename?: 'DistrictInputsPayload';
  districtInputs: DistrictInputs;
};

export type DistrictPayload = {
  __typename?: 'DistrictPayload';
  district: District;
};

export type { EducationLevel };

/** An .xlsx file. */
export type ExcelFile = {
  __typename?: 'ExcelFile';
  /** The file's bytes, base64-encoded. */
  contentBase64: Scalars['String']['output'];
  /** application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
  contentType: Scalars['String']['output'];
  /** e.g. 海勃湾区第一小学-2026—2027-教职工花名册.xlsx */
  filename: Scalars['String']['output'];
};

/** One problem of an uploaded workbook. */
export type ExcelImportError = {
  __typename?: 'ExcelImportError';
  /** Cell address, e.g. B5. */
  cell?: Maybe<Scalars['String']['output']>;
  /** Column header, e.g. 性别; null for the whole row. */
  column?: Maybe<Scalars['String']['output']>;
  /** Field in the API's terms, e.g. gender or grades.2.classes. */
  field: Scalars['String']['output'];
  /** Chinese message, starting with the row, e.g. 第 3 行：性别“男的”不是可选项（可选：男、女）. */
  message: Scalars['String']['output'];
  /** Excel row number (1 is the header row). */
  row: Scalars['Int']['output'];
  /** Worksheet, e.g. 花名册, 年报, 分年级. */
  sheet: Scalars['String']['output'];
};

export type { Gender };

export type Health = {
  __typename?: 'Health';
  /** Which database engine serves this process: pglite or postgres. */
  database: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
};

/** A count under a key with its Chinese label, for summaries and charts. */
export type LabeledCount = {
  __typename?: 'LabeledCount';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type LoginInput = {
  app: OrgLevel;
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** When the session ends if unused (each use extends it, up to its absolute lifetime). */
  expiresAt: Scalars['DateTime']['output'];
  /** Bearer token for the Authorization header; shown once, stored only as a hash. */
  token: Scalars['String']['output'];
  viewer: Viewer;
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  ok: Scalars['Boolean']['output'];
};

/** The result of marking notices read. */
export type MarkNoticesReadPayload = {
  __typename?: 'MarkNoticesReadPayload';
  /** Notices newly marked read (0 when they were read already). */
  marked: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

export type MergeSchoolInput = {
  id: Scalars['ID']['input'];
  /** The open school of the same district it merges into. */
  intoSchoolId: Scalars['ID']['input'];
  /** 合并日期, YYYY-MM-DD. */
  mergedOn: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** A dated (or standing) milestone of a target. */
export type Milestone = {
  __typename?: 'Milestone';
  comparator: Comparator;
  /** As the plan says it, e.g. ≥98%. */
  label: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
  /** Calendar year of the plan (2022, 2025, 2030, 2035); null = every year / no date. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** A generated 监测报告 or 年度数据简报. */
export type MonitoringReportFile = {
  __typename?: 'MonitoringReportFile';
  /** The file's bytes, base64-encoded. */
  base64: Scalars['String']['output'];
  /** e.g. 乌海市教育现代化监测报告（2024—2025学年）.docx; （预览） before the extension for a year not published. */
  filename: Scalars['String']['output'];
  /** false: a 预览 of a school year not published (暂定 figures, marked in the file). */
  final: Scalars['Boolean']['output'];
  /** application/vnd.openxmlformats-officedocument.wordprocessingml.document or application/pdf */
  mimeType: Scalars['String']['output'];
  /** Pages of a PDF; null for a .docx (Word paginates it when opened). */
  pageCount?: Maybe<Scalars['Int']['output']>;
};

/** File format of a 监测报告. */
export type MonitoringReportFormat =
  /** Word (.docx): cover, 目录 (refreshed when opened), chapters, tables, charts, page numbers. */
  | 'DOCX'
  /** PDF of the same content (A4, 第 N 页，共 M 页). */
  | 'PDF';

export type Mutation = {
  __typename?: 'Mutation';
  /** No-op root; modules extend Mutation. */
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Add a person to a roster of the current school year (统计时点 1 September; Beijing time), or
   * of a past school year (schoolYear) while a 补录 window is open for the school (see
   * editableSchoolYears; 教研室 rosters: the current year only):
   * a school to its own roster; a district to its 教研室 (no schoolId) or to one of its schools; the
   * city to its 教研室 (neither schoolId nor districtId). The 身份证号 is checked, then only its
   * keyed hash and last four characters are kept. Errors: FORBIDDEN; BAD_USER_INPUT with
   * extensions.field and extensions.issues (every problem; a duplicate: the same 身份证号 on this
   * year's roster, or the same name and birth date in the same unit).
   */
  addStaff: StaffPayload;
  /**
   * Approve a submitted report (已提交 → 已审核), which locks it: its figures then count in the
   * plan's targets. The school's own district only. Errors: FORBIDDEN; NOT_FOUND;
   * BAD_USER_INPUT (comment); CONFLICT (VERSION or STATE).
   */
  approveReport: ReportPayload;
  /**
   * 学年名册结转: start schoolYear's roster from schoolYear − 1. Everyone active (在岗) on last
   * year's roster of the unit gets a record in schoolYear with the same post and attributes;
   * people who left (调出/退休) are not carried; anyone already on the new roster is left as they
   * are (so it never overwrites an edit, and a second run adds nothing). A school carries its own
   * roster; a district its 教研室 and, with includeSchools, every school of the district; the city
   * its 教研室. Each carried record keeps its 入职/调入日期 (startedOn). One transaction, one audit row
   * per unit that gained records.
   * Errors: FORBIDDEN (outside the scope; the city with includeSchools); BAD_USER_INPUT on
   * schoolYear (a future year, or no one active on last year's rosters).
   */
  carryOverRoster: RosterRolloverPayload;
  /**
   * Change one's own password (修改密码): the current one, then a new one meeting the policy
   * (at least 10 characters, not the user name, not a common password, not the current one).
   * Clears mustChangePassword; every other session of the account ends. Audited
   * (user.changePassword, never the password). Works while a password change is required.
   * Errors: UNAUTHENTICATED; BAD_USER_INPUT (field currentPassword: wrong; field newPassword: the
   * rule it breaks).
   */
  changePassword: ChangePasswordPayload;
  /** Close a 补录 window now. The city only; audited (backfill.close). Errors: FORBIDDEN; NOT_FOUND; CONFLICT (already closed). */
  closeBackfill: BackfillWindowPayload;
  /**
   * Close a district (撤销) from a date. The city only; refused while any of its schools is open
   * on that date (CONFLICT, reason STATE, naming how many). Audited (district.close).
   */
  closeDistrict: DistrictPayload;
  /**
   * Close a school (撤销) from a date, with a reason. Its rosters and reports of the years it
   * was open stay; it is not due (应报) in any school year whose 统计时点 is on or after that date.
   * Its accounts are disabled (sessions ended) only when it closes on or before 1 September of the
   * year of the date: closed after that 统计时点 it is still due in that school year, so its
   * accounts stay enabled to submit that year's report (accountsDisabled says how many were
   * disabled). Audited (school.close).
   * Errors: FORBIDDEN; NOT_FOUND; BAD_USER_INPUT (closedOn before it opened); CONFLICT (version;
   * reason STATE when already closed).
   */
  closeSchool: SchoolPayload;
  /**
   * 确认本年度无此类事项: the city confirms a register kind has no entry in a school year, so its
   * targets read 0 (reported) instead of 无数据. City only (registers.write); one transaction with
   * an audit row. Errors: FORBIDDEN; BAD_USER_INPUT (schoolYear: a year not begun or published;
   * kind: an entry of the kind counts in the year, or it is confirmed already).
   */
  confirmRegisterEmpty: RegisterConfirmationPayload;
  /**
   * Create one account for a unit (新建账号), with a one-time password (初始密码) returned once and
   * to be changed at first login. Who may: see Query.accounts. Audited (user.create).
   * Errors: FORBIDDEN; BAD_USER_INPUT (username: 3–32 letters, digits, _ . -, taken in any case;
   * displayName empty; unit closed, or its level and id do not match: the city takes no id).
   */
  createAccount: OneTimePasswordPayload;
  /**
   * Create a district (新建区). The city only; audited (district.create).
   * Errors: FORBIDDEN; BAD_USER_INPUT (code not 6 digits of this city's prefix, or taken; name empty
   * or taken; field named).
   */
  createDistrict: DistrictPayload;
  /**
   * Create a scenario: a city scenario (no `districtId`) by the city, a district's by that district
   * or the city. Errors: FORBIDDEN; BAD_USER_INPUT (every issue, fields by their path in `input`, e.g.
   * "assumptions.birthTrendPercent"; a name already used in the same scope).
   */
  createProjectionScenario: ProjectionScenarioPayload;
  /**
   * Add a register entry. City only. Like every entry written (created, changed, deleted), it
   * withdraws the 确认本年度无此类事项 of the (kind, school year)s whose figures it changes, in the
   * same transaction, each audited as register.withdraw_empty. Errors: FORBIDDEN; BAD_USER_INPUT with every issue at once (extensions.issues, fields
   * "<field>": the fields, the kind's rules, the school's type and district); NOT_FOUND
   * (district, school).
   */
  createRegisterEntry: RegisterEntryPayload;
  /**
   * Register a school (新建学校) in a district: the city in any district, a district in its own.
   * Audited (school.create). Errors: FORBIDDEN; BAD_USER_INPUT (every bad field in
   * extensions.issues: 学校标识码 not 10 digits or taken, name empty or taken in the district,
   * 普惠性 on a school that is not a private kindergarten, 开办日期 not a date …).
   */
  createSchool: SchoolPayload;
  /**
   * Create one account for each listed school (批量开通), all or none: username `s` + 学校标识码
   * unless the school already has that account (then it is skipped and listed in `skipped`). Returns
   * every new account's one-time password and the same list as an .xlsx sheet to hand out.
   * Audited per account. Errors: FORBIDDEN (any school outside the scope); BAD_USER_INPUT (schoolIds
   * empty or over 500).
   */
  createSchoolAccounts: CreateSchoolAccountsPayload;
  /** Delete a scenario read at `version`. Errors: FORBIDDEN; NOT_FOUND; CONFLICT. */
  deleteProjectionScenario: DeleteProjectionScenarioPayload;
  /**
   * Delete a register entry read at `version` (to end one that stops counting, set toYear instead).
   * City only. Withdraws confirmations as createRegisterEntry does.
   */
  deleteRegisterEntry: DeleteRegisterEntryPayload;
  /**
   * Exempt schools from a year's 年报 (豁免, with a reason), so the year can be published without
   * their approved report; their figures are then simply absent (coverage counts them as expected
   * and not reported). The city only; audited (year.exempt). Errors: FORBIDDEN; BAD_USER_INPUT
   * (schoolIds empty or a school not open that year; reason empty or over 200 characters; the year
   * is published); NOT_FOUND (a school id).
   */
  exemptReports: PublicationReadiness;
  /**
   * Import a filled-in report template into the school's draft for a school year, under the rules
   * of saveReportDraft: the school itself only; the content replaces the draft (grades included);
   * every problem of the content is listed in `errors` (sheet, row, column, field, message) and
   * nothing saved; otherwise, unless dryRun, saved as a draft with an audit row (report.save).
   * Errors: FORBIDDEN (not the school itself); BAD_USER_INPUT (schoolYear, contentBase64);
   * CONFLICT with extensions.reason STATE (the report is submitted or approved) or VERSION.
   */
  importReportExcel: ReportImportResult;
  /**
   * Register schools from a filled-in 学校名录 template, all or none: every row is checked as
   * createSchool checks it, plus duplicates within the file; if any row is wrong NOTHING is saved
   * and `errors` names every problem (row, column, field, message). A district imports into its own
   * district (所属区 ignored or must match); the city names the district on each row or passes
   * districtId. Audited per school (school.create). Errors: FORBIDDEN; BAD_USER_INPUT
   * (contentBase64 not an .xlsx, no 学校名录 sheet, over 2000 rows).
   */
  importSchoolList: SchoolImportResult;
  /**
   * Import roster rows from a filled-in template into a school's roster of the current school
   * year. Every row is checked — the staff validation (as addStaff), each cell's form (an option
   * not in the list, 是/否, a 身份证号 typed as a number or left masked), duplicates within the file
   * (身份证号; name + birth date) and against the roster — and if any row is wrong NOTHING is saved
   * and `errors` names every problem (row, column, field, Chinese message). Otherwise, unless
   * dryRun, all rows are added in one transaction with an audit row each (staff.import). A school
   * imports into its own roster, a district into its schools'; the city cannot.
   * With mode UPDATE (a corrected copy of the export): each row is matched to a person on duty on the
   * roster — by 身份证号 (its HMAC) when the row gives the full number, else by name + birth date (a
   * masked 身份证号 is read as blank) — and the dry run lists the rows that are new (`added`), every
   * changed item of every matched person (`changes`: 原值 → 新值), and the people on duty who are not
   * in the file (`missing`: offered for 调出/退休, never deleted or changed). Only the columns the file
   * has are compared (a missing optional column changes nothing), a blank 身份证号 keeps the stored
   * one, and rows whose 在岗状态 is 调出/退休 are left as they are (`skipped`). Confirmed, new rows
   * are added and changed people updated (version + 1) in one transaction, an audit row each
   * (staff.import, before/after).
   * Errors: FORBIDDEN; BAD_USER_INPUT (schoolYear neither the current school year nor a past year
   * with an open 补录 window for the school; contentBase64 not an
   * .xlsx file, no 花名册 sheet, or more than 10000 rows).
   */
  importStaffExcel: StaffImportResult;
  /**
   * Log in with user name and password. `app` is the level of the app logging in: an account
   * of another level is refused (code WRONG_APP), so a school account cannot open the city app.
   * Attempts are throttled per account, per client address and per account at an address
   * (5 wrong passwords for an account from one address, 20 attempts from one address, 50 wrong
   * passwords for an account from everywhere — then only addresses it logged in from may try —
   * each per 15 minutes), counted before the password is checked.
   * Errors: BAD_USER_INPUT (field password: wrong credentials, one message for user name and
   * password; "登录尝试过于频繁，请 N 分钟后再试" when throttled, the same for an unknown user name;
   * field username: 账号已停用 — said only once the password was right), WRONG_APP.
   */
  login: LoginPayload;
  /** End the current session (the token stops working at once). */
  logout: LogoutPayload;
  /** Mark every notice of the viewer's unit read for this account (全部已读). */
  markAllNoticesRead: MarkNoticesReadPayload;
  /**
   * Mark notices of the viewer's own unit read for this account (已读; other accounts of the unit
   * keep their own state). Marking a read notice again changes nothing. Errors: BAD_USER_INPUT
   * (ids: empty, more than 100, or a notice that is not the viewer's unit's — nothing is marked).
   */
  markNoticesRead: MarkNoticesReadPayload;
  /**
   * Merge a school into another open school of the same district (合并), from a date: it closes as
   * closeSchool does (its accounts too: disabled only when merged on or before 1 September of the
   * year of the date), recording the school it merged into; its staff and history stay attached to
   * it for past years. Audited (school.merge). Errors: as closeSchool; BAD_USER_INPUT (into: the
   * same school, a closed school, or another district's).
   */
  mergeSchool: SchoolPayload;
  /**
   * Open a past school year for 补录 (backfill) to whole districts and/or single schools, until
   * closesAt, with a reason: their schools may then enter or import that year's roster and file its
   * 年报, reviewed as usual. The city only; one window per unit; audited (backfill.open).
   * Errors: FORBIDDEN; BAD_USER_INPUT (schoolYear not a past year or before 2000; no unit;
   * closesAt not in the future; reason empty; a school that was not open that year).
   */
  openBackfill: BackfillPayload;
  /**
   * Publish (发布, 封账) a school year: refused while a due school has neither an approved 年报 nor an
   * exemption. Locks the year's rosters, reports, inputs and registers (writes are refused with
   * BAD_USER_INPUT on schoolYear, "2024—2025学年已发布，…"), stores every figure of the year (city,
   * districts, schools) as version N+1, and makes it the year the dashboards open on. The city only;
   * audited (year.publish). `version`: the StatisticalYear.version read.
   * Errors: FORBIDDEN; BAD_USER_INPUT (schoolYear: a future year, already published, pending
   * schools — the message names how many); CONFLICT (the year changed since it was read).
   */
  publishSchoolYear: StatisticalYearPayload;
  /** Remove a school's exemption (the year must not be published). The city only; audited. Errors: FORBIDDEN; NOT_FOUND; BAD_USER_INPUT. */
  removeReportExemption: PublicationReadiness;
  /**
   * Reopen an approved report for correction, with the reason (已审核 → 已退回): its figures stop
   * counting until it is approved again. The school's own district only. Errors: FORBIDDEN;
   * NOT_FOUND; BAD_USER_INPUT (reason); CONFLICT (VERSION or STATE).
   */
  reopenReport: ReportPayload;
  /**
   * Undo a closure or merger entered by mistake (恢复办学), with a reason. Audited (school.reopen).
   * Its accounts stay disabled until re-enabled. Errors: FORBIDDEN; NOT_FOUND; CONFLICT.
   */
  reopenSchool: SchoolPayload;
  /**
   * Reopen (重新开放) a published year with a reason: its rosters, reports and inputs are writable
   * again under the usual rules (the current year, or a 补录 window), and its figures are 预览 until
   * it is published again (as the next version). The published versions stay readable. The city
   * only; audited (year.reopen). Errors: FORBIDDEN; BAD_USER_INPUT (schoolYear not published;
   * reason empty or over 200 characters); CONFLICT (stale version).
   */
  reopenSchoolYear: StatisticalYearPayload;
  /**
   * Reset an account's password (重置密码) to a new one-time password, returned once; unlocks it and
   * ends its sessions. Not one's own account (BAD_USER_INPUT field id: use changePassword). Audited
   * (user.resetPassword). Errors: FORBIDDEN; NOT_FOUND; BAD_USER_INPUT; CONFLICT (version).
   */
  resetPassword: OneTimePasswordPayload;
  /**
   * Return a submitted report to the school with a comment it will see (已提交 → 已退回). The
   * school's own district only. Errors: FORBIDDEN; NOT_FOUND; BAD_USER_INPUT (comment);
   * CONFLICT (VERSION or STATE).
   */
  returnReport: ReportPayload;
  /**
   * Create (no `version`) or update (`version` = the version read) the city's figures of a school
   * year. City only. One transaction with an audit-log row. Errors: FORBIDDEN; BAD_USER_INPUT with
   * every issue at once (extensions.issues = [{ field: "<field>", message }], Chinese
   * messages; extensions.field and the message are the first issue's; nothing is written); CONFLICT
   * when the version is stale or the figures were created meanwhile (nothing is written).
   */
  saveCityInputs: CityInputsPayload;
  /**
   * Enter, change or remove a district's births by year, by that district or the city. Each entry:
   * a new year without `version`, a stored year with the version read, `births: null` with the
   * version to remove it. One transaction with one audit row per changed year. Errors: FORBIDDEN;
   * BAD_USER_INPUT with every issue at once (extensions.issues, fields "entries.<i>.<field>",
   * Chinese messages; nothing is written); CONFLICT when a version is stale or a new year was
   * entered meanwhile (nothing is written).
   */
  saveDistrictBirths: DistrictBirthsPayload;
  /**
   * Create or update a district's figures of a school year: by that district or the city. Omitted
   * fields keep their value, null clears one; the part ≤ whole rules (已入学 ≤ 适龄残疾儿童少年,
   * 开展指导服务的城镇（街道） ≤ 总数) are checked against the kept values. Errors as saveCityInputs.
   */
  saveDistrictInputs: DistrictInputsPayload;
  /**
   * Create (version null) or update (version as read) the school's own report for a school year as
   * a draft; the grades given replace the stored ones. A school account only, for itself.
   * Errors: FORBIDDEN (another school, or not a school account); BAD_USER_INPUT with
   * extensions.field and extensions.issues (every problem of the content, nothing saved);
   * CONFLICT with extensions.reason VERSION (someone saved first; nothing saved) or STATE (the
   * report is submitted or approved: "已提交的年报不能修改，请等待审核或退回").
   */
  saveReportDraft: ReportPayload;
  /**
   * 催报: remind schools that have not submitted their 年报 of a school year, with an in-app notice
   * each (one per school, recorded in the 操作日志 as report.remind). A district its own schools,
   * the city any school; `schoolIds` omitted: every school in scope due that year (open at its
   * 统计时点) that has neither submitted nor been exempted. At most one reminder per school a day
   * (Beijing date): a school already reminded today is counted in `alreadyRemindedToday`, not
   * reminded again. `message` (optional, at most 200 characters) is the notice's text.
   * Errors: FORBIDDEN (a school account; a school out of scope); BAD_USER_INPUT (schoolYear: invalid,
   * future or published; schoolIds: a school whose report is submitted or approved, exempted, or
   * not open that year — nothing sent; message too long).
   */
  sendReportReminder: ReportReminderPayload;
  /**
   * Disable (停用) or re-enable (启用) an account. Disabling ends its sessions; an account cannot
   * disable itself. Audited (user.disable / user.enable).
   * Errors: FORBIDDEN; NOT_FOUND; BAD_USER_INPUT (own account); CONFLICT (version).
   */
  setAccountActive: AccountPayload;
  /**
   * Set the reporting period of a school year (creates it or replaces it): the deadline and,
   * optionally, when reporting opens (default 统计时点 1 September, 00:00 Beijing time). The city
   * only; recorded in the audit trail (period.set, before and after). `version`: null to create
   * the period, else the version read (optimistic concurrency).
   * Errors: FORBIDDEN (not the city); BAD_USER_INPUT (schoolYear; deadline not after the opening);
   * CONFLICT (the period changed since it was read, or was created meanwhile: nothing saved).
   */
  setReportingPeriod: ReportingPeriodPayload;
  /**
   * Mark a person as transferred out (调出) or retired (退休) on a date within the record's school
   * year (leftOn, required; not before the 入职/调入日期). A person who leaves after 1 September still
   * counts in that year's figures (在册 at the 统计时点). The record stays on the roster as history (list it with status TRANSFERRED_OUT or
   * RETIRED); nothing is deleted. Errors: FORBIDDEN; BAD_USER_INPUT (status, leftOn);
   * CONFLICT (stale version, or already left).
   */
  staffLeave: StaffPayload;
  /**
   * Submit the school's own report for review (草稿/已退回 → 已提交), after checking that every
   * required section is filled in. Errors: FORBIDDEN; NOT_FOUND (no report yet); BAD_USER_INPUT
   * listing every missing or wrong field in extensions.issues; CONFLICT (VERSION or STATE).
   */
  submitReport: ReportPayload;
  /**
   * Edit the city record (名称, 行政区划代码, 教育局名称). The city only; audited (city.update).
   * Errors: FORBIDDEN; BAD_USER_INPUT (field named); CONFLICT (version).
   */
  updateCity: CityPayload;
  /** Edit a district's name, code or order. The city only; audited. Errors: FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT (version). */
  updateDistrict: DistrictPayload;
  /** Change a scenario read at `version` (its scope, city or district, stays). Errors as createProjectionScenario; NOT_FOUND; CONFLICT. */
  updateProjectionScenario: ProjectionScenarioPayload;
  /**
   * Change a register entry read at `version`. City only. Withdraws confirmations as
   * createRegisterEntry does. Errors as createRegisterEntry; CONFLICT.
   */
  updateRegisterEntry: RegisterEntryPayload;
  /**
   * Edit a school's registration. Its district never changes (its history belongs there); its
   * school type only while it has no roster or report. Audited (school.update).
   * Errors: FORBIDDEN; NOT_FOUND; BAD_USER_INPUT; CONFLICT (version; reason STATE for the type).
   */
  updateSchool: SchoolPayload;
  /**
   * Change a staff record (fields given are changed, the others kept), naming the version read.
   * Status and date of leaving change through staffLeave; the 入职/调入日期 (startedOn) here. Errors: FORBIDDEN; BAD_USER_INPUT (every
   * issue, duplicates as in addStaff); CONFLICT (stale version: nothing saved).
   */
  updateStaff: StaffPayload;
  /**
   * Withdraw a 确认本年度无此类事项 while the year is open (not published): the register's targets
   * read 无数据 again until an entry or a new confirmation. City only; audited. Errors: FORBIDDEN;
   * BAD_USER_INPUT (schoolYear published); NOT_FOUND (no such confirmation).
   */
  withdrawRegisterConfirmation: WithdrawRegisterConfirmationPayload;
};


export type MutationAddStaffArgs = {
  input: AddStaffInput;
};


export type MutationApproveReportArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCarryOverRosterArgs = {
  includeSchools?: InputMaybe<Scalars['Boolean']['input']>;
  schoolYear: Scalars['Int']['input'];
  unit: OrgUnitInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCloseBackfillArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseDistrictArgs = {
  input: CloseDistrictInput;
};


export type MutationCloseSchoolArgs = {
  input: CloseSchoolInput;
};


export type MutationConfirmRegisterEmptyArgs = {
  kind: RegisterKind;
  schoolYear: Scalars['Int']['input'];
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateDistrictArgs = {
  input: CreateDistrictInput;
};


export type MutationCreateProjectionScenarioArgs = {
  input: ProjectionScenarioInput;
};


export type MutationCreateRegisterEntryArgs = {
  input: RegisterEntryInput;
};


export type MutationCreateSchoolArgs = {
  input: CreateSchoolInput;
};


export type MutationCreateSchoolAccountsArgs = {
  input: CreateSchoolAccountsInput;
};


export type MutationDeleteProjectionScenarioArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteRegisterEntryArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationExemptReportsArgs = {
  reason: Scalars['String']['input'];
  schoolIds: Array<Scalars['ID']['input']>;
  schoolYear: Scalars['Int']['input'];
};


export type MutationImportReportExcelArgs = {
  contentBase64: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationImportSchoolListArgs = {
  contentBase64: Scalars['String']['input'];
  districtId?: InputMaybe<Scalars['ID']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationImportStaffExcelArgs = {
  contentBase64: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  mode?: InputMaybe<StaffImportMode>;
  rosterVersion?: InputMaybe<Scalars['String']['input']>;
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNoticesReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMergeSchoolArgs = {
  input: MergeSchoolInput;
};


export type MutationOpenBackfillArgs = {
  input: OpenBackfillInput;
};


export type MutationPublishSchoolYearArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  schoolYear: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRemoveReportExemptionArgs = {
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
};


export type MutationReopenReportArgs = {
  reason: Scalars['String']['input'];
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReopenSchoolArgs = {
  input: ReopenSchoolInput;
};


export type MutationReopenSchoolYearArgs = {
  reason: Scalars['String']['input'];
  schoolYear: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationResetPasswordArgs = {
  input: AccountVersionInput;
};


export type MutationReturnReportArgs = {
  comment: Scalars['String']['input'];
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSaveCityInputsArgs = {
  input: CityInputsInput;
};


export type MutationSaveDistrictBirthsArgs = {
  districtId: Scalars['ID']['input'];
  input: DistrictBirthsInput;
};


export type MutationSaveDistrictInputsArgs = {
  districtId: Scalars['ID']['input'];
  input: DistrictInputsInput;
};


export type MutationSaveReportDraftArgs = {
  input: SaveReportDraftInput;
};


export type MutationSendReportReminderArgs = {
  message?: InputMaybe<Scalars['String']['input']>;
  schoolIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  schoolYear: Scalars['Int']['input'];
};


export type MutationSetAccountActiveArgs = {
  input: SetAccountActiveInput;
};


export type MutationSetReportingPeriodArgs = {
  deadline: Scalars['DateTime']['input'];
  openedAt?: InputMaybe<Scalars['DateTime']['input']>;
  schoolYear: Scalars['Int']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationStaffLeaveArgs = {
  id: Scalars['ID']['input'];
  leftOn: Scalars['String']['input'];
  status: StaffStatus;
  version: Scalars['Int']['input'];
};


export type MutationSubmitReportArgs = {
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUpdateCityArgs = {
  input: UpdateCityInput;
};


export type MutationUpdateDistrictArgs = {
  input: UpdateDistrictInput;
};


export type MutationUpdateProjectionScenarioArgs = {
  id: Scalars['ID']['input'];
  input: ProjectionScenarioInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateRegisterEntryArgs = {
  id: Scalars['ID']['input'];
  input: RegisterEntryInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateSchoolArgs = {
  input: UpdateSchoolInput;
};


export type MutationUpdateStaffArgs = {
  id: Scalars['ID']['input'];
  patch: StaffPatch;
  version: Scalars['Int']['input'];
};


export type MutationWithdrawRegisterConfirmationArgs = {
  kind: RegisterKind;
  schoolYear: Scalars['Int']['input'];
};

/** A notice (消息) addressed to the viewer's unit. */
export type Notice = {
  __typename?: 'Notice';
  /** 内容: the reviewer's comment, the reminder's text … */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NoticeKind;
  /** 年报退回 / 年报审核通过 / 学年数据发布 / 报送截止提醒 / 催报. */
  kindLabel: Scalars['String']['output'];
  /** Whether this account has read it. */
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** The school year it concerns (start year), if any. */
  schoolYear?: Maybe<Scalars['Int']['output']>;
  /** Who sent it, e.g. 海勃湾区教育局; null for the platform's own notices. */
  senderName?: Maybe<Scalars['String']['output']>;
  /** 标题, e.g. 2025—2026学年年报已退回. */
  title: Scalars['String']['output'];
};

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

/** A page of notices. */
export type NoticePage = {
  __typename?: 'NoticePage';
  /** Cursor of the last item, for the next page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasMore: Scalars['Boolean']['output'];
  items: Array<Notice>;
  /** 未读消息数 of this account (all pages). */
  unreadCount: Scalars['Int']['output'];
};

/** An account with its one-time password, shown once. */
export type OneTimePasswordPayload = {
  __typename?: 'OneTimePasswordPayload';
  account: Account;
  /** 初始密码: to be handed to the user and changed at first login. */
  oneTimePassword: Scalars['String']['output'];
};

export type OpenBackfillInput = {
  /** The windows' deadline. */
  closesAt: Scalars['DateTime']['input'];
  /** Districts opened as a whole (every school of each). */
  districtIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 补录原因. */
  reason: Scalars['String']['input'];
  /** Single schools opened. */
  schoolIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Start year of the past school year, e.g. 2024. */
  schoolYear: Scalars['Int']['input'];
};

export type { OrgLevel };

/** An org unit as shown to the user: the city, a district or a school. */
export type OrgUnit = {
  __typename?: 'OrgUnit';
  /** 行政区划代码 or 学校标识码. */
  code: Scalars['String']['output'];
  /** Null for the city. */
  id?: Maybe<Scalars['ID']['output']>;
  level: OrgLevel;
  name: Scalars['String']['output'];
};

/** Identifies an org unit in a request: the city (no id), a district or a school. */
export type OrgUnitInput = {
  /** District or school id; omitted for the city. */
  id?: InputMaybe<Scalars['ID']['input']>;
  level: OrgLevel;
};

export type { Ownership };

export type PasswordPolicy = {
  __typename?: 'PasswordPolicy';
  minLength: Scalars['Int']['output'];
  /** The rules in Chinese, one per line, for the form. */
  rules: Array<Scalars['String']['output']>;
};

/** A measurable target of the plan. */
export type PlanTarget = {
  __typename?: 'PlanTarget';
  /** 2020 现状 (baseline), when the plan gives one. */
  baseline?: Maybe<Scalars['Float']['output']>;
  baselineLabel?: Maybe<Scalars['String']['output']>;
  /** higher or lower is better. */
  direction: Scalars['String']['output'];
  group: TargetGroup;
  /** A01–A10, B01–B43, C1–C7. */
  id: Scalars['ID']['output'];
  /** Where the plan contradicts itself about this target (A04/B02), shown to the user. */
  inconsistency?: Maybe<Scalars['String']['output']>;
  /** The levels it is measured at. */
  levels: Array<OrgLevel>;
  /** How it is measured (Chinese). */
  measuredFrom: Scalars['String']['output'];
  milestones: Array<Milestone>;
  /** Official Chinese name. */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  /**
   * 适用学校类别: the kinds of school a school-level value concerns (A07 幼儿园, A08 schools with
   * compulsory grades, B11 中小学 …); for a school of another kind the target is 不适用. Null: every
   * kind of school.
   */
  schoolTypes?: Maybe<Array<SchoolType>>;
  /** The plan's section, e.g. 三(六)1 or 框3. */
  section: Scalars['String']['output'];
  /** Unit code, e.g. percent, count. */
  unit: Scalars['String']['output'];
  /** Unit in Chinese, e.g. %, 人, 所. */
  unitLabel: Scalars['String']['output'];
};

/** A projection to 2035 for a district or the city. */
export type Projection = {
  __typename?: 'Projection';
  /**
   * The latest school year with approved enrolment: the projection starts from it. Null when the
   * unit has no approved enrolment by grade yet: then `years` and `rates` are empty and the
   * coverage says so.
   */
  baseYear?: Maybe<Scalars['Int']['output']>;
  /** Births the model read, known and projected. */
  births: Array<ProjectionBirthYear>;
  coverage: ProjectionCoverage;
  /** The district projected; null for the city. */
  district?: Maybe<District>;
  endYear: Scalars['Int']['output'];
  /**
   * The first school year hires are planned in: the base year + 1, or the current school year when
   * that is later (a year already over cannot be staffed any more). Earlier years (the base year,
   * past years) are actual: their 当年需补充 is 0 whatever their 余缺 (shown as —（已过）). Null
   * without a base year.
   */
  hiresFrom?: Maybe<Scalars['Int']['output']>;
  /** The method in Chinese, paragraph by paragraph (the same text as the Excel export). */
  method: Array<Scalars['String']['output']>;
  /** Assumptions and fallbacks of this run (births held or trended, rates without history, 毛入学率). */
  notes: Array<Scalars['String']['output']>;
  /** Every transition's rate: estimated (with the years used), overridden or defaulted. */
  rates: Array<ProjectionRate>;
  /** Which rule of the retirement reform the roster's teachers fall under. */
  retirementRule: Scalars['String']['output'];
  /** The scenario applied; null for the baseline (基准). */
  scenario?: Maybe<ProjectionScenario>;
  /** 区名 or 市名. */
  unitName: Scalars['String']['output'];
  /** History years (reported), then each projected year to endYear. */
  years: Array<ProjectionYear>;
};

/** A scenario's overrides; a null field keeps the model's default. */
export type ProjectionAssumptions = {
  __typename?: 'ProjectionAssumptions';
  /** 出生人口年变化率 (%/year, compound) after the latest known year; default 0 (held). */
  birthTrendPercent?: Maybe<Scalars['Float']['output']>;
  /** 初中毕业生升学率 (%): 高一 + 中职一年级 = last year's 初三 × this rate. Not the 高中阶段毛入学率 (A05, against the 15—17 population): the name is kept for saved scenarios. */
  seniorGrossEnrolmentRate?: Maybe<Scalars['Float']['output']>;
  /** The overrides in one Chinese sentence. */
  summary: Scalars['String']['output'];
  /** Transition rates replacing the estimated ones. */
  transitionRates: Array<TransitionRate>;
};

export type ProjectionAssumptionsInput = {
  birthTrendPercent?: InputMaybe<Scalars['Float']['input']>;
  /** 初中毕业生升学率 (%), 0—150 (the name is kept; see ProjectionAssumptions). */
  seniorGrossEnrolmentRate?: InputMaybe<Scalars['Float']['input']>;
  transitionRates?: InputMaybe<Array<TransitionRateInput>>;
};

export type ProjectionBirthYear = {
  __typename?: 'ProjectionBirthYear';
  births: Scalars['Int']['output'];
  /** Beyond the latest entered year (held or trended by the scenario). */
  projected: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
};

/** What fed the projection (数据覆盖). */
export type ProjectionCoverage = {
  __typename?: 'ProjectionCoverage';
  /** Calendar years with births entered (for the city: entered by every district). */
  birthYears: Array<Scalars['Int']['output']>;
  /** Birth years the model needed, earlier than the latest entered year, but not entered: the entry grades they feed are held at the year before (暂定). */
  missingBirthYears: Array<Scalars['Int']['output']>;
  /** True when a history year lacks approved reports of some schools, the base year's roster is missing for some, or a birth year the model needs is not entered (missingBirthYears): the figures are 暂定. */
  partial: Scalars['Boolean']['output'];
  /** Schools with teachers on the base year's roster / schools expected. */
  rosterSchools: Scalars['Int']['output'];
  rosterSchoolsExpected: Scalars['Int']['output'];
  /** The roster year read for teachers (= baseYear; null without one). */
  rosterYear?: Maybe<Scalars['Int']['output']>;
  /** One line in Chinese, e.g. "2023—2025学年已审核年报（基准学年 12/12 所学校）；花名册 12/12 所学校". */
  statement: Scalars['String']['output'];
  /** 专任教师 of the base year left out because neither the record nor the school names one stage. */
  teachersWithoutStage: Scalars['Int']['output'];
  years: Array<ProjectionCoverageYear>;
};

/** One school year of enrolment history. */
export type ProjectionCoverageYear = {
  __typename?: 'ProjectionCoverageYear';
  /** Schools open that year (of the types with these stages) without an approved 年报. */
  missingSchools: Array<School>;
  schoolYear: Scalars['Int']['output'];
  /** Schools whose approved 年报 fed the rates. */
  schools: Array<School>;
};

export type ProjectionGrade = {
  __typename?: 'ProjectionGrade';
  classesNeeded?: Maybe<Scalars['Int']['output']>;
  grade: Scalars['Int']['output'];
  /** e.g. 小学三年级, 初一, 幼儿园小班. */
  label: Scalars['String']['output'];
  /** True when the figure rests on a missing birth year (held at the year before, or carried on from a held grade): 暂定. */
  provisional: Scalars['Boolean']['output'];
  pupils: Scalars['Int']['output'];
};

export type ProjectionRate = {
  __typename?: 'ProjectionRate';
  /** No history: 0 when the grade never had pupils, else 1. */
  defaulted: Scalars['Boolean']['output'];
  /** Estimated from history (null: no usable pair of years). */
  estimated?: Maybe<Scalars['Float']['output']>;
  key: Scalars['String']['output'];
  /** e.g. 小学六年级 → 初一（小升初）. */
  label: Scalars['String']['output'];
  overridden: Scalars['Boolean']['output'];
  /** The rate applied. */
  rate: Scalars['Float']['output'];
  /** School years whose ratio went into the mean. */
  yearsUsed: Array<Scalars['Int']['output']>;
};

/** A named set of overrides of the projection's assumptions (预测情景). */
export type ProjectionScenario = {
  __typename?: 'ProjectionScenario';
  assumptions: ProjectionAssumptions;
  description: Scalars['String']['output'];
  /** The district it belongs to; null for a city scenario (usable for every district). */
  district?: Maybe<District>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ProjectionScenarioInput = {
  assumptions: ProjectionAssumptionsInput;
  description?: InputMaybe<Scalars['String']['input']>;
  /** The district of a district scenario; omit for a city scenario (create only; ignored on update). */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

export type ProjectionScenarioPayload = {
  __typename?: 'ProjectionScenarioPayload';
  scenario: ProjectionScenario;
};

export type ProjectionStageYear = {
  __typename?: 'ProjectionStageYear';
  /** classesHave − classesNeeded: + surplus (富余), − shortfall (缺口); null for 中职. */
  classBalance?: Maybe<Scalars['Int']['output']>;
  /** Reported: that year's for history years, the base year's for projected ones. */
  classesHave: Scalars['Int']['output'];
  /** At the standard class sizes; null for 中职. */
  classesNeeded?: Maybe<Scalars['Int']['output']>;
  grades: Array<ProjectionGrade>;
  pupils: Scalars['Int']['output'];
  stage: Stage;
  /** 幼儿园 / 小学 / 初中 / 普通高中 / 中职. */
  stageLabel: Scalars['String']['output'];
  /** Base year onwards, for 幼儿园, 小学, 初中, 普通高中. */
  teachers?: Maybe<ProjectionTeachers>;
};

/**
 * A07 or A08 against the hires planned (hire years only): the plan's line that year, the cumulative
 * qualified hires (本科+ for A08; 学前 qualified for A07) needed to reach it, the hires planned for the
 * need (all assumed qualified, retirement replacements too), and whether they reach it.
 */
export type ProjectionTargetHold = {
  __typename?: 'ProjectionTargetHold';
  /** false: not by hires alone (existing teachers must gain the qualification); the notes say so. */
  held: Scalars['Boolean']['output'];
  plannedHires: Scalars['Int']['output'];
  /** Cumulative qualified hires needed; null when no number of hires reaches the line. */
  qualifiedHires?: Maybe<Scalars['Int']['output']>;
  /** The plan's line this year (%): a milestone's value in its year, else the straight line toward it. */
  required: Scalars['Float']['output'];
};

/** A 优质均衡 teacher standard held as a need of its own kind. */
export type ProjectionTeacherKind = {
  __typename?: 'ProjectionTeacherKind';
  cumulativeHires: Scalars['Int']['output'];
  gap: Scalars['Int']['output'];
  hires: Scalars['Int']['output'];
  /** C1, C2 or C3. */
  indicatorId: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  need: Scalars['Int']['output'];
  supply: Scalars['Int']['output'];
  /** supply − need: + 富余, − 短缺. */
  surplus: Scalars['Int']['output'];
};

/** Teachers of a stage in one year. */
export type ProjectionTeachers = {
  __typename?: 'ProjectionTeachers';
  /** C1–C3 (小学, 初中). */
  balance: Array<ProjectionTeacherKind>;
  /** NORM or C1: which standard sets the total need; for the city MIXED when its districts differ. */
  binding: Scalars['String']['output'];
  cumulativeHires: Scalars['Int']['output'];
  /** need − supply (negative: more than needed). */
  gap: Scalars['Int']['output'];
  /** Hires needed this year. */
  hires: Scalars['Int']['output'];
  need: Scalars['Int']['output'];
  /** By the staffing norm (编制标准). */
  normNeed?: Maybe<Scalars['Int']['output']>;
  /** Reaching retirement age since the previous 1 September. */
  retirements: Scalars['Int']['output'];
  /** Base year's 专任教师 still working at 1 September. */
  supply: Scalars['Int']['output'];
  /** supply − need: + 富余, − 短缺 — the sign every 余缺 on screen and in Excel uses (教师余缺（+富余/−短缺）). */
  surplus: Scalars['Int']['output'];
};

export type ProjectionYear = {
  __typename?: 'ProjectionYear';
  /** A07 against the hires planned (幼儿园). */
  a07Hold?: Maybe<ProjectionTargetHold>;
  /** A07 学前教育教师受过专业教育比例 (%), hires assumed qualified (base year onwards). */
  a07Percent?: Maybe<Scalars['Float']['output']>;
  /** A08 against the hires planned (小学+初中); null outside hire years or without teachers. */
  a08Hold?: Maybe<ProjectionTargetHold>;
  /** A08 义务教育专任教师本科以上比例 (%), hires assumed 本科 (base year onwards). */
  a08Percent?: Maybe<Scalars['Float']['output']>;
  /** false: reported (approved 年报); true: computed. */
  projected: Scalars['Boolean']['output'];
  schoolYear: Scalars['Int']['output'];
  stages: Array<ProjectionStageYear>;
};

/** Whether a year can be published. */
export type PublicationReadiness = {
  __typename?: 'PublicationReadiness';
  /** 已审核. */
  approved: Scalars['Int']['output'];
  /** 应报: schools open at the year's 统计时点. */
  due: Scalars['Int']['output'];
  /** Schools exempted, with the reason. */
  exemptions: Array<ReportExemption>;
  /** Schools with neither an approved report nor an exemption (by district and school code). */
  pending: Array<CompletenessEntry>;
  /** No school pending. */
  ready: Scalars['Boolean']['output'];
  schoolYear: Scalars['Int']['output'];
  /** The year's state (a published year cannot be published again before it is reopened). */
  state: SchoolYearState;
};

/** One published version of a figure. */
export type PublishedFigure = {
  __typename?: 'PublishedFigure';
  publishedAt: Scalars['DateTime']['output'];
  /** The result as published (its publishedVersion is this version). */
  result: TargetResult;
  /** Whether this version was superseded (the year was reopened after it). */
  superseded: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Accounts the viewer manages (账号管理): the city its city and district accounts and any school's,
   * a district its schools' accounts; a school none (FORBIDDEN). Narrowed by the filter; a unit
   * outside the scope answers FORBIDDEN. Never returns a password or its hash.
   */
  accounts: Array<Account>;
  /**
   * The audit trail (操作日志), newest first: who did what to which record and when, with the
   * values before and after. The city reads all of it, narrowed by district or school; a district
   * reads its own units' entries (its own, its 教研室's and its schools'); a school account none.
   * Errors: FORBIDDEN outside the scope; BAD_USER_INPUT (filter.userId, filter.action, filter.to,
   * page, pageSize).
   */
  auditLog: AuditPage;
  /**
   * 补录 windows (backfill of a past school year) that concern the viewer: the city all, a district
   * its own and its schools', a school those open to it. Optionally one school year; by default
   * open and closed ones, newest first.
   */
  backfillWindows: Array<BackfillWindow>;
  /**
   * The 义务教育优质均衡 resource-allocation assessment (教督〔2017〕6号 第七条) of one district for a
   * school year, computed from the database at query time: per stage (小学 / 初中) every school's
   * seven indicators C1–C7 against the standard, the schools left out, the district's
   * student-weighted 差异系数 per indicator, the verdict and the shortfalls that matter.
   * Only approved annual reports (已审核年报) count. Errors: FORBIDDEN for a district outside the
   * viewer's scope (a school account may not read a district's assessment); BAD_USER_INPUT
   * (schoolYear).
   */
  balanceAssessment: BalanceAssessment;
  /**
   * The assessments of every district the viewer may read (all for the city, its own for a
   * district account, none for a school account), in the city's order. Three SQL statements
   * whatever the number of districts and schools.
   */
  balanceAssessments: Array<BalanceAssessment>;
  /**
   * 达标方案: for one district-stage (小学 or 初中) of a school year, the cheapest set of changes
   * found that makes it reach 优质均衡资源配置要求 (教督〔2017〕6号 第七条: every school 6 of 7 met
   * and the rest ≥ 85% of the standard; each indicator's 差异系数 ≤ 0.50 / 0.45), as a list of
   * actions (新增教师, 认定县级骨干教师, 交流轮岗, 校内调整, 新增面积, 设备, 网络多媒体教室) with their cost and the indicators
   * before → after, recomputed with the same rules as balanceAssessment.
   *
   * With `fixedActions` the API does not solve: it evaluates exactly those actions (the official's
   * edited plan) and answers the result recomputed (`mode` EVALUATED). Unit costs are editable
   * defaults (not official prices), overridden by `unitCosts`.
   *
   * Computed at query time from the approved reports (已审核年报) and rosters, as balanceAssessment;
   * nothing is stored. A school year none of whose schools has an approved report answers
   * feasible false with the reason 该学年没有已审核的年报，无法测算. Readable by the city and by that
   * district's bureau. Errors: FORBIDDEN (a district outside the viewer's scope; a school account),
   * checked before the input; BAD_USER_INPUT with extensions.field (input.schoolYear before
   * 2020—2021学年 or after the current one; input.stage not PRIMARY/JUNIOR_SECONDARY;
   * input.unitCosts.<i>.cost ≤ 0 or > 1,000,000 元, or a kind given twice; input.fixedActions more
   * than 500 actions; input.fixedActions.<i>.quantity negative, over its ceiling (10,000 人 or 间,
   * 1,000,000 m², 1,000,000,000 元), or not a whole number of teachers or
   * rooms, or more teachers than the donor has, more recognitions at a school than its teachers
   * of the stage not yet 骨干, more 校内调整 than the other section has; input.fixedActions.<i>.schoolId /
   * .fromSchoolId not a school assessed in the district-stage; a transfer without fromSchoolId,
   * from a school to itself, or fromSchoolId on an action that is not a transfer; 校内调整 at a
   * school without a section assessed in the other stage).
   */
  balancePlan: BalancePlan;
  /**
   * The city this platform serves (市): name, code, bureau and plan. Public (readable without
   * logging in, for the login page's titles); null before the first administrator set it up.
   */
  city?: Maybe<City>;
  /**
   * The city's own figures (市级填报: 人社、统计、财政) for a school year, or null when none have
   * been entered. City viewers only. Errors: FORBIDDEN; BAD_USER_INPUT (schoolYear).
   */
  cityInputs?: Maybe<CityInputs>;
  /** One district in scope. Errors: FORBIDDEN when outside the viewer's scope, NOT_FOUND. */
  district: District;
  /**
   * The births (出生人口) entered for a district, by calendar year. Readable by the city and by that
   * district. Errors: FORBIDDEN; NOT_FOUND (city viewers only).
   */
  districtBirths: Array<DistrictBirthYear>;
  /**
   * A district's figures (区级填报) for a school year, or null when none have been entered.
   * Readable by the city and by that district. Errors: FORBIDDEN; BAD_USER_INPUT (schoolYear).
   */
  districtInputs?: Maybe<DistrictInputs>;
  /**
   * The districts the viewer may see: all for the city, its own for a district or school account.
   * Closed districts (撤销) only with includeClosed.
   */
  districts: Array<District>;
  /**
   * The school years whose roster and 年报 a school may enter now (可填报学年): the current school
   * year and every past year with an open 补录 window for it, newest first. Within scope only.
   * Errors: FORBIDDEN; NOT_FOUND.
   */
  editableSchoolYears: Array<Scalars['Int']['output']>;
  /**
   * 优质均衡 tables of a school year as .xlsx, read from balanceAssessments / balanceAssessment (the
   * figures of the 优质均衡 pages, never recomputed): sheets 区结论 (per district and stage: 监测测算
   * 达到 / 未达到 / 待评估 / 不适用, 评估覆盖, 结论说明, and the district's 国家认定 from the register),
   * 差异系数 (per district and stage the seven 差异系数 with the limit and 达到 / 超过限值 / 无法计算),
   * 学校达标（小学）and 学校达标（初中）(each school's seven values against the stage's standard, 达标项数,
   * 结论) and 未参评学校 (why a school is left out). Title states 已发布 vN or 预览. Printable.
   * Without districtId: every district the viewer may read. Errors: FORBIDDEN (a school account;
   * another district); BAD_USER_INPUT (schoolYear).
   */
  exportBalanceExcel: ExcelFile;
  /**
   * The projection (as `projection`) as .xlsx: sheets 预测 (per school year and stage: pupils,
   * classes, teachers needed, supply, gap, hires, retirements, C3 gap), 比率, 出生人口 and 方法与覆盖;
   * the title names the scenario and says 暂定 when the coverage is partial. Printable (A4
   * landscape). Errors as projection.
   */
  exportProjectionExcel: ExcelFile;
  /**
   * 数据报送情况 of a school year as .xlsx (the city, or one district; a district its own): sheets
   * 按区 and 按学校类别 (应报, 未填报, 草稿, 已提交, 已退回, 已审核, 逾期, 报送率, and 合计), 未报送学校
   * (区, 学校, 状态) and 逾期报送 (区, 学校, 首次提交时间, 截止时间) — the figures of reportCompleteness.
   * Errors: FORBIDDEN (a school; another district); BAD_USER_INPUT (schoolYear).
   */
  exportReportCompletenessExcel: ExcelFile;
  /**
   * A school's annual report of a school year as .xlsx in the template's layout (items empty when
   * there is no report yet). Errors: FORBIDDEN; BAD_USER_INPUT (schoolYear).
   */
  exportReportExcel: ExcelFile;
  /**
   * The 学校名录 of the viewer's scope (or one district) as .xlsx in the template's layout plus
   * 办学状态 and 撤销日期: every school, open or closed. Errors: FORBIDDEN.
   */
  exportSchoolList: ExcelFile;
  /**
   * A school's roster of a school year as .xlsx, in the template's layout plus 在岗状态 and 离岗日期
   * (every record, on duty or left). The 身份证号 is never exported: only masked
   * (**************123X), and blank for the city. Errors: FORBIDDEN; BAD_USER_INPUT (schoolYear).
   */
  exportStaffExcel: ExcelFile;
  /**
   * 三支队伍统计 of a unit for a school year as .xlsx, read from staffingSummary (the figures of the
   * 三支队伍 page, never recomputed) for the unit and each unit below it: the city per district, a
   * district per school open at the year's 统计时点, a school itself. Sheet 三支队伍统计: title
   * (乌海市 2025—2026学年 三支队伍统计（已发布 v1）, or （预览，数据为暂定）), data date and 名册覆盖
   * (N/M 所学校有名册, 暂定 when partial), a two-row frozen header (单位, 名册覆盖, 数据状态, 总人数,
   * 专任教师, then 岗位 / 性别 / 最高学历 / 职称 / 年龄 by category), one row per unit below with its
   * own coverage, then the unit's 合计 (with its 教研室), and a note. Printable (A4 landscape).
   * Readable as staffingSummary. Errors: FORBIDDEN (outside the scope); BAD_USER_INPUT (schoolYear).
   */
  exportStaffingSummaryExcel: ExcelFile;
  /**
   * The 指标总览 of the city or a district for a school year as .xlsx, read from targetDashboard
   * (fromYear = toYear = schoolYear), never recomputed: sheet 指标总览 with a title row (乌海市
   * 2024—2025学年 教育现代化指标总览（已发布 v1）, or （预览，数据为暂定）), the data date, a frozen
   * header, one row per target measured at the unit's level (编号, 指标, 单位, 目标值/里程碑, 本级值,
   * 状态, 数据覆盖, 数据状态 已发布 vN / 暂定 / 预览) and per child unit (districts; schools) a column
   * group 值 + 状态; a C1–C7 target a row per stage (指标 …（小学）, …（初中）), as the page's table.
   * The data-date line states the 统计口径 (仅统计已审核年报, or 含已提交待审核的年报 with
   * `includeSubmitted`, then also in a 预览 year's title, the figures 暂定). Printable (A4
   * landscape, one page wide). Readable as targetDashboard.
   * Errors: FORBIDDEN (a school unit, or outside the scope); BAD_USER_INPUT (schoolYear — also a
   * year not begun yet —; schoolTypes given for the city).
   */
  exportTargetDashboardExcel: ExcelFile;
  /** The API's health and version, readable without logging in. */
  health: Health;
  /**
   * 教育现代化监测报告 of the city or a district for a school year (《乌海市教育现代化监测报告（2024—2025学年）》),
   * or, for a school, its one-page 年度数据简报, as .docx or PDF — all from the platform's own
   * figures: a published year's stored figures (已发布 vN), otherwise the figures measured now
   * (预览, marked on the cover and in the filename). Contents: 总体情况 (status counts 达标 / 按进度 /
   * 滞后于进度 / 未达标 / 数据不全, the targets lagging most), one chapter per part of the plan (a table,
   * then per target its sentence, coverage, status, trend chart with milestone lines and the
   * districts or schools side by side), 义务教育优质均衡 (seven 差异系数 per district and stage, the
   * schools below standard), 三支队伍结构, 数据质量 (completeness and timeliness per district, late
   * and missing schools). Sentences come from templates (a partial figure reads 数据不全，暂不评价).
   * A school: its targets and its seven 优质均衡 figures against the standards.
   * Readable within the viewer's scope (targets.read; for the city and a district also staff.read
   * and report.completeness). One render at a time per API process, two more waiting.
   * Errors: FORBIDDEN (outside the scope); BAD_USER_INPUT (schoolYear before 2020 or later than
   * the current school year); BUSY (extensions.retryable: the process is rendering and two more
   * are waiting).
   */
  monitoringReport: MonitoringReportFile;
  /**
   * The notices (消息通知) of the viewer's own unit, newest first, with whether this account has read
   * each: 年报退回, 年报审核通过, 学年数据发布, 报送截止提醒, 催报. A page of `first` (1–100, default 20)
   * after the cursor `after` (PageInfo.endCursor of the previous page); `unreadOnly` leaves out the
   * notices this account has read. Asking also raises, once, the 截止前3天提醒 of every school not
   * yet submitted when a deadline is 3 days away or less (idempotent: dedupe key per school and year).
   * Every logged-in viewer, for its own unit only.
   * Errors: BAD_USER_INPUT (first out of range; after not a cursor of this list).
   */
  notices: NoticePage;
  /** The password policy (密码规则), for the change-password form. */
  passwordPolicy: PasswordPolicy;
  /**
   * The measurable targets of 《乌海教育现代化2035》 (A: the indicator table, B: targets in the
   * text, C: the seven 优质均衡 indicators). `level` keeps the targets measured at that level;
   * `group` one group. Readable by any logged-in account.
   */
  planTargets: Array<PlanTarget>;
  /**
   * 学龄人口与教育资源需求预测: pupils by stage and grade, classes and teachers needed against what
   * there is, each school year from the latest approved enrolment (the base year) to 2035, for a
   * district (`districtId`) or the whole city (null: pupils and classes by the model run on the
   * city's totals; classes needed, teachers — need, supply, gap, surplus, hires, C1–C3 — and the
   * A07/A08 holds the sums of the districts' own projections, as a class cannot span districts and
   * teachers are employed per district, 县管校聘), optionally under a scenario
   * (a city scenario, or one of that district). Readable by the city and by that district (a
   * district cannot run the city's projection). The method, the rates with the years
   * they came from, the births used and the coverage (which years and schools' approved reports fed
   * the rates) come with it. Errors: FORBIDDEN; NOT_FOUND (district, scenario; city viewers only);
   * BAD_USER_INPUT (scenarioId of another district).
   */
  projection: Projection;
  /**
   * Projection scenarios (预测情景) the viewer may use: the city's, and those of `districtId` (in
   * scope) or, without it, of every district the viewer sees. Errors: FORBIDDEN; NOT_FOUND.
   */
  projectionScenarios: Array<ProjectionScenario>;
  /**
   * Whether a year can be published (发布条件): every school due (open at the year's 统计时点) has an
   * approved 年报 or an exemption. Lists the schools still pending and the exemptions. The city
   * only. Errors: FORBIDDEN; BAD_USER_INPUT (schoolYear).
   */
  publicationReadiness: PublicationReadiness;
  /**
   * The published history of one figure (v1, v2 …): the stored value, coverage and status of a
   * target for a unit in each publication of the year, oldest first (empty: never published).
   * C1–C7 give one entry per stage and version. Within the viewer's scope only.
   * Errors: FORBIDDEN; BAD_USER_INPUT (schoolYear, targetId).
   */
  publishedHistory: Array<PublishedFigure>;
  /**
   * 确认本年度无此类事项 of a school year: the register kinds the city (their keeper) confirmed
   * empty in it, by kind. A register of a year is reported — its targets have a value, 0 included —
   * when an entry counts in the year or it is confirmed; otherwise its targets read 无数据.
   * Readable by every account (the registers' state is the plan's). Errors: BAD_USER_INPUT (schoolYear).
   */
  registerConfirmations: Array<RegisterConfirmation>;
  /**
   * Register entries (登记册) of a unit in the viewer's scope (default: the viewer's own unit):
   * the city sees every entry, a district the entries of the district and its schools, a school
   * its own. `kind` narrows to one kind; `schoolYear` to the entries counted in that school year
   * (fromYear ≤ schoolYear ≤ toYear, toYear null = still valid). Errors: FORBIDDEN; BAD_USER_INPUT.
   */
  registerEntries: Array<RegisterEntry>;
  /** The catalogue of register kinds: label, the targets each feeds, what an entry must name. */
  registerKinds: Array<RegisterKindInfo>;
  /**
   * How complete and timely the annual reports of a school year are (填报进度): the schools
   * due (应报: open at the year's 统计时点 1 September; one closed later in the cycle counts
   * once), and how many have not started (未填报), are drafting (草稿), have submitted (已提交),
   * were returned (已退回) or approved (已审核), and how many are late (逾期: submitted after the
   * deadline, or not submitted once it has passed); per district and per school type, with the
   * schools that have not submitted and the reports submitted late. The city reads the whole city
   * (districtId omitted) or one district; a district account reads its own district only.
   * A constant number of SQL statements whatever the number of schools.
   * Errors: FORBIDDEN (a school account; another district); BAD_USER_INPUT (schoolYear).
   */
  reportCompleteness: ReportCompleteness;
  /**
   * The annual-report import template of a school for a school year (.xlsx): a 年报 sheet with one
   * row per item (项目 | 填写值 | 单位 | 说明), a 分年级 sheet listing the school's grades, and 填写说明.
   * Errors: FORBIDDEN; BAD_USER_INPUT (schoolYear).
   */
  reportExcelTemplate: ExcelFile;
  /**
   * The review queue of a district (审核队列): every active school of the district with the status
   * of its report for the school year (未填报/草稿/已提交/已退回/已审核), when it was submitted,
   * whether it is late (逾期) against the year's deadline, and the figures that look wrong. A district account reads its own district, the city any district.
   * A constant number of SQL statements whatever the number of schools.
   * Errors: FORBIDDEN outside the viewer's scope (always for a school account); BAD_USER_INPUT (schoolYear).
   */
  reportQueue: ReportQueue;
  /**
   * The city's reporting period (填报期) of a school year: when the annual reports open and their
   * deadline (截止时间). null when the city has not set one. Every logged-in viewer may read it.
   * Errors: BAD_USER_INPUT (schoolYear).
   */
  reportingPeriod?: Maybe<ReportingPeriod>;
  /**
   * Where the rosters stand before a 学年名册结转 into schoolYear: the rosters carryOverRoster
   * would cover (same arguments, same authorization: staff.edit), each with last year's active
   * people and this year's records. Errors: FORBIDDEN; BAD_USER_INPUT (schoolYear).
   */
  rosterRolloverStatus: Array<RosterRolloverStatus>;
  /** One school in scope. Errors: FORBIDDEN when outside the viewer's scope, NOT_FOUND. */
  school: School;
  /**
   * One school's seven 优质均衡 figures per stage against the standard (a 九年一贯制 school has a
   * primary and a junior result), or why it is left out. Errors: FORBIDDEN for a school outside
   * the viewer's scope; BAD_USER_INPUT (schoolYear).
   */
  schoolBalance: SchoolBalance;
  /**
   * The 学校名录 import template (.xlsx): a 学校名录 sheet with the registration columns (学校标识码,
   * 学校名称, 所属区 (city only), 学校类别, 办学性质, 普惠性, 民族学校, 城乡分类代码, 矿区, 教学点,
   * 开办日期), drop-down lists for the coded ones, and 填写说明. The city and districts.
   */
  schoolListTemplate: ExcelFile;
  /**
   * A school's annual report (学校年报) for a school year, with its grades; null when the school has
   * not started one. Readable by the school itself, its district and the city.
   * Errors: FORBIDDEN outside the viewer's scope; BAD_USER_INPUT (schoolYear).
   */
  schoolReport?: Maybe<SchoolReport>;
  /** School years that have data (reports or rosters), newest first. */
  schoolYears: Array<SchoolYear>;
  /**
   * Schools in the viewer's scope, optionally narrowed to a district and to school types.
   * Which schools: with schoolYear, those open at that year's 统计时点 (1 September: opened on or
   * before it, closed after it); else with includeClosed every school ever registered; else those
   * open today. A district outside the scope answers FORBIDDEN. Errors: BAD_USER_INPUT (schoolYear).
   */
  schools: Array<School>;
  /**
   * The 三支队伍 roster of a school year in the viewer's scope, filtered and paginated
   * (ordered by school, role, name). A district or school outside the scope answers FORBIDDEN.
   */
  staff: StaffPage;
  /**
   * The roster import template of a school (教职工花名册导入模板, .xlsx): a 花名册 sheet with a
   * Chinese header for every attribute of a staff record (required ones in red), drop-down lists
   * for the coded items (性别, 岗位, 任教学段 of the school's type, 任教学科, 最高学历, 教师资格证,
   * 职称, 骨干教师级别) and the 是/否 items, and a 填写说明 sheet. Readable within the viewer's scope.
   * Errors: FORBIDDEN outside the scope.
   */
  staffExcelTemplate: ExcelFile;
  /**
   * Counts of the 三支队伍 of an org unit in a school year: by role, title, education, age band
   * (at 统计时点 1 September) and gender. The staff on the roster at the year's 统计时点 (在册 at 1
   * September: joined on or before it, not left on or before it), as every roster figure counts.
   */
  staffingSummary: StaffingSummary;
  /** One statistical year (any year 2000–2100; a year never touched reads 填报中). Errors: BAD_USER_INPUT (schoolYear). */
  statisticalYear: StatisticalYear;
  /**
   * The statistical years (统计学年) the platform knows — every year with data, a reporting period
   * or a publication, and the current school year — newest first, each with its lifecycle state
   * (填报中 / 审核中 / 已发布 / 已重新开放) and publications. Every logged-in viewer (schools need to
   * know which years are locked). Dashboards open on the latest year whose `final` is true.
   */
  statisticalYears: Array<StatisticalYear>;
  /**
   * One operation for a whole dashboard: the targets of a unit (those measured at its level, or
   * the ones named) for every school year from `fromYear` to `toYear`, for the unit itself and
   * for each unit directly below it (the city's districts; a district's schools) — below, only the
   * targets the plan measures at their level (no result = 不适用 there). A constant
   * number of SQL statements whatever the number of schools, staff or years (at most 16 years).
   * Errors: BAD_USER_INPUT (fromYear, toYear, targetIds); FORBIDDEN for a unit outside the scope.
   */
  targetDashboard: TargetDashboard;
  /**
   * 指标总览 as a compact table (issue 15): the same results as `targetDashboard` (the same service,
   * the same values and verdicts), sent once per (unit, school year) as arrays in the column order
   * `targetIds`, with nothing constant repeated — the plan's targets (names, units, milestones) come
   * from `planTargets`; the milestones a status is judged against and the texts (reasons, labels,
   * coverage labels) are listed once and referred to by index. The focused `schoolYear` in full
   * (`details`), the other years of `fromYear`–`toYear` as value, status and 暂定 only (the trend
   * columns), unless `allYearsInFull` (the 历年趋势 of one target, asked on demand). The units
   * directly below (the city's districts, a district's schools) come one page at a time:
   * `childrenOffset`, `childrenLimit` (default 50, at most 200), `childrenTotal` all of them. A
   * district's schools may be narrowed to some 学校类别 (`schoolTypes`): the page, `childrenTotal`
   * and paging are then of those schools only, while the district's own row still counts ALL its
   * schools (the district's figure does not change with the filter).
   * Errors: BAD_USER_INPUT (fromYear, toYear, schoolYear — outside the range —, targetIds,
   * childrenOffset, childrenLimit, schoolTypes — a value not a SchoolType (field schoolTypes.N), or
   * given for a unit other than a district —);
   * FORBIDDEN for a unit outside the scope (only the district's own schools are ever listed).
   */
  targetDashboardTable: TargetDashboardTable;
  /**
   * The plan's targets measured for an org unit in a school year, computed from the database
   * at query time. `targetIds` narrows the list; by default every target measured at the
   * unit's level. A unit outside the viewer's scope answers FORBIDDEN.
   * `includeSubmitted` counts submitted (已提交) annual reports as well as approved (已审核) ones
   * in the report-based targets (B06–B15, B17, B19, B37 and the enrolment of A01, A05, A06, B01,
   * B32, B40): a preview before the districts finish reviewing. Default: approved reports only.
   */
  targetResults: Array<TargetResult>;
  /**
   * 待办: what the viewer's own unit has to do now in the reporting cycle of the current school year
   * (Beijing time), worked out from the data on each request (nothing stored). A school: its 年报
   * to fill in and submit (with the deadline, days left, 逾期), a returned report with the
   * reviewer's comment, its roster to carry over. A district: reports awaiting its review, its
   * schools not yet reporting, its own 区级年度填报 figures missing. The city: the districts behind
   * (schools not reported, reviews pending), its own 市级数据 missing, a year ready to publish.
   * Asking also raises the due 截止前3天提醒 (see Query.notices). Every logged-in viewer, for its
   * own unit only.
   */
  todos: TodoList;
  /** How many notices of the viewer's unit this account has not read (未读消息数, the bell's badge). */
  unreadNoticeCount: Scalars['Int']['output'];
  /** The logged-in account and the unit it sees; null when not logged in. */
  viewer?: Maybe<Viewer>;
};


export type QueryAccountsArgs = {
  filter?: InputMaybe<AccountFilter>;
};


export type QueryAuditLogArgs = {
  filter: AuditFilter;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBackfillWindowsArgs = {
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  schoolYear?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBalanceAssessmentArgs = {
  districtId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
};


export type QueryBalanceAssessmentsArgs = {
  schoolYear: Scalars['Int']['input'];
};


export type QueryBalancePlanArgs = {
  input: BalancePlanInput;
};


export type QueryCityInputsArgs = {
  schoolYear: Scalars['Int']['input'];
};


export type QueryDistrictArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDistrictBirthsArgs = {
  districtId: Scalars['ID']['input'];
};


export type QueryDistrictInputsArgs = {
  districtId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
};


export type QueryDistrictsArgs = {
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryEditableSchoolYearsArgs = {
  schoolId: Scalars['ID']['input'];
};


export type QueryExportBalanceExcelArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  schoolYear: Scalars['Int']['input'];
};


export type QueryExportProjectionExcelArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  scenarioId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExportReportCompletenessExcelArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  schoolYear: Scalars['Int']['input'];
};


export type QueryExportReportExcelArgs = {
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
};


export type QueryExportSchoolListArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExportStaffExcelArgs = {
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
};


export type QueryExportStaffingSummaryExcelArgs = {
  schoolYear: Scalars['Int']['input'];
  unit: OrgUnitInput;
};


export type QueryExportTargetDashboardExcelArgs = {
  includeSubmitted?: InputMaybe<Scalars['Boolean']['input']>;
  schoolTypes?: InputMaybe<Array<SchoolType>>;
  schoolYear: Scalars['Int']['input'];
  unit: OrgUnitInput;
};


export type QueryMonitoringReportArgs = {
  format: MonitoringReportFormat;
  schoolYear: Scalars['Int']['input'];
  unit: OrgUnitInput;
};


export type QueryNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPlanTargetsArgs = {
  group?: InputMaybe<TargetGroup>;
  level?: InputMaybe<OrgLevel>;
};


export type QueryProjectionArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  scenarioId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProjectionScenariosArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPublicationReadinessArgs = {
  schoolYear: Scalars['Int']['input'];
};


export type QueryPublishedHistoryArgs = {
  schoolYear: Scalars['Int']['input'];
  targetId: Scalars['ID']['input'];
  unit: OrgUnitInput;
};


export type QueryRegisterConfirmationsArgs = {
  schoolYear: Scalars['Int']['input'];
};


export type QueryRegisterEntriesArgs = {
  filter?: InputMaybe<RegisterFilter>;
};


export type QueryReportCompletenessArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  schoolYear: Scalars['Int']['input'];
};


export type QueryReportExcelTemplateArgs = {
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
};


export type QueryReportQueueArgs = {
  districtId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
};


export type QueryReportingPeriodArgs = {
  schoolYear: Scalars['Int']['input'];
};


export type QueryRosterRolloverStatusArgs = {
  includeSchools?: InputMaybe<Scalars['Boolean']['input']>;
  schoolYear: Scalars['Int']['input'];
  unit: OrgUnitInput;
};


export type QuerySchoolArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySchoolBalanceArgs = {
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
};


export type QuerySchoolReportArgs = {
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
};


export type QuerySchoolsArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
  schoolYear?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<SchoolType>>;
};


export type QueryStaffArgs = {
  filter: StaffFilter;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStaffExcelTemplateArgs = {
  schoolId: Scalars['ID']['input'];
};


export type QueryStaffingSummaryArgs = {
  schoolYear: Scalars['Int']['input'];
  unit: OrgUnitInput;
};


export type QueryStatisticalYearArgs = {
  schoolYear: Scalars['Int']['input'];
};


export type QueryTargetDashboardArgs = {
  fromYear: Scalars['Int']['input'];
  includeSubmitted?: InputMaybe<Scalars['Boolean']['input']>;
  targetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  toYear: Scalars['Int']['input'];
  unit: OrgUnitInput;
};


export type QueryTargetDashboardTableArgs = {
  allYearsInFull?: InputMaybe<Scalars['Boolean']['input']>;
  childrenLimit?: InputMaybe<Scalars['Int']['input']>;
  childrenOffset?: InputMaybe<Scalars['Int']['input']>;
  fromYear: Scalars['Int']['input'];
  includeSubmitted?: InputMaybe<Scalars['Boolean']['input']>;
  schoolTypes?: InputMaybe<Array<SchoolType>>;
  schoolYear: Scalars['Int']['input'];
  targetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  toYear: Scalars['Int']['input'];
  unit: OrgUnitInput;
};


export type QueryTargetResultsArgs = {
  includeSubmitted?: InputMaybe<Scalars['Boolean']['input']>;
  schoolYear: Scalars['Int']['input'];
  targetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  unit: OrgUnitInput;
};

export type { RecognitionLevel };

/** 确认本年度无此类事项: a register kind confirmed empty in a school year by its keeper (the city). */
export type RegisterConfirmation = {
  __typename?: 'RegisterConfirmation';
  confirmedAt: Scalars['DateTime']['output'];
  kind: RegisterKind;
  /** 登记类别 in Chinese. */
  kindLabel: Scalars['String']['output'];
  /** 2025 = 2025—2026学年. */
  schoolYear: Scalars['Int']['output'];
};

export type RegisterConfirmationPayload = {
  __typename?: 'RegisterConfirmationPayload';
  confirmation: RegisterConfirmation;
};

/** One entry of a register (登记册): counted in a school year Y when fromYear ≤ Y ≤ toYear (toYear null = still valid). */
export type RegisterEntry = {
  __typename?: 'RegisterEntry';
  /** The district it belongs to (a school's district for a school entry); null for a city-wide entry. */
  district?: Maybe<District>;
  fromYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: RegisterKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  level?: Maybe<RecognitionLevel>;
  /** 市级 / 自治区级 / 国家级. */
  levelLabel?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  /** How many things the entry counts (posts for B16). */
  quantity: Scalars['Int']['output'];
  school?: Maybe<School>;
  /** The targets this entry counts for, e.g. ["B36"]. */
  targetIds: Array<Scalars['ID']['output']>;
  toYear?: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** A register entry to save. */
export type RegisterEntryInput = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  fromYear: Scalars['Int']['input'];
  kind: RegisterKind;
  level?: InputMaybe<RecognitionLevel>;
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  quantity?: InputMaybe<Scalars['Int']['input']>;
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

export type RegisterEntryPayload = {
  __typename?: 'RegisterEntryPayload';
  entry: RegisterEntry;
};

/** Which register entries to list. */
export type RegisterFilter = {
  kind?: InputMaybe<RegisterKind>;
  /** Only entries counted in this school year. */
  schoolYear?: InputMaybe<Scalars['Int']['input']>;
  /** Default: the viewer's own unit. */
  unit?: InputMaybe<OrgUnitInput>;
};

export type { RegisterKind };

/** A kind of the register catalogue. */
export type RegisterKindInfo = {
  __typename?: 'RegisterKindInfo';
  hasLevel: Scalars['Boolean']['output'];
  kind: RegisterKind;
  label: Scalars['String']['output'];
  /** none (city-wide) | district | district_optional | school | school_optional. */
  scope: Scalars['String']['output'];
  /** The plan's section. */
  section: Scalars['String']['output'];
  targetIds: Array<Scalars['ID']['output']>;
  /** Unit of quantity, e.g. 个专业. */
  unitLabel: Scalars['String']['output'];
};

export type ReopenSchoolInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** Completeness and timeliness of a unit's annual reports for a school year. */
export type ReportCompleteness = {
  __typename?: 'ReportCompleteness';
  /** Per district, in the city's order (one entry for a district). */
  byDistrict: Array<DistrictCompleteness>;
  /** Per school type that has schools due, in the catalogue's order. */
  bySchoolType: Array<SchoolTypeCompleteness>;
  /** Whether the deadline has passed. */
  deadlinePassed: Scalars['Boolean']['output'];
  /** Reports submitted (已提交 or 已审核) after the deadline. */
  lateSubmissions: Array<CompletenessEntry>;
  /** Schools that have not submitted (未填报, 草稿, 已退回), by district and school code. */
  missing: Array<CompletenessEntry>;
  /** The reporting period; null when the city has not set one (then nothing counts as late). */
  period?: Maybe<ReportingPeriod>;
  schoolYear: Scalars['Int']['output'];
  /** Every school of the unit together. */
  total: CompletenessCounts;
  /** The city, or a district. */
  unit: OrgUnit;
};

/** A school exempted from a year's 年报. */
export type ReportExemption = {
  __typename?: 'ReportExemption';
  createdAt: Scalars['DateTime']['output'];
  /** Display name of the account that exempted it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  district: District;
  reason: Scalars['String']['output'];
  school: School;
};

/** A figure of a report that looks wrong. */
export type ReportFlag = {
  __typename?: 'ReportFlag';
  /** The report field concerned, e.g. equipmentValue or grades. */
  field: Scalars['String']['output'];
  kind: ReportFlagKind;
  /** Chinese explanation with the figures. */
  message: Scalars['String']['output'];
};

export type { ReportFlagKind };

/** One grade of a report (分年级在校生及班额). */
export type ReportGrade = {
  __typename?: 'ReportGrade';
  classes: Scalars['Int']['output'];
  /** 随班就读残疾学生数. */
  disabledStudents: Scalars['Int']['output'];
  /** Grade number of the stage (小学 1–6, 初中 7–9, 高中 10–12, 幼儿园 1–3 = 小班–大班 …). */
  grade: Scalars['Int']['output'];
  /** e.g. 小学三年级. */
  label: Scalars['String']['output'];
  /** 大班额 classes (56–65 pupils). */
  largeClasses: Scalars['Int']['output'];
  /** 超大班额 classes (66 pupils or more). */
  oversizedClasses: Scalars['Int']['output'];
  stage: Stage;
  students: Scalars['Int']['output'];
};

/** One grade of a report draft. */
export type ReportGradeInput = {
  classes: Scalars['Int']['input'];
  disabledStudents: Scalars['Int']['input'];
  grade: Scalars['Int']['input'];
  largeClasses: Scalars['Int']['input'];
  oversizedClasses: Scalars['Int']['input'];
  stage: Stage;
  students: Scalars['Int']['input'];
};

/** The outcome of importReportExcel. */
export type ReportImportResult = {
  __typename?: 'ReportImportResult';
  dryRun: Scalars['Boolean']['output'];
  /** Every problem found; empty when the file is good. */
  errors: Array<ExcelImportError>;
  /** The report as saved; null when not saved. */
  report?: Maybe<SchoolReport>;
  /** Items and grade rows read with a value. */
  rows: Scalars['Int']['output'];
  /** Whether the draft was saved. */
  saved: Scalars['Boolean']['output'];
};

/** The result of a report mutation: the report as saved. */
export type ReportPayload = {
  __typename?: 'ReportPayload';
  report: SchoolReport;
};

/** A district's review queue for a school year. */
export type ReportQueue = {
  __typename?: 'ReportQueue';
  /** Schools by status: 未填报, 草稿, 已提交, 已退回, 已审核 (keys not_started, draft, submitted, returned, approved). */
  counts: Array<LabeledCount>;
  /** 截止时间 of the year's reporting period; null when the city has not set one. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  district: District;
  /** Every active school of the district, in school-code order. */
  entries: Array<ReportQueueEntry>;
  schoolYear: Scalars['Int']['output'];
};

/** One school in the review queue. */
export type ReportQueueEntry = {
  __typename?: 'ReportQueueEntry';
  /** 首次提交时间: the first submission, on which lateness (逾期) is judged; kept through 退回 and resubmission. null when never submitted. */
  firstSubmittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Figures that look wrong (a prompt to check, not a refusal). */
  flags: Array<ReportFlag>;
  /** 逾期: submitted after the deadline, or not submitted once it has passed (false without a period). */
  late: Scalars['Boolean']['output'];
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  school: School;
  /** null when the school has not started a report (未填报). */
  status?: Maybe<ReportStatus>;
  /** 未填报 / 草稿 / 已提交 / 已退回 / 已审核. */
  statusLabel: Scalars['String']['output'];
  /** 最近提交时间: the last submission (a resubmission after 退回 replaces it). */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 在校生总数 as reported. */
  totalStudents?: Maybe<Scalars['Int']['output']>;
  /** The version to send with returnReport / approveReport / reopenReport. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** The result of a 催报. */
export type ReportReminderPayload = {
  __typename?: 'ReportReminderPayload';
  /** Schools left out because they were already reminded today. */
  alreadyRemindedToday: Scalars['Int']['output'];
  schoolYear: Scalars['Int']['output'];
  /** The schools reminded now, in school-code order. */
  schools: Array<School>;
  /** Schools reminded now (one notice each). */
  sent: Scalars['Int']['output'];
};

export type { ReportStatus };

/** The reporting period (填报期) of a school year, set by the city. */
export type ReportingPeriod = {
  __typename?: 'ReportingPeriod';
  /** 截止时间: reports submitted after it, or not submitted by it, are late (逾期). */
  deadline: Scalars['DateTime']['output'];
  /** Whether the deadline has passed (at the time of the request). */
  deadlinePassed: Scalars['Boolean']['output'];
  /** When reporting opens: as set, or 统计时点 1 September 00:00 Beijing time. */
  openedAt: Scalars['DateTime']['output'];
  /** Start year of the school year, e.g. 2025 for 2025—2026学年. */
  schoolYear: Scalars['Int']['output'];
  /** 2025—2026学年. */
  schoolYearLabel: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Display name of the account that last set it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** For optimistic concurrency: send it back with the next setReportingPeriod. */
  version: Scalars['Int']['output'];
};

/** The result of setReportingPeriod: the period as saved. */
export type ReportingPeriodPayload = {
  __typename?: 'ReportingPeriodPayload';
  period: ReportingPeriod;
};

/** The result of carryOverRoster. */
export type RosterRolloverPayload = {
  __typename?: 'RosterRolloverPayload';
  alreadyOnRoster: Scalars['Int']['output'];
  carried: Scalars['Int']['output'];
  /** schoolYear − 1. */
  fromSchoolYear: Scalars['Int']['output'];
  /** The school year carried into (start year). */
  schoolYear: Scalars['Int']['output'];
  /** One entry per roster that had active people last year. */
  units: Array<RosterRolloverUnit>;
};

/** A roster before a rollover. Counts in persons. */
export type RosterRolloverStatus = {
  __typename?: 'RosterRolloverStatus';
  /** Records (any status) on this year's roster; 0 = not started. */
  current: Scalars['Int']['output'];
  /** Active (在岗) on last year's roster. */
  previousActive: Scalars['Int']['output'];
  /** 待结转: active last year and not yet on this year's roster (by person or 身份证号, any status there); 0 = carried over. */
  toCarry: Scalars['Int']['output'];
  unit: OrgUnit;
};

/** What a rollover did for one roster (a school's, or a 教研室's). Counts in persons. */
export type RosterRolloverUnit = {
  __typename?: 'RosterRolloverUnit';
  /** People active last year who were already on the new year's roster (left unchanged). */
  alreadyOnRoster: Scalars['Int']['output'];
  /** Records created in the new school year. */
  carried: Scalars['Int']['output'];
  unit: OrgUnit;
};

/** The content of a report draft. Omitted or null fields are saved as not filled in. */
export type SaveReportDraftInput = {
  equipmentValue?: InputMaybe<Scalars['Float']['input']>;
  footballFeatureSchool?: InputMaybe<Scalars['Boolean']['input']>;
  footballLessonsPerWeek?: InputMaybe<Scalars['Int']['input']>;
  /** 专任教师数 (persons), not more than staffTotal. */
  fullTimeTeachers?: InputMaybe<Scalars['Int']['input']>;
  /** Every grade of the school (replaces the stored grades). */
  grades: Array<ReportGradeInput>;
  hasSportsBrand?: InputMaybe<Scalars['Boolean']['input']>;
  healthGoodOrExcellent?: InputMaybe<Scalars['Int']['input']>;
  healthPassed?: InputMaybe<Scalars['Int']['input']>;
  healthTested?: InputMaybe<Scalars['Int']['input']>;
  heldArtsFestival?: InputMaybe<Scalars['Boolean']['input']>;
  heldSportsMeeting?: InputMaybe<Scalars['Boolean']['input']>;
  implementsCurriculumStandards?: InputMaybe<Scalars['Boolean']['input']>;
  implementsHealthStandard?: InputMaybe<Scalars['Boolean']['input']>;
  indoorSportsArea?: InputMaybe<Scalars['Float']['input']>;
  innovationLabs?: InputMaybe<Scalars['Int']['input']>;
  meetsPeHygieneStandard?: InputMaybe<Scalars['Boolean']['input']>;
  multimediaClassrooms?: InputMaybe<Scalars['Int']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  outdoorSportsArea?: InputMaybe<Scalars['Float']['input']>;
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['Int']['input'];
  /** 教职工数 (persons). */
  staffTotal?: InputMaybe<Scalars['Int']['input']>;
  teachingAuxiliaryArea?: InputMaybe<Scalars['Float']['input']>;
  /** null to create the report; otherwise the version last read. */
  version?: InputMaybe<Scalars['Int']['input']>;
  wirelessFullCoverage?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 学校 (a school or kindergarten). */
export type School = {
  __typename?: 'School';
  area: AreaType;
  areaLabel: Scalars['String']['output'];
  /** 撤销/合并日期 (YYYY-MM-DD); null while open. */
  closedOn?: Maybe<Scalars['String']['output']>;
  /** 撤销原因. */
  closureReason?: Maybe<Scalars['String']['output']>;
  /** 学校标识码. */
  code: Scalars['String']['output'];
  district: District;
  /** 民族学校. */
  ethnic: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 普惠性 (a public kindergarten, or a private one certified inclusive). */
  inclusive: Scalars['Boolean']['output'];
  /** The school it was merged into. */
  mergedInto?: Maybe<School>;
  /** 矿区 (local tag). */
  miningArea: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** 开办日期 (YYYY-MM-DD); null: open before the platform's first school year. */
  openedOn?: Maybe<Scalars['String']['output']>;
  ownership: Ownership;
  /** 公办 / 民办. */
  ownershipLabel: Scalars['String']['output'];
  /** 办学状态: OPEN, CLOSED or MERGED (today). */
  status: SchoolStatus;
  /** 教学点. */
  teachingPoint: Scalars['Boolean']['output'];
  type: SchoolType;
  /** 学校类别 in Chinese, e.g. 九年一贯制学校. */
  typeLabel: Scalars['String']['output'];
  /** 城乡分类代码 (111 主城区 … 220 村庄). */
  urbanRuralCode: Scalars['String']['output'];
  /** e.g. 主城区. */
  urbanRuralLabel: Scalars['String']['output'];
  /** For optimistic concurrency. */
  version: Scalars['Int']['output'];
};

/** One school's 优质均衡 figures for a school year. */
export type SchoolBalance = {
  __typename?: 'SchoolBalance';
  /** The stages the school is left out of, and why. */
  excluded: Array<BalanceExcludedSchool>;
  /** One result per stage the school is assessed in (two for a 九年一贯制 school). */
  results: Array<BalanceSchoolResult>;
  school: School;
  schoolYear: Scalars['Int']['output'];
  schoolYearLabel: Scalars['String']['output'];
};

/** The result of importSchoolList. */
export type SchoolImportResult = {
  __typename?: 'SchoolImportResult';
  /** Schools registered (0 when any error, or dryRun). */
  created: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  errors: Array<ExcelImportError>;
  /** Data rows read. */
  rows: Scalars['Int']['output'];
  saved: Scalars['Boolean']['output'];
  /** The schools registered, in file order. */
  schools: Array<School>;
};

export type SchoolPayload = {
  __typename?: 'SchoolPayload';
  /**
   * closeSchool and mergeSchool: how many of the school's accounts this change disabled — 0 when it
   * closes after 1 September of the year of its closing date (still due, 应报, in that school year:
   * its accounts stay enabled). Null for the other mutations.
   */
  accountsDisabled?: Maybe<Scalars['Int']['output']>;
  school: School;
};

/**
 * A school's annual report for one school year, taken at 统计时点 1 September. Areas in m²,
 * money in yuan (元). Null fields have not been filled in.
 */
export type SchoolReport = {
  __typename?: 'SchoolReport';
  /** 教学仪器设备资产值 (元) (C6). */
  equipmentValue?: Maybe<Scalars['Float']['output']>;
  /** B14 全国青少年校园足球特色学校. */
  footballFeatureSchool?: Maybe<Scalars['Boolean']['output']>;
  /** B14 每周足球课节数. */
  footballLessonsPerWeek?: Maybe<Scalars['Int']['output']>;
  /** 专任教师数 (persons); the review queue compares it with the roster's full-time teachers on the roster at the year's 统计时点 (1 September). */
  fullTimeTeachers?: Maybe<Scalars['Int']['output']>;
  /** Enrolment, classes and class sizes by grade, in stage and grade order. */
  grades: Array<ReportGrade>;
  /** B09 形成体育品牌（一校一品/一人一项）. */
  hasSportsBrand?: Maybe<Scalars['Boolean']['output']>;
  /** 良好及优秀人数 (B12). */
  healthGoodOrExcellent?: Maybe<Scalars['Int']['output']>;
  /** 合格及以上人数 (B11). */
  healthPassed?: Maybe<Scalars['Int']['output']>;
  /** 体质健康测试参加人数 (B11, B12). */
  healthTested?: Maybe<Scalars['Int']['output']>;
  /** B15 本学年举办校园艺术节. */
  heldArtsFestival?: Maybe<Scalars['Boolean']['output']>;
  /** B13 本学年举办运动会或体育节. */
  heldSportsMeeting?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** B07 落实国家和自治区课程标准. */
  implementsCurriculumStandards?: Maybe<Scalars['Boolean']['output']>;
  /** B10 实施《国家学生体质健康标准》. */
  implementsHealthStandard?: Maybe<Scalars['Boolean']['output']>;
  /** 室内体育用房面积 (m²). */
  indoorSportsArea?: Maybe<Scalars['Float']['output']>;
  /** 创新实验室数 (B19). */
  innovationLabs?: Maybe<Scalars['Int']['output']>;
  /** B06 达到《国家学校体育卫生条件试行基本标准》. */
  meetsPeHygieneStandard?: Maybe<Scalars['Boolean']['output']>;
  /** 网络多媒体教室数 (C7). */
  multimediaClassrooms?: Maybe<Scalars['Int']['output']>;
  /** 备注. */
  notes?: Maybe<Scalars['String']['output']>;
  /** 室外体育运动场地面积 (m²) (C5). */
  outdoorSportsArea?: Maybe<Scalars['Float']['output']>;
  /** The district's comment on returning or approving, or its reason for reopening: shown to the school. */
  reviewComment?: Maybe<Scalars['String']['output']>;
  /** When the district last returned, approved or reopened it. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Display name of the account that last reviewed it. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  school: School;
  /** Start year of the school year, e.g. 2025 for 2025—2026学年. */
  schoolYear: Scalars['Int']['output'];
  /** 教职工数 (persons): every employee of the school at 统计时点. */
  staffTotal?: Maybe<Scalars['Int']['output']>;
  status: ReportStatus;
  /** 草稿 / 已提交 / 已退回 / 已审核. */
  statusLabel: Scalars['String']['output'];
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 教学及辅助用房面积 (m²), indoor sports halls included (C4). */
  teachingAuxiliaryArea?: Maybe<Scalars['Float']['output']>;
  /** 在校生总数 (sum of the grades). */
  totalStudents: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Display name of the account that last changed it. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** For optimistic concurrency: send it back with the next change. */
  version: Scalars['Int']['output'];
  /** 无线网络全覆盖 (B37). */
  wirelessFullCoverage?: Maybe<Scalars['Boolean']['output']>;
};

/** 办学状态. */
export type SchoolStatus =
  /** 已撤销 */
  | 'CLOSED'
  /** 已合并 */
  | 'MERGED'
  /** 在办 */
  | 'OPEN';

export type { SchoolType };

/** Completeness among the schools of one type. */
export type SchoolTypeCompleteness = {
  __typename?: 'SchoolTypeCompleteness';
  counts: CompletenessCounts;
  /** 幼儿园, 小学 … */
  label: Scalars['String']['output'];
  type: SchoolType;
};

export type SchoolYear = {
  __typename?: 'SchoolYear';
  /** 2025—2026学年. */
  label: Scalars['String']['output'];
  /** Start year, e.g. 2025. */
  startYear: Scalars['Int']['output'];
};

export type { SchoolYearState };

export type SetAccountActiveInput = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type StaffFilter = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  education?: InputMaybe<EducationLevel>;
  /**
   * Only a 教研室's roster (the people of no school): with districtId, or for a district viewer,
   * that district's 教研室; otherwise (the city) the city's own 教研室. A school's roster has none.
   */
  researchOffice?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<StaffRole>;
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Start year of the school year, e.g. 2025 for 2025—2026学年. */
  schoolYear: Scalars['Int']['input'];
  /** Part of a name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Default ACTIVE. */
  status?: InputMaybe<StaffStatus>;
  subject?: InputMaybe<Subject>;
  title?: InputMaybe<Title>;
};

/** One item of a person's record that an UPDATE import changes. */
export type StaffImportChange = {
  __typename?: 'StaffImportChange';
  /** The file's value (e.g. 高级), null when empty. */
  after?: Maybe<Scalars['String']['output']>;
  /** The value on the roster as shown in the file (e.g. 中级; 身份证号 masked), null when empty. */
  before?: Maybe<Scalars['String']['output']>;
  /** Field in the API's terms, e.g. title. */
  field: Scalars['String']['output'];
  /** The column's Chinese name, e.g. 职称. */
  label: Scalars['String']['output'];
  /** Excel row number of the person in the file (1 is the header row). */
  row: Scalars['Int']['output'];
  /** The record on the roster (as it stands: before a dry run's change, after a saved one). */
  staff: StaffMember;
};

/** A person on duty on the roster who is not in an UPDATE import's file. */
export type StaffImportMissing = {
  __typename?: 'StaffImportMissing';
  /** The record, left unchanged. */
  staff: StaffMember;
};

/** How importStaffExcel reads the rows. */
export type StaffImportMode =
  /** Every row is a new person; a person already on duty is a duplicate (error). */
  | 'ADD_ONLY'
  /** Rows matched to a person on duty (身份证号, else name + birth date) update them; others are added. */
  | 'UPDATE';

/** A row of a roster import that is (or would be) a new person on the roster. */
export type StaffImportNewPerson = {
  __typename?: 'StaffImportNewPerson';
  /** 姓名. */
  name: Scalars['String']['output'];
  /** 岗位. */
  role: StaffRole;
  /** 岗位 in Chinese, e.g. 教师. */
  roleLabel: Scalars['String']['output'];
  /** Excel row number in the file (1 is the header row). */
  row: Scalars['Int']['output'];
};

/** The outcome of importStaffExcel. */
export type StaffImportResult = {
  __typename?: 'StaffImportResult';
  /**
   * Rows without a problem that are (or, on a dry run, would be) new people on the roster. In
   * ADD_ONLY every good row; in UPDATE the rows matched to nobody on duty.
   */
  added: Scalars['Int']['output'];
  /**
   * The rows counted in `added`, in file order: who would be (on a dry run) or was added, by name
   * and post (岗位), so the clerk sees the new people before confirming.
   */
  addedPeople: Array<StaffImportNewPerson>;
  /** UPDATE: people on duty whose record the file changes (one or more items). */
  changed: Scalars['Int']['output'];
  /** UPDATE: every changed item, by row then column (empty in ADD_ONLY). */
  changes: Array<StaffImportChange>;
  /** Staff records added (0 when anything is wrong, or on a dry run). */
  created: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  /** Every problem found; empty when the file is good. */
  errors: Array<ExcelImportError>;
  /**
   * UPDATE: the people on duty who are not in the file, by role and name: left on the roster
   * unchanged, to be marked 调出 or 退休 one by one (staffLeave) if they have left.
   */
  missing: Array<StaffImportMissing>;
  /** UPDATE: people on duty on the roster who are not in the file (the length of `missing`). */
  missingCount: Scalars['Int']['output'];
  /** How the rows were read: ADD_ONLY or UPDATE. */
  mode: StaffImportMode;
  /**
   * UPDATE: a fingerprint of the roster's people on duty (their records and versions) as the dry
   * run read it; pass it back on the confirming import to refuse a roster changed meanwhile.
   */
  rosterVersion?: Maybe<Scalars['String']['output']>;
  /** Data rows read (blank rows skipped). */
  rows: Scalars['Int']['output'];
  /** Whether the rows were saved. */
  saved: Scalars['Boolean']['output'];
  /** UPDATE: rows whose 在岗状态 is 调出/退休 (history in an export), left as they are. */
  skipped: Scalars['Int']['output'];
  /** UPDATE: rows matched to a person on duty whose record the file leaves as it is. */
  unchanged: Scalars['Int']['output'];
};

/**
 * A member of the 三支队伍 in one school year. Personal data is limited to what the viewer's
 * role needs: birth year, not birth date; the 身份证号 only as its last four characters, and
 * only to the staff member's own school and district.
 */
export type StaffMember = {
  __typename?: 'StaffMember';
  /** Age in years at 统计时点 (1 September of the school year). */
  age: Scalars['Int']['output'];
  backboneLabel: Scalars['String']['output'];
  backboneLevel: BackboneLevel;
  /** 蒙汉双语. */
  bilingual: Scalars['Boolean']['output'];
  birthYear: Scalars['Int']['output'];
  counsellingCertificate: Scalars['Boolean']['output'];
  /** The district, null for a city 教研员. */
  district?: Maybe<District>;
  /** 双师型. */
  dualQualified: Scalars['Boolean']['output'];
  education: EducationLevel;
  educationLabel: Scalars['String']['output'];
  ethnicity: Scalars['String']['output'];
  /** 专任教师. */
  fullTime: Scalars['Boolean']['output'];
  gender: Gender;
  genderLabel: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** e.g. **************123X; null for the city, or when not recorded. */
  idNumberMasked?: Maybe<Scalars['String']['output']>;
  /** 调出/退休日期 (ISO date), when status is not ACTIVE. */
  leftOn?: Maybe<Scalars['String']['output']>;
  mentalHealthTrained: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /**
   * 在册 at the school year's 统计时点 (1 September): counted in that year's roster figures (joined
   * on or before it, not left on or before it). A person who left in October is; one who joined in
   * October is not.
   */
  onRosterAtStatisticsDate: Scalars['Boolean']['output'];
  preschoolMajor: Scalars['Boolean']['output'];
  role: StaffRole;
  roleLabel: Scalars['String']['output'];
  /** The school, null for a 教研员. */
  school?: Maybe<School>;
  schoolYear: Scalars['Int']['output'];
  stage?: Maybe<Stage>;
  stageLabel?: Maybe<Scalars['String']['output']>;
  /** 入职/调入日期 (ISO date); null = on the roster since before the year's 统计时点 (1 September). */
  startedOn?: Maybe<Scalars['String']['output']>;
  status: StaffStatus;
  statusLabel: Scalars['String']['output'];
  subject?: Maybe<Subject>;
  subjectLabel?: Maybe<Scalars['String']['output']>;
  teacherCertificate: TeacherCertificate;
  teacherCertificateLabel: Scalars['String']['output'];
  title: Title;
  titleLabel: Scalars['String']['output'];
  /** Continuing-education hours in the current five-year cycle. */
  trainingHours: Scalars['Int']['output'];
  /** For optimistic concurrency on edits. */
  version: Scalars['Int']['output'];
};

export type StaffPage = {
  __typename?: 'StaffPage';
  items: Array<StaffMember>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Changes to a staff record: only the fields given change (null clears stage, subject or 身份证号). */
export type StaffPatch = {
  backboneLevel?: InputMaybe<BackboneLevel>;
  bilingual?: InputMaybe<Scalars['Boolean']['input']>;
  birthDate?: InputMaybe<Scalars['String']['input']>;
  counsellingCertificate?: InputMaybe<Scalars['Boolean']['input']>;
  dualQualified?: InputMaybe<Scalars['Boolean']['input']>;
  education?: InputMaybe<EducationLevel>;
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  fullTime?: InputMaybe<Scalars['Boolean']['input']>;
  gender?: InputMaybe<Gender>;
  idNumber?: InputMaybe<Scalars['String']['input']>;
  mentalHealthTrained?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  preschoolMajor?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<StaffRole>;
  stage?: InputMaybe<Stage>;
  /** 入职/调入日期 (ISO date; null clears it: on the roster since before the year's 统计时点). */
  startedOn?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Subject>;
  teacherCertificate?: InputMaybe<TeacherCertificate>;
  title?: InputMaybe<Title>;
  trainingHours?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of a roster mutation: the record as saved. */
export type StaffPayload = {
  __typename?: 'StaffPayload';
  staff: StaffMember;
};

export type { StaffRole };

export type { StaffStatus };

export type StaffingSummary = {
  __typename?: 'StaffingSummary';
  byAgeBand: Array<LabeledCount>;
  byEducation: Array<LabeledCount>;
  byGender: Array<LabeledCount>;
  byRole: Array<LabeledCount>;
  byTitle: Array<LabeledCount>;
  /**
   * 名册覆盖: reported = the unit's schools open at the year's 统计时点 (1 September) with at least
   * one roster row of that year on the roster at its 统计时点; expected = the unit's schools open at that 统计时点
   * (a school: 1, or 0 if it was not open). Label "2/135 所学校". 教研室 rosters are not counted as
   * units (each city and district has one, kept by the bureau); their 教研员 are in the counts.
   */
  coverage: Coverage;
  /** 专任教师 among them. */
  fullTimeTeachers: Scalars['Int']['output'];
  /** 暂定: the coverage is partial (some, not all, expected schools have a roster). */
  provisional: Scalars['Boolean']['output'];
  schoolYear: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  unit: OrgUnit;
};

export type { Stage };

/** A statistical year (统计学年) and where it stands. */
export type StatisticalYear = {
  __typename?: 'StatisticalYear';
  /** The school year in progress by the calendar (Beijing time, 统计时点 1 September). */
  current: Scalars['Boolean']['output'];
  /** True when the figures are final (正式): published and not reopened. Otherwise the apps mark them 预览. */
  final: Scalars['Boolean']['output'];
  /** 2025—2026学年. */
  label: Scalars['String']['output'];
  /** Every publication of the year, newest first. */
  publications: Array<YearPublication>;
  /** The latest publication's version (null: never published). */
  publishedVersion?: Maybe<Scalars['Int']['output']>;
  /** Start year, e.g. 2025 for 2025—2026学年. */
  schoolYear: Scalars['Int']['output'];
  state: SchoolYearState;
  /** 填报中 / 审核中 / 已发布 / 已重新开放. */
  stateLabel: Scalars['String']['output'];
  /** For optimistic concurrency: send it back with publishSchoolYear / reopenSchoolYear (0 before the first publication). */
  version: Scalars['Int']['output'];
};

/** The result of publishSchoolYear / reopenSchoolYear. */
export type StatisticalYearPayload = {
  __typename?: 'StatisticalYearPayload';
  year: StatisticalYear;
};

export type { Subject };

/** A unit's targets side by side with the units below it, over school years. */
export type TargetDashboard = {
  __typename?: 'TargetDashboard';
  /** The units directly below (districts of the city, schools of a district); empty for a school. */
  children: Array<OrgUnit>;
  fromYear: Scalars['Int']['output'];
  /** Every (unit or child, school year, target) result; filter by `unit.id` and `schoolYear`. */
  results: Array<TargetResult>;
  toYear: Scalars['Int']['output'];
  unit: OrgUnit;
  /** The statistical years of the range with their state: a year not `final` is shown as 预览. */
  years: Array<StatisticalYear>;
};

/** The rest of a row's results, per column of `targetIds` (null where there is no result). */
export type TargetDashboardDetails = {
  __typename?: 'TargetDashboardDetails';
  /** Index into `texts`: the coverage's label (17/51 所学校). */
  coverageLabels: Array<Maybe<Scalars['Int']['output']>>;
  denominatorLabels: Array<Maybe<Scalars['Int']['output']>>;
  denominators: Array<Maybe<Scalars['Float']['output']>>;
  /** 数据覆盖: 应报. */
  expected: Array<Maybe<Scalars['Int']['output']>>;
  /** Index into the table's `milestones`; null without one. */
  milestones: Array<Maybe<Scalars['Int']['output']>>;
  /** Index into `texts`; null without a label. */
  numeratorLabels: Array<Maybe<Scalars['Int']['output']>>;
  numerators: Array<Maybe<Scalars['Float']['output']>>;
  /** The publication read from (已发布 vN); null when computed now (预览). */
  publishedVersions: Array<Maybe<Scalars['Int']['output']>>;
  /** Index into `texts`: why there is no value, or a note on the value; null without one. */
  reasons: Array<Maybe<Scalars['Int']['output']>>;
  /** 数据覆盖: 已报. */
  reported: Array<Maybe<Scalars['Int']['output']>>;
  /** 按进度本年应达. */
  requiredNow: Array<Maybe<Scalars['Float']['output']>>;
  /** 达成路径 (TargetResult.whatItTakes): index into `texts`; null where the result has none. */
  whatItTakes: Array<Maybe<Scalars['Int']['output']>>;
};

/**
 * One unit in one school year: per column of `targetIds`, the result or null where there is none
 * (the plan does not measure the target at the unit's level: 不适用). A C1–C7 column holds the
 * unit's result of that stage (null where the unit has none, e.g. 初中 of a 小学); a C1–C7 result
 * without a stage (why there is none: the city, a kindergarten) fills each of the target's columns.
 */
export type TargetDashboardRow = {
  __typename?: 'TargetDashboardRow';
  /** The focused year (or every year with allYearsInFull) in full; null for a trend year. */
  details?: Maybe<TargetDashboardDetails>;
  /** 暂定 (coverage below full). */
  provisional: Array<Maybe<Scalars['Boolean']['output']>>;
  schoolYear: Scalars['Int']['output'];
  statuses: Array<Maybe<TargetStatus>>;
  /** The unit's id; null for the city. */
  unitId?: Maybe<Scalars['ID']['output']>;
  /** In each target's unit; null without a value. */
  values: Array<Maybe<Scalars['Float']['output']>>;
};

/** 指标总览 as a compact table: one row per (unit, school year), one column per target. */
export type TargetDashboardTable = {
  __typename?: 'TargetDashboardTable';
  /** The page of units directly below (districts of the city, schools of a district); empty for a school. */
  children: Array<OrgUnit>;
  childrenLimit: Scalars['Int']['output'];
  childrenOffset: Scalars['Int']['output'];
  /** How many units are directly below in all (of `schoolTypes` when given). */
  childrenTotal: Scalars['Int']['output'];
  fromYear: Scalars['Int']['output'];
  /** The milestones statuses are judged against, each once; `details.milestones` index into it. */
  milestones: Array<Milestone>;
  /** The unit's rows, then each unit's below on the page, each over fromYear–toYear. */
  rows: Array<TargetDashboardRow>;
  /** The year in full. */
  schoolYear: Scalars['Int']['output'];
  /**
   * The stage of each column (parallel to `targetIds`): PRIMARY 小学 or JUNIOR_SECONDARY 初中 for a
   * C1–C7 column; null for every other target, and for a C1–C7 target no unit has a stage of.
   */
  stages: Array<Maybe<Stage>>;
  /**
   * The columns of every row, in the plan's order: the targets measured at the unit's level (or
   * those named). A C1–C7 target (优质均衡) has a column per stage any unit has a result of, 小学
   * then 初中 (its id twice, `stages` telling them apart), as 规划指标 and the Excel have a row per
   * stage.
   */
  targetIds: Array<Scalars['ID']['output']>;
  /** The texts of the details (reasons, numerator and denominator labels, coverage labels), each once. */
  texts: Array<Scalars['String']['output']>;
  toYear: Scalars['Int']['output'];
  unit: OrgUnit;
  /** The statistical years of the range with their state: a year not `final` is shown as 预览. */
  years: Array<StatisticalYear>;
};

export type TargetGroup =
  /** 教育事业发展和人力资源开发主要预期指标 (the plan's indicator table) */
  | 'A'
  /** Targets in the plan's text */
  | 'B'
  /** 义务教育优质均衡 resource indicators (教督〔2017〕6号) */
  | 'C';

/** A target's value for one unit and school year, with how it was computed. */
export type TargetResult = {
  __typename?: 'TargetResult';
  /** A district's 差异系数 (student-weighted coefficient of variation) of a C1–C7 indicator. */
  coefficientOfVariation?: Maybe<Scalars['Float']['output']>;
  /** The limit of that 差异系数: 0.50 for 小学, 0.45 for 初中 (教督〔2017〕6号). */
  coefficientOfVariationLimit?: Maybe<Scalars['Float']['output']>;
  /** The coverage of the value (reported over expected units). */
  coverage: Coverage;
  /** Denominator of a ratio. */
  denominator?: Maybe<Scalars['Float']['output']>;
  denominatorLabel?: Maybe<Scalars['String']['output']>;
  /** The milestone the status is judged against (the next due, or the last one). */
  milestone?: Maybe<Milestone>;
  /** Numerator of a ratio, or the count. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** What the numerator counts, in Chinese (e.g. 本科及以上学历专任教师). */
  numeratorLabel?: Maybe<Scalars['String']['output']>;
  /** 暂定: the value is computed from part of the expected units (coverage below full). */
  provisional: Scalars['Boolean']['output'];
  /**
   * The publication the result was read from (a published year's stored figure); null when it was
   * computed now (a year not published, or reopened: 预览).
   */
  publishedVersion?: Maybe<Scalars['Int']['output']>;
  /** Why there is no value, in Chinese. */
  reason?: Maybe<Scalars['String']['output']>;
  /** For a future milestone: the value a straight line from the 2020 baseline needs this year. */
  requiredNow?: Maybe<Scalars['Float']['output']>;
  schoolYear: Scalars['Int']['output'];
  /** The stage of a C1–C7 value (PRIMARY 小学 or JUNIOR_SECONDARY 初中); null for other targets. */
  stage?: Maybe<Stage>;
  /** 小学 / 初中, for a C1–C7 value. */
  stageLabel?: Maybe<Scalars['String']['output']>;
  status: TargetStatus;
  statusLabel: Scalars['String']['output'];
  target: PlanTarget;
  unit: OrgUnit;
  /**
   * The reporting units whose data went into the value, counted in the unit `coverage.label`
   * names: schools (所学校), districts (个区), registers (份登记册) or city figures (项市级填报数据).
   */
  unitsIncluded: Scalars['Int']['output'];
  /** The reporting units expected in scope with no data for this year (same unit as unitsIncluded). */
  unitsMissing: Scalars['Int']['output'];
  /** In the target's unit; null when it cannot be computed (see reason). */
  value?: Maybe<Scalars['Float']['output']>;
  /**
   * 达成路径 (issue 13): for a roster target 滞后于进度 or 未达标 — A07, A08, A09, B33, B34, B35 (staff
   * ratios), B08 (schools with a PE teacher) and B43 (training hours) — what it takes on the roster to
   * reach `milestone`, in Chinese, e.g. "按 2025 年目标值 95% 测算，需现有 175 名专科及以下学历专任教师中
   * 24 人完成本科学历提升；或新增本科及以上学历专任教师 461 人。" — led by the teachers in post gaining
   * the qualification; hiring offered only up to a fifth of the current staff, beyond it "仅靠新增…需
   * N 人（相当于现有教师的 X%），不宜作为主要途径" (@edu2035/domain whatItTakes). Null for any other
   * status or target, a milestone without a number, or no denominator.
   */
  whatItTakes?: Maybe<Scalars['String']['output']>;
};

export type { TargetStatus };

export type { TeacherCertificate };

export type { Title };

/** A school or district a 待办 item lists. */
export type TodoEntry = {
  __typename?: 'TodoEntry';
  /** e.g. 已退回, 草稿, 未报送 3 所 · 待审核 2 份. */
  detail?: Maybe<Scalars['String']['output']>;
  /** The school's or district's id. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The school year, where it differs from the item's (a report of an earlier year awaiting review). */
  schoolYear?: Maybe<Scalars['Int']['output']>;
};

/** One 待办 item. */
export type TodoItem = {
  __typename?: 'TodoItem';
  /** How many (reports, schools, districts, people, figures), at least 1. */
  count: Scalars['Int']['output'];
  /** Whole days left to the deadline (0 on its last day); null without a deadline or once past it. */
  daysLeft?: Maybe<Scalars['Int']['output']>;
  /** 截止时间, where one applies. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** Details: the reviewer's comment of a return, the state of a report, what is missing. */
  detail?: Maybe<Scalars['String']['output']>;
  /** The schools or districts concerned (reports awaiting review, schools not reporting, districts behind). */
  entries: Array<TodoEntry>;
  kind: TodoKind;
  /** The app page to open (the app's route key, e.g. report, roster, review, inputs, progress, years). */
  link: Scalars['String']['output'];
  /** 逾期: the deadline has passed. */
  overdue: Scalars['Boolean']['output'];
  /** The school year it concerns. */
  schoolYear: Scalars['Int']['output'];
  /** 中文标题, e.g. 填报并提交2026—2027学年年报. */
  title: Scalars['String']['output'];
};

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

/** The 待办 of the viewer's unit. */
export type TodoList = {
  __typename?: 'TodoList';
  /** 截止时间 of the current year's reporting period; null when the city has not set one. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  items: Array<TodoItem>;
  /** The current school year (start year) the list is about. */
  schoolYear: Scalars['Int']['output'];
};

export type TransitionRate = {
  __typename?: 'TransitionRate';
  /** Transition key, e.g. "primary:6>junior_secondary:7" (Projection.rates lists every key). */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  rate: Scalars['Float']['output'];
};

export type TransitionRateInput = {
  key: Scalars['String']['input'];
  rate: Scalars['Float']['input'];
};

export type UpdateCityInput = {
  bureauName: Scalars['String']['input'];
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateDistrictInput = {
  code: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  sortOrder: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateSchoolInput = {
  code: Scalars['String']['input'];
  ethnic: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  inclusive: Scalars['Boolean']['input'];
  miningArea: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  openedOn?: InputMaybe<Scalars['String']['input']>;
  ownership: Ownership;
  teachingPoint: Scalars['Boolean']['input'];
  type: SchoolType;
  urbanRuralCode: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  username: Scalars['String']['output'];
};

/** The logged-in account and its slice of the city (its org unit). */
export type Viewer = {
  __typename?: 'Viewer';
  /** The city this platform serves (names and titles in the apps). */
  city: City;
  /** The district of a district or school account. */
  district?: Maybe<District>;
  level: OrgLevel;
  /**
   * A one-time password is in use: until it is changed (changePassword) every other operation
   * answers PASSWORD_CHANGE_REQUIRED.
   */
  mustChangePassword: Scalars['Boolean']['output'];
  /** The unit the account belongs to: the city, its district or its school. */
  orgUnit: OrgUnit;
  /** The school of a school account. */
  school?: Maybe<School>;
  user: User;
};

export type WithdrawRegisterConfirmationPayload = {
  __typename?: 'WithdrawRegisterConfirmationPayload';
  kind: RegisterKind;
  schoolYear: Scalars['Int']['output'];
};

/** One publication (发布) of a year. */
export type YearPublication = {
  __typename?: 'YearPublication';
  note?: Maybe<Scalars['String']['output']>;
  publishedAt: Scalars['DateTime']['output'];
  /** Display name of the account that published it. */
  publishedBy?: Maybe<Scalars['String']['output']>;
  reopenReason?: Maybe<Scalars['String']['output']>;
  /** When the city reopened the year after this publication (null: still the current one). */
  reopenedAt?: Maybe<Scalars['DateTime']['output']>;
  reopenedBy?: Maybe<Scalars['String']['output']>;
  /** 1, 2 … */
  version: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<UserRowModel>;
  AccountFilter: AccountFilter;
  AccountPayload: ResolverTypeWrapper<Omit<AccountPayload, 'account'> & { account: ResolversTypes['Account'] }>;
  AccountVersionInput: AccountVersionInput;
  AddStaffInput: AddStaffInput;
  AreaType: AreaType;
  AuditEntry: ResolverTypeWrapper<AuditEntryModelModel>;
  AuditFilter: AuditFilter;
  AuditPage: ResolverTypeWrapper<Omit<AuditPage, 'items'> & { items: Array<ResolversTypes['AuditEntry']> }>;
  BackboneLevel: BackboneLevel;
  BackfillPayload: ResolverTypeWrapper<Omit<BackfillPayload, 'windows'> & { windows: Array<ResolversTypes['BackfillWindow']> }>;
  BackfillWindow: ResolverTypeWrapper<BackfillWindowRowModel>;
  BackfillWindowPayload: ResolverTypeWrapper<Omit<BackfillWindowPayload, 'window'> & { window: ResolversTypes['BackfillWindow'] }>;
  BalanceAction: ResolverTypeWrapper<Omit<BalanceAction, 'fromSchool' | 'indicator' | 'school'> & { fromSchool?: Maybe<ResolversTypes['School']>, indicator: ResolversTypes['BalanceIndicator'], school: ResolversTypes['School'] }>;
  BalanceActionInput: BalanceActionInput;
  BalanceActionKind: BalanceActionKind;
  BalanceAssessment: ResolverTypeWrapper<BalanceAssessmentModelModel>;
  BalanceCertification: ResolverTypeWrapper<BalanceCertification>;
  BalanceExcludedSchool: ResolverTypeWrapper<Omit<BalanceExcludedSchool, 'school'> & { school: ResolversTypes['School'] }>;
  BalanceExclusionReason: BalanceExclusionReason;
  BalanceIndicator: ResolverTypeWrapper<BalanceIndicatorModel>;
  BalanceIndicatorId: BalanceIndicatorId;
  BalanceIndicatorUnit: BalanceIndicatorUnit;
  BalanceIndicatorValue: ResolverTypeWrapper<Omit<BalanceIndicatorValue, 'indicator'> & { indicator: ResolversTypes['BalanceIndicator'] }>;
  BalanceOutcome: BalanceOutcome;
  BalancePlan: ResolverTypeWrapper<Omit<BalancePlan, 'actions' | 'district' | 'otherStage' | 'schools' | 'variations'> & { actions: Array<ResolversTypes['BalanceAction']>, district: ResolversTypes['District'], otherStage?: Maybe<ResolversTypes['BalancePlanOtherStage']>, schools: Array<ResolversTypes['BalancePlanSchool']>, variations: Array<ResolversTypes['BalancePlanVariation']> }>;
  BalancePlanInput: BalancePlanInput;
  BalancePlanMode: BalancePlanMode;
  BalancePlanOtherStage: ResolverTypeWrapper<Omit<BalancePlanOtherStage, 'schools' | 'variations'> & { schools: Array<ResolversTypes['BalancePlanSchool']>, variations: Array<ResolversTypes['BalancePlanVariation']> }>;
  BalancePlanSchool: ResolverTypeWrapper<Omit<BalancePlanSchool, 'after' | 'before' | 'school'> & { after: ResolversTypes['BalancePlanSchoolState'], before: ResolversTypes['BalancePlanSchoolState'], school: ResolversTypes['School'] }>;
  BalancePlanSchoolState: ResolverTypeWrapper<Omit<BalancePlanSchoolState, 'indicators'> & { indicators: Array<ResolversTypes['BalanceIndicatorValue']> }>;
  BalancePlanVariation: ResolverTypeWrapper<Omit<BalancePlanVariation, 'indicator'> & { indicator: ResolversTypes['BalanceIndicator'] }>;
  BalanceRule: BalanceRule;
  BalanceRuleFailure: ResolverTypeWrapper<BalanceRuleFailure>;
  BalanceSchoolResult: ResolverTypeWrapper<BalanceSchoolResultModelModel>;
  BalanceShortfall: ResolverTypeWrapper<Omit<BalanceShortfall, 'indicator' | 'school'> & { indicator: ResolversTypes['BalanceIndicator'], school: ResolversTypes['School'] }>;
  BalanceShortfallKind: BalanceShortfallKind;
  BalanceStageAssessment: ResolverTypeWrapper<BalanceStageAssessmentModelModel>;
  BalanceUnitCost: ResolverTypeWrapper<BalanceUnitCost>;
  BalanceUnitCostInput: BalanceUnitCostInput;
  BalanceVariation: ResolverTypeWrapper<Omit<BalanceVariation, 'indicator'> & { indicator: ResolversTypes['BalanceIndicator'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ResolverTypeWrapper<Omit<ChangePasswordPayload, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  City: ResolverTypeWrapper<CityRowModel>;
  CityInputs: ResolverTypeWrapper<CityInputRowModel>;
  CityInputsInput: CityInputsInput;
  CityInputsPayload: ResolverTypeWrapper<Omit<CityInputsPayload, 'cityInputs'> & { cityInputs: ResolversTypes['CityInputs'] }>;
  CityPayload: ResolverTypeWrapper<Omit<CityPayload, 'city'> & { city: ResolversTypes['City'] }>;
  CloseDistrictInput: CloseDistrictInput;
  CloseSchoolInput: CloseSchoolInput;
  Comparator: Comparator;
  CompletenessCounts: ResolverTypeWrapper<CompletenessCountsModelModel>;
  CompletenessEntry: ResolverTypeWrapper<CompletenessEntryModelModel>;
  Coverage: ResolverTypeWrapper<CoverageModel>;
  CreateAccountInput: CreateAccountInput;
  CreateDistrictInput: CreateDistrictInput;
  CreateSchoolAccountsInput: CreateSchoolAccountsInput;
  CreateSchoolAccountsPayload: ResolverTypeWrapper<Omit<CreateSchoolAccountsPayload, 'created' | 'skipped'> & { created: Array<ResolversTypes['OneTimePasswordPayload']>, skipped: Array<ResolversTypes['School']> }>;
  CreateSchoolInput: CreateSchoolInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteProjectionScenarioPayload: ResolverTypeWrapper<DeleteProjectionScenarioPayload>;
  DeleteRegisterEntryPayload: ResolverTypeWrapper<DeleteRegisterEntryPayload>;
  District: ResolverTypeWrapper<DistrictRowModel>;
  DistrictBirthYear: ResolverTypeWrapper<DistrictBirthRowModel>;
  DistrictBirthYearInput: DistrictBirthYearInput;
  DistrictBirthsInput: DistrictBirthsInput;
  DistrictBirthsPayload: ResolverTypeWrapper<Omit<DistrictBirthsPayload, 'births'> & { births: Array<ResolversTypes['DistrictBirthYear']> }>;
  DistrictCompleteness: ResolverTypeWrapper<Omit<DistrictCompleteness, 'counts' | 'district'> & { counts: ResolversTypes['CompletenessCounts'], district: ResolversTypes['District'] }>;
  DistrictInputs: ResolverTypeWrapper<DistrictInputRowModel>;
  DistrictInputsInput: DistrictInputsInput;
  DistrictInputsPayload: ResolverTypeWrapper<Omit<DistrictInputsPayload, 'districtInputs'> & { districtInputs: ResolversTypes['DistrictInputs'] }>;
  DistrictPayload: ResolverTypeWrapper<Omit<DistrictPayload, 'district'> & { district: ResolversTypes['District'] }>;
  EducationLevel: EducationLevel;
  ExcelFile: ResolverTypeWrapper<ExcelFile>;
  ExcelImportError: ResolverTypeWrapper<ExcelImportError>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gender: Gender;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LabeledCount: ResolverTypeWrapper<LabeledCount>;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<Omit<LoginPayload, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  MarkNoticesReadPayload: ResolverTypeWrapper<MarkNoticesReadPayload>;
  MergeSchoolInput: MergeSchoolInput;
  Milestone: ResolverTypeWrapper<MilestoneModel>;
  MonitoringReportFile: ResolverTypeWrapper<MonitoringReportFile>;
  MonitoringReportFormat: MonitoringReportFormat;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notice: ResolverTypeWrapper<Notice>;
  NoticeKind: NoticeKind;
  NoticePage: ResolverTypeWrapper<NoticePage>;
  OneTimePasswordPayload: ResolverTypeWrapper<Omit<OneTimePasswordPayload, 'account'> & { account: ResolversTypes['Account'] }>;
  OpenBackfillInput: OpenBackfillInput;
  OrgLevel: OrgLevel;
  OrgUnit: ResolverTypeWrapper<OrgUnitModelModel>;
  OrgUnitInput: OrgUnitInput;
  Ownership: Ownership;
  PasswordPolicy: ResolverTypeWrapper<PasswordPolicy>;
  PlanTarget: ResolverTypeWrapper<PlanTargetModel>;
  Projection: ResolverTypeWrapper<ProjectionModelModel>;
  ProjectionAssumptions: ResolverTypeWrapper<ProjectionAssumptions>;
  ProjectionAssumptionsInput: ProjectionAssumptionsInput;
  ProjectionBirthYear: ResolverTypeWrapper<ProjectionBirthYear>;
  ProjectionCoverage: ResolverTypeWrapper<Omit<ProjectionCoverage, 'years'> & { years: Array<ResolversTypes['ProjectionCoverageYear']> }>;
  ProjectionCoverageYear: ResolverTypeWrapper<Omit<ProjectionCoverageYear, 'missingSchools' | 'schools'> & { missingSchools: Array<ResolversTypes['School']>, schools: Array<ResolversTypes['School']> }>;
  ProjectionGrade: ResolverTypeWrapper<ProjectionGrade>;
  ProjectionRate: ResolverTypeWrapper<ProjectionRate>;
  ProjectionScenario: ResolverTypeWrapper<ProjectionScenarioModelModel>;
  ProjectionScenarioInput: ProjectionScenarioInput;
  ProjectionScenarioPayload: ResolverTypeWrapper<Omit<ProjectionScenarioPayload, 'scenario'> & { scenario: ResolversTypes['ProjectionScenario'] }>;
  ProjectionStageYear: ResolverTypeWrapper<ProjectionStageYear>;
  ProjectionTargetHold: ResolverTypeWrapper<ProjectionTargetHold>;
  ProjectionTeacherKind: ResolverTypeWrapper<ProjectionTeacherKind>;
  ProjectionTeachers: ResolverTypeWrapper<ProjectionTeachers>;
  ProjectionYear: ResolverTypeWrapper<ProjectionYear>;
  PublicationReadiness: ResolverTypeWrapper<PublicationReadinessModelModel>;
  PublishedFigure: ResolverTypeWrapper<PublishedFigureModelModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecognitionLevel: RecognitionLevel;
  RegisterConfirmation: ResolverTypeWrapper<RegisterConfirmationRowModel>;
  RegisterConfirmationPayload: ResolverTypeWrapper<Omit<RegisterConfirmationPayload, 'confirmation'> & { confirmation: ResolversTypes['RegisterConfirmation'] }>;
  RegisterEntry: ResolverTypeWrapper<RegisterRowModel>;
  RegisterEntryInput: RegisterEntryInput;
  RegisterEntryPayload: ResolverTypeWrapper<Omit<RegisterEntryPayload, 'entry'> & { entry: ResolversTypes['RegisterEntry'] }>;
  RegisterFilter: RegisterFilter;
  RegisterKind: RegisterKind;
  RegisterKindInfo: ResolverTypeWrapper<RegisterKindInfoModel>;
  ReopenSchoolInput: ReopenSchoolInput;
  ReportCompleteness: ResolverTypeWrapper<ReportCompletenessModelModel>;
  ReportExemption: ResolverTypeWrapper<ReportExemptionModelModel>;
  ReportFlag: ResolverTypeWrapper<ReportFlag>;
  ReportFlagKind: ReportFlagKind;
  ReportGrade: ResolverTypeWrapper<SchoolReportGradeRowModel>;
  ReportGradeInput: ReportGradeInput;
  ReportImportResult: ResolverTypeWrapper<ReportImportResultModelModel>;
  ReportPayload: ResolverTypeWrapper<Omit<ReportPayload, 'report'> & { report: ResolversTypes['SchoolReport'] }>;
  ReportQueue: ResolverTypeWrapper<ReportQueueModelModel>;
  ReportQueueEntry: ResolverTypeWrapper<ReportQueueEntryModelModel>;
  ReportReminderPayload: ResolverTypeWrapper<Omit<ReportReminderPayload, 'schools'> & { schools: Array<ResolversTypes['School']> }>;
  ReportStatus: ReportStatus;
  ReportingPeriod: ResolverTypeWrapper<ReportingPeriodModelModel>;
  ReportingPeriodPayload: ResolverTypeWrapper<Omit<ReportingPeriodPayload, 'period'> & { period: ResolversTypes['ReportingPeriod'] }>;
  RosterRolloverPayload: ResolverTypeWrapper<Omit<RosterRolloverPayload, 'units'> & { units: Array<ResolversTypes['RosterRolloverUnit']> }>;
  RosterRolloverStatus: ResolverTypeWrapper<Omit<RosterRolloverStatus, 'unit'> & { unit: ResolversTypes['OrgUnit'] }>;
  RosterRolloverUnit: ResolverTypeWrapper<Omit<RosterRolloverUnit, 'unit'> & { unit: ResolversTypes['OrgUnit'] }>;
  SaveReportDraftInput: SaveReportDraftInput;
  School: ResolverTypeWrapper<SchoolRowModel>;
  SchoolBalance: ResolverTypeWrapper<SchoolBalanceModelModel>;
  SchoolImportResult: ResolverTypeWrapper<Omit<SchoolImportResult, 'schools'> & { schools: Array<ResolversTypes['School']> }>;
  SchoolPayload: ResolverTypeWrapper<Omit<SchoolPayload, 'school'> & { school: ResolversTypes['School'] }>;
  SchoolReport: ResolverTypeWrapper<SchoolReportModelModel>;
  SchoolStatus: SchoolStatus;
  SchoolType: SchoolType;
  SchoolTypeCompleteness: ResolverTypeWrapper<Omit<SchoolTypeCompleteness, 'counts'> & { counts: ResolversTypes['CompletenessCounts'] }>;
  SchoolYear: ResolverTypeWrapper<SchoolYear>;
  SchoolYearState: SchoolYearState;
  SetAccountActiveInput: SetAccountActiveInput;
  StaffFilter: StaffFilter;
  StaffImportChange: ResolverTypeWrapper<Omit<StaffImportChange, 'staff'> & { staff: ResolversTypes['StaffMember'] }>;
  StaffImportMissing: ResolverTypeWrapper<Omit<StaffImportMissing, 'staff'> & { staff: ResolversTypes['StaffMember'] }>;
  StaffImportMode: StaffImportMode;
  StaffImportNewPerson: ResolverTypeWrapper<StaffImportNewPerson>;
  StaffImportResult: ResolverTypeWrapper<Omit<StaffImportResult, 'changes' | 'missing'> & { changes: Array<ResolversTypes['StaffImportChange']>, missing: Array<ResolversTypes['StaffImportMissing']> }>;
  StaffMember: ResolverTypeWrapper<StaffMemberModelModel>;
  StaffPage: ResolverTypeWrapper<Omit<StaffPage, 'items'> & { items: Array<ResolversTypes['StaffMember']> }>;
  StaffPatch: StaffPatch;
  StaffPayload: ResolverTypeWrapper<Omit<StaffPayload, 'staff'> & { staff: ResolversTypes['StaffMember'] }>;
  StaffRole: StaffRole;
  StaffStatus: StaffStatus;
  StaffingSummary: ResolverTypeWrapper<StaffingSummaryModelModel>;
  Stage: Stage;
  StatisticalYear: ResolverTypeWrapper<StatisticalYearModelModel>;
  StatisticalYearPayload: ResolverTypeWrapper<Omit<StatisticalYearPayload, 'year'> & { year: ResolversTypes['StatisticalYear'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subject: Subject;
  TargetDashboard: ResolverTypeWrapper<TargetDashboardModelModel>;
  TargetDashboardDetails: ResolverTypeWrapper<TargetDashboardDetails>;
  TargetDashboardRow: ResolverTypeWrapper<TargetDashboardRow>;
  TargetDashboardTable: ResolverTypeWrapper<Omit<TargetDashboardTable, 'children' | 'milestones' | 'unit' | 'years'> & { children: Array<ResolversTypes['OrgUnit']>, milestones: Array<ResolversTypes['Milestone']>, unit: ResolversTypes['OrgUnit'], years: Array<ResolversTypes['StatisticalYear']> }>;
  TargetGroup: TargetGroup;
  TargetResult: ResolverTypeWrapper<TargetResultModelModel>;
  TargetStatus: TargetStatus;
  TeacherCertificate: TeacherCertificate;
  Title: Title;
  TodoEntry: ResolverTypeWrapper<TodoEntry>;
  TodoItem: ResolverTypeWrapper<TodoItem>;
  TodoKind: TodoKind;
  TodoList: ResolverTypeWrapper<TodoList>;
  TransitionRate: ResolverTypeWrapper<TransitionRate>;
  TransitionRateInput: TransitionRateInput;
  UpdateCityInput: UpdateCityInput;
  UpdateDistrictInput: UpdateDistrictInput;
  UpdateSchoolInput: UpdateSchoolInput;
  User: ResolverTypeWrapper<UserModelModel>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  WithdrawRegisterConfirmationPayload: ResolverTypeWrapper<WithdrawRegisterConfirmationPayload>;
  YearPublication: ResolverTypeWrapper<YearPublicationModelModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: UserRowModel;
  AccountFilter: AccountFilter;
  AccountPayload: Omit<AccountPayload, 'account'> & { account: ResolversParentTypes['Account'] };
  AccountVersionInput: AccountVersionInput;
  AddStaffInput: AddStaffInput;
  AuditEntry: AuditEntryModelModel;
  AuditFilter: AuditFilter;
  AuditPage: Omit<AuditPage, 'items'> & { items: Array<ResolversParentTypes['AuditEntry']> };
  BackfillPayload: Omit<BackfillPayload, 'windows'> & { windows: Array<ResolversParentTypes['BackfillWindow']> };
  BackfillWindow: BackfillWindowRowModel;
  BackfillWindowPayload: Omit<BackfillWindowPayload, 'window'> & { window: ResolversParentTypes['BackfillWindow'] };
  BalanceAction: Omit<BalanceAction, 'fromSchool' | 'indicator' | 'school'> & { fromSchool?: Maybe<ResolversParentTypes['School']>, indicator: ResolversParentTypes['BalanceIndicator'], school: ResolversParentTypes['School'] };
  BalanceActionInput: BalanceActionInput;
  BalanceAssessment: BalanceAssessmentModelModel;
  BalanceCertification: BalanceCertification;
  BalanceExcludedSchool: Omit<BalanceExcludedSchool, 'school'> & { school: ResolversParentTypes['School'] };
  BalanceIndicator: BalanceIndicatorModel;
  BalanceIndicatorValue: Omit<BalanceIndicatorValue, 'indicator'> & { indicator: ResolversParentTypes['BalanceIndicator'] };
  BalancePlan: Omit<BalancePlan, 'actions' | 'district' | 'otherStage' | 'schools' | 'variations'> & { actions: Array<ResolversParentTypes['BalanceAction']>, district: ResolversParentTypes['District'], otherStage?: Maybe<ResolversParentTypes['BalancePlanOtherStage']>, schools: Array<ResolversParentTypes['BalancePlanSchool']>, variations: Array<ResolversParentTypes['BalancePlanVariation']> };
  BalancePlanInput: BalancePlanInput;
  BalancePlanOtherStage: Omit<BalancePlanOtherStage, 'schools' | 'variations'> & { schools: Array<ResolversParentTypes['BalancePlanSchool']>, variations: Array<ResolversParentTypes['BalancePlanVariation']> };
  BalancePlanSchool: Omit<BalancePlanSchool, 'after' | 'before' | 'school'> & { after: ResolversParentTypes['BalancePlanSchoolState'], before: ResolversParentTypes['BalancePlanSchoolState'], school: ResolversParentTypes['School'] };
  BalancePlanSchoolState: Omit<BalancePlanSchoolState, 'indicators'> & { indicators: Array<ResolversParentTypes['BalanceIndicatorValue']> };
  BalancePlanVariation: Omit<BalancePlanVariation, 'indicator'> & { indicator: ResolversParentTypes['BalanceIndicator'] };
  BalanceRuleFailure: BalanceRuleFailure;
  BalanceSchoolResult: BalanceSchoolResultModelModel;
  BalanceShortfall: Omit<BalanceShortfall, 'indicator' | 'school'> & { indicator: ResolversParentTypes['BalanceIndicator'], school: ResolversParentTypes['School'] };
  BalanceStageAssessment: BalanceStageAssessmentModelModel;
  BalanceUnitCost: BalanceUnitCost;
  BalanceUnitCostInput: BalanceUnitCostInput;
  BalanceVariation: Omit<BalanceVariation, 'indicator'> & { indicator: ResolversParentTypes['BalanceIndicator'] };
  Boolean: Scalars['Boolean']['output'];
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: Omit<ChangePasswordPayload, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  City: CityRowModel;
  CityInputs: CityInputRowModel;
  CityInputsInput: CityInputsInput;
  CityInputsPayload: Omit<CityInputsPayload, 'cityInputs'> & { cityInputs: ResolversParentTypes['CityInputs'] };
  CityPayload: Omit<CityPayload, 'city'> & { city: ResolversParentTypes['City'] };
  CloseDistrictInput: CloseDistrictInput;
  CloseSchoolInput: CloseSchoolInput;
  CompletenessCounts: CompletenessCountsModelModel;
  CompletenessEntry: CompletenessEntryModelModel;
  Coverage: CoverageModel;
  CreateAccountInput: CreateAccountInput;
  CreateDistrictInput: CreateDistrictInput;
  CreateSchoolAccountsInput: CreateSchoolAccountsInput;
  CreateSchoolAccountsPayload: Omit<CreateSchoolAccountsPayload, 'created' | 'skipped'> & { created: Array<ResolversParentTypes['OneTimePasswordPayload']>, skipped: Array<ResolversParentTypes['School']> };
  CreateSchoolInput: CreateSchoolInput;
  DateTime: Scalars['DateTime']['output'];
  DeleteProjectionScenarioPayload: DeleteProjectionScenarioPayload;
  DeleteRegisterEntryPayload: DeleteRegisterEntryPayload;
  District: DistrictRowModel;
  DistrictBirthYear: DistrictBirthRowModel;
  DistrictBirthYearInput: DistrictBirthYearInput;
  DistrictBirthsInput: DistrictBirthsInput;
  DistrictBirthsPayload: Omit<DistrictBirthsPayload, 'births'> & { births: Array<ResolversParentTypes['DistrictBirthYear']> };
  DistrictCompleteness: Omit<DistrictCompleteness, 'counts' | 'district'> & { counts: ResolversParentTypes['CompletenessCounts'], district: ResolversParentTypes['District'] };
  DistrictInputs: DistrictInputRowModel;
  DistrictInputsInput: DistrictInputsInput;
  DistrictInputsPayload: Omit<DistrictInputsPayload, 'districtInputs'> & { districtInputs: ResolversParentTypes['DistrictInputs'] };
  DistrictPayload: Omit<DistrictPayload, 'district'> & { district: ResolversParentTypes['District'] };
  ExcelFile: ExcelFile;
  ExcelImportError: ExcelImportError;
  Float: Scalars['Float']['output'];
  Health: Health;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LabeledCount: LabeledCount;
  LoginInput: LoginInput;
  LoginPayload: Omit<LoginPayload, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  LogoutPayload: LogoutPayload;
  MarkNoticesReadPayload: MarkNoticesReadPayload;
  MergeSchoolInput: MergeSchoolInput;
  Milestone: MilestoneModel;
  MonitoringReportFile: MonitoringReportFile;
  Mutation: Record<PropertyKey, never>;
  Notice: Notice;
  NoticePage: NoticePage;
  OneTimePasswordPayload: Omit<OneTimePasswordPayload, 'account'> & { account: ResolversParentTypes['Account'] };
  OpenBackfillInput: OpenBackfillInput;
  OrgUnit: OrgUnitModelModel;
  OrgUnitInput: OrgUnitInput;
  PasswordPolicy: PasswordPolicy;
  PlanTarget: PlanTargetModel;
  Projection: ProjectionModelModel;
  ProjectionAssumptions: ProjectionAssumptions;
  ProjectionAssumptionsInput: ProjectionAssumptionsInput;
  ProjectionBirthYear: ProjectionBirthYear;
  ProjectionCoverage: Omit<ProjectionCoverage, 'years'> & { years: Array<ResolversParentTypes['ProjectionCoverageYear']> };
  ProjectionCoverageYear: Omit<ProjectionCoverageYear, 'missingSchools' | 'schools'> & { missingSchools: Array<ResolversParentTypes['School']>, schools: Array<ResolversParentTypes['School']> };
  ProjectionGrade: ProjectionGrade;
  ProjectionRate: ProjectionRate;
  ProjectionScenario: ProjectionScenarioModelModel;
  ProjectionScenarioInput: ProjectionScenarioInput;
  ProjectionScenarioPayload: Omit<ProjectionScenarioPayload, 'scenario'> & { scenario: ResolversParentTypes['ProjectionScenario'] };
  ProjectionStageYear: ProjectionStageYear;
  ProjectionTargetHold: ProjectionTargetHold;
  ProjectionTeacherKind: ProjectionTeacherKind;
  ProjectionTeachers: ProjectionTeachers;
  ProjectionYear: ProjectionYear;
  PublicationReadiness: PublicationReadinessModelModel;
  PublishedFigure: PublishedFigureModelModel;
  Query: Record<PropertyKey, never>;
  RegisterConfirmation: RegisterConfirmationRowModel;
  RegisterConfirmationPayload: Omit<RegisterConfirmationPayload, 'confirmation'> & { confirmation: ResolversParentTypes['RegisterConfirmation'] };
  RegisterEntry: RegisterRowModel;
  RegisterEntryInput: RegisterEntryInput;
  RegisterEntryPayload: Omit<RegisterEntryPayload, 'entry'> & { entry: ResolversParentTypes['RegisterEntry'] };
  RegisterFilter: RegisterFilter;
  RegisterKindInfo: RegisterKindInfoModel;
  ReopenSchoolInput: ReopenSchoolInput;
  ReportCompleteness: ReportCompletenessModelModel;
  ReportExemption: ReportExemptionModelModel;
  ReportFlag: ReportFlag;
  ReportGrade: SchoolReportGradeRowModel;
  ReportGradeInput: ReportGradeInput;
  ReportImportResult: ReportImportResultModelModel;
  ReportPayload: Omit<ReportPayload, 'report'> & { report: ResolversParentTypes['SchoolReport'] };
  ReportQueue: ReportQueueModelModel;
  ReportQueueEntry: ReportQueueEntryModelModel;
  ReportReminderPayload: Omit<ReportReminderPayload, 'schools'> & { schools: Array<ResolversParentTypes['School']> };
  ReportingPeriod: ReportingPeriodModelModel;
  ReportingPeriodPayload: Omit<ReportingPeriodPayload, 'period'> & { period: ResolversParentTypes['ReportingPeriod'] };
  RosterRolloverPayload: Omit<RosterRolloverPayload, 'units'> & { units: Array<ResolversParentTypes['RosterRolloverUnit']> };
  RosterRolloverStatus: Omit<RosterRolloverStatus, 'unit'> & { unit: ResolversParentTypes['OrgUnit'] };
  RosterRolloverUnit: Omit<RosterRolloverUnit, 'unit'> & { unit: ResolversParentTypes['OrgUnit'] };
  SaveReportDraftInput: SaveReportDraftInput;
  School: SchoolRowModel;
  SchoolBalance: SchoolBalanceModelModel;
  SchoolImportResult: Omit<SchoolImportResult, 'schools'> & { schools: Array<ResolversParentTypes['School']> };
  SchoolPayload: Omit<SchoolPayload, 'school'> & { school: ResolversParentTypes['School'] };
  SchoolReport: SchoolReportModelModel;
  SchoolTypeCompleteness: Omit<SchoolTypeCompleteness, 'counts'> & { counts: ResolversParentTypes['CompletenessCounts'] };
  SchoolYear: SchoolYear;
  SetAccountActiveInput: SetAccountActiveInput;
  StaffFilter: StaffFilter;
  StaffImportChange: Omit<StaffImportChange, 'staff'> & { staff: ResolversParentTypes['StaffMember'] };
  StaffImportMissing: Omit<StaffImportMissing, 'staff'> & { staff: ResolversParentTypes['StaffMember'] };
  StaffImportNewPerson: StaffImportNewPerson;
  StaffImportResult: Omit<StaffImportResult, 'changes' | 'missing'> & { changes: Array<ResolversParentTypes['StaffImportChange']>, missing: Array<ResolversParentTypes['StaffImportMissing']> };
  StaffMember: StaffMemberModelModel;
  StaffPage: Omit<StaffPage, 'items'> & { items: Array<ResolversParentTypes['StaffMember']> };
  StaffPatch: StaffPatch;
  StaffPayload: Omit<StaffPayload, 'staff'> & { staff: ResolversParentTypes['StaffMember'] };
  StaffingSummary: StaffingSummaryModelModel;
  StatisticalYear: StatisticalYearModelModel;
  StatisticalYearPayload: Omit<StatisticalYearPayload, 'year'> & { year: ResolversParentTypes['StatisticalYear'] };
  String: Scalars['String']['output'];
  TargetDashboard: TargetDashboardModelModel;
  TargetDashboardDetails: TargetDashboardDetails;
  TargetDashboardRow: TargetDashboardRow;
  TargetDashboardTable: Omit<TargetDashboardTable, 'children' | 'milestones' | 'unit' | 'years'> & { children: Array<ResolversParentTypes['OrgUnit']>, milestones: Array<ResolversParentTypes['Milestone']>, unit: ResolversParentTypes['OrgUnit'], years: Array<ResolversParentTypes['StatisticalYear']> };
  TargetResult: TargetResultModelModel;
  TodoEntry: TodoEntry;
  TodoItem: TodoItem;
  TodoList: TodoList;
  TransitionRate: TransitionRate;
  TransitionRateInput: TransitionRateInput;
  UpdateCityInput: UpdateCityInput;
  UpdateDistrictInput: UpdateDistrictInput;
  UpdateSchoolInput: UpdateSchoolInput;
  User: UserModelModel;
  Viewer: ViewerModel;
  WithdrawRegisterConfirmationPayload: WithdrawRegisterConfirmationPayload;
  YearPublication: YearPublicationModelModel;
};

export type AccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastLoginAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OrgLevel'], ParentType, ContextType>;
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccountPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountPayload'] = ResolversParentTypes['AccountPayload']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
};

export type AreaTypeResolvers = EnumResolverSignature<{ MINING?: any, RURAL?: any, URBAN?: any }, ResolversTypes['AreaType']>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actionLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditPage'] = ResolversParentTypes['AuditPage']> = {
  items?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BackboneLevelResolvers = EnumResolverSignature<{ CITY?: any, DISTRICT?: any, NATIONAL?: any, NONE?: any, REGION?: any }, ResolversTypes['BackboneLevel']>;

export type BackfillPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BackfillPayload'] = ResolversParentTypes['BackfillPayload']> = {
  windows?: Resolver<Array<ResolversTypes['BackfillWindow']>, ParentType, ContextType>;
};

export type BackfillWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BackfillWindow'] = ResolversParentTypes['BackfillWindow']> = {
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolYearLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BackfillWindowPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BackfillWindowPayload'] = ResolversParentTypes['BackfillWindowPayload']> = {
  window?: Resolver<ResolversTypes['BackfillWindow'], ParentType, ContextType>;
};

export type BalanceActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceAction'] = ResolversParentTypes['BalanceAction']> = {
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fromSchool?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['BalanceIndicator'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BalanceActionKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BalanceAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceAssessment'] = ResolversParentTypes['BalanceAssessment']> = {
  certification?: Resolver<Maybe<ResolversTypes['BalanceCertification']>, ParentType, ContextType>;
  certificationNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['BalanceOutcome'], ParentType, ContextType>;
  outcomeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pendingSchools?: Resolver<Array<ResolversTypes['School']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolYearLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['BalanceStageAssessment']>, ParentType, ContextType>;
};

export type BalanceCertificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceCertification'] = ResolversParentTypes['BalanceCertification']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['RecognitionLevel']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  untilYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BalanceExcludedSchoolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceExcludedSchool'] = ResolversParentTypes['BalanceExcludedSchool']> = {
  blocksVerdict?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['BalanceExclusionReason'], ParentType, ContextType>;
  reasonLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  students?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BalanceIndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceIndicator'] = ResolversParentTypes['BalanceIndicator']> = {
  formula?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['BalanceIndicatorId'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['BalanceIndicatorUnit'], ParentType, ContextType>;
  unitLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BalanceIndicatorUnitResolvers = EnumResolverSignature<{ M2_PER_STUDENT?: any, PER_100_STUDENTS?: any, YUAN_PER_STUDENT?: any }, ResolversTypes['BalanceIndicatorUnit']>;

export type BalanceIndicatorValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceIndicatorValue'] = ResolversParentTypes['BalanceIndicatorValue']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['BalanceIndicator'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ratioOfStandard?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type BalancePlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalancePlan'] = ResolversParentTypes['BalancePlan']> = {
  actions?: Resolver<Array<ResolversTypes['BalanceAction']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  feasible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['BalancePlanMode'], ParentType, ContextType>;
  otherStage?: Resolver<Maybe<ResolversTypes['BalancePlanOtherStage']>, ParentType, ContextType>;
  outcomeAfter?: Resolver<ResolversTypes['BalanceOutcome'], ParentType, ContextType>;
  outcomeAfterLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcomeBefore?: Resolver<ResolversTypes['BalanceOutcome'], ParentType, ContextType>;
  outcomeBeforeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolYearLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['BalancePlanSchool']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  stageLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitCosts?: Resolver<Array<ResolversTypes['BalanceUnitCost']>, ParentType, ContextType>;
  variations?: Resolver<Array<ResolversTypes['BalancePlanVariation']>, ParentType, ContextType>;
};

export type BalancePlanOtherStageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalancePlanOtherStage'] = ResolversParentTypes['BalancePlanOtherStage']> = {
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['BalancePlanSchool']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  stageLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variations?: Resolver<Array<ResolversTypes['BalancePlanVariation']>, ParentType, ContextType>;
};

export type BalancePlanSchoolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalancePlanSchool'] = ResolversParentTypes['BalancePlanSchool']> = {
  after?: Resolver<ResolversTypes['BalancePlanSchoolState'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['BalancePlanSchoolState'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BalancePlanSchoolStateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalancePlanSchoolState'] = ResolversParentTypes['BalancePlanSchoolState']> = {
  indicators?: Resolver<Array<ResolversTypes['BalanceIndicatorValue']>, ParentType, ContextType>;
  metCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BalancePlanVariationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalancePlanVariation'] = ResolversParentTypes['BalancePlanVariation']> = {
  after?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['BalanceIndicator'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  passedAfter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  passedBefore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BalanceRuleFailureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceRuleFailure'] = ResolversParentTypes['BalanceRuleFailure']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['BalanceRule'], ParentType, ContextType>;
  ruleLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BalanceSchoolResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceSchoolResult'] = ResolversParentTypes['BalanceSchoolResult']> = {
  indicators?: Resolver<Array<ResolversTypes['BalanceIndicatorValue']>, ParentType, ContextType>;
  metCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  stageLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BalanceShortfallResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceShortfall'] = ResolversParentTypes['BalanceShortfall']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  amountUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['BalanceIndicator'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BalanceShortfallKind'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  targetLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type BalanceStageAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceStageAssessment'] = ResolversParentTypes['BalanceStageAssessment']> = {
  coverage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  excluded?: Resolver<Array<ResolversTypes['BalanceExcludedSchool']>, ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['BalanceRuleFailure']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['BalanceOutcome'], ParentType, ContextType>;
  outcomeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pendingSchools?: Resolver<Array<ResolversTypes['School']>, ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['BalanceSchoolResult']>, ParentType, ContextType>;
  schoolsPassed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortfalls?: Resolver<Array<ResolversTypes['BalanceShortfall']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  stageLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variations?: Resolver<Array<ResolversTypes['BalanceVariation']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BalanceUnitCostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceUnitCost'] = ResolversParentTypes['BalanceUnitCost']> = {
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BalanceActionKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BalanceVariationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BalanceVariation'] = ResolversParentTypes['BalanceVariation']> = {
  cv?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['BalanceIndicator'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schoolsCounted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standardDeviation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ChangePasswordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangePasswordPayload'] = ResolversParentTypes['ChangePasswordPayload']> = {
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type CityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City']> = {
  bureauName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CityInputsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CityInputs'] = ResolversParentTypes['CityInputs']> = {
  cityEducationSpending?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  civilServantAveragePay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  communityEducationRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gdp?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  newLabourUpperSecondaryRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  teacherAveragePay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CityInputsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CityInputsPayload'] = ResolversParentTypes['CityInputsPayload']> = {
  cityInputs?: Resolver<ResolversTypes['CityInputs'], ParentType, ContextType>;
};

export type CityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CityPayload'] = ResolversParentTypes['CityPayload']> = {
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
};

export type ComparatorResolvers = EnumResolverSignature<{ EQ?: any, GT?: any, GTE?: any, LTE?: any, NONDECREASING?: any, TRACK?: any }, ResolversTypes['Comparator']>;

export type CompletenessCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompletenessCounts'] = ResolversParentTypes['CompletenessCounts']> = {
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  draft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CompletenessEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompletenessEntry'] = ResolversParentTypes['CompletenessEntry']> = {
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ReportStatus']>, ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Coverage'] = ResolversParentTypes['Coverage']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreateSchoolAccountsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateSchoolAccountsPayload'] = ResolversParentTypes['CreateSchoolAccountsPayload']> = {
  created?: Resolver<Array<ResolversTypes['OneTimePasswordPayload']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['ExcelFile'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['School']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteProjectionScenarioPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteProjectionScenarioPayload'] = ResolversParentTypes['DeleteProjectionScenarioPayload']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DeleteRegisterEntryPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteRegisterEntryPayload'] = ResolversParentTypes['DeleteRegisterEntryPayload']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = {
  closedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schoolCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['School']>, ParentType, ContextType, Partial<DistrictSchoolsArgs>>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DistrictBirthYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistrictBirthYear'] = ResolversParentTypes['DistrictBirthYear']> = {
  births?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DistrictBirthsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistrictBirthsPayload'] = ResolversParentTypes['DistrictBirthsPayload']> = {
  births?: Resolver<Array<ResolversTypes['DistrictBirthYear']>, ParentType, ContextType>;
};

export type DistrictCompletenessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistrictCompleteness'] = ResolversParentTypes['DistrictCompleteness']> = {
  counts?: Resolver<ResolversTypes['CompletenessCounts'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
};

export type DistrictInputsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistrictInputs'] = ResolversParentTypes['DistrictInputs']> = {
  civilServantAveragePay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cohortGrade1Entrants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cohortGrade9Completers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  disabledChildren?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  disabledChildrenEnrolled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  educationSpending?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gdp?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  parentingSessionsPerFamily?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  population3to5?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  population6to14?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  population15to17?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  residentPopulation?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  teacherAveragePay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  urbanSubdistricts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  urbanSubdistrictsWithGuidance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DistrictInputsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistrictInputsPayload'] = ResolversParentTypes['DistrictInputsPayload']> = {
  districtInputs?: Resolver<ResolversTypes['DistrictInputs'], ParentType, ContextType>;
};

export type DistrictPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistrictPayload'] = ResolversParentTypes['DistrictPayload']> = {
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
};

export type EducationLevelResolvers = EnumResolverSignature<{ ASSOCIATE?: any, BACHELOR?: any, HIGH_SCHOOL_OR_BELOW?: any, POSTGRADUATE?: any }, ResolversTypes['EducationLevel']>;

export type ExcelFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExcelFile'] = ResolversParentTypes['ExcelFile']> = {
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExcelImportErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExcelImportError'] = ResolversParentTypes['ExcelImportError']> = {
  cell?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GenderResolvers = EnumResolverSignature<{ FEMALE?: any, MALE?: any }, ResolversTypes['Gender']>;

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LabeledCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LabeledCount'] = ResolversParentTypes['LabeledCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LoginPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type LogoutPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = {
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MarkNoticesReadPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarkNoticesReadPayload'] = ResolversParentTypes['MarkNoticesReadPayload']> = {
  marked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MilestoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  comparator?: Resolver<ResolversTypes['Comparator'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MonitoringReportFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonitoringReportFile'] = ResolversParentTypes['MonitoringReportFile']> = {
  base64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  final?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pageCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addStaff?: Resolver<ResolversTypes['StaffPayload'], ParentType, ContextType, RequireFields<MutationAddStaffArgs, 'input'>>;
  approveReport?: Resolver<ResolversTypes['ReportPayload'], ParentType, ContextType, RequireFields<MutationApproveReportArgs, 'schoolId' | 'schoolYear' | 'version'>>;
  carryOverRoster?: Resolver<ResolversTypes['RosterRolloverPayload'], ParentType, ContextType, RequireFields<MutationCarryOverRosterArgs, 'includeSchools' | 'schoolYear' | 'unit'>>;
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  closeBackfill?: Resolver<ResolversTypes['BackfillWindowPayload'], ParentType, ContextType, RequireFields<MutationCloseBackfillArgs, 'id'>>;
  closeDistrict?: Resolver<ResolversTypes['DistrictPayload'], ParentType, ContextType, RequireFields<MutationCloseDistrictArgs, 'input'>>;
  closeSchool?: Resolver<ResolversTypes['SchoolPayload'], ParentType, ContextType, RequireFields<MutationCloseSchoolArgs, 'input'>>;
  confirmRegisterEmpty?: Resolver<ResolversTypes['RegisterConfirmationPayload'], ParentType, ContextType, RequireFields<MutationConfirmRegisterEmptyArgs, 'kind' | 'schoolYear'>>;
  createAccount?: Resolver<ResolversTypes['OneTimePasswordPayload'], ParentType, ContextType, RequireFields<MutationCreateAccountArgs, 'input'>>;
  createDistrict?: Resolver<ResolversTypes['DistrictPayload'], ParentType, ContextType, RequireFields<MutationCreateDistrictArgs, 'input'>>;
  createProjectionScenario?: Resolver<ResolversTypes['ProjectionScenarioPayload'], ParentType, ContextType, RequireFields<MutationCreateProjectionScenarioArgs, 'input'>>;
  createRegisterEntry?: Resolver<ResolversTypes['RegisterEntryPayload'], ParentType, ContextType, RequireFields<MutationCreateRegisterEntryArgs, 'input'>>;
  createSchool?: Resolver<ResolversTypes['SchoolPayload'], ParentType, ContextType, RequireFields<MutationCreateSchoolArgs, 'input'>>;
  createSchoolAccounts?: Resolver<ResolversTypes['CreateSchoolAccountsPayload'], ParentType, ContextType, RequireFields<MutationCreateSchoolAccountsArgs, 'input'>>;
  deleteProjectionScenario?: Resolver<ResolversTypes['DeleteProjectionScenarioPayload'], ParentType, ContextType, RequireFields<MutationDeleteProjectionScenarioArgs, 'id' | 'version'>>;
  deleteRegisterEntry?: Resolver<ResolversTypes['DeleteRegisterEntryPayload'], ParentType, ContextType, RequireFields<MutationDeleteRegisterEntryArgs, 'id' | 'version'>>;
  exemptReports?: Resolver<ResolversTypes['PublicationReadiness'], ParentType, ContextType, RequireFields<MutationExemptReportsArgs, 'reason' | 'schoolIds' | 'schoolYear'>>;
  importReportExcel?: Resolver<ResolversTypes['ReportImportResult'], ParentType, ContextType, RequireFields<MutationImportReportExcelArgs, 'contentBase64' | 'dryRun' | 'schoolId' | 'schoolYear'>>;
  importSchoolList?: Resolver<ResolversTypes['SchoolImportResult'], ParentType, ContextType, RequireFields<MutationImportSchoolListArgs, 'contentBase64' | 'dryRun'>>;
  importStaffExcel?: Resolver<ResolversTypes['StaffImportResult'], ParentType, ContextType, RequireFields<MutationImportStaffExcelArgs, 'contentBase64' | 'dryRun' | 'mode' | 'schoolId' | 'schoolYear'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType>;
  markAllNoticesRead?: Resolver<ResolversTypes['MarkNoticesReadPayload'], ParentType, ContextType>;
  markNoticesRead?: Resolver<ResolversTypes['MarkNoticesReadPayload'], ParentType, ContextType, RequireFields<MutationMarkNoticesReadArgs, 'ids'>>;
  mergeSchool?: Resolver<ResolversTypes['SchoolPayload'], ParentType, ContextType, RequireFields<MutationMergeSchoolArgs, 'input'>>;
  openBackfill?: Resolver<ResolversTypes['BackfillPayload'], ParentType, ContextType, RequireFields<MutationOpenBackfillArgs, 'input'>>;
  publishSchoolYear?: Resolver<ResolversTypes['StatisticalYearPayload'], ParentType, ContextType, RequireFields<MutationPublishSchoolYearArgs, 'schoolYear' | 'version'>>;
  removeReportExemption?: Resolver<ResolversTypes['PublicationReadiness'], ParentType, ContextType, RequireFields<MutationRemoveReportExemptionArgs, 'schoolId' | 'schoolYear'>>;
  reopenReport?: Resolver<ResolversTypes['ReportPayload'], ParentType, ContextType, RequireFields<MutationReopenReportArgs, 'reason' | 'schoolId' | 'schoolYear' | 'version'>>;
  reopenSchool?: Resolver<ResolversTypes['SchoolPayload'], ParentType, ContextType, RequireFields<MutationReopenSchoolArgs, 'input'>>;
  reopenSchoolYear?: Resolver<ResolversTypes['StatisticalYearPayload'], ParentType, ContextType, RequireFields<MutationReopenSchoolYearArgs, 'reason' | 'schoolYear' | 'version'>>;
  resetPassword?: Resolver<ResolversTypes['OneTimePasswordPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  returnReport?: Resolver<ResolversTypes['ReportPayload'], ParentType, ContextType, RequireFields<MutationReturnReportArgs, 'comment' | 'schoolId' | 'schoolYear' | 'version'>>;
  saveCityInputs?: Resolver<ResolversTypes['CityInputsPayload'], ParentType, ContextType, RequireFields<MutationSaveCityInputsArgs, 'input'>>;
  saveDistrictBirths?: Resolver<ResolversTypes['DistrictBirthsPayload'], ParentType, ContextType, RequireFields<MutationSaveDistrictBirthsArgs, 'districtId' | 'input'>>;
  saveDistrictInputs?: Resolver<ResolversTypes['DistrictInputsPayload'], ParentType, ContextType, RequireFields<MutationSaveDistrictInputsArgs, 'districtId' | 'input'>>;
  saveReportDraft?: Resolver<ResolversTypes['ReportPayload'], ParentType, ContextType, RequireFields<MutationSaveReportDraftArgs, 'input'>>;
  sendReportReminder?: Resolver<ResolversTypes['ReportReminderPayload'], ParentType, ContextType, RequireFields<MutationSendReportReminderArgs, 'schoolYear'>>;
  setAccountActive?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationSetAccountActiveArgs, 'input'>>;
  setReportingPeriod?: Resolver<ResolversTypes['ReportingPeriodPayload'], ParentType, ContextType, RequireFields<MutationSetReportingPeriodArgs, 'deadline' | 'schoolYear'>>;
  staffLeave?: Resolver<ResolversTypes['StaffPayload'], ParentType, ContextType, RequireFields<MutationStaffLeaveArgs, 'id' | 'leftOn' | 'status' | 'version'>>;
  submitReport?: Resolver<ResolversTypes['ReportPayload'], ParentType, ContextType, RequireFields<MutationSubmitReportArgs, 'schoolId' | 'schoolYear' | 'version'>>;
  updateCity?: Resolver<ResolversTypes['CityPayload'], ParentType, ContextType, RequireFields<MutationUpdateCityArgs, 'input'>>;
  updateDistrict?: Resolver<ResolversTypes['DistrictPayload'], ParentType, ContextType, RequireFields<MutationUpdateDistrictArgs, 'input'>>;
  updateProjectionScenario?: Resolver<ResolversTypes['ProjectionScenarioPayload'], ParentType, ContextType, RequireFields<MutationUpdateProjectionScenarioArgs, 'id' | 'input' | 'version'>>;
  updateRegisterEntry?: Resolver<ResolversTypes['RegisterEntryPayload'], ParentType, ContextType, RequireFields<MutationUpdateRegisterEntryArgs, 'id' | 'input' | 'version'>>;
  updateSchool?: Resolver<ResolversTypes['SchoolPayload'], ParentType, ContextType, RequireFields<MutationUpdateSchoolArgs, 'input'>>;
  updateStaff?: Resolver<ResolversTypes['StaffPayload'], ParentType, ContextType, RequireFields<MutationUpdateStaffArgs, 'id' | 'patch' | 'version'>>;
  withdrawRegisterConfirmation?: Resolver<ResolversTypes['WithdrawRegisterConfirmationPayload'], ParentType, ContextType, RequireFields<MutationWithdrawRegisterConfirmationArgs, 'kind' | 'schoolYear'>>;
};

export type NoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notice'] = ResolversParentTypes['Notice']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NoticeKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  schoolYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  senderName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NoticePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticePage'] = ResolversParentTypes['NoticePage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Notice']>, ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OneTimePasswordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OneTimePasswordPayload'] = ResolversParentTypes['OneTimePasswordPayload']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  oneTimePassword?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrgLevelResolvers = EnumResolverSignature<{ CITY?: any, DISTRICT?: any, SCHOOL?: any }, ResolversTypes['OrgLevel']>;

export type OrgUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnit'] = ResolversParentTypes['OrgUnit']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OrgLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OwnershipResolvers = EnumResolverSignature<{ PRIVATE?: any, PUBLIC?: any }, ResolversTypes['Ownership']>;

export type PasswordPolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PasswordPolicy'] = ResolversParentTypes['PasswordPolicy']> = {
  minLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlanTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanTarget'] = ResolversParentTypes['PlanTarget']> = {
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  baselineLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inconsistency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['OrgLevel']>, ParentType, ContextType>;
  measuredFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schoolTypes?: Resolver<Maybe<Array<ResolversTypes['SchoolType']>>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProjectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Projection'] = ResolversParentTypes['Projection']> = {
  baseYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  births?: Resolver<Array<ResolversTypes['ProjectionBirthYear']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['ProjectionCoverage'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hiresFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  method?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rates?: Resolver<Array<ResolversTypes['ProjectionRate']>, ParentType, ContextType>;
  retirementRule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scenario?: Resolver<Maybe<ResolversTypes['ProjectionScenario']>, ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['ProjectionYear']>, ParentType, ContextType>;
};

export type ProjectionAssumptionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectionAssumptions'] = ResolversParentTypes['ProjectionAssumptions']> = {
  birthTrendPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  seniorGrossEnrolmentRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transitionRates?: Resolver<Array<ResolversTypes['TransitionRate']>, ParentType, ContextType>;
};

export type ProjectionBirthYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectionBirthYear'] = ResolversParentTypes['ProjectionBirthYear']> = {
  births?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectionCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectionCoverage'] = ResolversParentTypes['ProjectionCoverage']> = {
  birthYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  missingBirthYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rosterSchools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rosterSchoolsExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rosterYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teachersWithoutStage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['ProjectionCoverageYear']>, ParentType, ContextType>;
};

export type ProjectionCoverageYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectionCoverageYear'] = ResolversParentTypes['ProjectionCoverageYear']> = {
  missingSchools?: Resolver<Array<ResolversTypes['School']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['School']>, ParentType, ContextType>;
};

export type ProjectionGradeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectionGrade'] = ResolversParentTypes['ProjectionGrade']> = {
  classesNeeded?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pupils?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectionRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectionRate'] = ResolversParentTypes['ProjectionRate']> = {
  defaulted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  estimated?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  yearsUsed?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProjectionScenarioResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectionScenario'] = ResolversParentTypes['ProjectionScenario']> = {
  assumptions?: Resolver<ResolversTypes['ProjectionAssumptions'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectionScenarioPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectionScenarioPayload'] = ResolversParentTypes['ProjectionScenarioPayload']> = {
  scenario?: Resolver<ResolversTypes['ProjectionScenario'], ParentType, ContextType>;
};

export type ProjectionStageYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectionStageYear'] = ResolversParentTypes['ProjectionStageYear']> = {
  classBalance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  classesHave?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  classesNeeded?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  grades?: Resolver<Array<ResolversTypes['ProjectionGrade']>, ParentType, ContextType>;
  pupils?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  stageLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teachers?: Resolver<Maybe<ResolversTypes['ProjectionTeachers']>, ParentType, ContextType>;
};

export type ProjectionTargetHoldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectionTargetHold'] = ResolversParentTypes['ProjectionTargetHold']> = {
  held?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plannedHires?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qualifiedHires?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ProjectionTeacherKindResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectionTeacherKind'] = ResolversParentTypes['ProjectionTeacherKind']> = {
  cumulativeHires?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hires?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supply?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surplus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectionTeachersResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectionTeachers'] = ResolversParentTypes['ProjectionTeachers']> = {
  balance?: Resolver<Array<ResolversTypes['ProjectionTeacherKind']>, ParentType, ContextType>;
  binding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cumulativeHires?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hires?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  normNeed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  retirements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supply?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surplus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectionYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectionYear'] = ResolversParentTypes['ProjectionYear']> = {
  a07Hold?: Resolver<Maybe<ResolversTypes['ProjectionTargetHold']>, ParentType, ContextType>;
  a07Percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  a08Hold?: Resolver<Maybe<ResolversTypes['ProjectionTargetHold']>, ParentType, ContextType>;
  a08Percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  projected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['ProjectionStageYear']>, ParentType, ContextType>;
};

export type PublicationReadinessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicationReadiness'] = ResolversParentTypes['PublicationReadiness']> = {
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exemptions?: Resolver<Array<ResolversTypes['ReportExemption']>, ParentType, ContextType>;
  pending?: Resolver<Array<ResolversTypes['CompletenessEntry']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SchoolYearState'], ParentType, ContextType>;
};

export type PublishedFigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishedFigure'] = ResolversParentTypes['PublishedFigure']> = {
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['TargetResult'], ParentType, ContextType>;
  superseded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, Partial<QueryAccountsArgs>>;
  auditLog?: Resolver<ResolversTypes['AuditPage'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'filter' | 'page' | 'pageSize'>>;
  backfillWindows?: Resolver<Array<ResolversTypes['BackfillWindow']>, ParentType, ContextType, RequireFields<QueryBackfillWindowsArgs, 'openOnly'>>;
  balanceAssessment?: Resolver<ResolversTypes['BalanceAssessment'], ParentType, ContextType, RequireFields<QueryBalanceAssessmentArgs, 'districtId' | 'schoolYear'>>;
  balanceAssessments?: Resolver<Array<ResolversTypes['BalanceAssessment']>, ParentType, ContextType, RequireFields<QueryBalanceAssessmentsArgs, 'schoolYear'>>;
  balancePlan?: Resolver<ResolversTypes['BalancePlan'], ParentType, ContextType, RequireFields<QueryBalancePlanArgs, 'input'>>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  cityInputs?: Resolver<Maybe<ResolversTypes['CityInputs']>, ParentType, ContextType, RequireFields<QueryCityInputsArgs, 'schoolYear'>>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType, RequireFields<QueryDistrictArgs, 'id'>>;
  districtBirths?: Resolver<Array<ResolversTypes['DistrictBirthYear']>, ParentType, ContextType, RequireFields<QueryDistrictBirthsArgs, 'districtId'>>;
  districtInputs?: Resolver<Maybe<ResolversTypes['DistrictInputs']>, ParentType, ContextType, RequireFields<QueryDistrictInputsArgs, 'districtId' | 'schoolYear'>>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType, RequireFields<QueryDistrictsArgs, 'includeClosed'>>;
  editableSchoolYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<QueryEditableSchoolYearsArgs, 'schoolId'>>;
  exportBalanceExcel?: Resolver<ResolversTypes['ExcelFile'], ParentType, ContextType, RequireFields<QueryExportBalanceExcelArgs, 'schoolYear'>>;
  exportProjectionExcel?: Resolver<ResolversTypes['ExcelFile'], ParentType, ContextType, Partial<QueryExportProjectionExcelArgs>>;
  exportReportCompletenessExcel?: Resolver<ResolversTypes['ExcelFile'], ParentType, ContextType, RequireFields<QueryExportReportCompletenessExcelArgs, 'schoolYear'>>;
  exportReportExcel?: Resolver<ResolversTypes['ExcelFile'], ParentType, ContextType, RequireFields<QueryExportReportExcelArgs, 'schoolId' | 'schoolYear'>>;
  exportSchoolList?: Resolver<ResolversTypes['ExcelFile'], ParentType, ContextType, Partial<QueryExportSchoolListArgs>>;
  exportStaffExcel?: Resolver<ResolversTypes['ExcelFile'], ParentType, ContextType, RequireFields<QueryExportStaffExcelArgs, 'schoolId' | 'schoolYear'>>;
  exportStaffingSummaryExcel?: Resolver<ResolversTypes['ExcelFile'], ParentType, ContextType, RequireFields<QueryExportStaffingSummaryExcelArgs, 'schoolYear' | 'unit'>>;
  exportTargetDashboardExcel?: Resolver<ResolversTypes['ExcelFile'], ParentType, ContextType, RequireFields<QueryExportTargetDashboardExcelArgs, 'includeSubmitted' | 'schoolYear' | 'unit'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  monitoringReport?: Resolver<ResolversTypes['MonitoringReportFile'], ParentType, ContextType, RequireFields<QueryMonitoringReportArgs, 'format' | 'schoolYear' | 'unit'>>;
  notices?: Resolver<ResolversTypes['NoticePage'], ParentType, ContextType, RequireFields<QueryNoticesArgs, 'first' | 'unreadOnly'>>;
  passwordPolicy?: Resolver<ResolversTypes['PasswordPolicy'], ParentType, ContextType>;
  planTargets?: Resolver<Array<ResolversTypes['PlanTarget']>, ParentType, ContextType, Partial<QueryPlanTargetsArgs>>;
  projection?: Resolver<ResolversTypes['Projection'], ParentType, ContextType, Partial<QueryProjectionArgs>>;
  projectionScenarios?: Resolver<Array<ResolversTypes['ProjectionScenario']>, ParentType, ContextType, Partial<QueryProjectionScenariosArgs>>;
  publicationReadiness?: Resolver<ResolversTypes['PublicationReadiness'], ParentType, ContextType, RequireFields<QueryPublicationReadinessArgs, 'schoolYear'>>;
  publishedHistory?: Resolver<Array<ResolversTypes['PublishedFigure']>, ParentType, ContextType, RequireFields<QueryPublishedHistoryArgs, 'schoolYear' | 'targetId' | 'unit'>>;
  registerConfirmations?: Resolver<Array<ResolversTypes['RegisterConfirmation']>, ParentType, ContextType, RequireFields<QueryRegisterConfirmationsArgs, 'schoolYear'>>;
  registerEntries?: Resolver<Array<ResolversTypes['RegisterEntry']>, ParentType, ContextType, Partial<QueryRegisterEntriesArgs>>;
  registerKinds?: Resolver<Array<ResolversTypes['RegisterKindInfo']>, ParentType, ContextType>;
  reportCompleteness?: Resolver<ResolversTypes['ReportCompleteness'], ParentType, ContextType, RequireFields<QueryReportCompletenessArgs, 'schoolYear'>>;
  reportExcelTemplate?: Resolver<ResolversTypes['ExcelFile'], ParentType, ContextType, RequireFields<QueryReportExcelTemplateArgs, 'schoolId' | 'schoolYear'>>;
  reportQueue?: Resolver<ResolversTypes['ReportQueue'], ParentType, ContextType, RequireFields<QueryReportQueueArgs, 'districtId' | 'schoolYear'>>;
  reportingPeriod?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType, RequireFields<QueryReportingPeriodArgs, 'schoolYear'>>;
  rosterRolloverStatus?: Resolver<Array<ResolversTypes['RosterRolloverStatus']>, ParentType, ContextType, RequireFields<QueryRosterRolloverStatusArgs, 'includeSchools' | 'schoolYear' | 'unit'>>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType, RequireFields<QuerySchoolArgs, 'id'>>;
  schoolBalance?: Resolver<ResolversTypes['SchoolBalance'], ParentType, ContextType, RequireFields<QuerySchoolBalanceArgs, 'schoolId' | 'schoolYear'>>;
  schoolListTemplate?: Resolver<ResolversTypes['ExcelFile'], ParentType, ContextType>;
  schoolReport?: Resolver<Maybe<ResolversTypes['SchoolReport']>, ParentType, ContextType, RequireFields<QuerySchoolReportArgs, 'schoolId' | 'schoolYear'>>;
  schoolYears?: Resolver<Array<ResolversTypes['SchoolYear']>, ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['School']>, ParentType, ContextType, RequireFields<QuerySchoolsArgs, 'includeClosed'>>;
  staff?: Resolver<ResolversTypes['StaffPage'], ParentType, ContextType, RequireFields<QueryStaffArgs, 'filter' | 'page' | 'pageSize'>>;
  staffExcelTemplate?: Resolver<ResolversTypes['ExcelFile'], ParentType, ContextType, RequireFields<QueryStaffExcelTemplateArgs, 'schoolId'>>;
  staffingSummary?: Resolver<ResolversTypes['StaffingSummary'], ParentType, ContextType, RequireFields<QueryStaffingSummaryArgs, 'schoolYear' | 'unit'>>;
  statisticalYear?: Resolver<ResolversTypes['StatisticalYear'], ParentType, ContextType, RequireFields<QueryStatisticalYearArgs, 'schoolYear'>>;
  statisticalYears?: Resolver<Array<ResolversTypes['StatisticalYear']>, ParentType, ContextType>;
  targetDashboard?: Resolver<ResolversTypes['TargetDashboard'], ParentType, ContextType, RequireFields<QueryTargetDashboardArgs, 'fromYear' | 'includeSubmitted' | 'toYear' | 'unit'>>;
  targetDashboardTable?: Resolver<ResolversTypes['TargetDashboardTable'], ParentType, ContextType, RequireFields<QueryTargetDashboardTableArgs, 'allYearsInFull' | 'childrenLimit' | 'childrenOffset' | 'fromYear' | 'includeSubmitted' | 'schoolYear' | 'toYear' | 'unit'>>;
  targetResults?: Resolver<Array<ResolversTypes['TargetResult']>, ParentType, ContextType, RequireFields<QueryTargetResultsArgs, 'includeSubmitted' | 'schoolYear' | 'unit'>>;
  todos?: Resolver<ResolversTypes['TodoList'], ParentType, ContextType>;
  unreadNoticeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RecognitionLevelResolvers = EnumResolverSignature<{ CITY?: any, NATIONAL?: any, REGION?: any }, ResolversTypes['RecognitionLevel']>;

export type RegisterConfirmationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterConfirmation'] = ResolversParentTypes['RegisterConfirmation']> = {
  confirmedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegisterKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegisterConfirmationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterConfirmationPayload'] = ResolversParentTypes['RegisterConfirmationPayload']> = {
  confirmation?: Resolver<ResolversTypes['RegisterConfirmation'], ParentType, ContextType>;
};

export type RegisterEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterEntry'] = ResolversParentTypes['RegisterEntry']> = {
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegisterKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['RecognitionLevel']>, ParentType, ContextType>;
  levelLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  targetIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  toYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegisterEntryPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterEntryPayload'] = ResolversParentTypes['RegisterEntryPayload']> = {
  entry?: Resolver<ResolversTypes['RegisterEntry'], ParentType, ContextType>;
};

export type RegisterKindResolvers = EnumResolverSignature<{ BALANCE_CERTIFICATION?: any, BRAND_COURSE?: any, BRAND_VOCATIONAL_MAJOR?: any, COBUILT_VOCATIONAL_SCHOOL?: any, CURRICULUM_LEADERSHIP_ROUND?: any, EARLY_EDUCATION_CENTRE?: any, HIGH_LEVEL_PILOT_MAJOR?: any, HIGH_LEVEL_VOCATIONAL_SCHOOL?: any, MODEL_VOCATIONAL_MAJOR?: any, MODERNISATION_PILOT_ZONE?: any, MONGOLIAN_RESEARCHER_POST?: any, QUALITY_KINDERGARTEN?: any, SCHOOL_ENTERPRISE_BRAND?: any, SMART_BENCHMARK_SCHOOL?: any, TRAINING_BASE?: any, UNDERGRADUATE_UPGRADE?: any, VOCATIONAL_GROUP?: any }, ResolversTypes['RegisterKind']>;

export type RegisterKindInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterKindInfo'] = ResolversParentTypes['RegisterKindInfo']> = {
  hasLevel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegisterKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  unitLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportCompletenessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportCompleteness'] = ResolversParentTypes['ReportCompleteness']> = {
  byDistrict?: Resolver<Array<ResolversTypes['DistrictCompleteness']>, ParentType, ContextType>;
  bySchoolType?: Resolver<Array<ResolversTypes['SchoolTypeCompleteness']>, ParentType, ContextType>;
  deadlinePassed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lateSubmissions?: Resolver<Array<ResolversTypes['CompletenessEntry']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['CompletenessEntry']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['CompletenessCounts'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type ReportExemptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportExemption'] = ResolversParentTypes['ReportExemption']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
};

export type ReportFlagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportFlag'] = ResolversParentTypes['ReportFlag']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportFlagKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportFlagKindResolvers = EnumResolverSignature<{ BELOW_STANDARD?: any, CLASS_SIZE?: any, ROSTER_MISMATCH?: any, YEAR_ON_YEAR?: any }, ResolversTypes['ReportFlagKind']>;

export type ReportGradeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportGrade'] = ResolversParentTypes['ReportGrade']> = {
  classes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disabledStudents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  largeClasses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oversizedClasses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportImportResult'] = ResolversParentTypes['ReportImportResult']> = {
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ExcelImportError']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['SchoolReport']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  saved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportPayload'] = ResolversParentTypes['ReportPayload']> = {
  report?: Resolver<ResolversTypes['SchoolReport'], ParentType, ContextType>;
};

export type ReportQueueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportQueue'] = ResolversParentTypes['ReportQueue']> = {
  counts?: Resolver<Array<ResolversTypes['LabeledCount']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['ReportQueueEntry']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportQueueEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportQueueEntry'] = ResolversParentTypes['ReportQueueEntry']> = {
  firstSubmittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['ReportFlag']>, ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ReportStatus']>, ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  totalStudents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ReportReminderPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportReminderPayload'] = ResolversParentTypes['ReportReminderPayload']> = {
  alreadyRemindedToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['School']>, ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportStatusResolvers = EnumResolverSignature<{ APPROVED?: any, DRAFT?: any, RETURNED?: any, SUBMITTED?: any }, ResolversTypes['ReportStatus']>;

export type ReportingPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportingPeriod'] = ResolversParentTypes['ReportingPeriod']> = {
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadlinePassed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolYearLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportingPeriodPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportingPeriodPayload'] = ResolversParentTypes['ReportingPeriodPayload']> = {
  period?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
};

export type RosterRolloverPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RosterRolloverPayload'] = ResolversParentTypes['RosterRolloverPayload']> = {
  alreadyOnRoster?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  carried?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromSchoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['RosterRolloverUnit']>, ParentType, ContextType>;
};

export type RosterRolloverStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RosterRolloverStatus'] = ResolversParentTypes['RosterRolloverStatus']> = {
  current?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousActive?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toCarry?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type RosterRolloverUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RosterRolloverUnit'] = ResolversParentTypes['RosterRolloverUnit']> = {
  alreadyOnRoster?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  carried?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type SchoolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['School'] = ResolversParentTypes['School']> = {
  area?: Resolver<ResolversTypes['AreaType'], ParentType, ContextType>;
  areaLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  ethnic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  miningArea?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownership?: Resolver<ResolversTypes['Ownership'], ParentType, ContextType>;
  ownershipLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SchoolStatus'], ParentType, ContextType>;
  teachingPoint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SchoolType'], ParentType, ContextType>;
  typeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urbanRuralCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urbanRuralLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SchoolBalanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchoolBalance'] = ResolversParentTypes['SchoolBalance']> = {
  excluded?: Resolver<Array<ResolversTypes['BalanceExcludedSchool']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['BalanceSchoolResult']>, ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolYearLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SchoolImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchoolImportResult'] = ResolversParentTypes['SchoolImportResult']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ExcelImportError']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  saved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['School']>, ParentType, ContextType>;
};

export type SchoolPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchoolPayload'] = ResolversParentTypes['SchoolPayload']> = {
  accountsDisabled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
};

export type SchoolReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchoolReport'] = ResolversParentTypes['SchoolReport']> = {
  equipmentValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  footballFeatureSchool?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  footballLessonsPerWeek?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fullTimeTeachers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  grades?: Resolver<Array<ResolversTypes['ReportGrade']>, ParentType, ContextType>;
  hasSportsBrand?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  healthGoodOrExcellent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  healthPassed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  healthTested?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  heldArtsFestival?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  heldSportsMeeting?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementsCurriculumStandards?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  implementsHealthStandard?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  indoorSportsArea?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  innovationLabs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  meetsPeHygieneStandard?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  multimediaClassrooms?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outdoorSportsArea?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reviewComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staffTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  teachingAuxiliaryArea?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalStudents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wirelessFullCoverage?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type SchoolTypeResolvers = EnumResolverSignature<{ COMPLETE_SECONDARY?: any, HIGHER_VOCATIONAL?: any, JUNIOR_SECONDARY?: any, KINDERGARTEN?: any, NINE_YEAR?: any, PRIMARY?: any, SECONDARY_VOCATIONAL?: any, SENIOR_SECONDARY?: any, SPECIAL?: any }, ResolversTypes['SchoolType']>;

export type SchoolTypeCompletenessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchoolTypeCompleteness'] = ResolversParentTypes['SchoolTypeCompleteness']> = {
  counts?: Resolver<ResolversTypes['CompletenessCounts'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SchoolType'], ParentType, ContextType>;
};

export type SchoolYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchoolYear'] = ResolversParentTypes['SchoolYear']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SchoolYearStateResolvers = EnumResolverSignature<{ CLOSING?: any, OPEN?: any, PUBLISHED?: any, REOPENED?: any }, ResolversTypes['SchoolYearState']>;

export type StaffImportChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffImportChange'] = ResolversParentTypes['StaffImportChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['StaffMember'], ParentType, ContextType>;
};

export type StaffImportMissingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffImportMissing'] = ResolversParentTypes['StaffImportMissing']> = {
  staff?: Resolver<ResolversTypes['StaffMember'], ParentType, ContextType>;
};

export type StaffImportNewPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffImportNewPerson'] = ResolversParentTypes['StaffImportNewPerson']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StaffRole'], ParentType, ContextType>;
  roleLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StaffImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffImportResult'] = ResolversParentTypes['StaffImportResult']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  addedPeople?: Resolver<Array<ResolversTypes['StaffImportNewPerson']>, ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['StaffImportChange']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ExcelImportError']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['StaffImportMissing']>, ParentType, ContextType>;
  missingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['StaffImportMode'], ParentType, ContextType>;
  rosterVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  saved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StaffMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffMember'] = ResolversParentTypes['StaffMember']> = {
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  backboneLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  backboneLevel?: Resolver<ResolversTypes['BackboneLevel'], ParentType, ContextType>;
  bilingual?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  birthYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counsellingCertificate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  dualQualified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  education?: Resolver<ResolversTypes['EducationLevel'], ParentType, ContextType>;
  educationLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ethnicity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gender?: Resolver<ResolversTypes['Gender'], ParentType, ContextType>;
  genderLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumberMasked?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentalHealthTrained?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onRosterAtStatisticsDate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  preschoolMajor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StaffRole'], ParentType, ContextType>;
  roleLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  stageLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StaffStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
  subjectLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teacherCertificate?: Resolver<ResolversTypes['TeacherCertificate'], ParentType, ContextType>;
  teacherCertificateLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['Title'], ParentType, ContextType>;
  titleLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trainingHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StaffPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffPage'] = ResolversParentTypes['StaffPage']> = {
  items?: Resolver<Array<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StaffPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffPayload'] = ResolversParentTypes['StaffPayload']> = {
  staff?: Resolver<ResolversTypes['StaffMember'], ParentType, ContextType>;
};

export type StaffRoleResolvers = EnumResolverSignature<{ PRINCIPAL?: any, RESEARCHER?: any, TEACHER?: any, VICE_PRINCIPAL?: any }, ResolversTypes['StaffRole']>;

export type StaffStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, RETIRED?: any, TRANSFERRED_OUT?: any }, ResolversTypes['StaffStatus']>;

export type StaffingSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffingSummary'] = ResolversParentTypes['StaffingSummary']> = {
  byAgeBand?: Resolver<Array<ResolversTypes['LabeledCount']>, ParentType, ContextType>;
  byEducation?: Resolver<Array<ResolversTypes['LabeledCount']>, ParentType, ContextType>;
  byGender?: Resolver<Array<ResolversTypes['LabeledCount']>, ParentType, ContextType>;
  byRole?: Resolver<Array<ResolversTypes['LabeledCount']>, ParentType, ContextType>;
  byTitle?: Resolver<Array<ResolversTypes['LabeledCount']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType>;
  fullTimeTeachers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type StageResolvers = EnumResolverSignature<{ HIGHER_VOCATIONAL?: any, JUNIOR_SECONDARY?: any, PRESCHOOL?: any, PRIMARY?: any, SECONDARY_VOCATIONAL?: any, SENIOR_SECONDARY?: any, SPECIAL?: any }, ResolversTypes['Stage']>;

export type StatisticalYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticalYear'] = ResolversParentTypes['StatisticalYear']> = {
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  final?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publications?: Resolver<Array<ResolversTypes['YearPublication']>, ParentType, ContextType>;
  publishedVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SchoolYearState'], ParentType, ContextType>;
  stateLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatisticalYearPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticalYearPayload'] = ResolversParentTypes['StatisticalYearPayload']> = {
  year?: Resolver<ResolversTypes['StatisticalYear'], ParentType, ContextType>;
};

export type SubjectResolvers = EnumResolverSignature<{ BIOLOGY?: any, CHEMISTRY?: any, CHINESE?: any, ENGLISH?: any, FINE_ART?: any, GEOGRAPHY?: any, HISTORY?: any, INFORMATION_TECHNOLOGY?: any, LABOUR?: any, MATHEMATICS?: any, MENTAL_HEALTH?: any, MONGOLIAN?: any, MORALITY_LAW?: any, MUSIC?: any, OTHER?: any, PHYSICAL_EDUCATION?: any, PHYSICS?: any, PRESCHOOL?: any, SCIENCE?: any, SPECIALTY?: any, SPECIAL_EDUCATION?: any, VOCATIONAL_GENERAL?: any }, ResolversTypes['Subject']>;

export type TargetDashboardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetDashboard'] = ResolversParentTypes['TargetDashboard']> = {
  children?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['TargetResult']>, ParentType, ContextType>;
  toYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['StatisticalYear']>, ParentType, ContextType>;
};

export type TargetDashboardDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetDashboardDetails'] = ResolversParentTypes['TargetDashboardDetails']> = {
  coverageLabels?: Resolver<Array<Maybe<ResolversTypes['Int']>>, ParentType, ContextType>;
  denominatorLabels?: Resolver<Array<Maybe<ResolversTypes['Int']>>, ParentType, ContextType>;
  denominators?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
  expected?: Resolver<Array<Maybe<ResolversTypes['Int']>>, ParentType, ContextType>;
  milestones?: Resolver<Array<Maybe<ResolversTypes['Int']>>, ParentType, ContextType>;
  numeratorLabels?: Resolver<Array<Maybe<ResolversTypes['Int']>>, ParentType, ContextType>;
  numerators?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
  publishedVersions?: Resolver<Array<Maybe<ResolversTypes['Int']>>, ParentType, ContextType>;
  reasons?: Resolver<Array<Maybe<ResolversTypes['Int']>>, ParentType, ContextType>;
  reported?: Resolver<Array<Maybe<ResolversTypes['Int']>>, ParentType, ContextType>;
  requiredNow?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
  whatItTakes?: Resolver<Array<Maybe<ResolversTypes['Int']>>, ParentType, ContextType>;
};

export type TargetDashboardRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetDashboardRow'] = ResolversParentTypes['TargetDashboardRow']> = {
  details?: Resolver<Maybe<ResolversTypes['TargetDashboardDetails']>, ParentType, ContextType>;
  provisional?: Resolver<Array<Maybe<ResolversTypes['Boolean']>>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statuses?: Resolver<Array<Maybe<ResolversTypes['TargetStatus']>>, ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  values?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
};

export type TargetDashboardTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetDashboardTable'] = ResolversParentTypes['TargetDashboardTable']> = {
  children?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  childrenLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  childrenOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  childrenTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['TargetDashboardRow']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stages?: Resolver<Array<Maybe<ResolversTypes['Stage']>>, ParentType, ContextType>;
  targetIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  texts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  toYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['StatisticalYear']>, ParentType, ContextType>;
};

export type TargetResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetResult'] = ResolversParentTypes['TargetResult']> = {
  coefficientOfVariation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  coefficientOfVariationLimit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  denominatorLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  milestone?: Resolver<Maybe<ResolversTypes['Milestone']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  numeratorLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requiredNow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  stageLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['PlanTarget'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  unitsIncluded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsMissing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  whatItTakes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TargetStatusResolvers = EnumResolverSignature<{ INCOMPLETE?: any, MET?: any, MISSED?: any, NOT_APPLICABLE?: any, NO_DATA?: any, OFF_TRACK?: any, ON_TRACK?: any }, ResolversTypes['TargetStatus']>;

export type TeacherCertificateResolvers = EnumResolverSignature<{ HIGHER_EDUCATION?: any, JUNIOR_SECONDARY?: any, KINDERGARTEN?: any, NONE?: any, PRIMARY?: any, SECONDARY_VOCATIONAL?: any, SENIOR_SECONDARY?: any }, ResolversTypes['TeacherCertificate']>;

export type TitleResolvers = EnumResolverSignature<{ FIRST?: any, SECOND?: any, SENIOR?: any, SENIOR_FULL?: any, THIRD?: any, UNRATED?: any }, ResolversTypes['Title']>;

export type TodoEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TodoEntry'] = ResolversParentTypes['TodoEntry']> = {
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schoolYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TodoItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TodoItem'] = ResolversParentTypes['TodoItem']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daysLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['TodoEntry']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TodoKind'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TodoListResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TodoList'] = ResolversParentTypes['TodoList']> = {
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['TodoItem']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TransitionRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionRate'] = ResolversParentTypes['TransitionRate']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OrgLevel'], ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type WithdrawRegisterConfirmationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WithdrawRegisterConfirmationPayload'] = ResolversParentTypes['WithdrawRegisterConfirmationPayload']> = {
  kind?: Resolver<ResolversTypes['RegisterKind'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type YearPublicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['YearPublication'] = ResolversParentTypes['YearPublication']> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reopenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reopenedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reopenedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Account?: AccountResolvers<ContextType>;
  AccountPayload?: AccountPayloadResolvers<ContextType>;
  AreaType?: AreaTypeResolvers;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditPage?: AuditPageResolvers<ContextType>;
  BackboneLevel?: BackboneLevelResolvers;
  BackfillPayload?: BackfillPayloadResolvers<ContextType>;
  BackfillWindow?: BackfillWindowResolvers<ContextType>;
  BackfillWindowPayload?: BackfillWindowPayloadResolvers<ContextType>;
  BalanceAction?: BalanceActionResolvers<ContextType>;
  BalanceAssessment?: BalanceAssessmentResolvers<ContextType>;
  BalanceCertification?: BalanceCertificationResolvers<ContextType>;
  BalanceExcludedSchool?: BalanceExcludedSchoolResolvers<ContextType>;
  BalanceIndicator?: BalanceIndicatorResolvers<ContextType>;
  BalanceIndicatorUnit?: BalanceIndicatorUnitResolvers;
  BalanceIndicatorValue?: BalanceIndicatorValueResolvers<ContextType>;
  BalancePlan?: BalancePlanResolvers<ContextType>;
  BalancePlanOtherStage?: BalancePlanOtherStageResolvers<ContextType>;
  BalancePlanSchool?: BalancePlanSchoolResolvers<ContextType>;
  BalancePlanSchoolState?: BalancePlanSchoolStateResolvers<ContextType>;
  BalancePlanVariation?: BalancePlanVariationResolvers<ContextType>;
  BalanceRuleFailure?: BalanceRuleFailureResolvers<ContextType>;
  BalanceSchoolResult?: BalanceSchoolResultResolvers<ContextType>;
  BalanceShortfall?: BalanceShortfallResolvers<ContextType>;
  BalanceStageAssessment?: BalanceStageAssessmentResolvers<ContextType>;
  BalanceUnitCost?: BalanceUnitCostResolvers<ContextType>;
  BalanceVariation?: BalanceVariationResolvers<ContextType>;
  ChangePasswordPayload?: ChangePasswordPayloadResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  CityInputs?: CityInputsResolvers<ContextType>;
  CityInputsPayload?: CityInputsPayloadResolvers<ContextType>;
  CityPayload?: CityPayloadResolvers<ContextType>;
  Comparator?: ComparatorResolvers;
  CompletenessCounts?: CompletenessCountsResolvers<ContextType>;
  CompletenessEntry?: CompletenessEntryResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  CreateSchoolAccountsPayload?: CreateSchoolAccountsPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteProjectionScenarioPayload?: DeleteProjectionScenarioPayloadResolvers<ContextType>;
  DeleteRegisterEntryPayload?: DeleteRegisterEntryPayloadResolvers<ContextType>;
  District?: DistrictResolvers<ContextType>;
  DistrictBirthYear?: DistrictBirthYearResolvers<ContextType>;
  DistrictBirthsPayload?: DistrictBirthsPayloadResolvers<ContextType>;
  DistrictCompleteness?: DistrictCompletenessResolvers<ContextType>;
  DistrictInputs?: DistrictInputsResolvers<ContextType>;
  DistrictInputsPayload?: DistrictInputsPayloadResolvers<ContextType>;
  DistrictPayload?: DistrictPayloadResolvers<ContextType>;
  EducationLevel?: EducationLevelResolvers;
  ExcelFile?: ExcelFileResolvers<ContextType>;
  ExcelImportError?: ExcelImportErrorResolvers<ContextType>;
  Gender?: GenderResolvers;
  Health?: HealthResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LabeledCount?: LabeledCountResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  MarkNoticesReadPayload?: MarkNoticesReadPayloadResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  MonitoringReportFile?: MonitoringReportFileResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notice?: NoticeResolvers<ContextType>;
  NoticePage?: NoticePageResolvers<ContextType>;
  OneTimePasswordPayload?: OneTimePasswordPayloadResolvers<ContextType>;
  OrgLevel?: OrgLevelResolvers;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  Ownership?: OwnershipResolvers;
  PasswordPolicy?: PasswordPolicyResolvers<ContextType>;
  PlanTarget?: PlanTargetResolvers<ContextType>;
  Projection?: ProjectionResolvers<ContextType>;
  ProjectionAssumptions?: ProjectionAssumptionsResolvers<ContextType>;
  ProjectionBirthYear?: ProjectionBirthYearResolvers<ContextType>;
  ProjectionCoverage?: ProjectionCoverageResolvers<ContextType>;
  ProjectionCoverageYear?: ProjectionCoverageYearResolvers<ContextType>;
  ProjectionGrade?: ProjectionGradeResolvers<ContextType>;
  ProjectionRate?: ProjectionRateResolvers<ContextType>;
  ProjectionScenario?: ProjectionScenarioResolvers<ContextType>;
  ProjectionScenarioPayload?: ProjectionScenarioPayloadResolvers<ContextType>;
  ProjectionStageYear?: ProjectionStageYearResolvers<ContextType>;
  ProjectionTargetHold?: ProjectionTargetHoldResolvers<ContextType>;
  ProjectionTeacherKind?: ProjectionTeacherKindResolvers<ContextType>;
  ProjectionTeachers?: ProjectionTeachersResolvers<ContextType>;
  ProjectionYear?: ProjectionYearResolvers<ContextType>;
  PublicationReadiness?: PublicationReadinessResolvers<ContextType>;
  PublishedFigure?: PublishedFigureResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecognitionLevel?: RecognitionLevelResolvers;
  RegisterConfirmation?: RegisterConfirmationResolvers<ContextType>;
  RegisterConfirmationPayload?: RegisterConfirmationPayloadResolvers<ContextType>;
  RegisterEntry?: RegisterEntryResolvers<ContextType>;
  RegisterEntryPayload?: RegisterEntryPayloadResolvers<ContextType>;
  RegisterKind?: RegisterKindResolvers;
  RegisterKindInfo?: RegisterKindInfoResolvers<ContextType>;
  ReportCompleteness?: ReportCompletenessResolvers<ContextType>;
  ReportExemption?: ReportExemptionResolvers<ContextType>;
  ReportFlag?: ReportFlagResolvers<ContextType>;
  ReportFlagKind?: ReportFlagKindResolvers;
  ReportGrade?: ReportGradeResolvers<ContextType>;
  ReportImportResult?: ReportImportResultResolvers<ContextType>;
  ReportPayload?: ReportPayloadResolvers<ContextType>;
  ReportQueue?: ReportQueueResolvers<ContextType>;
  ReportQueueEntry?: ReportQueueEntryResolvers<ContextType>;
  ReportReminderPayload?: ReportReminderPayloadResolvers<ContextType>;
  ReportStatus?: ReportStatusResolvers;
  ReportingPeriod?: ReportingPeriodResolvers<ContextType>;
  ReportingPeriodPayload?: ReportingPeriodPayloadResolvers<ContextType>;
  RosterRolloverPayload?: RosterRolloverPayloadResolvers<ContextType>;
  RosterRolloverStatus?: RosterRolloverStatusResolvers<ContextType>;
  RosterRolloverUnit?: RosterRolloverUnitResolvers<ContextType>;
  School?: SchoolResolvers<ContextType>;
  SchoolBalance?: SchoolBalanceResolvers<ContextType>;
  SchoolImportResult?: SchoolImportResultResolvers<ContextType>;
  SchoolPayload?: SchoolPayloadResolvers<ContextType>;
  SchoolReport?: SchoolReportResolvers<ContextType>;
  SchoolType?: SchoolTypeResolvers;
  SchoolTypeCompleteness?: SchoolTypeCompletenessResolvers<ContextType>;
  SchoolYear?: SchoolYearResolvers<ContextType>;
  SchoolYearState?: SchoolYearStateResolvers;
  StaffImportChange?: StaffImportChangeResolvers<ContextType>;
  StaffImportMissing?: StaffImportMissingResolvers<ContextType>;
  StaffImportNewPerson?: StaffImportNewPersonResolvers<ContextType>;
  StaffImportResult?: StaffImportResultResolvers<ContextType>;
  StaffMember?: StaffMemberResolvers<ContextType>;
  StaffPage?: StaffPageResolvers<ContextType>;
  StaffPayload?: StaffPayloadResolvers<ContextType>;
  StaffRole?: StaffRoleResolvers;
  StaffStatus?: StaffStatusResolvers;
  StaffingSummary?: StaffingSummaryResolvers<ContextType>;
  Stage?: StageResolvers;
  StatisticalYear?: StatisticalYearResolvers<ContextType>;
  StatisticalYearPayload?: StatisticalYearPayloadResolvers<ContextType>;
  Subject?: SubjectResolvers;
  TargetDashboard?: TargetDashboardResolvers<ContextType>;
  TargetDashboardDetails?: TargetDashboardDetailsResolvers<ContextType>;
  TargetDashboardRow?: TargetDashboardRowResolvers<ContextType>;
  TargetDashboardTable?: TargetDashboardTableResolvers<ContextType>;
  TargetResult?: TargetResultResolvers<ContextType>;
  TargetStatus?: TargetStatusResolvers;
  TeacherCertificate?: TeacherCertificateResolvers;
  Title?: TitleResolvers;
  TodoEntry?: TodoEntryResolvers<ContextType>;
  TodoItem?: TodoItemResolvers<ContextType>;
  TodoList?: TodoListResolvers<ContextType>;
  TransitionRate?: TransitionRateResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WithdrawRegisterConfirmationPayload?: WithdrawRegisterConfirmationPayloadResolvers<ContextType>;
  YearPublication?: YearPublicationResolvers<ContextType>;
};

