/**
 * The 花名册 import's audit rows (issue 15): PostgreSQL makes each person's snapshot from the
 * rows just written (snapshotSql), instead of the API sending one JSON snapshot per person. The
 * trail must read exactly as before: one staff.import entry per person, in the file's order,
 * whose `after` is what snapshot() gives for the stored record and person. Through GraphQL as
 * the apps do (the school imports, its district reads 操作日志), on PGlite and (with
 * DATABASE_URL) PostgreSQL; fixture fixtures/smallCity.ts, school p1 = 海勃湾区第一小学 (小学).
 */
import { type DbHandle, people, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD, type SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { columnOfHeader, openXlsx, saveXlsx } from "../../testing/xlsx.ts";
import { gql, loginAs, TEST_NOW } from "../../testing.ts";
import { snapshot, snapshotSql } from "../staff/mutations.ts";

const Y = schoolYearOf(TEST_NOW);

const TEMPLATE = `query($s: ID!) { staffExcelTemplate(schoolId: $s) { contentBase64 } }`;
const IMPORT = `mutation($s: ID!, $y: Int!, $f: String!) {
  importStaffExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, dryRun: false) {
    created saved errors { row field message } } }`;
const AUDIT = `query($f: AuditFilter!) { auditLog(filter: $f, pageSize: 200) {
  total items { id action actionLabel entityType entityId userName school { name } before after } } }`;

/** A synthetic valid 身份证号 of 乌海市海勃湾区 (GB 11643 check character). */
function idNumber(birthDate: string, male: boolean): string {
  const body = `150302${birthDate.replaceAll("-", "")}${male ? "013" : "012"}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((a, c, i) => a + Number(c) * (weights[i] ?? 0), 0);
  return body + "10X98765432"[sum % 11];
}

const GAO_ID = idNumber("1983-04-05", false);

/** Three people, in file order; 高红 has every optional column filled in. */
const ROWS: Record<string, string | number | Date>[] = [
  {
    姓名: "赵六",
    性别: "男",
    出生日期: "1992-12-01",
    岗位: "教师",
    是否专任教师: "是",
    任教学段: "小学",
    任教学科: "语文",
    最高学历: "专科",
  },
  {
    姓名: "高红",
    性别: "女",
    出生日期: "1983-04-05",
    民族: "蒙古族",
    身份证号: GAO_ID,
    岗位: "教师",
    是否专任教师: "是",
    任教学段: "小学",
    任教学科: "数学",
    最高学历: "研究生",
    教师资格证: "小学教师资格",
    职称: "高级",
    双师型教师: "是",
    骨干教师级别: "市级骨干",
    完成心理健康教育培训: "是",
    继续教育学时: 96,
    入职日期: `${Y}-03-01`,
  },
  {
    姓名: "钱七",
    性别: "男",
    出生日期: "1975-07-15",
    岗位: "副校长",
    是否专任教师: "否",
    最高学历: "本科",
  },
];

describe.each(testBackends())("the 花名册 import's audit rows, on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let p1 = "";
  let haibowan = "";

  beforeAll(async () => {
    smallCity = await smallCityApi(backend);
    ({ handle: h, ids, url } = smallCity);
    p1 = await loginAs(url, "p1", FIXTURE_PASSWORD, "SCHOOL");
    haibowan = await loginAs(url, "haibowan", FIXTURE_PASSWORD, "DISTRICT");
    const wb = await openXlsx(
      (await gql(url, TEMPLATE, { s: ids.p1 }, p1)).data?.staffExcelTemplate.contentBase64,
    );
    const ws = wb.getWorksheet("花名册")!;
    ROWS.forEach((p, i) => {
      for (const [header, v] of Object.entries(p)) ws.getCell(i + 2, columnOfHeader(ws, header)).value = v;
    });
    const r = await gql(url, IMPORT, { s: ids.p1, y: Y, f: await saveXlsx(wb) }, p1);
    expect(r.data?.importStaffExcel).toEqual({ created: 3, saved: true, errors: [] });
  }, 180_000);
  afterAll(() => smallCity?.close());

  /** The stored records of the three people, with their persons, by name. */
  const stored = async () => {
    const rows = await h.db
      .select({ s: staff, p: people })
      .from(staff)
      .innerJoin(people, eq(people.id, staff.personId))
      .where(and(eq(staff.schoolId, ids.p1), eq(staff.schoolYear, Y)));
    return new Map(rows.filter((r) => ROWS.some((x) => x.姓名 === r.p.name)).map((r) => [r.p.name, r]));
  };

  it("one staff.import entry per person, in the file's order, after = snapshot() of the stored rows", async () => {
    const audit = await gql(url, AUDIT, { f: { schoolId: ids.p1, action: "staff.import" } }, haibowan);
    expect(audit.errors).toBeUndefined();
    const items = audit.data?.auditLog.items as {
      id: string;
      entityId: string;
      after: Record<string, unknown>;
    }[];
    expect(audit.data?.auditLog.total).toBe(3);
    // newest first, and the three share one instant: the ids give the order, the file's reversed
    expect(items.map((i) => i.after.name)).toEqual(["钱七", "高红", "赵六"]);
    expect(items[0]).toMatchObject({
      action: "staff.import",
      actionLabel: "Excel导入教职工",
      entityType: "staff",
      userName: "海勃湾区第一小学",
      school: { name: "海勃湾区第一小学" },
      before: null,
    });
    const byName = await stored();
    for (const item of items) {
      const r = byName.get(item.after.name as string)!;
      expect(item.entityId).toBe(r.s.id);
      // what the district may see of the snapshot: birthDate → birthYear, the 身份证号 tail kept
      const { birthDate, ...rest } = snapshot(r.s, r.p);
      expect(item.after).toEqual({ ...rest, birthYear: Number(String(birthDate).slice(0, 4)) });
    }
    // 高红's entry, value by value as the file gave it (codes of the labels; 96 学时)
    expect(items[1]?.after).toEqual({
      schoolYear: Y,
      schoolId: ids.p1,
      districtId: ids.d1,
      name: "高红",
      gender: "female",
      birthYear: 1983,
      ethnicity: "蒙古族",
      idNumberTail: GAO_ID.slice(-4),
      role: "teacher",
      startedOn: `${Y}-03-01`,
      fullTime: true,
      stage: "primary",
      subject: "mathematics",
      education: "postgraduate",
      preschoolMajor: false,
      teacherCertificate: "primary",
      title: "senior",
      dualQualified: true,
      backboneLevel: "city",
      mentalHealthTrained: true,
      counsellingCertificate: false,
      bilingual: false,
      trainingHours: 96,
      status: "active",
      leftOn: null,
      version: 1,
    });
    expect(JSON.stringify(audit.data)).not.toContain(GAO_ID);
  });

  it("snapshotSql gives the very JSON snapshot() gives, for every record of the school", async () => {
    const rows = await h.db
      .select({ s: staff, p: people, json: sql<Record<string, unknown>>`${snapshotSql}` })
      .from(staff)
      .innerJoin(people, eq(people.id, staff.personId))
      .where(eq(staff.schoolId, ids.p1))
      .orderBy(asc(staff.id));
    // the fixture's 6 records of the school (甲一 … 甲六, fixtures/smallCity.ts) + the 3 imported
    expect(rows).toHaveLength(9);
    for (const r of rows) expect(r.json).toEqual(snapshot(r.s, r.p));
  });
});
