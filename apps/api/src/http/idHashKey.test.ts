/**
 * The API process refuses an ID_HASH_KEY other than the one its database's 身份证号 hashes were
 * made with (`node --import tsx src/main.ts`, child processes on one PostgreSQL database): a
 * process with key A serves (/ready 200) and records A's fingerprint; stopped, then started
 * again with key B, it exits 1 with a message naming ID_HASH_KEY and neither key; with A again
 * it serves.
 */
import { createThrowawayDatabase, type ThrowawayDatabase } from "@edu2035/db/testing";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../env.ts";
import { idHashKeyFingerprintOf } from "../modules/staff/idHashKey.ts";
import { startApiProcess, waitUntilServing } from "../testing/apiProcess.ts";

const DATABASE_URL = readEnv().DATABASE_URL;
const KEY_A = `process-key-a-${"a".repeat(32)}`;
const KEY_B = `process-key-b-${"b".repeat(32)}`;

describe.skipIf(!DATABASE_URL)(
  DATABASE_URL
    ? "a restart with another ID_HASH_KEY on PostgreSQL"
    : "a restart with another ID_HASH_KEY (skipped: set DATABASE_URL to a PostgreSQL server; the processes share a database, which an in-memory PGlite cannot be)",
  () => {
    let database: ThrowawayDatabase | undefined;

    beforeAll(async () => {
      database = await createThrowawayDatabase(DATABASE_URL!);
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("serves with key A, then refuses key B naming ID_HASH_KEY (exit 1), then serves with A again", async () => {
      const url = database!.url;
      const a = await startApiProcess({ env: { DATABASE_URL: url, ID_HASH_KEY: KEY_A }, wait: true });
      try {
        const ready = await fetch(`${a.origin}/ready`);
        expect(ready.status, a.output()).toBe(200);
        await ready.arrayBuffer();
      } finally {
        await a.stop();
      }
      expect(a.exitStatus(), a.output()).toEqual({ code: 0, signal: null });

      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        const stored = () =>
          sql<
            { fingerprint: string; recorded_at: Date }[]
          >`select fingerprint, recorded_at from id_hash_key_fingerprint`;
        const recorded = await stored();
        expect(recorded).toHaveLength(1);
        expect(recorded[0]?.fingerprint).toBe(idHashKeyFingerprintOf(KEY_A));

        const b = await startApiProcess({ env: { DATABASE_URL: url, ID_HASH_KEY: KEY_B } });
        // a process that serves instead of exiting fails at once, not at the test's timeout
        const outcome = await Promise.race([
          b.exited,
          waitUntilServing(b).then(
            () => "served",
            () => "exited",
          ),
        ]);
        if (!b.hasExited()) await b.stop();
        expect(outcome, b.output()).toBe(1);
        const out = b.output();
        expect(out).toContain("edu2035: ID_HASH_KEY 与本数据库中身份证号哈希所用的密钥不同");
        expect(out).toContain(
          "ID_HASH_KEY differs from the key this database's 身份证号 hashes were made with",
        );
        for (const secret of [KEY_A, KEY_B, idHashKeyFingerprintOf(KEY_A), idHashKeyFingerprintOf(KEY_B)]) {
          expect(out).not.toContain(secret);
        }
        expect(out).not.toMatch(/^\s+at /m);
        expect(await stored()).toEqual(recorded);
      } finally {
        await sql.end({ timeout: 5 });
      }

      const again = await startApiProcess({ env: { DATABASE_URL: url, ID_HASH_KEY: KEY_A }, wait: true });
      await again.stop();
      expect(again.exitStatus(), again.output()).toEqual({ code: 0, signal: null });
    }, 400_000); // three processes one after another, on a busy machine
  },
);
