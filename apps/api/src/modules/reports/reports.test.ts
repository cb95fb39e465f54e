/**
 * Annual reports through GraphQL over HTTP, once per role, on PGlite and (with DATABASE_URL)
 * PostgreSQL: the full cycle draft → submit → return → resubmit → approve → reopen, refusals,
 * concurrent edits, a bad report, the review queue's flags and the audit trail. Values worked
 * out by hand in the comments (fixture: fixtures/smallCity.ts).
 */
import { type DbHandle, schoolReportGrades, schoolReports } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { PRIMARY_REPORT, primaryGrade, reportOperations } from "../../testing/reportCycle.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql, TEST_NOW } from "../../testing.ts";

const REPORT_FIELDS = `id status statusLabel version healthTested healthPassed healthGoodOrExcellent equipmentValue
  totalStudents submittedAt reviewedAt reviewedBy reviewComment updatedBy
  grades { stage grade label students classes largeClasses oversizedClasses disabledStudents } school { name }`;
const { SAVE, SUBMIT, RETURN, APPROVE, REOPEN } = reportOperations(REPORT_FIELDS);
const GET = `query($s: ID!, $y: Int!) { schoolReport(schoolId: $s, schoolYear: $y) { ${REPORT_FIELDS} } }`;
const B11 = `query($s: ID!, $y: Int!) { targetResults(unit: {level: SCHOOL, id: $s}, schoolYear: $y, targetIds: ["B11", "B12"]) {
  target { id } value numerator denominator status } }`;
const QUEUE = `query($d: ID!, $y: Int!) { reportQueue(districtId: $d, schoolYear: $y) {
  district { name } schoolYear counts { key label count }
  entries { school { name } status statusLabel submittedAt version totalStudents flags { kind field message } } } }`;
const AUDIT = `query($f: AuditFilter!) { auditLog(filter: $f, pageSize: 100) {
  total items { action actionLabel entityType userName school { name } district { name } before after } } }`;

/** The current school year: reports cannot be filed for a later one. */
const Y = schoolYearOf(TEST_NOW);

/**
 * P1's report (a primary school, testing/reportCycle.ts): 2 grades of 150 pupils in 4 classes = 300
 * pupils; tested 300, passed 282 (B11 = 94%), good 105 (B12 = 35%); no review flags.
 */
const p1Content = { ...PRIMARY_REPORT, notes: "按统计时点填报" };

type Ext = { code?: string; field?: string; reason?: string; issues?: { field: string; message: string }[] };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;

