/**
 * The ID_HASH_KEY guard on PGlite and PostgreSQL: the first call records the key's fingerprint
 * (never the key), the same key passes, another key is refused with a message naming
 * ID_HASH_KEY (and neither key nor fingerprint) while the stored row stays as it was, and two
 * processes starting together on an empty database with the same key both pass.
 */
import { type DbHandle, idHashKeyFingerprint } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureIdHashKey, IdHashKeyMismatch, idHashKeyFingerprintOf } from "./idHashKey.ts";

const KEY_A = `key-a-${"a".repeat(32)}`;
const KEY_B = `key-b-${"b".repeat(32)}`;

describe("the key's fingerprint", () => {
  it("is the HMAC-SHA256 of a fixed label, hex, different per key and not the key", () => {
    const a = idHashKeyFingerprintOf(KEY_A);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(idHashKeyFingerprintOf(KEY_A)).toBe(a);
    expect(idHashKeyFingerprintOf(KEY_B)).not.toBe(a);
    // a key differing only by a trailing space is another key
    expect(idHashKeyFingerprintOf(`${KEY_A} `)).not.toBe(a);
  });
});

describe.each(testBackends())("ensureIdHashKey on $name", (backend) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await backend.open();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("records at the first call, passes the same key, refuses another and keeps the stored row", async () => {
    expect(await h.db.select().from(idHashKeyFingerprint)).toEqual([]);
    const before = Date.now();
    const first = await ensureIdHashKey(h.db, KEY_A);
    expect(first.recorded).toBe(true);
    const rows = await h.db.select().from(idHashKeyFingerprint);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ singleton: 1, fingerprint: idHashKeyFingerprintOf(KEY_A) });
    expect(JSON.stringify(rows)).not.toContain(KEY_A);
    // the database's clock: allow a minute of skew against the test's
    expect(Math.abs(rows[0]!.recordedAt.getTime() - before)).toBeLessThan(60_000);
    expect(first.recordedAt).toEqual(rows[0]!.recordedAt);

    const again = await ensureIdHashKey(h.db, KEY_A);
    expect(again).toEqual({ recordedAt: rows[0]!.recordedAt, recorded: false });

    const refused = await ensureIdHashKey(h.db, KEY_B).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(IdHashKeyMismatch);
    const message = (refused as Error).message;
    expect(message).toContain("ID_HASH_KEY 与本数据库中身份证号哈希所用的密钥不同");
    expect(message).toContain(
      "ID_HASH_KEY differs from the key this database's 身份证号 hashes were made with",
    );
    expect(message).toContain("refusing to start");
    // the way to change the key is the README's procedure, not "not supported"
    expect(message).toContain("README《Rotating ID_HASH_KEY（密钥轮换）》");
    expect(message).toContain("README § Rotating ID_HASH_KEY");
    expect(message).not.toContain("尚不支持");
    expect(message).toContain(rows[0]!.recordedAt.toISOString());
    for (const secret of [KEY_A, KEY_B, idHashKeyFingerprintOf(KEY_A), idHashKeyFingerprintOf(KEY_B)]) {
      expect(message).not.toContain(secret);
    }
    expect(await h.db.select().from(idHashKeyFingerprint)).toEqual(rows);

    // the original key still passes after a refusal
    expect((await ensureIdHashKey(h.db, KEY_A)).recorded).toBe(false);
  });

  it("two first calls at once with the same key both pass, and one row is recorded", async () => {
    const fresh = await backend.open();
    try {
      const results = await Promise.all([ensureIdHashKey(fresh.db, KEY_B), ensureIdHashKey(fresh.db, KEY_B)]);
      expect(results.map((r) => r.recorded).sort()).toEqual([false, true]);
      expect(results[0]!.recordedAt).toEqual(results[1]!.recordedAt);
      const rows = await fresh.db.select().from(idHashKeyFingerprint);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.fingerprint).toBe(idHashKeyFingerprintOf(KEY_B));
    } finally {
      await fresh.close();
    }
  });
});
