/**
 * The 三支队伍 (teachers 教师, principals 校长, teaching-research staff 教研员) as the plan
 * names them in 三(六) "加强高素质专业化的教师、校长、教研'三支'队伍建设", with the
 * attributes the plan's targets are measured from (A07, A08, A09, B08, B33–B35, B43, C1–C3).
 * Codes follow the national teacher management information system (全国教师管理信息系统).
 */

/** Role of a staff member (岗位). 教研员 belong to a city or district 教研室, not to a school. */
export const STAFF_ROLES = ["teacher", "principal", "vice_principal", "researcher"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  teacher: "教师",
  principal: "校长",
  vice_principal: "副校长",
  researcher: "教研员",
};

/** The three teams (三支队伍) a role belongs to. */
export const TEAM_OF_ROLE: Record<StaffRole, "teachers" | "principals" | "researchers"> = {
  teacher: "teachers",
  principal: "principals",
  vice_principal: "principals",
  researcher: "researchers",
};

export const GENDERS = ["male", "female"] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: "男", female: "女" };

/** Highest education (最高学历). Ordered from highest to lowest. */
export const EDUCATION_LEVELS = ["postgraduate", "bachelor", "associate", "high_school_or_below"] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  postgraduate: "研究生",
  bachelor: "本科",
  associate: "专科",
  high_school_or_below: "高中及以下",
};

/** True for 本科 or above (本科及以上学历), as A08 and B33 count. */
export function isBachelorOrAbove(e: EducationLevel): boolean {
  return e === "postgraduate" || e === "bachelor";
}

/** True for 专科 or above (专科及以上学历), the primary-school bar of 优质均衡 indicator C1. */
export function isAssociateOrAbove(e: EducationLevel): boolean {
  return e !== "high_school_or_below";
}

/** Professional title (职称), per the 2015 unified primary/secondary title system. */
export const TITLES = ["senior_full", "senior", "first", "second", "third", "unrated"] as const;
export type Title = (typeof TITLES)[number];
export const TITLE_LABELS: Record<Title, string> = {
  senior_full: "正高级",
  senior: "高级",
  first: "一级",
  second: "二级",
  third: "三级",
  unrated: "未定级",
};

/** Teacher qualification certificate held (教师资格证种类). */
export const TEACHER_CERTIFICATES = [
  "none",
  "kindergarten",
  "primary",
  "junior_secondary",
  "senior_secondary",
  "secondary_vocational",
  "higher_education",
] as const;
export type TeacherCertificate = (typeof TEACHER_CERTIFICATES)[number];
export const TEACHER_CERTIFICATE_LABELS: Record<TeacherCertificate, string> = {
  none: "无",
  kindergarten: "幼儿园教师资格",
  primary: "小学教师资格",
  junior_secondary: "初级中学教师资格",
  senior_secondary: "高级中学教师资格",
  secondary_vocational: "中等职业学校教师资格",
  higher_education: "高等学校教师资格",
};

/** Subject taught (任教学科). `specialty` is a vocational 专业课; `preschool` the 保教 of a kindergarten. */
export const SUBJECTS = [
  "chinese",
  "mathematics",
  "english",
  "mongolian",
  "morality_law",
  "history",
  "geography",
  "physics",
  "chemistry",
  "biology",
  "science",
  "information_technology",
  "physical_education",
  "music",
  "fine_art",
  "mental_health",
  "labour",
  "preschool",
  "vocational_general",
  "specialty",
  "special_education",
  "other",
] as const;
export type Subject = (typeof SUBJECTS)[number];
export const SUBJECT_LABELS: Record<Subject, string> = {
  chinese: "语文",
  mathematics: "数学",
  english: "英语",
  mongolian: "蒙古语文",
  morality_law: "道德与法治/思想政治",
  history: "历史",
  geography: "地理",
  physics: "物理",
  chemistry: "化学",
  biology: "生物",
  science: "科学",
  information_technology: "信息技术",
  physical_education: "体育与健康",
  music: "音乐",
  fine_art: "美术",
  mental_health: "心理健康",
  labour: "劳动",
  preschool: "学前教育（保教）",
  vocational_general: "公共基础课",
  specialty: "专业课",
  special_education: "特殊教育",
  other: "其他",
};

/** PE, music and fine art: the subjects counted by 优质均衡 indicator C3 (体育、艺术专任教师). */
export const PE_AND_ARTS_SUBJECTS: readonly Subject[] = ["physical_education", "music", "fine_art"];

/** Backbone-teacher level (骨干教师级别). C2 counts 县级以上 = district level or above. */
export const BACKBONE_LEVELS = ["none", "district", "city", "region", "national"] as const;
export type BackboneLevel = (typeof BACKBONE_LEVELS)[number];
export const BACKBONE_LABELS: Record<BackboneLevel, string> = {
  none: "非骨干",
  district: "区级骨干",
  city: "市级骨干",
  region: "自治区级骨干",
  national: "国家级骨干",
};

