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
import type { ComparatorEnum as Comparator } from '../modules/common/enums.ts';
import type { TargetStatusEnum as TargetStatus } from '../modules/common/enums.ts';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Viewer as ViewerModel } from '../authz/viewer.ts';
import type { DistrictRow as DistrictRowModel, SchoolRow as SchoolRowModel } from '@edu2035/db';
import type { OrgUnitModel as OrgUnitModelModel } from '../modules/org/service.ts';
import type { StaffMemberModel as StaffMemberModelModel, StaffingSummaryModel as StaffingSummaryModelModel } from '../modules/staff/service.ts';
import type { PlanTarget as PlanTargetModel, Milestone as MilestoneModel } from '@edu2035/domain';
import type { TargetResultModel as TargetResultModelModel, TargetDashboardModel as TargetDashboardModelModel } from '../modules/indicators/service.ts';
import type { UserModel as UserModelModel } from '../modules/auth/service.ts';
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
};

export { AreaType };

export { BackboneLevel };

export { Comparator };

/** 区 (a district of the city). */
export type District = {
  __typename?: 'District';
  /** 行政区划代码 (GB/T 2260), e.g. 150303. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  schoolCount: Scalars['Int']['output'];
  /** Schools of this district (active ones). */
  schools: Array<School>;
};


/** 区 (a district of the city). */
export type DistrictSchoolsArgs = {
  types?: InputMaybe<Array<SchoolType>>;
};

export { EducationLevel };

export { Gender };

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
  expiresAt: Scalars['DateTime']['output'];
  /** Bearer token for the Authorization header; shown once, stored only as a hash. */
  token: Scalars['String']['output'];
  viewer: Viewer;
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  ok: Scalars['Boolean']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /** No-op root; modules extend Mutation. */
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Log in with user name and password. `app` is the level of the app logging in: an account
   * of another level is refused (code WRONG_APP), so a school account cannot open the city app.
   * Errors: BAD_USER_INPUT (field username/password, wrong credentials), WRONG_APP.
   */
  login: LoginPayload;
  /** End the current session (the token stops working at once). */
  logout: LogoutPayload;
};


export type MutationLoginArgs = {
  input: LoginInput;
};

export { OrgLevel };

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

export { Ownership };

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
  /** The plan's section, e.g. 三(六)1 or 框3. */
  section: Scalars['String']['output'];
  /** Unit code, e.g. percent, count. */
  unit: Scalars['String']['output'];
  /** Unit in Chinese, e.g. %, 人, 所. */
  unitLabel: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One district in scope. Errors: FORBIDDEN when outside the viewer's scope, NOT_FOUND. */
  district: District;
  /** The districts the viewer may see: all for the city, its own for a district or school account. */
  districts: Array<District>;
  /** The API's health and version, readable without logging in. */
  health: Health;
  /**
   * The measurable targets of 《乌海教育现代化2035》 (A: the indicator table, B: targets in the
   * text, C: the seven 优质均衡 indicators). `level` keeps the targets measured at that level;
   * `group` one group. Readable by any logged-in account.
   */
  planTargets: Array<PlanTarget>;
  /** One school in scope. Errors: FORBIDDEN when outside the viewer's scope, NOT_FOUND. */
  school: School;
  /** School years that have data (reports or rosters), newest first. */
  schoolYears: Array<SchoolYear>;
  /**
   * Schools in the viewer's scope, optionally narrowed to a district and to school types.
   * A district outside the scope answers FORBIDDEN.
   */
  schools: Array<School>;
  /**
   * The 三支队伍 roster of a school year in the viewer's scope, filtered and paginated
   * (ordered by school, role, name). A district or school outside the scope answers FORBIDDEN.
   */
  staff: StaffPage;
  /**
   * Counts of the 三支队伍 of an org unit in a school year: by role, title, education, age band
   * (at 统计时点 1 September) and gender. Active staff only.
   */
  staffingSummary: StaffingSummary;
  /**
   * One operation for a whole dashboard: the targets of a unit (those measured at its level, or
   * the ones named) for every school year from `fromYear` to `toYear`, for the unit itself and
   * for each unit directly below it (the city's districts; a district's schools). A constant
   * number of SQL statements whatever the number of schools, staff or years (at most 16 years).
   * Errors: BAD_USER_INPUT (fromYear, toYear, targetIds); FORBIDDEN for a unit outside the scope.
   */
  targetDashboard: TargetDashboard;
  /**
   * The plan's targets measured for an org unit in a school year, computed from the database
   * at query time. `targetIds` narrows the list; by default every target measured at the
   * unit's level. A unit outside the viewer's scope answers FORBIDDEN.
   */
  targetResults: Array<TargetResult>;
  /** The logged-in account and the unit it sees; null when not logged in. */
  viewer?: Maybe<Viewer>;
};


