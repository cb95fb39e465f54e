/** The platform's name as shown in every app's header. */
export const PLATFORM_NAME = "乌海市教育局 · 教育现代化2035监测平台";
export const BUREAU_NAME = "乌海市教育局";
export const PLAN_NAME = "《乌海教育现代化2035》";

/** Which side of the platform each app is, for the login page. */
export const APP_LEVEL_LABELS = {
  CITY: "市教育局",
  DISTRICT: "区教育局",
  SCHOOL: "学校",
} as const;

/**
 * Compulsory-education school types (义务教育学校): the ones assessed for 优质均衡. Here, not
 * beside the balance tables, so an app's shell can read it without loading those tables.
 */
export const COMPULSORY_SCHOOL_TYPES = [
  "PRIMARY",
  "JUNIOR_SECONDARY",
  "NINE_YEAR",
  "COMPLETE_SECONDARY",
] as const;
