/**
 * The 优质均衡 assessment through GraphQL over HTTP, as the apps call it, once per role, on
 * PGlite and (with DATABASE_URL) PostgreSQL. Every expected number is worked out by hand in
 * fixtures/balanceCity.ts.
 */
import { type DbHandle, registers, schoolReports } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BALANCE_PASSWORD, type BalanceCity, loadBalanceCity } from "../../fixtures/balanceCity.ts";
import { gql, loginAs, startApiOn } from "../../testing.ts";

const RESULT = `school { id name } stage stageLabel students metCount passed summary
  indicators { indicator { id name unit unitLabel } value amount standard ratioOfStandard met }`;

const ASSESSMENT = `query($d: ID!, $y: Int!) {
  balanceAssessment(districtId: $d, schoolYear: $y) {
    district { name } schoolYear schoolYearLabel passed outcome outcomeLabel
    pendingSchools { name }
    certification { year untilYear level label name notes }
    certificationNote
    stages {
      stage stageLabel passed outcome outcomeLabel coverage pendingSchools { name } verdict schoolsPassed
      schools { ${RESULT} }
      excluded { school { name } stage reason reasonLabel students blocksVerdict }
      variations { indicator { id } cv limit passed mean standardDeviation schoolsCounted reason }
      failures { rule ruleLabel message }
      shortfalls { rank kind school { name } stage indicator { id } value target targetLabel gap amount amountUnit text }
    }
  }
}`;

const SCHOOL = `query($s: ID!, $y: Int!) {
  schoolBalance(schoolId: $s, schoolYear: $y) {
    school { name } schoolYear schoolYearLabel
    results { ${RESULT} }
    excluded { stage reason reasonLabel }
  }
}`;

const ALL_OUTCOMES = `query($y: Int!) {
  balanceAssessments(schoolYear: $y) { district { name } outcome certification { year } }
}`;

const ALL = `query($y: Int!) {
  balanceAssessments(schoolYear: $y) { district { name } passed stages { stage passed failures { rule } } }
}`;

// biome-ignore lint/suspicious/noExplicitAny: responses are asserted field by field
type Any = any;
const values = (r: Any) =>
  Object.fromEntries(r.indicators.map((i: Any) => [i.indicator.id, i.value])) as Record<string, number>;

