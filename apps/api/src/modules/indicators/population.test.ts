/**
 * Each target counts exactly the population its definition names (issue 16, first slice),
 * through GraphQL as the apps ask, on PGlite and (with DATABASE_URL) PostgreSQL, over the small
 * city (fixtures/smallCity.ts) with a few rows of its own:
 * - B11/B12/B17 count 中小学 only: 海勃湾区 (D1) has P1 (approved: 400 tested, 380 passed, 150
 *   good) and K1 (a kindergarten). P1 gets a 一年级 of 120 pupils in 2 classes, 1 大班额 (56—65)
 *   → D1 B11 = 380/400 = 95%, B12 = 150/400 = 37.5%, B17 = 1. K1's report, approved here, holds
 *   what a kindergarten does not report (as demo rows written before the rule do): 100 tested,
 *   10 passed, 0 good, and a 大班 of 130 children in 2 classes, 1 大班额 and 1 超大班额. Left out:
 *   D1 stays 95%, 37.5%, 1 (with K1 counted it would have been 390/500 = 78%, 150/500 = 30%, 3);
 *   the city 920/1000 = 92%, 350/1000 = 35%.
 * - A kindergarten's save with 体质健康 figures is refused naming the field; the template of a
 *   kindergarten has no 体质健康 items and no 大班额/超大班额 columns, and imports filled in.
 * - A09 counts 专任 专业课教师 only: V1 2 双师型 of 5 专任 专业课 = 40%. Added: a part-time
 *   专业课 teacher who is 双师型 and a 双师型 principal (subject 专业课): still 2/5 = 40% (with
 *   the part-time one counted, as before: 3/6 = 50%).
 */
