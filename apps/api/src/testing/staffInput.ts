/**
 * A roster record as the school app's 新增教职工 form sends it (AddStaffInput without the school
 * and year), for API tests.
 */

/**
 * A full-time 小学 语文 teacher with a 本科 degree (female, born 1988-04-12, no 身份证号): one
 * more in A08's denominator (义务教育专任教师) and numerator (本科及以上); `changes` overrides
 * fields (e.g. `{ education: "ASSOCIATE" }`: denominator only).
 */
export function primaryTeacher(name: string, changes: Record<string, unknown> = {}) {
  return {
    name,
    gender: "FEMALE",
    birthDate: "1988-04-12",
    role: "TEACHER",
    fullTime: true,
    stage: "PRIMARY",
    subject: "CHINESE",
    education: "BACHELOR",
    ...changes,
  };
}
