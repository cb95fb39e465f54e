/**
 * The review queue's lateness fields (截止时间, 首次提交时间, 最近提交时间, 逾期) through GraphQL over
 * HTTP on PGlite and (with DATABASE_URL) PostgreSQL. Fixture: fixtures/smallCity.ts, the 2025
 * reports given these times (Beijing time, UTC+8) and the deadline 2025-10-10 24:00 Beijing time
 * = 2025-10-10T16:00:00Z (the tests run after it):
 *
 *   海勃湾区 D1: P1 小学   approved, first 2025-10-01 10:00 (02:00Z), last 2025-10-15 09:00 (01:00Z)
 *                          → on time: resubmitted after the deadline, first submitted before it
 *                K1 幼儿园 submitted, first 2025-10-20 09:00 (01:00Z), last 2025-10-22 09:00 (01:00Z)
 *                          → 逾期: first submitted after the deadline
 *                V1 中职   no report → 逾期: not submitted by the deadline; no times
 *   海南区   D2: N2 九年一贯制 approved, stored without a first submission (a row from before the
 *                          column), last 2025-10-05 15:00 (07:00Z) → first = last, on time
 *                K2 幼儿园 no report → 逾期
 */
import { schoolReports } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql } from "../../testing.ts";

const SET = `mutation($y: Int!, $d: DateTime!) { setReportingPeriod(schoolYear: $y, deadline: $d) { period { deadline } } }`;
const QUEUE = `query($d: ID!, $y: Int!) { reportQueue(districtId: $d, schoolYear: $y) {
  deadline entries { school { name } statusLabel firstSubmittedAt submittedAt late } } }`;
const DEADLINE = "2025-10-10T16:00:00.000Z";

describe.each(testBackends())("the review queue's lateness on $name", (backend) => {
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      async prepare(h, ids) {
        const at = (schoolId: string, first: string | null, last: string) =>
          h.db
            .update(schoolReports)
            .set({ firstSubmittedAt: first ? new Date(first) : null, submittedAt: new Date(last) })
            .where(and(eq(schoolReports.schoolId, schoolId), eq(schoolReports.schoolYear, 2025)));
        await at(ids.p1, "2025-10-01T10:00:00+08:00", "2025-10-15T09:00:00+08:00");
        await at(ids.k1, "2025-10-20T09:00:00+08:00", "2025-10-22T09:00:00+08:00");
        await at(ids.n2, null, "2025-10-05T15:00:00+08:00");
      },
      logins: ["city", "haibowan", "hainan"],
    });
    ({ ids, url, tokens: t } = smallCity);
  }, 120_000);
  afterAll(() => smallCity?.close());

  it("without a reporting period: no deadline and nothing late", async () => {
    const r = await gql(url, QUEUE, { d: ids.d1, y: 2025 }, t.haibowan);
    expect(r.errors).toBeUndefined();
    expect(r.data?.reportQueue.deadline).toBeNull();
    expect(r.data?.reportQueue.entries.map((e: { late: boolean }) => e.late)).toEqual([false, false, false]);
  });

  it("gives each school its first and last submission and 逾期 judged on the first", async () => {
    const set = await gql(url, SET, { y: 2025, d: DEADLINE }, t.city);
    expect(set.errors).toBeUndefined();
    const d1 = await gql(url, QUEUE, { d: ids.d1, y: 2025 }, t.haibowan);
    expect(d1.errors).toBeUndefined();
    expect(d1.data?.reportQueue).toEqual({
      deadline: DEADLINE,
      entries: [
        {
          school: { name: "海勃湾区第一小学" },
          statusLabel: "已审核",
          firstSubmittedAt: "2025-10-01T02:00:00.000Z",
          submittedAt: "2025-10-15T01:00:00.000Z",
          late: false,
        },
        {
          school: { name: "海勃湾区第一幼儿园" },
          statusLabel: "已提交",
          firstSubmittedAt: "2025-10-20T01:00:00.000Z",
          submittedAt: "2025-10-22T01:00:00.000Z",
          late: true,
        },
        {
          school: { name: "乌海市职业学校" },
          statusLabel: "未填报",
          firstSubmittedAt: null,
          submittedAt: null,
          late: true,
        },
      ],
    });
    // the city reads 海南区's queue: N2's row without a first submission falls back on its last
    const d2 = await gql(url, QUEUE, { d: ids.d2, y: 2025 }, t.city);
    expect(d2.errors).toBeUndefined();
    expect(d2.data?.reportQueue.entries).toEqual([
      {
        school: { name: "海南区九年一贯制学校" },
        statusLabel: "已审核",
        firstSubmittedAt: "2025-10-05T07:00:00.000Z",
        submittedAt: "2025-10-05T07:00:00.000Z",
        late: false,
      },
      {
        school: { name: "海南区第二幼儿园" },
        statusLabel: "未填报",
        firstSubmittedAt: null,
        submittedAt: null,
        late: true,
      },
    ]);
  });
});
