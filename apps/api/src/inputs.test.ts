/**
 * Targets measured from inputs and registers, and the write API for city inputs, district
 * inputs and register entries, through GraphQL over HTTP once per role, on PGlite and (with
 * DATABASE_URL) PostgreSQL. Expected values are worked out by hand in fixtures/inputsCity.ts.
 */
import { auditLog, type DbHandle, districtInputs, registers, schoolYears, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { getTarget, schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InputsCity, loadInputsCity } from "./fixtures/inputsCity.ts";
import { type SmallCityApi, smallCityApi } from "./testing/smallCityApi.ts";
import { gql, TEST_NOW } from "./testing.ts";

const RESULTS = `query($unit: OrgUnitInput!, $y: Int!, $ids: [ID!]) {
  targetResults(unit: $unit, schoolYear: $y, targetIds: $ids) {
    target { id } value numerator denominator unitsIncluded unitsMissing reason status
  }
}`;
type Result = {
  target: { id: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unitsIncluded: number;
  unitsMissing: number;
  reason: string | null;
  status: string;
};
type Issue = { field: string; message: string };
/** The BAD_USER_INPUT of a response: its message, first field and every issue. */
const badInputOf = (r: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => ({
  count: r.errors?.length,
  code: r.errors?.[0]?.extensions?.code,
  message: r.errors?.[0]?.message,
  field: r.errors?.[0]?.extensions?.field,
  issues: r.errors?.[0]?.extensions?.issues as Issue[] | undefined,
});
const byId = (rs: Result[] | undefined) => Object.fromEntries((rs ?? []).map((r) => [r.target.id, r]));

const SAVE_DISTRICT = `mutation($d: ID!, $input: DistrictInputsInput!) {
  saveDistrictInputs(districtId: $d, input: $input) { districtInputs { district { name } schoolYear population3to5 version } }
}`;
const SAVE_CITY = `mutation($input: CityInputsInput!) {
  saveCityInputs(input: $input) { cityInputs { schoolYear newLabourUpperSecondaryRate gdp version } }
}`;
const CREATE_ENTRY = `mutation($input: RegisterEntryInput!) {
  createRegisterEntry(input: $input) { entry { id kind kindLabel targetIds name district { name } school { name } fromYear toYear quantity version } }
}`;

describe.each(testBackends())("inputs and registers on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: InputsCity;
  let url: string;
  let tokens: Record<string, string>;
  const results = async (unit: { level: string; id?: string }, y: number, targetIds?: string[]) =>
    byId((await gql(url, RESULTS, { unit, y, ids: targetIds }, tokens.city)).data?.targetResults);

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      async prepare(h, small) {
        ids = await loadInputsCity(h.db, small);
      },
      logins: ["city", "haibowan", "hainan", "p1"],
    });
    ({ handle: h, url, tokens } = smallCity);
  });
  afterAll(() => smallCity?.close());

  describe("targets from inputs (ratios of sums)", () => {
    it("computes A01, B01, B32, B40 for a district from enrolment and its inputs", async () => {
      const d2 = await results({ level: "DISTRICT", id: ids.d2 }, 2025);
      expect(d2.A01).toMatchObject({ numerator: 125, denominator: 130, unitsIncluded: 2, unitsMissing: 0 });
      expect(d2.A01!.value).toBeCloseTo(96.1538, 3);
      expect(d2.B01).toMatchObject({ numerator: 100, denominator: 125, value: 80 });
      expect(d2.B32).toMatchObject({ numerator: 100, denominator: 125, value: 80 });
      expect(d2.B31).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
      expect(d2.B40).toMatchObject({ numerator: 5_000_000, denominator: 250, value: 20_000 });
      expect(d2.B05).toMatchObject({ value: 4.5 });
      expect(d2.A02).toMatchObject({ numerator: 282, denominator: 300, value: 94 });
    });
    it("sums the districts for the city, and adds the city's own figures", async () => {
      const city = await results({ level: "CITY" }, 2025);
      expect(city.A02).toMatchObject({ numerator: 772, denominator: 800, value: 96.5, unitsIncluded: 2 });
      expect(city.A03).toMatchObject({ numerator: 28, denominator: 30 });
      expect(city.A03!.value).toBeCloseTo(93.333, 2);
      expect(city.A05).toMatchObject({ numerator: 100, denominator: 100, value: 100 });
      expect(city.B04!.value).toBeCloseTo(83.333, 2);
      expect(city.B31).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
      expect(city.A10).toMatchObject({ value: 96.2, status: "MET" });
      expect(city.B30).toMatchObject({ value: 85 });
      expect(city.B39).toMatchObject({ numerator: 18_000_000, value: 1800, status: "MET" });
      expect(city.B41).toMatchObject({ numerator: 18_000_000, denominator: 600_000_000, value: 3 });
      expect(city.B42).toMatchObject({ value: 98, status: "MISSED" });
      // K1's 2025 report is only submitted: the rate is computed on the 2 approved 幼儿园 (125 在园幼儿
      // ÷ 270 three-to-five-year-olds), 暂定 and 数据不全 over 2/3 幼儿园 — the coverage rule, not a refusal
      expect(city.A01).toMatchObject({
        numerator: 125,
        denominator: 270,
        status: "INCOMPLETE",
        unitsIncluded: 2,
        unitsMissing: 1,
      });
      expect(city.A01!.value).toBeCloseTo((125 * 100) / 270, 6);
      expect(city.A01!.reason).toBe("暂定：2/3 所学校有数据，数据齐全前不判定是否达标");
      // B05 is a district figure, A06 a city figure
      expect(city.B05).toBeUndefined();
      const b05 = await results({ level: "CITY" }, 2025, ["B05"]);
      expect(b05.B05).toMatchObject({ value: null, reason: "B05 仅在区级统计" });
      const a06 = await results({ level: "DISTRICT", id: ids.d1 }, 2025, ["A06", "B42"]);
      expect(a06.A06).toMatchObject({ value: null, reason: "A06 仅在市级统计" });
      expect(a06.B42).toMatchObject({ numerator: 105_000, denominator: 100_000, value: 105, status: "MET" });
    });
    it("judges 逐年不降低 against the year before (B39: a district spent less in 2025)", async () => {
      const d2 = await results({ level: "DISTRICT", id: ids.d2 }, 2025, ["B39"]);
      expect(d2.B39).toMatchObject({ value: 500, status: "MISSED" });
      const y2024 = await results({ level: "DISTRICT", id: ids.d2 }, 2024, ["B39"]);
      expect(y2024.B39).toMatchObject({ value: 520 });
    });
    it("measures coverage from reports (B14) and training hours pro rata (B43) at school level", async () => {
      const city = await results({ level: "CITY" }, 2025, ["B14", "B43"]);
      expect(city.B14).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
      // P1 1440 hours, N2 0 hours, nine teachers in the cycle's fifth year
      expect(city.B43).toMatchObject({ numerator: 1440, denominator: 9, value: 160 });
      const p1 = await results({ level: "SCHOOL", id: ids.p1 }, 2025, ["B14", "B43"]);
      expect(p1.B14).toMatchObject({ value: 100 });
      expect(p1.B43).toMatchObject({ numerator: 1440, denominator: 4, value: 360, status: "MET" });
    });
  });

  describe("B43 in a new five-year training cycle", () => {
    const CARRY = `mutation($u: OrgUnitInput!, $y: Int!) { carryOverRoster(unit: $u, schoolYear: $y) { carried } }`;
    const ROSTER = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { items { id name trainingHours version } } }`;
    const UPDATE = `mutation($id: ID!, $v: Int!, $patch: StaffPatch!) { updateStaff(id: $id, version: $v, patch: $patch) { staff { trainingHours } } }`;
    /**
     * P1's 2025 teachers hold 400 + 360 + 320 + 360 = 1440 学时 of the 2021–2025 cycle (B43 2025 =
     * 1440 ÷ (4 × 5/5) = 360). 2026—2027 is year 1 of 2026–2030: carried over into it, P1 starts
     * from zero — 0 ÷ (4 × 1/5) = 0, not 1440 ÷ 0.8 = 1800 学时 "达标" (issue 10: city 2026 B43 =
     * 1,691.84). Then 甲一 records 30 学时 of the new cycle: 30 ÷ 0.8 = 37.5.
     */
    it("starts from zero, never dividing the last cycle's hours by the elapsed fraction", async () => {
      // 2026 is the current school year of the API's pinned clock (TEST_NOW): carried straight into
      expect(schoolYearOf(TEST_NOW)).toBe(2026);
      const c = await gql(url, CARRY, { u: { level: "SCHOOL", id: ids.p1 }, y: 2026 }, tokens.p1);
      expect(c.errors).toBeUndefined();
      const roster = await gql(url, ROSTER, { f: { schoolId: ids.p1, schoolYear: 2026 } }, tokens.p1);
      const items = roster.data?.staff.items as {
        id: string;
        name: string;
        trainingHours: number;
        version: number;
      }[];
      expect(items.map((i) => i.trainingHours)).toEqual(items.map(() => 0));
      const p1 = await results({ level: "SCHOOL", id: ids.p1 }, 2026, ["B43"]);
      expect(p1.B43).toMatchObject({ numerator: 0, denominator: 0.8, value: 0, status: "MISSED" });
      // the city: P1 alone has a 2026 roster (N2, a compulsory school without one, is missing)
      const city = await results({ level: "CITY" }, 2026, ["B43"]);
      expect(city.B43).toMatchObject({
        numerator: 0,
        denominator: 0.8,
        value: 0,
        unitsIncluded: 1,
        unitsMissing: 1,
      });
      const jia = items.find((i) => i.name === "甲一")!;
      const u = await gql(
        url,
        UPDATE,
        { id: jia.id, v: jia.version, patch: { trainingHours: 30 } },
        tokens.p1,
      );
      expect(u.errors).toBeUndefined();
      const after = await results({ level: "SCHOOL", id: ids.p1 }, 2026, ["B43"]);
      expect(after.B43).toMatchObject({ numerator: 30, denominator: 0.8, value: 37.5 });
      expect(after.B43!.reason).toBeNull();
      // the last cycle keeps its hours
      const y2025 = await results({ level: "SCHOOL", id: ids.p1 }, 2025, ["B43"]);
      expect(y2025.B43).toMatchObject({ numerator: 1440, denominator: 4, value: 360, status: "MET" });
    });
  });

  describe("targets from registers", () => {
    it("counts the entries valid in the year (B36: one ended in 2024)", async () => {
      const y2025 = await results({ level: "CITY" }, 2025, ["B36", "B20", "B18", "B28"]);
      expect(y2025.B36).toMatchObject({ value: 2, status: "MISSED" });
      expect(y2025.B20).toMatchObject({ value: 7 });
      expect(y2025.B18).toMatchObject({ value: 1, status: "MISSED" });
      expect(y2025.B28).toMatchObject({ value: 0 });
      const y2021 = await results({ level: "CITY" }, 2021, ["B36", "B20"]);
      expect(y2021.B36).toMatchObject({ value: 1 });
      expect(y2021.B20).toMatchObject({ value: 4 });
      const d1 = await results({ level: "DISTRICT", id: ids.d1 }, 2025, ["B36"]);
      expect(d1.B36).toMatchObject({ value: null, reason: "B36 仅在市级统计" });
    });
    it("shows A04 and B02 with the plan's inconsistency", async () => {
      const city = await results({ level: "CITY" }, 2025, ["A04", "B02"]);
      const text = getTarget("A04").inconsistency;
      expect(city.A04).toMatchObject({
        numerator: 1,
        denominator: 2,
        value: 50,
        status: "MISSED",
        reason: text,
      });
      expect(city.B02).toMatchObject({ value: 1, status: "MISSED", reason: text });
      expect(city.A04!.reason).toContain("规划前后表述不一致");
    });
    it("fills 蒙授 posts per 教研室 (B16)", async () => {
      const city = await results({ level: "CITY" }, 2025, ["B16"]);
      expect(city.B16).toMatchObject({ numerator: 1, denominator: 3 });
      expect(city.B16!.value).toBeCloseTo(33.333, 2);
      const d2 = await results({ level: "DISTRICT", id: ids.d2 }, 2025, ["B16"]);
      expect(d2.B16).toMatchObject({ numerator: 1, denominator: 1, value: 100, status: "MET" });
    });
    it("reads B16 as 无数据 where a year's 教研员名册 is empty, never 0% 未达标", async () => {
      // 2024: posts D2 1 (from 2021) and city 教研室 2 (from 2020), but the fixture's rosters are
      // 2025 only: both 教研员名册 of 2024 are empty → no value (was 0 ÷ 3 = 0%, 未达标)
      const empty = await results({ level: "CITY" }, 2024, ["B16"]);
      expect(empty.B16).toMatchObject({
        value: null,
        status: "NO_DATA",
        unitsIncluded: 0,
        unitsMissing: 2,
        reason: "2个教研室该学年教研员名册为空（没有在岗教研员记录），无法计算",
      });
      const d2 = await results({ level: "DISTRICT", id: ids.d2 }, 2024, ["B16"]);
      expect(d2.B16).toMatchObject({ value: null, status: "NO_DATA", unitsMissing: 1 });
      // 2025: both rosters hold someone → 1 ÷ 3, every 教研室 measured
      const full = await results({ level: "CITY" }, 2025, ["B16"]);
      expect(full.B16).toMatchObject({ numerator: 1, denominator: 3, unitsIncluded: 2, unitsMissing: 0 });
      // 己一 (bilingual) on D2's 2024 roster too: the city's 2024 value is D2's 1 ÷ 1 = 100%, the
      // city 教研室 (2 posts, empty roster) left out as missing rather than counted as 0 of 2
      const [ji] = await h.db
        .select()
        .from(staff)
        .where(and(eq(staff.districtId, ids.d2), eq(staff.role, "researcher"), eq(staff.schoolYear, 2025)));
      const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...row } = ji!;
      await h.db.insert(staff).values({ ...row, schoolYear: 2024 });
      const partial = await results({ level: "CITY" }, 2024, ["B16"]);
      expect(partial.B16).toMatchObject({
        value: 100,
        numerator: 1,
        denominator: 1,
        unitsIncluded: 1,
        unitsMissing: 1,
      });
    });
    it("puts the districts beside the city in the dashboard", async () => {
      const r = await gql(
        url,
        `{ targetDashboard(unit: {level: CITY}, fromYear: 2024, toYear: 2025, targetIds: ["A02", "B39", "B36"]) {
          results { unit { id } schoolYear target { id } value } } }`,
        {},
        tokens.city,
      );
      const rs = r.data?.targetDashboard.results as {
        unit: { id: string | null };
        schoolYear: number;
        target: { id: string };
        value: number | null;
      }[];
      const pick = (id: string | null, y: number, t: string) =>
        rs.find((x) => x.unit.id === id && x.schoolYear === y && x.target.id === t)?.value;
      // B36 is measured for the city only: the districts get A02 and B39
      expect(rs).toHaveLength(3 * 2 + 2 * 2 * 2);
      expect(pick(ids.d1, 2025, "A02")).toBe(98);
      expect(pick(null, 2025, "A02")).toBe(96.5);
      expect(pick(ids.d2, 2024, "B39")).toBe(520);
      expect(pick(null, 2024, "B39")).toBe(1700);
      expect(pick(null, 2025, "B36")).toBe(2);
      expect(pick(ids.d2, 2025, "B36")).toBeUndefined();
    });
  });

  describe("writing inputs", () => {
    it("lets a district create and update its own inputs, with an audit row", async () => {
      const created = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d2, input: { schoolYear: 2023, population3to5: 150 } },
        tokens.hainan,
      );
      expect(created.errors).toBeUndefined();
      expect(created.data?.saveDistrictInputs.districtInputs).toEqual({
        district: { name: "海南区" },
        schoolYear: 2023,
        population3to5: 150,
        version: 1,
      });
      const updated = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d2, input: { schoolYear: 2023, population3to5: 148, version: 1 } },
        tokens.hainan,
      );
      expect(updated.data?.saveDistrictInputs.districtInputs).toMatchObject({
        population3to5: 148,
        version: 2,
      });
      const rows = await h.db.select().from(auditLog).where(eq(auditLog.entityType, "district_inputs"));
      expect(rows.map((r) => r.action)).toEqual(["district_inputs.create", "district_inputs.update"]);
      expect(rows[1]!.before).toMatchObject({ population3to5: 150, version: 1 });
      expect(rows[1]!.after).toMatchObject({ population3to5: 148, version: 2 });
      expect(rows[1]!.districtId).toBe(ids.d2);
    });
    it("refuses figures for a school year that has not begun", async () => {
      const next = schoolYearOf(TEST_NOW) + 1;
      const d = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d2, input: { schoolYear: next, population3to5: 1 } },
        tokens.hainan,
      );
      expect(d.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
      expect(d.errors?.[0]?.message).toBe(`不能填报未来学年的区级数据（当前为${schoolYearLabel(next - 1)}）`);
      const c = await gql(url, SAVE_CITY, { input: { schoolYear: next, gdp: 1 } }, tokens.city);
      expect(c.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    });
    it("refuses a district another district's or the city's inputs, and a school any", async () => {
      const checks = [
        gql(url, SAVE_DISTRICT, { d: ids.d1, input: { schoolYear: 2023, population3to5: 1 } }, tokens.hainan),
        gql(url, SAVE_CITY, { input: { schoolYear: 2023, gdp: 1 } }, tokens.hainan),
        gql(url, SAVE_DISTRICT, { d: ids.d1, input: { schoolYear: 2023, population3to5: 1 } }, tokens.p1),
        gql(url, SAVE_CITY, { input: { schoolYear: 2023, gdp: 1 } }, tokens.p1),
        gql(
          url,
          `query($d: ID!) { districtInputs(districtId: $d, schoolYear: 2025) { version } }`,
          { d: ids.d1 },
          tokens.hainan,
        ),
        gql(url, `{ cityInputs(schoolYear: 2025) { version } }`, {}, tokens.hainan),
        gql(
          url,
          CREATE_ENTRY,
          { input: { kind: "VOCATIONAL_GROUP", name: "x", fromYear: 2025 } },
          tokens.hainan,
        ),
      ];
      for (const r of await Promise.all(checks)) {
        expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect(r.errors?.[0]?.message).toBe("无权访问该数据");
      }
      const [row] = await h.db.select().from(auditLog).where(eq(auditLog.entityType, "city_inputs"));
      expect(row).toBeUndefined();
    });
    it("lets the city write a district's and its own inputs, and read them back", async () => {
      const d = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d1, input: { schoolYear: 2023, population3to5: 210 } },
        tokens.city,
      );
      expect(d.data?.saveDistrictInputs.districtInputs).toMatchObject({
        district: { name: "海勃湾区" },
        version: 1,
      });
      const c = await gql(
        url,
        SAVE_CITY,
        { input: { schoolYear: 2023, newLabourUpperSecondaryRate: 93.5, gdp: 5e10 } },
        tokens.city,
      );
      expect(c.data?.saveCityInputs.cityInputs).toEqual({
        schoolYear: 2023,
        newLabourUpperSecondaryRate: 93.5,
        gdp: 5e10,
        version: 1,
      });
      const read = await gql(url, `{ cityInputs(schoolYear: 2023) { gdp version } }`, {}, tokens.city);
      expect(read.data?.cityInputs).toEqual({ gdp: 5e10, version: 1 });
      const own = await gql(
        url,
        `query($d: ID!) { districtInputs(districtId: $d, schoolYear: 2023) { population3to5 } }`,
        { d: ids.d2 },
        tokens.hainan,
      );
      expect(own.data?.districtInputs).toEqual({ population3to5: 148 });
    });
    it("names the bad field in Chinese", async () => {
      const neg = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d2, input: { schoolYear: 2022, population3to5: -5 } },
        tokens.hainan,
      );
      expect(neg.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "population3to5",
      });
      expect(neg.errors?.[0]?.message).toBe("3—5岁常住人口不能为负数");
      const more = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d2, input: { schoolYear: 2022, disabledChildren: 5, disabledChildrenEnrolled: 6 } },
        tokens.hainan,
      );
      expect(more.errors?.[0]?.extensions).toMatchObject({ field: "disabledChildrenEnrolled" });
      const rate = await gql(
        url,
        SAVE_CITY,
        { input: { schoolYear: 2022, communityEducationRate: 120 } },
        tokens.city,
      );
      expect(rate.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "communityEducationRate",
      });
      expect(rate.errors?.[0]?.message).toContain("须在0—100之间");
    });
    it("lets one of two concurrent edits of the same version win; the other gets CONFLICT and writes nothing", async () => {
      const base = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d1, input: { schoolYear: 2021, population3to5: 100 } },
        tokens.haibowan,
      );
      expect(base.data?.saveDistrictInputs.districtInputs.version).toBe(1);
      const [a, b] = await Promise.all([
        gql(
          url,
          SAVE_DISTRICT,
          { d: ids.d1, input: { schoolYear: 2021, population3to5: 111, version: 1 } },
          tokens.haibowan,
        ),
        gql(
          url,
          SAVE_DISTRICT,
          { d: ids.d1, input: { schoolYear: 2021, population3to5: 222, version: 1 } },
          tokens.city,
        ),
      ]);
      const outcomes = [a, b].map((r) => (r.errors ? r.errors[0]?.extensions?.code : "OK")).sort();
      expect(outcomes).toEqual(["CONFLICT", "OK"]);
      const loser = [a, b].find((r) => r.errors)!;
      expect(loser.errors?.[0]?.message).toContain("已被他人修改");
      const winner = [a, b].find((r) => !r.errors)!.data?.saveDistrictInputs.districtInputs;
      expect(winner.version).toBe(2);
      const read = await gql(
        url,
        `query($d: ID!) { districtInputs(districtId: $d, schoolYear: 2021) { population3to5 version } }`,
        { d: ids.d1 },
        tokens.city,
      );
      expect(read.data?.districtInputs).toEqual({ population3to5: winner.population3to5, version: 2 });
      const audits = await h.db.select().from(auditLog).where(eq(auditLog.action, "district_inputs.update"));
      expect(audits.filter((r) => (r.after as { schoolYear: number }).schoolYear === 2021)).toHaveLength(1);
      // a stale create (no version) of an existing year is a conflict too
      const again = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d1, input: { schoolYear: 2021, population3to5: 1 } },
        tokens.haibowan,
      );
      expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    });
  });

  describe("every issue at once (BAD_USER_INPUT with extensions.issues), nothing written", () => {
    const auditCount = async () => (await h.db.select({ n: count() }).from(auditLog))[0]!.n;

    it("lists each bad district figure with its own Chinese message", async () => {
      const audits = await auditCount();
      const r = await gql(
        url,
        SAVE_DISTRICT,
        {
          d: ids.d2,
          input: {
            schoolYear: 2020,
            population3to5: -5,
            disabledChildren: 5,
            disabledChildrenEnrolled: 6,
            urbanSubdistricts: 3,
            urbanSubdistrictsWithGuidance: 4,
            parentingSessionsPerFamily: 400,
            teacherAveragePay: 20_000_000,
          },
        },
        tokens.hainan,
      );
      expect(badInputOf(r)).toEqual({
        count: 1,
        code: "BAD_USER_INPUT",
        message: "3—5岁常住人口不能为负数",
        field: "population3to5",
        issues: [
          { field: "population3to5", message: "3—5岁常住人口不能为负数" },
          {
            field: "parentingSessionsPerFamily",
            message: "每户适龄幼儿家庭年均公益免费科学育儿指导次数不能超过365",
          },
          { field: "teacherAveragePay", message: "中小学教师年平均工资（元）不能超过10000000" },
          {
            field: "disabledChildrenEnrolled",
            message: "已入学适龄残疾儿童少年数不能大于适龄残疾儿童少年数",
          },
          {
            field: "urbanSubdistrictsWithGuidance",
            message: "开展早期教养指导服务的城镇（街道）数不能大于城镇（街道）总数",
          },
        ],
      });
      const rows = await h.db
        .select()
        .from(districtInputs)
        .where(and(eq(districtInputs.districtId, ids.d2), eq(districtInputs.schoolYear, 2020)));
      expect(rows).toEqual([]);
      expect(await auditCount()).toBe(audits);
    });

    it("refuses a 3—5岁常住人口 above the 常住人口 (A01's denominator), nothing written", async () => {
      const audits = await auditCount();
      const r = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d2, input: { schoolYear: 2020, residentPopulation: 1000, population3to5: 900_000 } },
        tokens.hainan,
      );
      expect(badInputOf(r)).toEqual({
        count: 1,
        code: "BAD_USER_INPUT",
        message: "3—5岁常住人口不能大于常住人口",
        field: "population3to5",
        issues: [{ field: "population3to5", message: "3—5岁常住人口不能大于常住人口" }],
      });
      const rows = await h.db
        .select()
        .from(districtInputs)
        .where(and(eq(districtInputs.districtId, ids.d2), eq(districtInputs.schoolYear, 2020)));
      expect(rows).toEqual([]);
      expect(await auditCount()).toBe(audits);
    });

    it("checks an update against the stored figures it keeps, and leaves the row as it was", async () => {
      const created = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d1, input: { schoolYear: 2020, disabledChildren: 10, disabledChildrenEnrolled: 8 } },
        tokens.city,
      );
      expect(created.errors).toBeUndefined();
      const audits = await auditCount();
      const r = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d1, input: { schoolYear: 2020, gdp: -1, disabledChildrenEnrolled: 12, version: 1 } },
        tokens.haibowan,
      );
      expect(badInputOf(r)).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "gdp",
        issues: [
          { field: "gdp", message: "地区生产总值（元）不能为负数" },
          {
            field: "disabledChildrenEnrolled",
            message: "已入学适龄残疾儿童少年数不能大于适龄残疾儿童少年数（已填报10）",
          },
        ],
      });
      const smaller = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d1, input: { schoolYear: 2020, disabledChildren: 7, version: 1 } },
        tokens.haibowan,
      );
      expect(badInputOf(smaller).issues).toEqual([
        {
          field: "disabledChildren",
          message: "适龄残疾儿童少年数不能小于已填报的已入学适龄残疾儿童少年数（8）",
        },
      ]);
      const [row] = await h.db
        .select()
        .from(districtInputs)
        .where(and(eq(districtInputs.districtId, ids.d1), eq(districtInputs.schoolYear, 2020)));
      expect(row).toMatchObject({ disabledChildren: 10, disabledChildrenEnrolled: 8, gdp: null, version: 1 });
      expect(await auditCount()).toBe(audits);
    });

    it("lists each bad city figure", async () => {
      const audits = await auditCount();
      const r = await gql(
        url,
        SAVE_CITY,
        {
          input: {
            schoolYear: 2020,
            newLabourUpperSecondaryRate: -1,
            communityEducationRate: 120,
            civilServantAveragePay: -3,
          },
        },
        tokens.city,
      );
      expect(badInputOf(r)).toEqual({
        count: 1,
        code: "BAD_USER_INPUT",
        message: "新增劳动力中受过高中阶段及以上教育比例（%）须在0—100之间",
        field: "newLabourUpperSecondaryRate",
        issues: [
          {
            field: "newLabourUpperSecondaryRate",
            message: "新增劳动力中受过高中阶段及以上教育比例（%）须在0—100之间",
          },
          {
            field: "communityEducationRate",
            message: "城市居民有组织参与社区教育比例（%）须在0—100之间",
          },
          { field: "civilServantAveragePay", message: "全市公务员年平均工资（元）不能为负数" },
        ],
      });
      const read = await gql(url, `{ cityInputs(schoolYear: 2020) { version } }`, {}, tokens.city);
      expect(read.data?.cityInputs).toBeNull();
      expect(await auditCount()).toBe(audits);
    });

    it("refuses another district's figures before looking at them (FORBIDDEN, not the issues)", async () => {
      const r = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d1, input: { schoolYear: 2020, population3to5: -5 } },
        tokens.hainan,
      );
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("lists each issue of a register entry, the database's checks included", async () => {
      const audits = await auditCount();
      const entries = async () => (await h.db.select({ n: count() }).from(registers))[0]!.n;
      const before = await entries();
      const input = {
        kind: "QUALITY_KINDERGARTEN",
        name: " ",
        districtId: ids.d2,
        schoolId: ids.p1,
        fromYear: 2025,
        toYear: 2024,
        quantity: 0,
      };
      const expected = [
        { field: "name", message: "名称不能为空" },
        { field: "quantity", message: "数量至少为1" },
        { field: "toYear", message: "截止学年不能早于起始学年" },
        { field: "schoolId", message: "“优质（示范性）幼儿园”只能登记幼儿园，所选学校为小学" },
        { field: "districtId", message: "所属区与所属学校所在的区不一致" },
      ];
      const r = await gql(url, CREATE_ENTRY, { input }, tokens.city);
      expect(badInputOf(r)).toEqual({
        count: 1,
        code: "BAD_USER_INPUT",
        message: "名称不能为空",
        field: "name",
        issues: expected,
      });
      expect(await entries()).toBe(before);

      const [entry] = await h.db.select().from(registers).where(eq(registers.kind, "quality_kindergarten"));
      const UPDATE = `mutation($id: ID!, $v: Int!, $input: RegisterEntryInput!) { updateRegisterEntry(id: $id, version: $v, input: $input) { entry { version } } }`;
      const up = await gql(url, UPDATE, { id: entry!.id, v: entry!.version, input }, tokens.city);
      expect(badInputOf(up).issues).toEqual(expected);
      const [after] = await h.db.select().from(registers).where(eq(registers.id, entry!.id));
      expect(after).toEqual(entry);
      expect(await auditCount()).toBe(audits);
    });
  });

  describe("writing registers", () => {
    it("lets the city add, change and delete an entry, checking the school and the version", async () => {
      const created = await gql(
        url,
        CREATE_ENTRY,
        {
          input: {
            kind: "SMART_BENCHMARK_SCHOOL",
            name: "海南区第二幼儿园",
            schoolId: ids.k2,
            level: "CITY",
            fromYear: 2025,
          },
        },
        tokens.city,
      );
      expect(created.errors).toBeUndefined();
      const entry = created.data?.createRegisterEntry.entry;
      expect(entry).toMatchObject({
        kind: "SMART_BENCHMARK_SCHOOL",
        kindLabel: "智慧教育标杆学校",
        targetIds: ["B36"],
        district: { name: "海南区" },
        school: { name: "海南区第二幼儿园" },
        quantity: 1,
        version: 1,
      });
      expect((await results({ level: "CITY" }, 2025, ["B36"])).B36!.value).toBe(3);
      const UPDATE = `mutation($id: ID!, $v: Int!, $input: RegisterEntryInput!) { updateRegisterEntry(id: $id, version: $v, input: $input) { entry { toYear version } } }`;
      const input = {
        kind: "SMART_BENCHMARK_SCHOOL",
        name: "海南区第二幼儿园",
        schoolId: ids.k2,
        fromYear: 2025,
        toYear: 2025,
      };
      const up = await gql(url, UPDATE, { id: entry.id, v: 1, input }, tokens.city);
      expect(up.data?.updateRegisterEntry.entry).toEqual({ toYear: 2025, version: 2 });
      const stale = await gql(url, UPDATE, { id: entry.id, v: 1, input }, tokens.city);
      expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const DELETE = `mutation($id: ID!, $v: Int!) { deleteRegisterEntry(id: $id, version: $v) { id } }`;
      expect(
        (await gql(url, DELETE, { id: entry.id, v: 1 }, tokens.city)).errors?.[0]?.extensions?.code,
      ).toBe("CONFLICT");
      expect((await gql(url, DELETE, { id: entry.id, v: 2 }, tokens.city)).data?.deleteRegisterEntry).toEqual(
        { id: entry.id },
      );
      // in the order written (an unordered select may come back in any order on PostgreSQL)
      const actions = (
        await h.db.select().from(auditLog).where(eq(auditLog.entityId, entry.id)).orderBy(asc(auditLog.id))
      ).map((r) => r.action);
      expect(actions).toEqual(["register.create", "register.update", "register.delete"]);
    });
    it("refuses an entry that does not fit its kind, naming the field", async () => {
      const noSchool = await gql(
        url,
        CREATE_ENTRY,
        { input: { kind: "SMART_BENCHMARK_SCHOOL", name: "x", fromYear: 2025 } },
        tokens.city,
      );
      expect(noSchool.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "schoolId",
      });
      const wrongType = await gql(
        url,
        CREATE_ENTRY,
        { input: { kind: "QUALITY_KINDERGARTEN", name: "x", schoolId: ids.p1, fromYear: 2025 } },
        tokens.city,
      );
      expect(wrongType.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "schoolId",
      });
      expect(wrongType.errors?.[0]?.message).toContain("幼儿园");
      const years = await gql(
        url,
        CREATE_ENTRY,
        { input: { kind: "TRAINING_BASE", name: "x", fromYear: 2025, toYear: 2024 } },
        tokens.city,
      );
      expect(years.errors?.[0]?.extensions).toMatchObject({ field: "toYear" });
      expect(years.errors?.[0]?.message).toBe("截止学年不能早于起始学年");
    });
    it("lists entries within the viewer's scope only", async () => {
      const LIST = `query($f: RegisterFilter) { registerEntries(filter: $f) { name kind school { name } } }`;
      const hainan = await gql(url, LIST, { f: { schoolYear: 2024 } }, tokens.hainan);
      expect(hainan.data?.registerEntries.map((e: { name: string }) => e.name).sort()).toEqual(
        ["海南区九年一贯制学校", "海南区教研室蒙授教研员", "海南区第二幼儿园", "海南区阳光幼儿园"].sort(),
      );
      const p1 = await gql(url, LIST, {}, tokens.p1);
      expect(p1.data?.registerEntries).toEqual([
        { name: "海勃湾区第一小学", kind: "SMART_BENCHMARK_SCHOOL", school: { name: "海勃湾区第一小学" } },
      ]);
      const city = await gql(url, LIST, { f: { kind: "MODEL_VOCATIONAL_MAJOR" } }, tokens.city);
      expect(city.data?.registerEntries).toHaveLength(2);
      const other = await gql(url, LIST, { f: { unit: { level: "DISTRICT", id: ids.d1 } } }, tokens.hainan);
      expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
  });

  describe("years before the platform's, a locked year first, saves that change nothing (tester m2, m3, m10)", () => {
    const auditCount = async () => (await h.db.select({ n: count() }).from(auditLog))[0]!.n;
    const BEFORE_FIRST = "学年不能早于2020—2021学年（平台的首个统计学年）";

    it("refuses 2019 (before FIRST_SCHOOL_YEAR) for district and city figures and a register confirmation", async () => {
      const district = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d2, input: { schoolYear: 2019, residentPopulation: 308_880 } },
        tokens.hainan,
      );
      expect(badInputOf(district)).toMatchObject({ message: BEFORE_FIRST, field: "schoolYear" });
      const city = await gql(url, SAVE_CITY, { input: { schoolYear: 2019, gdp: 1 } }, tokens.city);
      expect(badInputOf(city)).toMatchObject({ message: BEFORE_FIRST, field: "schoolYear" });
      const confirm = await gql(
        url,
        `mutation { confirmRegisterEmpty(kind: UNDERGRADUATE_UPGRADE, schoolYear: 2019) { confirmation { kind } } }`,
        {},
        tokens.city,
      );
      expect(badInputOf(confirm)).toMatchObject({ message: BEFORE_FIRST, field: "schoolYear" });
      const rows = await h.db.select().from(districtInputs).where(eq(districtInputs.schoolYear, 2019));
      expect(rows).toEqual([]);
    });

    it("says a published year is locked before listing the figures' issues", async () => {
      await h.db.insert(schoolYears).values({ schoolYear: 2021, state: "published", publishedVersion: 1 });
      try {
        // d1 2021 holds a 3—5岁常住人口 above 1: a 常住人口 of 1 would be an issue, but the lock comes first
        const r = await gql(
          url,
          SAVE_DISTRICT,
          { d: ids.d1, input: { schoolYear: 2021, residentPopulation: 1, version: 2 } },
          tokens.haibowan,
        );
        expect(badInputOf(r)).toMatchObject({
          count: 1,
          message: "2021—2022学年已发布（v1），数据已锁定；如需修改，请市教育局重新开放该学年",
          field: "schoolYear",
          issues: undefined,
        });
      } finally {
        await h.db.delete(schoolYears).where(eq(schoolYears.schoolYear, 2021));
      }
    });

    it("keeps the version and writes no audit row when a save changes nothing", async () => {
      const READ = `query($d: ID!) { districtInputs(districtId: $d, schoolYear: 2021) { population3to5 version } }`;
      const stored = (await gql(url, READ, { d: ids.d1 }, tokens.city)).data?.districtInputs as {
        population3to5: number;
        version: number;
      };
      const audits = await auditCount();
      const same = await gql(
        url,
        SAVE_DISTRICT,
        {
          d: ids.d1,
          input: { schoolYear: 2021, population3to5: stored.population3to5, version: stored.version },
        },
        tokens.haibowan,
      );
      expect(same.errors).toBeUndefined();
      expect(same.data?.saveDistrictInputs.districtInputs.version).toBe(stored.version);
      // another editor who read the same version still saves without a CONFLICT
      const other = await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d1, input: { schoolYear: 2021, population3to5: 333, version: stored.version } },
        tokens.city,
      );
      expect(other.data?.saveDistrictInputs.districtInputs).toMatchObject({
        population3to5: 333,
        version: stored.version + 1,
      });
      expect(await auditCount()).toBe(audits + 1);

      const city = await gql(
        url,
        `{ cityInputs(schoolYear: 2023) { newLabourUpperSecondaryRate gdp version } }`,
        {},
        tokens.city,
      );
      const c = city.data?.cityInputs as {
        newLabourUpperSecondaryRate: number;
        gdp: number;
        version: number;
      };
      const citySame = await gql(
        url,
        SAVE_CITY,
        {
          input: {
            schoolYear: 2023,
            newLabourUpperSecondaryRate: c.newLabourUpperSecondaryRate,
            gdp: c.gdp,
            version: c.version,
          },
        },
        tokens.city,
      );
      expect(citySame.data?.saveCityInputs.cityInputs.version).toBe(c.version);

      const CREATE = `mutation($input: RegisterEntryInput!) { createRegisterEntry(input: $input) { entry { id version } } }`;
      const UPDATE = `mutation($id: ID!, $v: Int!, $input: RegisterEntryInput!) { updateRegisterEntry(id: $id, version: $v, input: $input) { entry { version } } }`;
      const input = { kind: "BRAND_COURSE", name: "不变的品牌课程", fromYear: 2025, quantity: 2 };
      const created = (await gql(url, CREATE, { input }, tokens.city)).data?.createRegisterEntry.entry as {
        id: string;
        version: number;
      };
      const before = await auditCount();
      const entrySame = await gql(url, UPDATE, { id: created.id, v: created.version, input }, tokens.city);
      expect(entrySame.errors).toBeUndefined();
      expect(entrySame.data?.updateRegisterEntry.entry.version).toBe(created.version);
      expect(await auditCount()).toBe(before);
    });
  });

  describe("the audit trail of inputs and registers", () => {
    const AUDIT = `query($f: AuditFilter!) { auditLog(filter: $f, pageSize: 100) { total items { action actionLabel } } }`;
    it("labels each action in Chinese and filters by it", async () => {
      const labels: Record<string, string> = {};
      for (const action of [
        "district_inputs.create",
        "district_inputs.update",
        "city_inputs.create",
        "register.create",
        "register.update",
        "register.delete",
      ]) {
        const r = await gql(url, AUDIT, { f: { action } }, tokens.city);
        expect(r.errors).toBeUndefined();
        const items = r.data?.auditLog.items as { action: string; actionLabel: string }[];
        expect(items.length).toBeGreaterThan(0);
        expect(new Set(items.map((i) => i.action))).toEqual(new Set([action]));
        labels[action] = items[0]!.actionLabel;
      }
      expect(labels).toEqual({
        "district_inputs.create": "新建区级数据",
        "district_inputs.update": "修改区级数据",
        "city_inputs.create": "新建市级数据",
        "register.create": "新增名录登记",
        "register.update": "修改名录登记",
        "register.delete": "删除名录登记",
      });
    });
    it("refuses an action that is not in the catalogue", async () => {
      const r = await gql(url, AUDIT, { f: { action: "register.drop" } }, tokens.city);
      expect(r.errors?.[0]).toMatchObject({
        message: "操作类型不在目录中",
        extensions: { code: "BAD_USER_INPUT", field: "filter.action" },
      });
    });
  });
});