export type QueryDistrictArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanTargetsArgs = {
  group?: InputMaybe<TargetGroup>;
  level?: InputMaybe<OrgLevel>;
};


export type QuerySchoolArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySchoolsArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  types?: InputMaybe<Array<SchoolType>>;
};


export type QueryStaffArgs = {
  filter: StaffFilter;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStaffingSummaryArgs = {
  schoolYear: Scalars['Int']['input'];
  unit: OrgUnitInput;
};


export type QueryTargetDashboardArgs = {
  fromYear: Scalars['Int']['input'];
  targetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  toYear: Scalars['Int']['input'];
  unit: OrgUnitInput;
};


export type QueryTargetResultsArgs = {
  schoolYear: Scalars['Int']['input'];
  targetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  unit: OrgUnitInput;
};

/** 学校 (a school or kindergarten). */
export type School = {
  __typename?: 'School';
  area: AreaType;
  areaLabel: Scalars['String']['output'];
  /** 学校标识码. */
  code: Scalars['String']['output'];
  district: District;
  /** 民族学校. */
  ethnic: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 普惠性 (a public kindergarten, or a private one certified inclusive). */
  inclusive: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  ownership: Ownership;
  /** 公办 / 民办. */
  ownershipLabel: Scalars['String']['output'];
  type: SchoolType;
  /** 学校类别 in Chinese, e.g. 九年一贯制学校. */
  typeLabel: Scalars['String']['output'];
};

export { SchoolType };

export type SchoolYear = {
  __typename?: 'SchoolYear';
  /** 2025—2026学年. */
  label: Scalars['String']['output'];
  /** Start year, e.g. 2025. */
  startYear: Scalars['Int']['output'];
};

export type StaffFilter = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  education?: InputMaybe<EducationLevel>;
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
  mentalHealthTrained: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  preschoolMajor: Scalars['Boolean']['output'];
  role: StaffRole;
  roleLabel: Scalars['String']['output'];
  /** The school, null for a 教研员. */
  school?: Maybe<School>;
  schoolYear: Scalars['Int']['output'];
  stage?: Maybe<Stage>;
  stageLabel?: Maybe<Scalars['String']['output']>;
  status: StaffStatus;
  statusLabel: Scalars['String']['output'];
  subject?: Maybe<Subject>;
  subjectLabel?: Maybe<Scalars['String']['output']>;
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

export { StaffRole };

export { StaffStatus };

export type StaffingSummary = {
  __typename?: 'StaffingSummary';
  byAgeBand: Array<LabeledCount>;
  byEducation: Array<LabeledCount>;
  byGender: Array<LabeledCount>;
  byRole: Array<LabeledCount>;
  byTitle: Array<LabeledCount>;
  /** 专任教师 among them. */
  fullTimeTeachers: Scalars['Int']['output'];
  schoolYear: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  unit: OrgUnit;
};

export { Stage };

export { Subject };

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
  /** Denominator of a ratio. */
  denominator?: Maybe<Scalars['Float']['output']>;
  denominatorLabel?: Maybe<Scalars['String']['output']>;
  /** The milestone the status is judged against (the next due, or the last one). */
  milestone?: Maybe<Milestone>;
  /** Numerator of a ratio, or the count. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** What the numerator counts, in Chinese (e.g. 本科及以上学历专任教师). */
  numeratorLabel?: Maybe<Scalars['String']['output']>;
  /** Why there is no value, in Chinese. */
  reason?: Maybe<Scalars['String']['output']>;
  /** For a future milestone: the value a straight line from the 2020 baseline needs this year. */
  requiredNow?: Maybe<Scalars['Float']['output']>;
  schoolYear: Scalars['Int']['output'];
  status: TargetStatus;
  statusLabel: Scalars['String']['output'];
  target: PlanTarget;
  unit: OrgUnit;
  /** Schools (or districts) whose data went into the value. */
  unitsIncluded: Scalars['Int']['output'];
  /** Schools (or districts) in scope with no data for this year. */
  unitsMissing: Scalars['Int']['output'];
  /** In the target's unit; null when it cannot be computed (see reason). */
  value?: Maybe<Scalars['Float']['output']>;
};

