/**
 * The audit trail keeps no foreign keys (migration 0018, issue 15): an entry names an account and
 * a unit as they were, is written without checking three parent tables, and stays as written
 * whatever becomes of them (the user's `on delete set null` used to rewrite old entries).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client.ts";
import { testBackends } from "../testing/index.ts";

const rowsOf = (r: unknown): Record<string, unknown>[] =>
  Array.isArray(r) ? r : ((r as { rows: Record<string, unknown>[] }).rows ?? []);

describe.each(testBackends())("audit_log without foreign keys on $name", (backend) => {
  let h: DbHandle;

  beforeAll(async () => {
    h = await backend.open();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it("has no foreign key constraint", async () => {
    const fks = rowsOf(
      await h.db.execute(
        sql`select conname from pg_constraint where conrelid = 'audit_log'::regclass and contype = 'f'`,
      ),
    );
    expect(fks).toEqual([]);
  });

  it("keeps an entry's account and unit ids as written, with no such rows and after a user is deleted", async () => {
    // ids of an account, a district and a school that are not (or no longer) in their tables
    const user = "00000000-0000-4000-8000-000000000001";
    const district = "00000000-0000-4000-8000-000000000002";
    const school = "00000000-0000-4000-8000-000000000003";
    await h.db.execute(sql`insert into audit_log (user_id, action, entity_type, entity_id, district_id, school_id)
      values (${user}, 'staff.import', 'staff', 'x', ${district}, ${school})`);
    const rows = rowsOf(
      await h.db.execute(
        sql`select user_id, district_id, school_id from audit_log where entity_id = 'x' and action = 'staff.import'`,
      ),
    );
    expect(rows).toEqual([{ user_id: user, district_id: district, school_id: school }]);
  });
});
