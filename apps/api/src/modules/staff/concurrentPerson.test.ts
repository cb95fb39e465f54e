/**
 * Two accounts edit one person at the same moment (issue 11, concurrency), through GraphQL over
 * HTTP as the apps send it, on PGlite and (with DATABASE_URL) PostgreSQL, where the two requests
 * really race on two connections.
 *
 * The person: 海勃湾区 puts 周平 on its 幼儿园 k1's roster, has the record leave (调出), and puts
 * the same person (same 身份证号) on its 小学 p1's roster: one person row, two records of this
 * school year. Then, 20 times, two accounts of 海勃湾区 (each may edit both records) edit at once,
 * one the k1 record's 民族, the other the p1 record's, both with the versions they last read.
 *
 * The two writes touch the same person row (a change of a person's details reaches the person's
 * other records: identity.ts changePersonDetails). Each time, exactly one succeeds and the other
 * answers CONFLICT (the record it read has changed: it shows the other's 民族 now), never a
 * deadlock (40P01) surfaced as an internal error and never both (the second would silently
 * overwrite the first's 民族). Afterwards both records show the winner's 民族.
 */
import { type DbHandle, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { composeIdNumber, schoolYearOf } from "@edu2035/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql, TEST_NOW, TEST_TODAY } from "../../testing.ts";

const MEMBER = "id name ethnicity status version";
const ADD = `mutation($input: AddStaffInput!) { addStaff(input: $input) { staff { ${MEMBER} } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: StaffPatch!) { updateStaff(id: $id, version: $v, patch: $patch) { staff { ${MEMBER} } } }`;
const LEAVE = `mutation($id: ID!, $v: Int!, $s: StaffStatus!, $d: String!) { staffLeave(id: $id, version: $v, status: $s, leftOn: $d) { staff { ${MEMBER} } } }`;

const Y = schoolYearOf(TEST_NOW);
const TODAY = TEST_TODAY;
const TRIES = 20;
const ETHNICITIES = ["回族", "满族", "蒙古族", "达斡尔族"] as const;

describe.each(testBackends())("two accounts editing one person at once on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      // a second account of 海勃湾区 (two clerks of one bureau): both may edit both records
      accounts: (ids) => [
        { username: "haibowan2", displayName: "海勃湾区教育局（二）", level: "district", districtId: ids.d1 },
      ],
      logins: { clerk: "haibowan2", haibowan: "haibowan" },
    });
    ({ handle: h, ids, url, tokens: t } = smallCity);
  }, 120_000);
  afterAll(() => smallCity?.close());

  it(`ends each of ${TRIES} races in one success and one CONFLICT, never a deadlock`, async () => {
    const person = {
      gender: "MALE",
      role: "TEACHER",
      fullTime: true,
      education: "BACHELOR",
      name: "周平",
      birthDate: "1985-03-03",
      ethnicity: "汉族",
      // sequence 135: odd 17th digit → male
      idNumber: composeIdNumber("150302", "1985-03-03", "135"),
    };
    const k = await gql(
      url,
      ADD,
      { input: { ...person, stage: "PRESCHOOL", subject: "PRESCHOOL", schoolId: ids.k1 } },
      t.haibowan,
    );
    expect(k.errors).toBeUndefined();
    const atK1 = k.data?.addStaff.staff.id as string;
    const left = await gql(url, LEAVE, { id: atK1, v: 1, s: "TRANSFERRED_OUT", d: TODAY }, t.haibowan);
    expect(left.errors).toBeUndefined();
    const p = await gql(
      url,
      ADD,
      { input: { ...person, stage: "PRIMARY", subject: "MATHEMATICS", schoolId: ids.p1 } },
      t.haibowan,
    );
    expect(p.errors).toBeUndefined();
    const atP1 = p.data?.addStaff.staff.id as string;
    const record = async (id: string) =>
      (
        await h.db
          .select({ personId: staff.personId, version: staff.version })
          .from(staff)
          .where(eq(staff.id, id))
      )[0]!;
    // one person row behind both records (海勃湾区 may edit both)
    expect((await record(atP1)).personId).toBe((await record(atK1)).personId);

    const outcomes: string[] = [];
    for (let i = 0; i < TRIES; i++) {
      const [vk, vp] = [(await record(atK1)).version, (await record(atP1)).version];
      const clerk = ETHNICITIES[(2 * i) % ETHNICITIES.length]!;
      const district = ETHNICITIES[(2 * i + 1) % ETHNICITIES.length]!;
      const [a, b] = await Promise.all([
        gql(url, UPDATE, { id: atK1, v: vk, patch: { ethnicity: clerk } }, t.clerk),
        gql(url, UPDATE, { id: atP1, v: vp, patch: { ethnicity: district } }, t.haibowan),
      ]);
      const codes = [a, b].map((r) => (r.errors ? String(r.errors[0]?.extensions?.code) : "OK"));
      outcomes.push(codes.join("+"));
      expect([...codes].sort(), `try ${i + 1}: ${JSON.stringify([a.errors, b.errors])}`).toEqual([
        "CONFLICT",
        "OK",
      ]);
      const winner = codes[0] === "OK" ? clerk : district;
      const won = (codes[0] === "OK" ? a.data?.updateStaff.staff : b.data?.updateStaff.staff) as {
        ethnicity: string;
      };
      expect(won.ethnicity).toBe(winner);
      // both records show the winner's 民族: the loser's edit did not land anywhere
      for (const [id, token] of [
        [atK1, t.clerk],
        [atP1, t.haibowan],
      ] as const) {
        const read = await gql(
          url,
          `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { items { id ethnicity } } }`,
          {
            f: {
              schoolYear: Y,
              status: id === atK1 ? "TRANSFERRED_OUT" : "ACTIVE",
              schoolId: id === atK1 ? ids.k1 : ids.p1,
            },
          },
          token,
        );
        const items = (read.data?.staff.items ?? []) as { id: string; ethnicity: string }[];
        const item = items.find((s) => s.id === id);
        expect(item?.ethnicity, `try ${i + 1}, record ${id === atK1 ? "k1" : "p1"}`).toBe(winner);
      }
    }
    expect(outcomes).toHaveLength(TRIES);
  }, 600_000);
});