export { TargetStatus };

export { Title };

export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  username: Scalars['String']['output'];
};

/** The logged-in account and its slice of the city (its org unit). */
export type Viewer = {
  __typename?: 'Viewer';
  /** The district of a district or school account. */
  district?: Maybe<District>;
  level: OrgLevel;
  /** The unit the account belongs to: the city, its district or its school. */
  orgUnit: OrgUnit;
  /** The school of a school account. */
  school?: Maybe<School>;
  user: User;
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
  AreaType: AreaType;
  BackboneLevel: BackboneLevel;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Comparator: Comparator;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<DistrictRowModel>;
  EducationLevel: EducationLevel;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gender: Gender;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LabeledCount: ResolverTypeWrapper<LabeledCount>;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<Omit<LoginPayload, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  Milestone: ResolverTypeWrapper<MilestoneModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrgLevel: OrgLevel;
  OrgUnit: ResolverTypeWrapper<OrgUnitModelModel>;
  OrgUnitInput: OrgUnitInput;
  Ownership: Ownership;
  PlanTarget: ResolverTypeWrapper<PlanTargetModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  School: ResolverTypeWrapper<SchoolRowModel>;
  SchoolType: SchoolType;
  SchoolYear: ResolverTypeWrapper<SchoolYear>;
  StaffFilter: StaffFilter;
  StaffMember: ResolverTypeWrapper<StaffMemberModelModel>;
  StaffPage: ResolverTypeWrapper<Omit<StaffPage, 'items'> & { items: Array<ResolversTypes['StaffMember']> }>;
  StaffRole: StaffRole;
  StaffStatus: StaffStatus;
  StaffingSummary: ResolverTypeWrapper<StaffingSummaryModelModel>;
  Stage: Stage;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subject: Subject;
  TargetDashboard: ResolverTypeWrapper<TargetDashboardModelModel>;
  TargetGroup: TargetGroup;
  TargetResult: ResolverTypeWrapper<TargetResultModelModel>;
  TargetStatus: TargetStatus;
  Title: Title;
  User: ResolverTypeWrapper<UserModelModel>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  District: DistrictRowModel;
  Float: Scalars['Float']['output'];
  Health: Health;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LabeledCount: LabeledCount;
  LoginInput: LoginInput;
  LoginPayload: Omit<LoginPayload, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  LogoutPayload: LogoutPayload;
  Milestone: MilestoneModel;
  Mutation: Record<PropertyKey, never>;
  OrgUnit: OrgUnitModelModel;
  OrgUnitInput: OrgUnitInput;
  PlanTarget: PlanTargetModel;
  Query: Record<PropertyKey, never>;
  School: SchoolRowModel;
  SchoolYear: SchoolYear;
  StaffFilter: StaffFilter;
  StaffMember: StaffMemberModelModel;
  StaffPage: Omit<StaffPage, 'items'> & { items: Array<ResolversParentTypes['StaffMember']> };
  StaffingSummary: StaffingSummaryModelModel;
  String: Scalars['String']['output'];
  TargetDashboard: TargetDashboardModelModel;
  TargetResult: TargetResultModelModel;
  User: UserModelModel;
  Viewer: ViewerModel;
};

