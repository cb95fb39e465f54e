/**
 * 确认本年度无此类事项 and the register entries of its kind never stand together (tester M1, m1):
 * an entry written for a confirmed (kind, year) withdraws the confirmation in its transaction,
 * audited (register.withdraw_empty with the reason); deleting the entry leaves the register
 * unreported (无数据), never a 0 read from a confirmation made before the entry; a confirmation
 * and an entry sent at the same moment never both stand; an entry may not start in a school year
 * not begun. Through GraphQL as the city app does, on PGlite and PostgreSQL (the small city, no
 * register entry, clock at TEST_NOW: current school year 2026—2027, nothing published).
 */
import { auditLog, registerConfirmations } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql } from "../../testing.ts";

const RESULTS = `query($y: Int!, $ids: [ID!]) {
  targetResults(unit: { level: CITY }, schoolYear: $y, targetIds: $ids) { target { id } value reason status }
}`;
const CREATE = `mutation($input: RegisterEntryInput!) { createRegisterEntry(input: $input) { entry { id version } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: RegisterEntryInput!) {
  updateRegisterEntry(id: $id, version: $v, input: $input) { entry { id version } } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteRegisterEntry(id: $id, version: $v) { id } }`;
const CONFIRM = `mutation($k: RegisterKind!, $y: Int!) {
  confirmRegisterEmpty(kind: $k, schoolYear: $y) { confirmation { kind schoolYear } } }`;
const LIST = `query($y: Int!) { registerConfirmations(schoolYear: $y) { kind } }`;
const ENTRIES = `query($k: RegisterKind!, $y: Int!) { registerEntries(filter: { kind: $k, schoolYear: $y }) { id } }`;

