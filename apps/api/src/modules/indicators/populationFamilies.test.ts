/**
 * Each family of measures counts exactly its target's population (domain population.ts, issue
 * 16), through GraphQL as the apps ask, on PGlite and (with DATABASE_URL) PostgreSQL, over the
 * small city (fixtures/smallCity.ts, school year 2025) with the rows each test adds. Worked by hand:
 *
 * Roster family (B34/B35/B08/B43): 海勃湾区 (D1) has one 中小学, P1, with 4 专任教师 (甲一—甲四;
 * 甲五 is part-time, 甲六 a part-time principal). 甲一 completes the 心理健康培训 and holds a 心理
 * 辅导 certificate; added, all trained and certified: 甲七 a part-time teacher, 甲八 a full-time
 * principal (校长), 己二 a 教研员 of D1 (no school). D1 B34 = B35 = 1/4 = 25% (with the three
 * counted 4/7). City: P1 4 + N2 5 (丁一—丁五; 丁六 retired on 1 September) = 9 → 1/9 = 11.11%.
 * B08: N2's only 体育 teacher 丁四 made part-time → D2 0/1 = 0% (counted as before: 100%); city
 * 1/2 = 50% (P1 has 甲三). A kindergarten's B08 is 不适用. B43: 丁一 360 学时, a part-time
 * teacher 丁七 of N2 360 学时 → D2 360 ÷ 5 专任 × 5/5 = 72 学时 (with 丁七: 720/6 = 120).
 *
 * 优质均衡 family (C1/C3, N2 九年一贯制): N2's approved report gets 200 小学 and 100 初中 pupils.
 * 小学 专任: 丁一 本科, 丁二 专科 → C1 (专科+) 2/200 × 100 = 1.00; C3 (体音美) 0. 初中 专任: 丁三
 * 研究生, 丁四 本科 体育, 丁五 专科 → C1 (本科+) 2/100 × 100 = 2.00; C3 1/100 × 100 = 1.00. Left
 * out, added at 小学: 丁九 a part-time 音乐 teacher with 本科, 丁十 a full-time principal teaching
 * 美术 with 本科 (counted: C1 小学 4/200 = 2.00, C3 小学 2/200 = 1.00). A 完全中学 (W2, D2) is
 * assessed by its 初中 grades only: 100 初中 and 100 高中 pupils; 初中 专任 with 本科: 2, a 高中
 * teacher with 本科 left out → C1 初中 = 2 ÷ 100 初中 pupils × 100 = 2.00, and no 小学 value.
 *
 * Report family (B06/B11/B37): V1 (中等职业学校) has an approved report saying it meets the 体育
 * 卫生 standard, 200 tested / 200 passed, no full wireless coverage; P1's report says it does not
 * meet the standard. D1 B06 = 0/1 = 0% (V1 counted: 1/2 = 50%); D1 B11 stays 380/400 = 95% (V1
 * counted: 580/600); B37 concerns every school: D1 1/2 = 50% (P1 yes, V1 no), city 2/3 (N2 yes).
 * V1's own B06 is 不适用.
 *
 * Enrolment family (A01/A05): D1 reports 200 children aged 3—5 and 400 aged 15—17, D2 200 aged
 * 15—17. K1's report, approved, has 150 学前 pupils → D1 A01 = 150/200 = 75%; a 学前班 of 30
 * pupils written into P1's (小学) report is left out (counted: 180/200 = 90%). V1 (中职) has 300
 * 中职 pupils and 50 高职 pupils in its report; N2 (九年一贯制) 60 高中 pupils → city A05 =
 * 300/600 = 50% (V1's 高职 stage and N2, not a 高中阶段学校, are left out; counted: 410/600).
 */
import {
  type DbHandle,
  districtInputs,
  people,
  schoolReportGrades,
  schoolReports,
  schools,
  staff,
} from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql } from "../../testing.ts";

const Y = 2025;
const RESULTS = `query($unit: OrgUnitInput!, $y: Int!, $ids: [ID!]) {
  targetResults(unit: $unit, schoolYear: $y, targetIds: $ids) {
    target { id } stage value numerator denominator status
  }
}`;
type Result = {
  target: { id: string };
  stage: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
};