export type AreaTypeResolvers = EnumResolverSignature<{ MINING?: any, RURAL?: any, URBAN?: any }, ResolversTypes['AreaType']>;

export type BackboneLevelResolvers = EnumResolverSignature<{ CITY?: any, DISTRICT?: any, NATIONAL?: any, NONE?: any, REGION?: any }, ResolversTypes['BackboneLevel']>;

export type ComparatorResolvers = EnumResolverSignature<{ EQ?: any, GT?: any, GTE?: any, LTE?: any, NONDECREASING?: any, TRACK?: any }, ResolversTypes['Comparator']>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schoolCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['School']>, ParentType, ContextType, Partial<DistrictSchoolsArgs>>;
};

export type EducationLevelResolvers = EnumResolverSignature<{ ASSOCIATE?: any, BACHELOR?: any, HIGH_SCHOOL_OR_BELOW?: any, POSTGRADUATE?: any }, ResolversTypes['EducationLevel']>;

export type GenderResolvers = EnumResolverSignature<{ FEMALE?: any, MALE?: any }, ResolversTypes['Gender']>;

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

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

export type MilestoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  comparator?: Resolver<ResolversTypes['Comparator'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType>;
};

export type OrgLevelResolvers = EnumResolverSignature<{ CITY?: any, DISTRICT?: any, SCHOOL?: any }, ResolversTypes['OrgLevel']>;

export type OrgUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnit'] = ResolversParentTypes['OrgUnit']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OrgLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OwnershipResolvers = EnumResolverSignature<{ PRIVATE?: any, PUBLIC?: any }, ResolversTypes['Ownership']>;

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
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType, RequireFields<QueryDistrictArgs, 'id'>>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  planTargets?: Resolver<Array<ResolversTypes['PlanTarget']>, ParentType, ContextType, Partial<QueryPlanTargetsArgs>>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType, RequireFields<QuerySchoolArgs, 'id'>>;
  schoolYears?: Resolver<Array<ResolversTypes['SchoolYear']>, ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['School']>, ParentType, ContextType, Partial<QuerySchoolsArgs>>;
  staff?: Resolver<ResolversTypes['StaffPage'], ParentType, ContextType, RequireFields<QueryStaffArgs, 'filter' | 'page' | 'pageSize'>>;
  staffingSummary?: Resolver<ResolversTypes['StaffingSummary'], ParentType, ContextType, RequireFields<QueryStaffingSummaryArgs, 'schoolYear' | 'unit'>>;
  targetDashboard?: Resolver<ResolversTypes['TargetDashboard'], ParentType, ContextType, RequireFields<QueryTargetDashboardArgs, 'fromYear' | 'toYear' | 'unit'>>;
  targetResults?: Resolver<Array<ResolversTypes['TargetResult']>, ParentType, ContextType, RequireFields<QueryTargetResultsArgs, 'schoolYear' | 'unit'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type SchoolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['School'] = ResolversParentTypes['School']> = {
  area?: Resolver<ResolversTypes['AreaType'], ParentType, ContextType>;
  areaLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  ethnic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<ResolversTypes['Ownership'], ParentType, ContextType>;
  ownershipLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SchoolType'], ParentType, ContextType>;
  typeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SchoolTypeResolvers = EnumResolverSignature<{ COMPLETE_SECONDARY?: any, HIGHER_VOCATIONAL?: any, JUNIOR_SECONDARY?: any, KINDERGARTEN?: any, NINE_YEAR?: any, PRIMARY?: any, SECONDARY_VOCATIONAL?: any, SENIOR_SECONDARY?: any, SPECIAL?: any }, ResolversTypes['SchoolType']>;

export type SchoolYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchoolYear'] = ResolversParentTypes['SchoolYear']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  mentalHealthTrained?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preschoolMajor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StaffRole'], ParentType, ContextType>;
  roleLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  stageLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StaffStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
  subjectLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type StaffRoleResolvers = EnumResolverSignature<{ PRINCIPAL?: any, RESEARCHER?: any, TEACHER?: any, VICE_PRINCIPAL?: any }, ResolversTypes['StaffRole']>;

