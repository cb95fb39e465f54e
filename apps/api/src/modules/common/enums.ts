/**
 * GraphQL enums carry UPPER_CASE names; the domain and the database use lower-case codes.
 * These maps give Apollo the internal value of each GraphQL enum value (used both by the
 * resolvers and by codegen's `enumValues`, so the generated types are the domain's).
 */
import {
  AREA_TYPES,
  BACKBONE_LEVELS,
  EDUCATION_LEVELS,
  GENDERS,
  ORG_LEVELS,
  OWNERSHIPS,
  RECOGNITION_LEVELS,
  REGISTER_KINDS,
  REPORT_FLAG_KINDS,
  REPORT_STATES,
  SCHOOL_TYPES,
  SCHOOL_YEAR_STATES,
  STAFF_ROLES,
  STAFF_STATUSES,
  STAGES,
  SUBJECTS,
  TEACHER_CERTIFICATES,
  TITLES,
} from "@edu2035/domain";

/** { KINDERGARTEN: "kindergarten", … } for a list of lower-case codes. */
export function enumMap<const T extends readonly string[]>(
  codes: T,
): Record<Uppercase<T[number]>, T[number]> {
  return Object.fromEntries(codes.map((c) => [c.toUpperCase(), c])) as Record<
    Uppercase<T[number]>,
    T[number]
  >;
}

/** Domain comparator codes by GraphQL enum value. */
export const COMPARATOR_ENUM = {
  GTE: ">=",
  GT: ">",
  EQ: "=",
  LTE: "<=",
  NONDECREASING: "nondecreasing",
  TRACK: "track",
} as const;

/** Domain target-status codes by GraphQL enum value. */
export const TARGET_STATUS_ENUM = {
  MET: "met",
  MISSED: "missed",
  ON_TRACK: "on_track",
  OFF_TRACK: "off_track",
  INCOMPLETE: "incomplete",
  NO_DATA: "no_data",
  NOT_APPLICABLE: "not_applicable",
} as const;

/*
 * One const + type pair per GraphQL enum: the const is Apollo's internal-value map, the type
 * (the domain's code union) is what codegen binds the enum to (`enumValues`).
 */
export const OrgLevelEnum = enumMap(ORG_LEVELS);
export type OrgLevelEnum = (typeof OrgLevelEnum)[keyof typeof OrgLevelEnum];
export const SchoolTypeEnum = enumMap(SCHOOL_TYPES);
export type SchoolTypeEnum = (typeof SchoolTypeEnum)[keyof typeof SchoolTypeEnum];
export const OwnershipEnum = enumMap(OWNERSHIPS);
export type OwnershipEnum = (typeof OwnershipEnum)[keyof typeof OwnershipEnum];
export const AreaTypeEnum = enumMap(AREA_TYPES);
export type AreaTypeEnum = (typeof AreaTypeEnum)[keyof typeof AreaTypeEnum];
export const StaffRoleEnum = enumMap(STAFF_ROLES);
export type StaffRoleEnum = (typeof StaffRoleEnum)[keyof typeof StaffRoleEnum];
export const StaffStatusEnum = enumMap(STAFF_STATUSES);
export type StaffStatusEnum = (typeof StaffStatusEnum)[keyof typeof StaffStatusEnum];
export const GenderEnum = enumMap(GENDERS);
export type GenderEnum = (typeof GenderEnum)[keyof typeof GenderEnum];
export const EducationLevelEnum = enumMap(EDUCATION_LEVELS);
export type EducationLevelEnum = (typeof EducationLevelEnum)[keyof typeof EducationLevelEnum];
export const TitleEnum = enumMap(TITLES);
export type TitleEnum = (typeof TitleEnum)[keyof typeof TitleEnum];
export const StageEnum = enumMap(STAGES);
export type StageEnum = (typeof StageEnum)[keyof typeof StageEnum];
export const SubjectEnum = enumMap(SUBJECTS);
export type SubjectEnum = (typeof SubjectEnum)[keyof typeof SubjectEnum];
export const BackboneLevelEnum = enumMap(BACKBONE_LEVELS);
export type BackboneLevelEnum = (typeof BackboneLevelEnum)[keyof typeof BackboneLevelEnum];
export const TeacherCertificateEnum = enumMap(TEACHER_CERTIFICATES);
export type TeacherCertificateEnum = (typeof TeacherCertificateEnum)[keyof typeof TeacherCertificateEnum];
export const ReportStatusEnum = enumMap(REPORT_STATES);
export type ReportStatusEnum = (typeof ReportStatusEnum)[keyof typeof ReportStatusEnum];
export const ReportFlagKindEnum = enumMap(REPORT_FLAG_KINDS);
export type ReportFlagKindEnum = (typeof ReportFlagKindEnum)[keyof typeof ReportFlagKindEnum];
export const RegisterKindEnum = enumMap(REGISTER_KINDS);
export type RegisterKindEnum = (typeof RegisterKindEnum)[keyof typeof RegisterKindEnum];
export const RecognitionLevelEnum = enumMap(RECOGNITION_LEVELS);
export type RecognitionLevelEnum = (typeof RecognitionLevelEnum)[keyof typeof RecognitionLevelEnum];
export const ComparatorEnum = COMPARATOR_ENUM;
export type ComparatorEnum = (typeof ComparatorEnum)[keyof typeof ComparatorEnum];
export const SchoolYearStateEnum = enumMap(SCHOOL_YEAR_STATES);
export type SchoolYearStateEnum = (typeof SchoolYearStateEnum)[keyof typeof SchoolYearStateEnum];
export const TargetStatusEnum = TARGET_STATUS_ENUM;
export type TargetStatusEnum = (typeof TargetStatusEnum)[keyof typeof TargetStatusEnum];

/** Every GraphQL enum with its internal values, as Apollo resolvers. */
export const ENUM_RESOLVERS = {
  OrgLevel: OrgLevelEnum,
  SchoolType: SchoolTypeEnum,
  Ownership: OwnershipEnum,
  AreaType: AreaTypeEnum,
  StaffRole: StaffRoleEnum,
  StaffStatus: StaffStatusEnum,
  Gender: GenderEnum,
  EducationLevel: EducationLevelEnum,
  Title: TitleEnum,
  Stage: StageEnum,
  Subject: SubjectEnum,
  BackboneLevel: BackboneLevelEnum,
  RegisterKind: RegisterKindEnum,
  RecognitionLevel: RecognitionLevelEnum,
  TeacherCertificate: TeacherCertificateEnum,
  ReportStatus: ReportStatusEnum,
  ReportFlagKind: ReportFlagKindEnum,
  Comparator: ComparatorEnum,
  TargetStatus: TargetStatusEnum,
  SchoolYearState: SchoolYearStateEnum,
} as const;

/** codegen `enumValues`: each GraphQL enum bound to its domain code union. */
export const ENUM_TYPE_FILES = Object.fromEntries(
  Object.keys(ENUM_RESOLVERS).map((n) => [n, `../modules/common/enums.ts#${n}Enum`]),
);