describe.each(testBackends())("each measure family counts its population on $name", (backend) => {
  let h: DbHandle;
  let api: SmallCityApi<"city">;
  let ids: SmallCity;
  let city: string;
  /** Results keyed "B34" or, for C1–C7, "C1:PRIMARY". */
  const results = async (unit: { level: string; id?: string }, targets: string[]) => {
    const r = await gql(api.url, RESULTS, { unit, y: Y, ids: targets }, city);
    expect(r.errors).toBeUndefined();
    return Object.fromEntries(
      ((r.data?.targetResults ?? []) as Result[]).map((x) => [
        x.stage ? `${x.target.id}:${x.stage}` : x.target.id,
        x,
      ]),
    );
  };
  /** A roster row of 2025 for a new (synthetic) person. */
  const addStaff = async (name: string, row: Partial<typeof staff.$inferInsert>) => {
    const [p] = await h.db
      .insert(people)
      .values({ name, gender: "female", birthDate: "1985-05-15" })
      .returning();
    await h.db.insert(staff).values({
      personId: p!.id,
      schoolYear: Y,
      schoolId: null,
      districtId: null,
      role: "teacher",
      education: "bachelor",
      ...row,
    });
  };
  const staffNamed = async (name: string) => {
    const [p] = await h.db.select().from(people).where(eq(people.name, name));
    return and(eq(staff.personId, p!.id), eq(staff.schoolYear, Y))!;
  };

  beforeAll(async () => {
    api = await smallCityApi(backend, { logins: ["city"] });
    ({ handle: h, ids } = api);
    city = api.tokens.city;
  }, 120_000);
  afterAll(() => api?.close());

  it("counts 专任教师 only in B34/B35: a part-time teacher, a principal and a 教研员 are left out", async () => {
    await h.db
      .update(staff)
      .set({ mentalHealthTrained: true, counsellingCertificate: true })
      .where(await staffNamed("甲一"));
    const trained = { mentalHealthTrained: true, counsellingCertificate: true, stage: "primary" as const };
    await addStaff("甲七", { ...trained, schoolId: ids.p1, districtId: ids.d1, fullTime: false });
    await addStaff("甲八", { ...trained, schoolId: ids.p1, districtId: ids.d1, role: "principal" });
    await addStaff("己二", { ...trained, districtId: ids.d1, role: "researcher", fullTime: false });

    const d1 = await results({ level: "DISTRICT", id: ids.d1 }, ["B34", "B35"]);
    expect(d1.B34).toMatchObject({ value: 25, numerator: 1, denominator: 4 });
    expect(d1.B35).toMatchObject({ value: 25, numerator: 1, denominator: 4 });
    const all = await results({ level: "CITY" }, ["B34", "B35"]);
    expect(all.B34).toMatchObject({ numerator: 1, denominator: 9 });
    expect(all.B34!.value).toBeCloseTo(100 / 9, 6);
    expect(all.B35).toMatchObject({ numerator: 1, denominator: 9 });
  }, 120_000);

  it("counts B08 over 专任 体育 teachers of 中小学 and B43 over 义务教育 专任教师", async () => {
    const d2 = { level: "DISTRICT", id: ids.d2 };
    expect((await results(d2, ["B08"])).B08).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
    const pe = await staffNamed("丁四");
    await h.db.update(staff).set({ fullTime: false }).where(pe);
    try {
      expect((await results(d2, ["B08"])).B08).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
      expect((await results({ level: "CITY" }, ["B08"])).B08).toMatchObject({
        value: 50,
        numerator: 1,
        denominator: 2,
      });
    } finally {
      await h.db.update(staff).set({ fullTime: true }).where(pe);
    }
    // a kindergarten is outside B08's population: 不适用, not 0%
    const k1 = await results({ level: "SCHOOL", id: ids.k1 }, ["B08"]);
    expect(k1.B08).toMatchObject({ status: "NOT_APPLICABLE", value: null });

    await h.db
      .update(staff)
      .set({ trainingHours: 360 })
      .where(await staffNamed("丁一"));
    await addStaff("丁七", {
      schoolId: ids.n2,
      districtId: ids.d2,
      stage: "primary",
      subject: "chinese",
      fullTime: false,
      trainingHours: 360,
    });
    // 2025 is the fifth year of the 2021—2025 cycle: 360 学时 ÷ (5 专任教师 × 5/5)
    expect((await results(d2, ["B43"])).B43).toMatchObject({ value: 72, numerator: 360, denominator: 5 });
  }, 120_000);

  it("counts 专任教师 only in C1/C3: a part-time teacher and a teaching principal are left out", async () => {
    const [n2] = await h.db.select().from(schoolReports).where(eq(schoolReports.schoolId, ids.n2));
    await h.db.insert(schoolReportGrades).values([
      { reportId: n2!.id, stage: "primary", grade: 1, students: 200, classes: 5 },
      { reportId: n2!.id, stage: "junior_secondary", grade: 7, students: 100, classes: 3 },
    ]);
    await addStaff("丁九", {
      schoolId: ids.n2,
      districtId: ids.d2,
      stage: "primary",
      subject: "music",
      fullTime: false,
    });
    await addStaff("丁十", {
      schoolId: ids.n2,
      districtId: ids.d2,
      stage: "primary",
      subject: "fine_art",
      role: "principal",
    });
    const r = await results({ level: "SCHOOL", id: ids.n2 }, ["C1", "C3"]);
    expect(r["C1:PRIMARY"]).toMatchObject({ value: 1, denominator: 200 });
    expect(r["C3:PRIMARY"]).toMatchObject({ value: 0, denominator: 200 });
    expect(r["C1:JUNIOR_SECONDARY"]).toMatchObject({ value: 2, denominator: 100 });
    expect(r["C3:JUNIOR_SECONDARY"]).toMatchObject({ value: 1, denominator: 100 });
  }, 120_000);

  it("leaves a vocational school's report out of 中小学 targets and counts it where the target concerns every school", async () => {
    await h.db
      .update(schoolReports)
      .set({ meetsPeHygieneStandard: false })
      .where(eq(schoolReports.schoolId, ids.p1));
    await h.db.insert(schoolReports).values({
      schoolId: ids.v1,
      schoolYear: Y,
      status: "approved",
      meetsPeHygieneStandard: true,
      healthTested: 200,
      healthPassed: 200,
      healthGoodOrExcellent: 200,
      wirelessFullCoverage: false,
    });
    const d1 = await results({ level: "DISTRICT", id: ids.d1 }, ["B06", "B11", "B37"]);
    expect(d1.B06).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(d1.B11).toMatchObject({ value: 95, numerator: 380, denominator: 400 });
    expect(d1.B37).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    const all = await results({ level: "CITY" }, ["B37"]);
    expect(all.B37).toMatchObject({ numerator: 2, denominator: 3 });
    const v1 = await results({ level: "SCHOOL", id: ids.v1 }, ["B06", "B37"]);
    expect(v1.B06).toMatchObject({ status: "NOT_APPLICABLE", value: null });
    expect(v1.B37).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
  }, 120_000);

  it("counts A01 over kindergartens' 学前 pupils and A05 over the 高中阶段 pupils of 高中阶段学校", async () => {
    await h.db.insert(districtInputs).values([
      { districtId: ids.d1, schoolYear: Y, population3to5: 200, population15to17: 400 },
      { districtId: ids.d2, schoolYear: Y, population15to17: 200 },
    ]);
    const reportOf = async (schoolId: string) => {
      const [r] = await h.db
        .select()
        .from(schoolReports)
        .where(and(eq(schoolReports.schoolId, schoolId), eq(schoolReports.schoolYear, Y)));
      if (r) return r.id;
      const [created] = await h.db
        .insert(schoolReports)
        .values({ schoolId, schoolYear: Y, status: "approved" })
        .returning();
      return created!.id;
    };
    await h.db.update(schoolReports).set({ status: "approved" }).where(eq(schoolReports.schoolId, ids.k1));
    await h.db.insert(schoolReportGrades).values([
      { reportId: await reportOf(ids.k1), stage: "preschool", grade: 3, students: 150, classes: 5 },
      { reportId: await reportOf(ids.p1), stage: "preschool", grade: 3, students: 30, classes: 1 },
      {
        reportId: await reportOf(ids.v1),
        stage: "secondary_vocational",
        grade: 1,
        students: 300,
        classes: 8,
      },
      { reportId: await reportOf(ids.v1), stage: "higher_vocational", grade: 1, students: 50, classes: 1 },
      { reportId: await reportOf(ids.n2), stage: "senior_secondary", grade: 10, students: 60, classes: 2 },
    ]);
    const d1 = await results({ level: "DISTRICT", id: ids.d1 }, ["A01"]);
    expect(d1.A01).toMatchObject({ value: 75, numerator: 150, denominator: 200 });
    const all = await results({ level: "CITY" }, ["A05"]);
    expect(all.A05).toMatchObject({ value: 50, numerator: 300, denominator: 600 });
  }, 120_000);

  it("assesses a 完全中学 in C1 by its 初中 grades: its 高中 teacher is left out, it has no 小学 value", async () => {
    const [w2] = await h.db
      .insert(schools)
      .values({ code: "2150300006", name: "海南区完全中学", districtId: ids.d2, type: "complete_secondary" })
      .returning();
    const [report] = await h.db
      .insert(schoolReports)
      .values({ schoolId: w2!.id, schoolYear: Y, status: "approved" })
      .returning();
    await h.db.insert(schoolReportGrades).values([
      { reportId: report!.id, stage: "junior_secondary", grade: 7, students: 100, classes: 2 },
      { reportId: report!.id, stage: "senior_secondary", grade: 10, students: 100, classes: 2 },
    ]);
    const at = { schoolId: w2!.id, districtId: ids.d2 };
    await addStaff("辛一", { ...at, stage: "junior_secondary", subject: "chinese" });
    await addStaff("辛二", { ...at, stage: "junior_secondary", subject: "mathematics" });
    await addStaff("辛三", { ...at, stage: "senior_secondary", subject: "physics" });
    const r = await results({ level: "SCHOOL", id: w2!.id }, ["C1"]);
    expect(r["C1:JUNIOR_SECONDARY"]).toMatchObject({ value: 2, denominator: 100 });
    expect(r["C1:PRIMARY"]).toBeUndefined();
    expect(r["C1:JUNIOR_SECONDARY"]!.status).not.toBe("NOT_APPLICABLE");
  }, 120_000);
});