export type StaffStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, RETIRED?: any, TRANSFERRED_OUT?: any }, ResolversTypes['StaffStatus']>;

export type StaffingSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffingSummary'] = ResolversParentTypes['StaffingSummary']> = {
  byAgeBand?: Resolver<Array<ResolversTypes['LabeledCount']>, ParentType, ContextType>;
  byEducation?: Resolver<Array<ResolversTypes['LabeledCount']>, ParentType, ContextType>;
  byGender?: Resolver<Array<ResolversTypes['LabeledCount']>, ParentType, ContextType>;
  byRole?: Resolver<Array<ResolversTypes['LabeledCount']>, ParentType, ContextType>;
  byTitle?: Resolver<Array<ResolversTypes['LabeledCount']>, ParentType, ContextType>;
  fullTimeTeachers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type StageResolvers = EnumResolverSignature<{ HIGHER_VOCATIONAL?: any, JUNIOR_SECONDARY?: any, PRESCHOOL?: any, PRIMARY?: any, SECONDARY_VOCATIONAL?: any, SENIOR_SECONDARY?: any, SPECIAL?: any }, ResolversTypes['Stage']>;

export type SubjectResolvers = EnumResolverSignature<{ BIOLOGY?: any, CHEMISTRY?: any, CHINESE?: any, ENGLISH?: any, FINE_ART?: any, GEOGRAPHY?: any, HISTORY?: any, INFORMATION_TECHNOLOGY?: any, LABOUR?: any, MATHEMATICS?: any, MENTAL_HEALTH?: any, MONGOLIAN?: any, MORALITY_LAW?: any, MUSIC?: any, OTHER?: any, PHYSICAL_EDUCATION?: any, PHYSICS?: any, PRESCHOOL?: any, SCIENCE?: any, SPECIALTY?: any, SPECIAL_EDUCATION?: any, VOCATIONAL_GENERAL?: any }, ResolversTypes['Subject']>;

export type TargetDashboardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetDashboard'] = ResolversParentTypes['TargetDashboard']> = {
  children?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['TargetResult']>, ParentType, ContextType>;
  toYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type TargetResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetResult'] = ResolversParentTypes['TargetResult']> = {
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  denominatorLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  milestone?: Resolver<Maybe<ResolversTypes['Milestone']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  numeratorLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requiredNow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['PlanTarget'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  unitsIncluded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsMissing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type TargetStatusResolvers = EnumResolverSignature<{ MET?: any, MISSED?: any, NO_DATA?: any, OFF_TRACK?: any, ON_TRACK?: any }, ResolversTypes['TargetStatus']>;

export type TitleResolvers = EnumResolverSignature<{ FIRST?: any, SECOND?: any, SENIOR?: any, SENIOR_FULL?: any, THIRD?: any, UNRATED?: any }, ResolversTypes['Title']>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OrgLevel'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AreaType?: AreaTypeResolvers;
  BackboneLevel?: BackboneLevelResolvers;
  Comparator?: ComparatorResolvers;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  EducationLevel?: EducationLevelResolvers;
  Gender?: GenderResolvers;
  Health?: HealthResolvers<ContextType>;
  LabeledCount?: LabeledCountResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OrgLevel?: OrgLevelResolvers;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  Ownership?: OwnershipResolvers;
  PlanTarget?: PlanTargetResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  School?: SchoolResolvers<ContextType>;
  SchoolType?: SchoolTypeResolvers;
  SchoolYear?: SchoolYearResolvers<ContextType>;
  StaffMember?: StaffMemberResolvers<ContextType>;
  StaffPage?: StaffPageResolvers<ContextType>;
  StaffRole?: StaffRoleResolvers;
  StaffStatus?: StaffStatusResolvers;
  StaffingSummary?: StaffingSummaryResolvers<ContextType>;
  Stage?: StageResolvers;
  Subject?: SubjectResolvers;
  TargetDashboard?: TargetDashboardResolvers<ContextType>;
  TargetResult?: TargetResultResolvers<ContextType>;
  TargetStatus?: TargetStatusResolvers;
  Title?: TitleResolvers;
  User?: UserResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