describe.each(testBackends())("annual reports on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, { logins: ["city", "haibowan", "hainan", "p1", "n2"] });
    ({ handle: h, ids, url, tokens: t } = smallCity);
  });
  afterAll(() => smallCity?.close());

  describe("the full cycle for 海勃湾区第一小学", () => {
    const vars = () => ({ s: ids.p1, y: Y });
    let version = 0;

    it("has no report and no B11 value before it starts", async () => {
      expect((await gql(url, GET, vars(), t.p1)).data?.schoolReport).toBeNull();
      const r = await gql(url, B11, vars(), t.p1);
      expect(r.data?.targetResults[0]).toMatchObject({ value: null, status: "NO_DATA" });
    });

    it("creates a draft, refuses to submit it incomplete, naming every missing field", async () => {
      const { healthTested: _t, healthPassed: _p, healthGoodOrExcellent: _g, ...partial } = p1Content;
      const r = await gql(
        url,
        SAVE,
        { input: { schoolId: ids.p1, schoolYear: Y, version: null, ...partial } },
        t.p1,
      );
      expect(r.errors).toBeUndefined();
      const rep = r.data?.saveReportDraft.report;
      expect(rep).toMatchObject({
        status: "DRAFT",
        statusLabel: "草稿",
        version: 1,
        healthTested: null,
        totalStudents: 300,
        updatedBy: "海勃湾区第一小学",
        school: { name: "海勃湾区第一小学" },
      });
      expect(rep.grades[0]).toEqual({
        stage: "PRIMARY",
        grade: 1,
        label: "一年级",
        students: 150,
        classes: 4,
        largeClasses: 0,
        oversizedClasses: 0,
        disabledStudents: 0,
      });
      const s = await gql(url, SUBMIT, { ...vars(), v: 1 }, t.p1);
      expect(ext(s)).toMatchObject({ code: "BAD_USER_INPUT", field: "healthTested" });
      expect(ext(s).issues).toEqual([
        { field: "healthTested", message: "请填写体质健康测试参加人数" },
        { field: "healthPassed", message: "请填写体质健康测试合格及以上人数" },
        { field: "healthGoodOrExcellent", message: "请填写体质健康测试良好及优秀人数" },
      ]);
      expect((await gql(url, GET, vars(), t.p1)).data?.schoolReport).toMatchObject({
        status: "DRAFT",
        version: 1,
      });
      version = 1;
    });

    it("saves the complete draft and submits it", async () => {
      const r = await gql(
        url,
        SAVE,
        { input: { schoolId: ids.p1, schoolYear: Y, version, ...p1Content } },
        t.p1,
      );
      expect(r.data?.saveReportDraft.report).toMatchObject({
        version: 2,
        healthPassed: 282,
        status: "DRAFT",
      });
      const s = await gql(url, SUBMIT, { ...vars(), v: 2 }, t.p1);
      expect(s.data?.submitReport.report).toMatchObject({
        status: "SUBMITTED",
        statusLabel: "已提交",
        version: 3,
      });
      expect(s.data?.submitReport.report.submittedAt).toBeTruthy();
      version = 3;
    });

    it("refuses the school editing its submitted report", async () => {
      const r = await gql(
        url,
        SAVE,
        { input: { schoolId: ids.p1, schoolYear: Y, version, ...p1Content } },
        t.p1,
      );
      expect(ext(r)).toMatchObject({ code: "CONFLICT", reason: "STATE" });
      expect(r.errors?.[0]?.message).toBe("已提交的年报不能修改，请等待审核或退回");
    });

    it("refuses another district, the city and the school reviewing it", async () => {
      for (const token of [t.hainan, t.city, t.p1]) {
        const r = await gql(url, APPROVE, { ...vars(), v: version }, token);
        expect(ext(r).code).toBe("FORBIDDEN");
      }
      const other = await gql(url, RETURN, { ...vars(), v: version, c: "x" }, t.hainan);
      expect(ext(other).code).toBe("FORBIDDEN");
      expect((await gql(url, GET, vars(), t.p1)).data?.schoolReport).toMatchObject({
        status: "SUBMITTED",
        version,
      });
    });

    it("lets the district return it with a comment the school sees", async () => {
      const empty = await gql(url, RETURN, { ...vars(), v: version, c: "  " }, t.haibowan);
      expect(ext(empty)).toMatchObject({ code: "BAD_USER_INPUT", field: "comment" });
      const r = await gql(url, RETURN, { ...vars(), v: version, c: "体质健康优良人数请核对" }, t.haibowan);
      expect(r.data?.returnReport.report).toMatchObject({ status: "RETURNED", version: 4 });
      const seen = (await gql(url, GET, vars(), t.p1)).data?.schoolReport;
      expect(seen).toMatchObject({
        status: "RETURNED",
        statusLabel: "已退回",
        reviewComment: "体质健康优良人数请核对",
        reviewedBy: "海勃湾区教育局",
      });
      version = 4;
    });

    it("lets the school correct and resubmit it", async () => {
      const r = await gql(
        url,
        SAVE,
        { input: { schoolId: ids.p1, schoolYear: Y, version, ...p1Content } },
        t.p1,
      );
      // a returned report stays returned until resubmitted
      expect(r.data?.saveReportDraft.report).toMatchObject({ status: "RETURNED", version: 5 });
      const s = await gql(url, SUBMIT, { ...vars(), v: 5 }, t.p1);
      expect(s.data?.submitReport.report).toMatchObject({ status: "SUBMITTED", version: 6 });
      version = 6;
    });

    it("refuses an approval on a stale version, then approves; B11 and B12 then count it", async () => {
      const stale = await gql(url, APPROVE, { ...vars(), v: 5 }, t.haibowan);
      expect(ext(stale)).toMatchObject({ code: "CONFLICT", reason: "VERSION" });
      expect(stale.errors?.[0]?.message).toContain("已被他人修改");
      const r = await gql(url, APPROVE, { ...vars(), v: version }, t.haibowan);
      expect(r.data?.approveReport.report).toMatchObject({
        status: "APPROVED",
        statusLabel: "已审核",
        version: 7,
      });
      version = 7;
      // 282 / 300 = 94%; 105 / 300 = 35%
      const b = (await gql(url, B11, vars(), t.p1)).data?.targetResults;
      expect(b).toEqual([
        { target: { id: "B11" }, value: 94, numerator: 282, denominator: 300, status: expect.any(String) },
        { target: { id: "B12" }, value: 35, numerator: 105, denominator: 300, status: expect.any(String) },
      ]);
      const locked = await gql(
        url,
        SAVE,
        { input: { schoolId: ids.p1, schoolYear: Y, version, ...p1Content } },
        t.p1,
      );
      expect(ext(locked)).toMatchObject({ code: "CONFLICT", reason: "STATE" });
    });

    it("lets the district reopen it with a reason; its figures stop counting", async () => {
      const noReason = await gql(url, REOPEN, { ...vars(), v: version, r: "" }, t.haibowan);
      expect(ext(noReason)).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
      const r = await gql(url, REOPEN, { ...vars(), v: version, r: "设备值填报有误，请更正" }, t.haibowan);
      expect(r.data?.reopenReport.report).toMatchObject({
        status: "RETURNED",
        version: 8,
        reviewComment: "设备值填报有误，请更正",
      });
      const b = (await gql(url, B11, vars(), t.p1)).data?.targetResults;
      expect(b[0]).toMatchObject({ value: null, status: "NO_DATA" });
      const again = await gql(url, REOPEN, { ...vars(), v: 8, r: "再次" }, t.haibowan);
      expect(ext(again)).toMatchObject({ code: "CONFLICT", reason: "STATE" });
    });

    it("keeps every step in the audit trail with before and after", async () => {
      const r = await gql(url, AUDIT, { f: { schoolId: ids.p1, action: null } }, t.haibowan);
      const items = r.data?.auditLog.items.filter(
        (i: { entityType: string }) => i.entityType === "school_report",
      );
      expect(items.map((i: { action: string }) => i.action)).toEqual([
        "report.reopen",
        "report.approve",
        "report.submit",
        "report.save",
        "report.return",
        "report.submit",
        "report.save",
        "report.save",
      ]);
      const approve = items[1];
      expect(approve).toMatchObject({
        actionLabel: "审核通过年报",
        userName: "海勃湾区教育局",
        school: { name: "海勃湾区第一小学" },
        district: { name: "海勃湾区" },
      });
      expect(approve.before).toMatchObject({ status: "submitted", version: 6, healthPassed: 282 });
      expect(approve.after).toMatchObject({ status: "approved", version: 7 });
      const created = items[7];
      expect(created.before).toBeNull();
      expect(created.after).toMatchObject({ status: "draft", version: 1, healthTested: null });
      expect(created.after.grades).toHaveLength(2);
      // the city reads it too; another district and the school do not
      const city = await gql(url, AUDIT, { f: { districtId: ids.d1 } }, t.city);
      expect(city.data?.auditLog.total).toBeGreaterThanOrEqual(8);
      expect(ext(await gql(url, AUDIT, { f: { schoolId: ids.p1 } }, t.hainan)).code).toBe("FORBIDDEN");
      expect(ext(await gql(url, AUDIT, { f: {} }, t.p1)).code).toBe("FORBIDDEN");
    });
  });

  describe("refusals and conflicts", () => {
    it("refuses a bad report, naming every issue, and saves nothing", async () => {
      const bad = {
        ...p1Content,
        schoolId: ids.n2,
        schoolYear: Y,
        version: null,
        healthPassed: 400,
        equipmentValue: -1,
        grades: [
          { ...primaryGrade(1, 100, 2, 3) },
          {
            stage: "SENIOR_SECONDARY",
            grade: 10,
            students: 10,
            classes: 1,
            largeClasses: 0,
            oversizedClasses: 0,
            disabledStudents: 0,
          },
        ],
      };
      const r = await gql(url, SAVE, { input: bad }, t.n2);
      expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "equipmentValue" });
      expect(r.errors?.[0]?.message).toBe("教学仪器设备资产值不能为负数");
      expect(ext(r).issues?.map((i) => i.field)).toEqual([
        "equipmentValue",
        "healthPassed",
        "grades.0.largeClasses",
        "grades.0.students",
        "grades.1.stage",
        "healthTested",
      ]);
      expect(ext(r).issues?.[4]?.message).toBe("第 2 行：九年一贯制学校不设普通高中学段（可填：小学、初中）");
      expect((await gql(url, GET, { s: ids.n2, y: Y }, t.n2)).data?.schoolReport).toBeNull();
    });

    it("refuses a school another school's report and a future year", async () => {
      const r = await gql(url, SAVE, { input: { schoolId: ids.n2, schoolYear: Y, grades: [] } }, t.p1);
      expect(ext(r).code).toBe("FORBIDDEN");
      const d = await gql(url, SAVE, { input: { schoolId: ids.n2, schoolYear: Y, grades: [] } }, t.hainan);
      expect(ext(d).code).toBe("FORBIDDEN");
      const read = await gql(url, GET, { s: ids.n2, y: Y }, t.p1);
      expect(ext(read).code).toBe("FORBIDDEN");
      const future = await gql(
        url,
        SAVE,
        { input: { schoolId: ids.n2, schoolYear: Y + 1, grades: [] } },
        t.n2,
      );
      expect(ext(future)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    });

    it("lets one of two concurrent edits win and refuses the other, keeping the first's data", async () => {
      const created = await gql(
        url,
        SAVE,
        { input: { schoolId: ids.n2, schoolYear: Y, version: null, grades: [] } },
        t.n2,
      );
      const v = created.data?.saveReportDraft.report.version;
      expect(v).toBe(1);
      const edit = (equipmentValue: number) =>
        gql(
          url,
          SAVE,
          { input: { schoolId: ids.n2, schoolYear: Y, version: v, equipmentValue, grades: [] } },
          t.n2,
        );
      const [a, b] = await Promise.all([edit(111111), edit(222222)]);
      const ok = [a, b].filter((r) => !r.errors);
      const refused = [a, b].filter((r) => r.errors);
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(ext(refused[0]!)).toMatchObject({ code: "CONFLICT", reason: "VERSION" });
      const winner = ok[0]!.data?.saveReportDraft.report.equipmentValue;
      const stored = (await gql(url, GET, { s: ids.n2, y: Y }, t.n2)).data?.schoolReport;
      expect(stored).toMatchObject({ version: 2, equipmentValue: winner });
      // two creations at once: one report, the other CONFLICT
      const create = () =>
        gql(url, SAVE, { input: { schoolId: ids.p1, schoolYear: Y - 3, version: null, grades: [] } }, t.p1);
      const both = await Promise.all([create(), create()]);
      expect(both.filter((r) => r.errors).map((r) => ext(r).code)).toEqual(["CONFLICT"]);
    });
  });

  describe("the review queue", () => {
    /**
     * N2 (九年一贯制) last year, approved: equipment 1,000,000 元; this year's draft: 600,000 元
     * (−40%: flagged); 初一 230 pupils in 4 classes (57.5 per class: 大班额, flagged; one 大班额
     * class declared, 3 × 55 + 65 = 230 fits); 200 primary + 230 junior pupils = 430; C6 standard
     * (200 × 2000 + 230 × 2500) / 430 = 2267.44, value 600000 / 430 = 1395.35: flagged. C4
     * 5500 / 430 = 12.79 ≥ 5.19, C5 8500 / 430 = 19.77 ≥ 8.94, C7 2000 / 430 = 4.65 ≥ 2.35: fine.
     * The roster has no full-time teachers this year: no roster comparison.
     */
    it("lists every school of the district with its status and the figures that look wrong", async () => {
      const [last] = await h.db
        .update(schoolReports)
        .set({
          equipmentValue: 1_000_000,
          teachingAuxiliaryArea: 6000,
          indoorSportsArea: 500,
          outdoorSportsArea: 8000,
          multimediaClassrooms: 20,
        })
        .where(and(eq(schoolReports.schoolId, ids.n2), eq(schoolReports.schoolYear, 2025)))
        .returning();
      await h.db.insert(schoolReportGrades).values([
        { reportId: last!.id, stage: "primary", grade: 1, students: 200, classes: 5 },
        { reportId: last!.id, stage: "junior_secondary", grade: 7, students: 200, classes: 5 },
      ]);
      const current = (await gql(url, GET, { s: ids.n2, y: Y }, t.n2)).data?.schoolReport;
      const r = await gql(
        url,
        SAVE,
        {
          input: {
            schoolId: ids.n2,
            schoolYear: Y,
            version: current.version,
            equipmentValue: 600000,
            teachingAuxiliaryArea: 6000,
            indoorSportsArea: 500,
            outdoorSportsArea: 8000,
            multimediaClassrooms: 20,
            grades: [
              primaryGrade(1, 200, 5),
              {
                stage: "JUNIOR_SECONDARY",
                grade: 7,
                students: 230,
                classes: 4,
                largeClasses: 1,
                oversizedClasses: 0,
                disabledStudents: 0,
              },
            ],
          },
        },
        t.n2,
      );
      expect(r.errors).toBeUndefined();
      const q = await gql(url, QUEUE, { d: ids.d2, y: Y }, t.hainan);
      const queue = q.data?.reportQueue;
      expect(queue.district).toEqual({ name: "海南区" });
      expect(queue.entries).toEqual([
        {
          school: { name: "海南区九年一贯制学校" },
          status: "DRAFT",
          statusLabel: "草稿",
          submittedAt: null,
          version: 3,
          totalStudents: 430,
          flags: [
            {
              kind: "YEAR_ON_YEAR",
              field: "equipmentValue",
              message: "教学仪器设备资产值比上一学年减少 40%（1000000 → 600000 元），超过 30%",
            },
            {
              kind: "CLASS_SIZE",
              field: "grades",
              message: "初中初一平均班额 57.5 人，达到大班额（56 人及以上）",
            },
            {
              kind: "BELOW_STANDARD",
              field: "equipmentValue",
              message: "生均教学仪器设备值 1395.35 元，低于优质均衡标准 2267.44 元（C6）",
            },
          ],
        },
        {
          school: { name: "海南区第二幼儿园" },
          status: null,
          statusLabel: "未填报",
          submittedAt: null,
          version: null,
          totalStudents: null,
          flags: [],
        },
      ]);
      expect(queue.counts).toEqual([
        { key: "not_started", label: "未填报", count: 1 },
        { key: "draft", label: "草稿", count: 1 },
        { key: "submitted", label: "已提交", count: 0 },
        { key: "returned", label: "已退回", count: 0 },
        { key: "approved", label: "已审核", count: 0 },
      ]);
    });

    it("shows 海勃湾区's queue to the city, and refuses other districts and schools", async () => {
      const q = await gql(url, QUEUE, { d: ids.d1, y: Y }, t.city);
      expect(
        q.data?.reportQueue.entries.map((e: { school: { name: string }; statusLabel: string }) => [
          e.school.name,
          e.statusLabel,
        ]),
      ).toEqual([
        ["海勃湾区第一小学", "已退回"],
        ["海勃湾区第一幼儿园", "未填报"],
        ["乌海市职业学校", "未填报"],
      ]);
      expect(ext(await gql(url, QUEUE, { d: ids.d1, y: Y }, t.hainan)).code).toBe("FORBIDDEN");
      expect(ext(await gql(url, QUEUE, { d: ids.d1, y: Y }, t.p1)).code).toBe("FORBIDDEN");
    });
  });
});

