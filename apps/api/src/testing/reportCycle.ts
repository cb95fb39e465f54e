/**
 * A school's 年报 (annual report) through GraphQL as the school and district apps send it, for
 * API tests: the operations of the cycle (草稿 saved → 已提交 → 已退回 / 已审核 → reopened), the
 * fixture P1's complete primary-school report (fixtures/smallCity.ts: 海勃湾区第一小学), and the
 * steps run one by one, each failing the test on any GraphQL error.
 */
import { gql } from "../testing.ts";

/**
 * The cycle's operations, each answering `report { <fields> }`: SAVE (input:
 * SaveReportDraftInput), SUBMIT and APPROVE (s school id, y school year, v version), RETURN (…
 * and c comment), REOPEN (… and r reason).
 */
export function reportOperations(fields: string) {
  const report = `{ report { ${fields} } }`;
  const at = "schoolId: $s, schoolYear: $y, version: $v";
  return {
    SAVE: `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) ${report} }`,
    SUBMIT: `mutation($s: ID!, $y: Int!, $v: Int!) { submitReport(${at}) ${report} }`,
    RETURN: `mutation($s: ID!, $y: Int!, $v: Int!, $c: String!) { returnReport(${at}, comment: $c) ${report} }`,
    APPROVE: `mutation($s: ID!, $y: Int!, $v: Int!) { approveReport(${at}) ${report} }`,
    REOPEN: `mutation($s: ID!, $y: Int!, $v: Int!, $r: String!) { reopenReport(${at}, reason: $r) ${report} }`,
  };
}

/**
 * A 小学 grade row: `students` pupils in `classes` classes, of them `large` 大班额 (56—65 pupils)
 * and `oversized` 超大班额 (66+), no pupils with disabilities.
 */
export function primaryGrade(grade: number, students = 150, classes = 4, large = 0, oversized = 0) {
  return {
    stage: "PRIMARY",
    grade,
    students,
    classes,
    largeClasses: large,
    oversizedClasses: oversized,
    disabledStudents: 0,
  };
}

/**
 * P1's report items, every one a 小学 must give to submit (no grades): staff 8 of them 4 专任;
 * health tested 300, passed 282 (B11 = 94%), good or excellent 105 (B12 = 35%); for 300 pupils
 * C4 (1800 − 200) / 300 = 5.33 ≥ 4.5 m², C5 2700 / 300 = 9 ≥ 7.5 m², C6 660000 / 300 = 2200 ≥ 2000
 * 元, C7 8 / 300 × 100 = 2.67 ≥ 2.3: no review flags.
 */
export const PRIMARY_REPORT_ITEMS = {
  staffTotal: 8,
  fullTimeTeachers: 4,
  teachingAuxiliaryArea: 1800,
  indoorSportsArea: 200,
  outdoorSportsArea: 2500,
  equipmentValue: 660000,
  multimediaClassrooms: 8,
  innovationLabs: 1,
  wirelessFullCoverage: true,
  healthTested: 300,
  healthPassed: 282,
  healthGoodOrExcellent: 105,
  meetsPeHygieneStandard: true,
  implementsCurriculumStandards: true,
  hasSportsBrand: true,
  implementsHealthStandard: true,
  heldSportsMeeting: true,
  footballFeatureSchool: false,
  heldArtsFestival: true,
};

/** P1's complete report: {@link PRIMARY_REPORT_ITEMS} and 2 grades of 150 pupils in 4 classes = 300 pupils. */
export const PRIMARY_REPORT = { ...PRIMARY_REPORT_ITEMS, grades: [primaryGrade(1), primaryGrade(2)] };

/**
 * Run one operation of the cycle as `token` and answer its report; throws (failing the test)
 * with the API's errors when there are any.
 */
export async function reportStep<R = { version: number; status: string }>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string | undefined,
): Promise<R> {
  const r = await gql(url, query, variables, token);
  if (r.errors) throw new Error(`report step failed: ${JSON.stringify(r.errors)}`);
  return (Object.values(r.data ?? {})[0] as { report: R }).report;
}

/**
 * A school files its report for a year that has none yet: saves `content` as a new draft
 * (version 1) and submits it (version 2), as `token`. Answers the submitted report's `fields`.
 */
export async function fileAndSubmit<R = { version: number; status: string }>(
  url: string,
  token: string | undefined,
  schoolId: string,
  schoolYear: number,
  content: Record<string, unknown> = PRIMARY_REPORT,
  fields = "version status",
): Promise<R> {
  const saved = await reportStep<{ version: number }>(
    url,
    reportOperations("version").SAVE,
    { input: { schoolId, schoolYear, version: null, ...content } },
    token,
  );
  return reportStep<R>(
    url,
    reportOperations(fields).SUBMIT,
    { s: schoolId, y: schoolYear, v: saved.version },
    token,
  );
}
