/** Which side of the platform each app is, for the login page. */
export const APP_LEVEL_LABELS = {
  CITY: "市教育局",
  DISTRICT: "区教育局",
  SCHOOL: "学校",
} as const;

/** An app's or an account's level in short (市级, 区级, 校级): tags and the browser tab's title. */
export const APP_LEVEL_SHORT_LABELS = {
  CITY: "市级",
  DISTRICT: "区级",
  SCHOOL: "校级",
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
