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