describe.each(testBackends())("优质均衡 assessment on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let ids: BalanceCity;
  let url: string;
  const tokens: Record<string, string> = {};
  let d1: Any;

  beforeAll(async () => {
    h = await backend.open();
    ids = await loadBalanceCity(h.db);
    api = await startApiOn(h);
    url = api.url;
    tokens.city = await loginAs(url, "city", BALANCE_PASSWORD, "CITY");
    tokens.haibowan = await loginAs(url, "haibowan", BALANCE_PASSWORD, "DISTRICT");
    tokens.wuda = await loginAs(url, "wuda", BALANCE_PASSWORD, "DISTRICT");
    tokens.p1 = await loginAs(url, "p1", BALANCE_PASSWORD, "SCHOOL");
    const r = await gql(url, ASSESSMENT, { d: ids.d1, y: 2025 }, tokens.haibowan);
    expect(r.errors).toBeUndefined();
    d1 = r.data?.balanceAssessment;
  });
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  const stage = (a: Any, s: "PRIMARY" | "JUNIOR_SECONDARY") => a.stages.find((x: Any) => x.stage === s);
  const school = (st: Any, name: string) => st.schools.find((x: Any) => x.school.name === name);

  describe("per school", () => {
    it("computes the seven values of 第一小学 (all met)", () => {
      const p1 = school(stage(d1, "PRIMARY"), "海勃湾区第一小学");
      expect(p1).toMatchObject({ students: 500, metCount: 7, passed: true, summary: "7项指标全部达到标准" });
      const v = values(p1);
      // C1 25/500×100, C2 6/500×100, C3 5/500×100, C4 (3000−500)/500, C5 (3500+500)/500,
      // C6 1 100 000/500, C7 12/500×100
      expect(v.C1).toBeCloseTo(5.0, 9);
      expect(v.C2).toBeCloseTo(1.2, 9);
      expect(v.C3).toBeCloseTo(1.0, 9);
      expect(v.C4).toBeCloseTo(5.0, 9);
      expect(v.C5).toBeCloseTo(8.0, 9);
      expect(v.C6).toBeCloseTo(2200, 6);
      expect(v.C7).toBeCloseTo(2.4, 9);
      expect(p1.indicators[0]).toMatchObject({
        indicator: {
          id: "C1",
          name: "每百名学生拥有高于规定学历教师数",
          unit: "PER_100_STUDENTS",
          unitLabel: "人/百生",
        },
        amount: 25,
        standard: 4.2,
        met: true,
      });
      expect(p1.indicators[5].indicator).toMatchObject({ unit: "YUAN_PER_STUDENT", unitLabel: "元/生" });
    });

    it("passes a school with its 7th indicator at 86% and fails one at 84%", () => {
      const primary = stage(d1, "PRIMARY");
      const p2 = school(primary, "海勃湾区第二小学");
      // C6 688 000/400 = 1720 = 86% of 2000; C4 (2000−200)/400 = 4.5 exactly the standard
      expect(p2).toMatchObject({ metCount: 6, passed: true, summary: "6项达到标准，余项C6不低于标准的85%" });
      expect(p2.indicators[5].value).toBeCloseTo(1720, 6);
      expect(p2.indicators[5].ratioOfStandard).toBeCloseTo(0.86, 9);
      expect(p2.indicators[3]).toMatchObject({ met: true });
      expect(p2.indicators[3].value).toBeCloseTo(4.5, 9);
      const p3 = school(primary, "海勃湾区第三小学");
      // C6 504 000/300 = 1680 = 84%
      expect(p3).toMatchObject({ metCount: 6, passed: false, summary: "余项C6低于标准的85%" });
      expect(p3.indicators[5].ratioOfStandard).toBeCloseTo(0.84, 9);
      expect(values(p3).C1).toBeCloseTo(14 / 3, 9);
    });

    it("counts a nine-year school in both groups, splitting school-wide resources by students", () => {
      const nPrimary = school(stage(d1, "PRIMARY"), "海勃湾区九年一贯制学校");
      const nJunior = school(stage(d1, "JUNIOR_SECONDARY"), "海勃湾区九年一贯制学校");
      expect(nPrimary).toMatchObject({ students: 300, metCount: 7, passed: true });
      expect(nJunior).toMatchObject({ students: 200, metCount: 6, passed: false, stageLabel: "初中" });
      // teachers by their stage: primary C1 13/300×100; junior C1 12/200×100 (the 2 专科 do not count), C3 1/200×100
      expect(values(nPrimary).C1).toBeCloseTo(13 / 3, 9);
      expect(values(nJunior).C1).toBeCloseTo(6, 9);
      expect(values(nJunior).C3).toBeCloseTo(0.5, 9);
      // school-wide 1 250 000 元 for 500 students → 2500/生 in both; primary share 300/500 = 750 000 元
      expect(values(nPrimary).C6).toBeCloseTo(2500, 6);
      expect(values(nJunior).C6).toBeCloseTo(2500, 6);
      expect(nPrimary.indicators[5].amount).toBeCloseTo(750_000, 4);
      expect(nJunior.indicators[6].amount).toBeCloseTo(13 * 0.4, 9);
      expect(values(nJunior).C5).toBeCloseTo(10.8, 9);
    });

    it("leaves out special schools and small teaching points, and says why", () => {
      const primary = stage(d1, "PRIMARY");
      expect(primary.schools.map((s: Any) => s.school.name)).toEqual([
        "海勃湾区第一小学",
        "海勃湾区第二小学",
        "海勃湾区第三小学",
        "海勃湾区九年一贯制学校",
      ]);
      expect(primary.excluded).toEqual([
        {
          school: { name: "海勃湾区千里山教学点" },
          stage: "PRIMARY",
          reason: "SMALL_TEACHING_POINT",
          reasonLabel: "不足50人的教学点（在校生30人）",
          students: 30,
          blocksVerdict: false,
        },
        {
          school: { name: "海勃湾区特殊教育学校" },
          stage: "PRIMARY",
          reason: "SPECIAL_SCHOOL",
          reasonLabel: "特殊教育学校，不参加校际均衡评估",
          students: 30,
          blocksVerdict: false,
        },
      ]);
      expect(stage(d1, "JUNIOR_SECONDARY").excluded.map((e: Any) => e.reason)).toEqual(["SPECIAL_SCHOOL"]);
    });
  });

  describe("district", () => {
    it("computes the student-weighted 差异系数 per indicator", () => {
      const cv = Object.fromEntries(stage(d1, "PRIMARY").variations.map((v: Any) => [v.indicator.id, v]));
      // C6: X̄ = 3 042 000/1500 = 2028, S² = 103 936, S = 322.391, CV = 0.15897
      expect(cv.C6.mean).toBeCloseTo(2028, 6);
      expect(cv.C6.standardDeviation).toBeCloseTo(Math.sqrt(103_936), 6);
      expect(cv.C6.cv).toBeCloseTo(0.15897, 5);
      expect(cv.C6).toMatchObject({ limit: 0.5, passed: true, schoolsCounted: 4 });
      // C2: X̄ = 28/1500 per student = 1.8667 per 100; S² = 374/1500²; CV = √374/28 = 0.69068 > 0.50
      expect(cv.C2.mean).toBeCloseTo(28 / 15, 9);
      expect(cv.C2.cv).toBeCloseTo(0.69068, 5);
      expect(cv.C2.passed).toBe(false);
      expect(cv.C3.cv).toBeCloseTo(0, 12);
      expect(
        Object.values(cv)
          .filter((v: Any) => !v.passed)
          .map((v: Any) => v.indicator.id),
      ).toEqual(["C2"]);
      // junior: N1 alone → every CV 0, limit 0.45
      for (const v of stage(d1, "JUNIOR_SECONDARY").variations) {
        expect(v).toMatchObject({ cv: 0, limit: 0.45, passed: true, schoolsCounted: 1 });
      }
    });

    it("gives the verdict and which rules failed", () => {
      expect(d1.passed).toBe(false);
      expect(d1).toMatchObject({ outcome: "FAILED", outcomeLabel: "未达到", pendingSchools: [] });
      expect(d1.schoolYearLabel).toBe("2025—2026学年");
      const primary = stage(d1, "PRIMARY");
      expect(primary).toMatchObject({
        passed: false,
        outcome: "FAILED",
        schoolsPassed: 3,
        coverage: "4/4 所学校已评估",
      });
      expect(primary.failures.map((f: Any) => f.rule)).toEqual(["SCHOOL_STANDARD", "VARIATION"]);
      expect(primary.failures[0].message).toBe("1所学校未达到要求：海勃湾区第三小学（余项C6低于标准的85%）");
      expect(primary.failures[1].message).toBe("差异系数超过0.50：C2 0.691");
      expect(primary.verdict).toMatch(/^小学未达到优质均衡资源配置要求：/);
      const junior = stage(d1, "JUNIOR_SECONDARY");
      expect(junior).toMatchObject({ passed: false, schoolsPassed: 0 });
      expect(junior.failures.map((f: Any) => f.rule)).toEqual(["SCHOOL_STANDARD"]);
    });

    it("lists the shortfalls in natural units, the closest-to-passing school first", () => {
      const primary = stage(d1, "PRIMARY");
      expect(
        primary.shortfalls.map((s: Any) => [s.rank, s.kind, s.school.name, s.indicator.id, s.text]),
      ).toEqual([
        // P3: 85% of 2000 = 1700 → 差 20 元 × 300 students = 6000 元
        [
          1,
          "SCHOOL_STANDARD",
          "海勃湾区第三小学",
          "C6",
          "生均教学仪器设备值差 20 元（共需 6000 元，达到标准的85%）",
        ],
        // C2 over the limit: to X̄ = 1.8667 per 100, furthest below first
        [2, "VARIATION", "海勃湾区第三小学", "C2", "缺 3 名县级以上骨干教师（达到全区均值）"],
        [3, "VARIATION", "海勃湾区九年一贯制学校", "C2", "缺 3 名县级以上骨干教师（达到全区均值）"],
        [4, "VARIATION", "海勃湾区第一小学", "C2", "缺 4 名县级以上骨干教师（达到全区均值）"],
      ]);
      expect(primary.shortfalls[0]).toMatchObject({
        target: 1700,
        targetLabel: "标准的85%",
        amount: 6000,
        amountUnit: "元",
      });
      expect(primary.shortfalls[0].gap).toBeCloseTo(20, 6);
      const junior = stage(d1, "JUNIOR_SECONDARY");
      // ceil(0.765 × 200/100 − 1) = 1
      expect(junior.shortfalls).toMatchObject([
        {
          rank: 1,
          school: { name: "海勃湾区九年一贯制学校" },
          indicator: { id: "C3" },
          amount: 1,
          amountUnit: "名",
          text: "缺 1 名体育艺术专任教师（达到标准的85%）",
        },
      ]);
    });

    it("reads 待评估 for a stage whose assessed schools all pass while one lacks an approved report", async () => {
      const r = await gql(url, ASSESSMENT, { d: ids.d2, y: 2025 }, tokens.city);
      const a = r.data?.balanceAssessment;
      const primary = stage(a, "PRIMARY");
      expect(primary.schools).toHaveLength(1);
      // Q1 with an empty 室内体育用房面积 read as 0: C4 1000/200, C5 1600/200
      expect(values(primary.schools[0])).toMatchObject({ C4: 5, C5: 8, C6: 2100 });
      expect(primary.schools[0].passed).toBe(true);
      expect(primary.excluded).toMatchObject([
        { school: { name: "乌达区第二小学" }, reason: "NO_APPROVED_REPORT", blocksVerdict: true },
      ]);
      // Q1 alone: every 差异系数 0; Q2's report only submitted → 待评估, not 未达到
      expect(primary).toMatchObject({
        outcome: "PENDING",
        outcomeLabel: "待评估",
        passed: false,
        coverage: "1/2 所学校已评估",
        pendingSchools: [{ name: "乌达区第二小学" }],
        failures: [],
        shortfalls: [],
        verdict:
          "待评估：1所学校年报尚未审核（乌达区第二小学），已评估的1所学校均达标，7项差异系数均未超过限值",
      });
      // no junior school at all (its pupils attend another district's): 不适用, judged on 小学 alone
      const junior = stage(a, "JUNIOR_SECONDARY");
      expect(junior).toMatchObject({
        outcome: "NOT_APPLICABLE",
        outcomeLabel: "不适用",
        coverage: "0/0 所学校已评估",
        pendingSchools: [],
        failures: [],
        verdict: "初中不适用：本区没有参加初中优质均衡评估的学校",
      });
      expect(a).toMatchObject({
        outcome: "PENDING",
        pendingSchools: [{ name: "乌达区第二小学" }],
        certification: null,
        certificationNote: null,
      });
    });

    it("finds no approved reports in a year without data", async () => {
      const r = await gql(url, ASSESSMENT, { d: ids.d1, y: 2024 }, tokens.city);
      const primary = stage(r.data?.balanceAssessment, "PRIMARY");
      expect(primary.schools).toEqual([]);
      expect(primary.passed).toBe(false);
      expect(primary.excluded.filter((e: Any) => e.reason === "NO_APPROVED_REPORT")).toHaveLength(5);
      // P1, P2, P3, N1 and T1 (its size is unknown without a report) await a report: 待评估
      expect(primary).toMatchObject({ outcome: "PENDING", coverage: "0/5 所学校已评估" });
      expect(primary.verdict).toBe(
        "待评估：5所学校年报尚未审核（海勃湾区第一小学、海勃湾区第二小学、海勃湾区第三小学、海勃湾区九年一贯制学校、海勃湾区千里山教学点），尚无已评估的学校",
      );
    });
  });

  describe("one school", () => {
    it("gives a nine-year school's figures per stage", async () => {
      const r = await gql(url, SCHOOL, { s: ids.n1, y: 2025 }, tokens.haibowan);
      const s = r.data?.schoolBalance;
      expect(s.results.map((x: Any) => [x.stage, x.students, x.passed])).toEqual([
        ["PRIMARY", 300, true],
        ["JUNIOR_SECONDARY", 200, false],
      ]);
      expect(s.excluded).toEqual([]);
    });
    it("says why a special school is left out", async () => {
      const r = await gql(url, SCHOOL, { s: ids.x1, y: 2025 }, tokens.city);
      expect(r.data?.schoolBalance.results).toEqual([]);
      expect(r.data?.schoolBalance.excluded.map((e: Any) => e.reason)).toEqual([
        "SPECIAL_SCHOOL",
        "SPECIAL_SCHOOL",
      ]);
    });
    it("lets a school read its own figures", async () => {
      const r = await gql(url, SCHOOL, { s: ids.p1, y: 2025 }, tokens.p1);
      expect(r.data?.schoolBalance.results[0]).toMatchObject({ metCount: 7, passed: true });
    });
  });

  describe("as plan targets C1–C7", () => {
    const RESULTS = `query($u: OrgUnitInput!, $y: Int!, $ids: [ID!]) {
      targetResults(unit: $u, schoolYear: $y, targetIds: $ids) {
        target { id } stage stageLabel value status coefficientOfVariation coefficientOfVariationLimit reason
      }
    }`;
    it("gives a school its value per stage, judged against that stage's standard", async () => {
      const r = await gql(
        url,
        RESULTS,
        { u: { level: "SCHOOL", id: ids.p1 }, y: 2025, ids: ["C1", "C6"] },
        tokens.p1,
      );
      // 第一小学: C1 25/500×100 = 5.0 ≥ 4.2; C6 1 100 000/500 = 2200 ≥ 2000
      expect(r.data?.targetResults).toEqual([
        expect.objectContaining({
          target: { id: "C1" },
          stage: "PRIMARY",
          stageLabel: "小学",
          value: 5,
          status: "MET",
        }),
        expect.objectContaining({ target: { id: "C6" }, stage: "PRIMARY", value: 2200, status: "MET" }),
      ]);
      const n = await gql(
        url,
        RESULTS,
        { u: { level: "SCHOOL", id: ids.n1 }, y: 2025, ids: ["C6"] },
        tokens.city,
      );
      // the nine-year school is assessed in both stages: 2500 yuan per student in each
      expect(n.data?.targetResults.map((x: Any) => [x.stage, x.value])).toEqual([
        ["PRIMARY", 2500],
        ["JUNIOR_SECONDARY", 2500],
      ]);
    });
    it("gives a district its X̄ with the 差异系数 and its limit", async () => {
      const r = await gql(
        url,
        RESULTS,
        { u: { level: "DISTRICT", id: ids.d1 }, y: 2025, ids: ["C6"] },
        tokens.haibowan,
      );
      const primary = r.data?.targetResults.find((x: Any) => x.stage === "PRIMARY");
      // X̄ = 3 042 000/1500 = 2028; CV = 0.15897 ≤ 0.50
      expect(primary.value).toBeCloseTo(2028, 6);
      expect(primary.coefficientOfVariation).toBeCloseTo(0.159, 3);
      expect(primary.coefficientOfVariationLimit).toBe(0.5);
      expect(primary.reason).toContain("差异系数 0.159");
    });
  });

  describe("scope", () => {
    it("refuses another district's assessment to a district account", async () => {
      const r = await gql(url, ASSESSMENT, { d: ids.d2, y: 2025 }, tokens.haibowan);
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(r.data).toBeNull();
      const back = await gql(url, ASSESSMENT, { d: ids.d1, y: 2025 }, tokens.wuda);
      expect(back.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
    it("refuses a district's assessment and another school to a school account", async () => {
      const r = await gql(url, ASSESSMENT, { d: ids.d1, y: 2025 }, tokens.p1);
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const other = await gql(url, SCHOOL, { s: ids.p2, y: 2025 }, tokens.p1);
      expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
    it("refuses a school of another district, and anonymous requests", async () => {
      const r = await gql(url, SCHOOL, { s: ids.q1, y: 2025 }, tokens.haibowan);
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const anon = await gql(url, ALL, { y: 2025 });
      expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
    it("answers every district in scope to the city, its own to a district, none to a school", async () => {
      const city = await gql(url, ALL, { y: 2025 }, tokens.city);
      expect(city.data?.balanceAssessments.map((a: Any) => [a.district.name, a.passed])).toEqual([
        ["海勃湾区", false],
        ["乌达区", false],
      ]);
      const district = await gql(url, ALL, { y: 2025 }, tokens.wuda);
      expect(district.data?.balanceAssessments.map((a: Any) => a.district.name)).toEqual(["乌达区"]);
      const own = await gql(url, ALL, { y: 2025 }, tokens.p1);
      expect(own.data?.balanceAssessments).toEqual([]);
    });
    it("rejects an impossible school year", async () => {
      const r = await gql(url, ASSESSMENT, { d: ids.d1, y: 1999 }, tokens.city);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    });
  });

  // Runs last: changes the fixture's data step by step (a report returned, a value corrected,
  // teachers reassigned) and reads the 监测测算 and the 国家认定 after each step.
  describe("监测测算 against 国家认定 as reports come in", () => {
    const NAME = "海勃湾区通过国家义务教育优质均衡发展督导评估认定";
    const read = async (token = tokens.haibowan, y = 2025) => {
      const r = await gql(url, ASSESSMENT, { d: ids.d1, y }, token);
      expect(r.errors).toBeUndefined();
      return r.data?.balanceAssessment;
    };
    beforeAll(async () => {
      // the register: 海勃湾区 certified in 2022 (national), still valid
      await h.db.insert(registers).values({
        kind: "balance_certification",
        name: NAME,
        districtId: ids.d1,
        level: "national",
        fromYear: 2022,
        notes: "国家督导评估认定",
      });
    });

    it("reads the certification from the register, with the note when the 监测测算 fails", async () => {
      const a = await read();
      expect(a.certification).toEqual({
        year: 2022,
        untilYear: null,
        level: "NATIONAL",
        label: "国家认定",
        name: NAME,
        notes: "国家督导评估认定",
      });
      // both stages fail as computed above (P3 C6 at 84%, C2 0.691; N1 junior C3 at 55.6%)
      expect(a.certificationNote).toBe(
        "已通过国家认定（2022年），但本学年监测测算未达到：小学未达到优质均衡资源配置要求：1所学校未达到要求：海勃湾区第三小学（余项C6低于标准的85%）；差异系数超过0.50：C2 0.691；初中未达到优质均衡资源配置要求：1所学校未达到要求：海勃湾区九年一贯制学校（余项C3低于标准的85%）",
      );
      // not yet counted in 2021 (fromYear 2022), as A04/B02 count it
      const before = await read(tokens.city, 2021);
      expect(before).toMatchObject({ certification: null, certificationNote: null });
      // 乌达区 has no entry
      const wuda = await gql(url, ASSESSMENT, { d: ids.d2, y: 2025 }, tokens.wuda);
      expect(wuda.data?.balanceAssessment).toMatchObject({ certification: null, certificationNote: null });
    });

    it("stays 未达到 when an assessed school fails 6-of-7 even though a school awaits its report", async () => {
      // N1's report returned to the school (submitted again, not approved)
      await h.db.update(schoolReports).set({ status: "submitted" }).where(eq(schoolReports.schoolId, ids.n1));
      const a = await read();
      const primary = stage(a, "PRIMARY");
      // P3 still fails (certain whatever N1 reports); C2 over P1 (500, 6), P2 (400, 16), P3 (300, 3):
      // S²·P² = P·Σ(r²/P_i) − (Σr)² = 1200 × 0.742 − 25² = 265.4, CV = √265.4 / 25 = 0.65164
      expect(primary).toMatchObject({
        outcome: "FAILED",
        outcomeLabel: "未达到",
        coverage: "3/4 所学校已评估",
        pendingSchools: [{ name: "海勃湾区九年一贯制学校" }],
      });
      const c2 = primary.variations.find((v: Any) => v.indicator.id === "C2");
      expect(c2.cv).toBeCloseTo(Math.sqrt(265.4) / 25, 9);
      expect(primary.failures.map((f: Any) => f.rule)).toEqual(["SCHOOL_STANDARD", "VARIATION"]);
      expect(primary.verdict).toBe(
        "小学未达到优质均衡资源配置要求：1所学校未达到要求：海勃湾区第三小学（余项C6低于标准的85%）；差异系数超过0.50：C2 0.652（另有1所学校年报尚未审核（海勃湾区九年一贯制学校））",
      );
      // junior: N1 was its only school → nothing assessed, 待评估
      expect(stage(a, "JUNIOR_SECONDARY")).toMatchObject({
        outcome: "PENDING",
        coverage: "0/1 所学校已评估",
        verdict: "待评估：1所学校年报尚未审核（海勃湾区九年一贯制学校），尚无已评估的学校",
        failures: [],
      });
      expect(a).toMatchObject({ outcome: "FAILED", pendingSchools: [{ name: "海勃湾区九年一贯制学校" }] });
    });

    it("reads 待评估 once the assessed schools pass, a 差异系数 over the limit being provisional", async () => {
      // P3's equipment corrected: 510 000 / 300 = 1700 = exactly 85% of 2000 (不低于 → passes)
      await h.db
        .update(schoolReports)
        .set({ equipmentValue: 510_000 })
        .where(eq(schoolReports.schoolId, ids.p3));
      const a = await read();
      const primary = stage(a, "PRIMARY");
      expect(school(primary, "海勃湾区第三小学")).toMatchObject({
        passed: true,
        summary: "6项达到标准，余项C6不低于标准的85%",
      });
      expect(primary).toMatchObject({ outcome: "PENDING", outcomeLabel: "待评估", passed: false });
      expect(primary.failures.map((f: Any) => f.rule)).toEqual(["VARIATION"]);
      expect(primary.verdict).toBe(
        "待评估：1所学校年报尚未审核（海勃湾区九年一贯制学校），已评估的3所学校均达标，差异系数超过0.50：C2 0.652（暂按已评估学校计算，待全部学校评估后确定）",
      );
      expect(a).toMatchObject({
        outcome: "PENDING",
        outcomeLabel: "待评估",
        passed: false,
        pendingSchools: [{ name: "海勃湾区九年一贯制学校" }],
        certificationNote: "国家认定于2022年；本学年监测测算为待评估（1所学校年报尚未审核）",
      });
      // the city's list says the same
      const all = await gql(url, ALL_OUTCOMES, { y: 2025 }, tokens.city);
      expect(all.data?.balanceAssessments).toEqual([
        { district: { name: "海勃湾区" }, outcome: "PENDING", certification: { year: 2022 } },
        { district: { name: "乌达区" }, outcome: "PENDING", certification: null },
      ]);
    });

    it("reads 达到 with every report approved and passing, and then agrees with the register", async () => {
      await h.db.update(schoolReports).set({ status: "approved" }).where(eq(schoolReports.schoolId, ids.n1));
      // P2: 10 of its 16 backbone teachers no longer backbone → C2 6/400×100 = 1.5
      await h.db.execute(sql`update staff set backbone_level = 'none' where id in (
        select id from staff where school_id = ${ids.p2} and backbone_level = 'district' order by id limit 10)`);
      // N1: one junior chemistry teacher now teaches PE → junior C3 2/200×100 = 1.0 ≥ 0.9
      await h.db.execute(sql`update staff set subject = 'physical_education' where id in (
        select id from staff where school_id = ${ids.n1} and stage = 'junior_secondary' and subject = 'chemistry'
        order by id limit 1)`);
      const a = await read();
      const primary = stage(a, "PRIMARY");
      // C2 over (500, 6), (400, 6), (300, 3), (300, 3): S²·P² = 1500 × 0.222 − 18² = 9, CV = 3/18
      const c2 = primary.variations.find((v: Any) => v.indicator.id === "C2");
      expect(c2.cv).toBeCloseTo(1 / 6, 9);
      expect(primary).toMatchObject({
        outcome: "PASSED",
        outcomeLabel: "达到",
        passed: true,
        coverage: "4/4 所学校已评估",
        pendingSchools: [],
        failures: [],
        shortfalls: [],
        verdict: "小学达到优质均衡资源配置要求：4所学校全部达标，7项差异系数均不超过0.50",
      });
      expect(stage(a, "JUNIOR_SECONDARY")).toMatchObject({ outcome: "PASSED", schoolsPassed: 1 });
      expect(a).toMatchObject({
        outcome: "PASSED",
        outcomeLabel: "达到",
        passed: true,
        pendingSchools: [],
        certification: { year: 2022, label: "国家认定" },
        certificationNote: null,
      });
    });
  });
});