/**
 * A kindergarten's 年报 (海南区第二幼儿园 K2, an account added here), for the current year Y:
 * 小班 56 children in 2 classes (28 a class > 25), 中班 60 in 2 (30 = 30), 大班 72 in 2 (36 > 35),
 * no 体质健康 and no 中小学 B-items. It saves and submits; the district's queue flags 小班 and 大班
 * against 《幼儿园工作规程》, never the 中小学 大班额 (56+). A 大班额 count is refused, naming the row.
 */
describe.each(testBackends())("a kindergarten's annual report on $name", (backend) => {
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;
  const row = (g: number, students: number, classes: number, large = 0) => ({
    stage: "PRESCHOOL",
    grade: g,
    students,
    classes,
    largeClasses: large,
    oversizedClasses: 0,
    disabledStudents: 0,
  });
  const content = {
    staffTotal: 20,
    fullTimeTeachers: 12,
    teachingAuxiliaryArea: 1500,
    indoorSportsArea: 100,
    outdoorSportsArea: 1200,
    equipmentValue: 300000,
    multimediaClassrooms: 6,
    wirelessFullCoverage: true,
    grades: [row(1, 56, 2), row(2, 60, 2), row(3, 72, 2)],
  };

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      accounts: (ids) => [
        { username: "k2", displayName: "海南区第二幼儿园", level: "school", schoolId: ids.k2 },
      ],
      logins: ["hainan", "k2"],
    });
    ({ ids, url, tokens: t } = smallCity);
  });
  afterAll(() => smallCity?.close());

  it("refuses a 大班额 count, which a kindergarten does not report", async () => {
    const input = { schoolId: ids.k2, schoolYear: Y, version: null, ...content, grades: [row(3, 72, 2, 1)] };
    const r = await gql(url, SAVE, { input }, t.k2);
    expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "grades.0.largeClasses" });
    expect(ext(r).issues).toEqual([
      {
        field: "grades.0.largeClasses",
        message:
          "学前教育大班：幼儿园不填报大班额（56—65人）班级数（应为 0），班额按《幼儿园工作规程》核对：小班 25 人、中班 30 人、大班 35 人、混合班 30 人",
      },
    ]);
  });

  it("submits without 体质健康 or B-items; the queue flags classes over 25/30/35, not 大班额", async () => {
    const saved = await gql(
      url,
      SAVE,
      { input: { schoolId: ids.k2, schoolYear: Y, version: null, ...content } },
      t.k2,
    );
    expect(saved.errors).toBeUndefined();
    const s = await gql(url, SUBMIT, { s: ids.k2, y: Y, v: 1 }, t.k2);
    expect(s.errors).toBeUndefined();
    expect(s.data?.submitReport.report).toMatchObject({ status: "SUBMITTED", totalStudents: 188 });
    const q = await gql(url, QUEUE, { d: ids.d2, y: Y }, t.hainan);
    const k2 = q.data?.reportQueue.entries.find(
      (e: { school: { name: string } }) => e.school.name === "海南区第二幼儿园",
    );
    expect(k2.flags).toEqual([
      {
        kind: "CLASS_SIZE",
        field: "grades",
        message: "幼儿园小班平均班额 28 人，超过《幼儿园工作规程》规定的每班 25 人",
      },
      {
        kind: "CLASS_SIZE",
        field: "grades",
        message: "幼儿园大班平均班额 36 人，超过《幼儿园工作规程》规定的每班 35 人",
      },
    ]);
  });
});