import { type DbHandle, people, schoolReportGrades, schoolReports, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { columnOfHeader, openXlsx, saveXlsx } from "../../testing/xlsx.ts";
import { gql } from "../../testing.ts";

const Y = 2025;
const RESULTS = `query($unit: OrgUnitInput!, $y: Int!, $ids: [ID!]) {
  targetResults(unit: $unit, schoolYear: $y, targetIds: $ids) { target { id } value numerator denominator }
}`;
/** 大班 70 children in 2 classes (35 a class, 《幼儿园工作规程》). */
const GRADE = {
  stage: "PRESCHOOL",
  grade: 3,
  students: 70,
  classes: 2,
  largeClasses: 0,
  oversizedClasses: 0,
  disabledStudents: 0,
};
type Result = {
  target: { id: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
};

describe.each(testBackends())("the population each target counts on $name", (backend) => {
  let h: DbHandle;
  let api: SmallCityApi<"city" | "k2">;
  let ids: SmallCity;
  let city: string;
  let kg: string;
  const results = async (unit: { level: string; id?: string }, targets: string[]) => {
    const r = await gql(api.url, RESULTS, { unit, y: Y, ids: targets }, city);
    expect(r.errors).toBeUndefined();
    return Object.fromEntries(((r.data?.targetResults ?? []) as Result[]).map((x) => [x.target.id, x]));
  };

  beforeAll(async () => {
    api = await smallCityApi(backend, {
      accounts: (ids) => [
        { username: "k2", displayName: "海南区第二幼儿园", level: "school", schoolId: ids.k2 },
      ],
      logins: ["city", "k2"],
    });
    ({ handle: h, ids } = api);
    city = api.tokens.city;
    kg = api.tokens.k2;
  }, 120_000);
  afterAll(() => api?.close());

  it("leaves a kindergarten's health tests and large classes out of B11/B12/B17", async () => {
    const [p1] = await h.db.select().from(schoolReports).where(eq(schoolReports.schoolId, ids.p1));
    await h.db.insert(schoolReportGrades).values({
      reportId: p1!.id,
      stage: "primary",
      grade: 1,
      students: 120,
      classes: 2,
      largeClasses: 1,
    });
    const d1 = { level: "DISTRICT", id: ids.d1 };
    const before = await results(d1, ["B11", "B12", "B17"]);
    expect(before.B11).toMatchObject({ value: 95, numerator: 380, denominator: 400 });
    expect(before.B12).toMatchObject({ value: 37.5, numerator: 150, denominator: 400 });
    expect(before.B17).toMatchObject({ value: 1, numerator: 1 });

    // K1's report approved with figures a kindergarten does not report (written directly, as
    // rows from before the rule are)
    const [k1] = await h.db
      .update(schoolReports)
      .set({ status: "approved" })
      .where(and(eq(schoolReports.schoolId, ids.k1), eq(schoolReports.schoolYear, Y)))
      .returning();
    await h.db.insert(schoolReportGrades).values({
      reportId: k1!.id,
      stage: "preschool",
      grade: 3,
      students: 130,
      classes: 2,
      largeClasses: 1,
      oversizedClasses: 1,
    });
    const after = await results(d1, ["B11", "B12", "B17"]);
    expect(after.B11).toMatchObject({ value: 95, numerator: 380, denominator: 400 });
    expect(after.B12).toMatchObject({ value: 37.5, numerator: 150, denominator: 400 });
    expect(after.B17).toMatchObject({ value: 1, numerator: 1 });
    const all = await results({ level: "CITY" }, ["B11", "B12"]);
    expect(all.B11).toMatchObject({ value: 92, numerator: 920, denominator: 1000 });
    expect(all.B12).toMatchObject({ value: 35, numerator: 350, denominator: 1000 });
  }, 120_000);

  it("refuses a kindergarten's 年报 with 体质健康 figures, naming the field", async () => {
    const r = await gql(
      api.url,
      `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { report { id } } }`,
      {
        input: {
          schoolId: ids.k2,
          schoolYear: Y,
          version: null,
          healthTested: 60,
          healthPassed: 50,
          healthGoodOrExcellent: 20,
          grades: [GRADE],
        },
      },
      kg,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.extensions?.field).toBe("healthTested");
    expect(r.errors?.[0]?.message).toContain("幼儿园不填报体质健康测试人数");
    // nothing half-written
    const saved = await h.db.select().from(schoolReports).where(eq(schoolReports.schoolId, ids.k2));
    expect(saved).toEqual([]);
    // the same report without them is saved
    const ok = await gql(
      api.url,
      `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { report { healthTested } } }`,
      {
        input: {
          schoolId: ids.k2,
          schoolYear: Y,
          version: null,
          grades: [GRADE],
        },
      },
      kg,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.saveReportDraft.report.healthTested).toBeNull();
  }, 120_000);

  it("gives a kindergarten a template without 体质健康 items or 大班额 columns", async () => {
    const q = `query($s: ID!, $y: Int!) { reportExcelTemplate(schoolId: $s, schoolYear: $y) { contentBase64 } }`;
    const kgFile = await gql(api.url, q, { s: ids.k2, y: Y }, kg);
    expect(kgFile.errors).toBeUndefined();
    const wb = await openXlsx(kgFile.data?.reportExcelTemplate.contentBase64);
    const items = wb.getWorksheet("年报")!.getColumn(1).values.map(String);
    expect(items).toContain("教学及辅助用房面积");
    expect(items.filter((v) => v.includes("体质健康测试"))).toEqual([]);
    const header = (wb.getWorksheet("分年级")!.getRow(1).values as unknown[]).filter(Boolean).map(String);
    expect(header).toEqual(["学段", "年级", "在校生数", "班级数", "随班就读残疾学生数"]);
    // a primary school's template keeps them
    const p1 = await gql(api.url, q, { s: ids.p1, y: Y }, city);
    const pw = await openXlsx(p1.data?.reportExcelTemplate.contentBase64);
    expect(pw.getWorksheet("分年级")!.getRow(1).values).toContain("大班额（56—65人）班级数");

    // the kindergarten's template, filled in (大班 70 children in 2 classes), imports without
    // the columns it does not report
    const gs = wb.getWorksheet("分年级")!;
    const row = [2, 3, 4].find((r) => String(gs.getCell(r, 2).value) === "大班")!;
    gs.getCell(row, columnOfHeader(gs, "在校生数")).value = 70;
    gs.getCell(row, columnOfHeader(gs, "班级数")).value = 2;
    const current = await gql(
      api.url,
      `query($s: ID!, $y: Int!) { schoolReport(schoolId: $s, schoolYear: $y) { version } }`,
      { s: ids.k2, y: Y },
      kg,
    );
    const imported = await gql(
      api.url,
      `mutation($s: ID!, $y: Int!, $f: String!, $v: Int) {
        importReportExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, version: $v) {
          saved errors { message } report { healthTested grades { grade students classes largeClasses } } } }`,
      { s: ids.k2, y: Y, f: await saveXlsx(wb), v: current.data?.schoolReport?.version ?? null },
      kg,
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importReportExcel).toMatchObject({
      saved: true,
      errors: [],
      report: { healthTested: null, grades: [{ grade: 3, students: 70, classes: 2, largeClasses: 0 }] },
    });
  }, 120_000);

  it("counts A09 over 专任 专业课教师 only: a part-time 双师型 teacher and a 双师型 principal are left out", async () => {
    for (const [name, attrs] of [
      ["丙七", { fullTime: false }],
      ["丙八", { role: "principal" as const, fullTime: false }],
    ] as const) {
      const [p] = await h.db
        .insert(people)
        .values({ name, gender: "male", birthDate: "1980-03-15" })
        .returning();
      await h.db.insert(staff).values({
        personId: p!.id,
        schoolYear: Y,
        schoolId: ids.v1,
        districtId: ids.d1,
        role: "teacher",
        stage: "secondary_vocational",
        subject: "specialty",
        dualQualified: true,
        education: "bachelor",
        ...attrs,
      });
    }
    const r = await results({ level: "CITY" }, ["A09"]);
    expect(r.A09).toMatchObject({ value: 40, numerator: 2, denominator: 5 });
    const school = await results({ level: "SCHOOL", id: ids.v1 }, ["A09"]);
    expect(school.A09).toMatchObject({ value: 40, numerator: 2, denominator: 5 });
  }, 120_000);
});