describe.each(testBackends())("a register confirmation and the entries of its kind, on $name", (backend) => {
  let api: SmallCityApi<"city">;

  beforeAll(async () => {
    api = await smallCityApi(backend, { logins: ["city"] });
  }, 120_000);
  afterAll(() => api?.close());

  const send = (query: string, variables: Record<string, unknown>) =>
    gql(api.url, query, variables, api.tokens.city);
  const confirmed = async (y: number) =>
    (((await send(LIST, { y })).data?.registerConfirmations ?? []) as { kind: string }[]).map((c) => c.kind);
  const b28 = async (y: number) => (await send(RESULTS, { y, ids: ["B28"] })).data?.targetResults[0];

  it("withdraws the confirmation when an entry is added, and reads 无数据 (not 0) once it is deleted", async () => {
    const c = await send(CONFIRM, { k: "UNDERGRADUATE_UPGRADE", y: 2026 });
    expect(c.errors).toBeUndefined();
    // confirmed empty: B28 (flag, 2025 milestone = 1) reads 0
    expect(await b28(2026)).toMatchObject({ value: 0, reason: null });

    const created = await send(CREATE, {
      input: { kind: "UNDERGRADUATE_UPGRADE", name: "测试升本", fromYear: 2026 },
    });
    expect(created.errors).toBeUndefined();
    const entry = created.data?.createRegisterEntry.entry as { id: string; version: number };
    expect(await confirmed(2026)).not.toContain("UNDERGRADUATE_UPGRADE");
    expect(await b28(2026)).toMatchObject({ value: 1, status: "MET" });
    const audits = await api.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "register.withdraw_empty"));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toEqual({
      kind: "undergraduate_upgrade",
      schoolYear: 2026,
      reason: "新增登记“测试升本”",
      registerId: entry.id,
    });

    const deleted = await send(DELETE, { id: entry.id, v: entry.version });
    expect(deleted.errors).toBeUndefined();
    expect(await b28(2026)).toMatchObject({
      value: null,
      status: "NO_DATA",
      reason: "本年度尚无登记，也未确认无此类事项",
    });
  }, 60_000);

  it("withdraws only the years an entry comes to count in, on create and on update", async () => {
    for (const y of [2024, 2025]) {
      const c = await send(CONFIRM, { k: "HIGH_LEVEL_VOCATIONAL_SCHOOL", y });
      expect(c.errors).toBeUndefined();
    }
    const created = await send(CREATE, {
      input: { kind: "HIGH_LEVEL_VOCATIONAL_SCHOOL", name: "高水平职业院校甲", fromYear: 2024, toYear: 2024 },
    });
    expect(created.errors).toBeUndefined();
    const entry = created.data?.createRegisterEntry.entry as { id: string; version: number };
    expect(await confirmed(2024)).not.toContain("HIGH_LEVEL_VOCATIONAL_SCHOOL");
    expect(await confirmed(2025)).toContain("HIGH_LEVEL_VOCATIONAL_SCHOOL");

    const updated = await send(UPDATE, {
      id: entry.id,
      v: entry.version,
      input: { kind: "HIGH_LEVEL_VOCATIONAL_SCHOOL", name: "高水平职业院校甲", fromYear: 2024, toYear: 2025 },
    });
    expect(updated.errors).toBeUndefined();
    expect(await confirmed(2025)).not.toContain("HIGH_LEVEL_VOCATIONAL_SCHOOL");
    const reasons = (
      await api.handle.db.select().from(auditLog).where(eq(auditLog.action, "register.withdraw_empty"))
    ).map((a) => (a.after as { schoolYear: number; reason: string }).reason);
    expect(reasons).toContain("修改登记“高水平职业院校甲”");
  }, 60_000);

  it("does not revive a confirmation stored beside an entry (made before entries withdrew them)", async () => {
    const created = await send(CREATE, {
      input: { kind: "UNDERGRADUATE_UPGRADE", name: "测试升本2", fromYear: 2025, toYear: 2025 },
    });
    expect(created.errors).toBeUndefined();
    const entry = created.data?.createRegisterEntry.entry as { id: string; version: number };
    // as a database written before this rule could hold it
    await api.handle.db
      .insert(registerConfirmations)
      .values({ kind: "undergraduate_upgrade", schoolYear: 2025 });
    expect(await confirmed(2025)).toContain("UNDERGRADUATE_UPGRADE");
    const deleted = await send(DELETE, { id: entry.id, v: entry.version });
    expect(deleted.errors).toBeUndefined();
    expect(await confirmed(2025)).not.toContain("UNDERGRADUATE_UPGRADE");
    expect(await b28(2025)).toMatchObject({ value: null, status: "NO_DATA" });
  }, 60_000);

  it("never keeps both when a confirmation and an entry are sent at the same moment", async () => {
    const kinds = ["BRAND_COURSE", "VOCATIONAL_GROUP", "TRAINING_BASE", "SCHOOL_ENTERPRISE_BRAND"];
    for (const [i, k] of kinds.entries()) {
      const input = { kind: k, name: `同时登记${i}`, fromYear: 2026, quantity: 1 };
      const [c, e] = await Promise.all([
        send(CONFIRM, { k, y: 2026 }),
        send(CREATE, { input: { ...input } }),
      ]);
      expect(e.errors, k).toBeUndefined();
      const stillConfirmed = (await confirmed(2026)).includes(k);
      const entries = (await send(ENTRIES, { k, y: 2026 })).data?.registerEntries as unknown[];
      expect(entries, k).toHaveLength(1);
      // the entry counts, so the confirmation must not stand: withdrawn (confirm first) or refused
      expect(stillConfirmed, k).toBe(false);
      if (c.errors) expect(c.errors[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "kind" });
    }
  }, 120_000);

  it("refuses an entry starting in a school year not begun, naming fromYear", async () => {
    const r = await send(CREATE, {
      input: { kind: "UNDERGRADUATE_UPGRADE", name: "测试升本3", fromYear: 2027 },
    });
    expect(r.errors?.[0]).toMatchObject({
      message: "不能填报未来学年的登记条目（当前为2026—2027学年）",
      extensions: { code: "BAD_USER_INPUT", field: "fromYear" },
    });
    expect(await send(ENTRIES, { k: "UNDERGRADUATE_UPGRADE", y: 2027 })).toMatchObject({
      data: { registerEntries: [] },
    });
  }, 60_000);
});