/** Employment status (在岗状态). Staff who leave are kept as history, never deleted. */
export const STAFF_STATUSES = ["active", "transferred_out", "retired"] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];
export const STAFF_STATUS_LABELS: Record<StaffStatus, string> = {
  active: "在岗",
  transferred_out: "调出",
  retired: "退休",
};

/**
 * The 56 民族 in the order of GB/T 3304—1991 《中国各民族名称的罗马字母拼写法和代码》 (codes
 * 01–56); a roster accepts one of them or 其他 (GB/T 3304 97 其他未识别民族 / 98 外国血统).
 */
export const ETHNIC_GROUPS = [
  "汉族",
  "蒙古族",
  "回族",
  "藏族",
  "维吾尔族",
  "苗族",
  "彝族",
  "壮族",
  "布依族",
  "朝鲜族",
  "满族",
  "侗族",
  "瑶族",
  "白族",
  "土家族",
  "哈尼族",
  "哈萨克族",
  "傣族",
  "黎族",
  "傈僳族",
  "佤族",
  "畲族",
  "高山族",
  "拉祜族",
  "水族",
  "东乡族",
  "纳西族",
  "景颇族",
  "柯尔克孜族",
  "土族",
  "达斡尔族",
  "仫佬族",
  "羌族",
  "布朗族",
  "撒拉族",
  "毛南族",
  "仡佬族",
  "锡伯族",
  "阿昌族",
  "普米族",
  "塔吉克族",
  "怒族",
  "乌孜别克族",
  "俄罗斯族",
  "鄂温克族",
  "德昂族",
  "保安族",
  "裕固族",
  "京族",
  "塔塔尔族",
  "独龙族",
  "鄂伦春族",
  "赫哲族",
  "门巴族",
  "珞巴族",
  "基诺族",
] as const;

/** Ethnic groups seen in Wuhai's rosters (民族), offered first in the forms. */
export const COMMON_ETHNICITIES = [
  "汉族",
  "蒙古族",
  "回族",
  "满族",
  "达斡尔族",
  "鄂温克族",
  "朝鲜族",
  "其他",
] as const;

/** Age bands (年龄段) used by the staffing summary, in years at 统计时点. */
export const AGE_BANDS = [
  { key: "under30", label: "30岁以下", min: 0, max: 29 },
  { key: "30to39", label: "30—39岁", min: 30, max: 39 },
  { key: "40to49", label: "40—49岁", min: 40, max: 49 },
  { key: "50to54", label: "50—54岁", min: 50, max: 54 },
  { key: "55plus", label: "55岁及以上", min: 55, max: 200 },
] as const;
export type AgeBandKey = (typeof AGE_BANDS)[number]["key"];

/** The age band key of an age in years. */
export function ageBand(age: number): AgeBandKey {
  for (const b of AGE_BANDS) if (age >= b.min && age <= b.max) return b.key;
  return "55plus";
}

/** National rule: 360 hours of continuing education per teacher per five-year cycle (B43, 教师〔2011〕1号). */
export const TRAINING_HOURS_PER_CYCLE = 360;

/**
 * Mask a 身份证号 for display: only the last four characters remain, e.g.
 * "150302198001011234" → "**************1234". The full number is never stored.
 */
export function maskIdNumber(idNumber: string): string {
  const s = idNumber.trim();
  return "*".repeat(Math.max(0, s.length - 4)) + s.slice(-4);
}

/**
 * Validate the form and checksum of an 18-digit 居民身份证号 (GB 11643-1999, ISO 7064 MOD 11-2).
 * @returns true when the number is well formed and its check character matches.
 */
export function isValidIdNumber(idNumber: string): boolean {
  // spaces around the number are ignored and a lower-case x is X; on character codes, with no
  // string made (a 花名册 import checks 10,000 numbers, issue 15)
  const s = idNumber.length === 18 ? idNumber : idNumber.trim();
  if (s.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    sum += d * (ID_NUMBER_WEIGHTS[i] as number);
  }
  const check = ID_NUMBER_CHECKS.charCodeAt(sum % 11);
  const last = s.charCodeAt(17);
  // "X" (88) also written "x" (120)
  return last === check || (check === 88 && last === 120);
}

/** GB 11643's weights of the first 17 digits, and the check character of each sum mod 11. */
const ID_NUMBER_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_NUMBER_CHECKS = "10X98765432";

/**
 * A synthetic 居民身份证号 (demo people, tests) from its parts, with its check character (GB
 * 11643-1999, ISO 7064 MOD 11-2): the 6-digit region code, the birth date YYYY-MM-DD and the
 * 3-digit sequence (odd for a man, even for a woman), e.g. ("150302", "1985-06-30", "123") →
 * "15030219850630123X".
 */
export function composeIdNumber(region: string, birthDate: string, sequence: string): string {
  const body = `${region}${birthDate.replaceAll("-", "")}${sequence}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (ID_NUMBER_WEIGHTS[i] as number);
  return body + ID_NUMBER_CHECKS[sum % 11];
}
