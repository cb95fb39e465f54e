/**
 * The guard on ID_HASH_KEY, the HMAC key of the 身份证号 hashes (`hashIdNumber` in mutations.ts):
 * the hashes in `people.id_number_hash` can only be matched under the key they were made with,
 * so a process started with another key would accept every duplicate 身份证号 without a word.
 * At start-up (`runApiProcess`, `pnpm admin`), right after the migrations, {@link ensureIdHashKey}
 * records the key's fingerprint in a database that has none, and otherwise refuses a key whose
 * fingerprint differs from the one recorded. Never the key itself: the fingerprint is the
 * HMAC-SHA256 (hex) of a fixed label under the key, from which the key cannot be recovered.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { type Db, idHashKeyFingerprint } from "@edu2035/db";
import { eq } from "drizzle-orm";

/** The fixed text whose HMAC under the key is the key's fingerprint (changing it changes every fingerprint). */
const FINGERPRINT_LABEL = "edu2035 ID_HASH_KEY fingerprint v1";

/** Thrown by {@link ensureIdHashKey} when the database's hashes were made with another key. */
export class IdHashKeyMismatch extends Error {
  /** @param recordedAt when the other key's fingerprint was recorded (its first start). */
  constructor(readonly recordedAt: Date) {
    super(
      `ID_HASH_KEY 与本数据库中身份证号哈希所用的密钥不同（该密钥于 ${recordedAt.toISOString()} 首次启动时记录），拒绝启动；` +
        "请使用原来的 ID_HASH_KEY 启动；如确需更换密钥（如密钥泄露），请按 README《Rotating ID_HASH_KEY（密钥轮换）》的步骤：停止所有 API 进程并备份，清除旧密钥的身份证号哈希与密钥指纹，再以新密钥启动 " +
        "(ID_HASH_KEY differs from the key this database's 身份证号 hashes were made with, recorded at its first start; " +
        "refusing to start: start with the original ID_HASH_KEY, or to change the key follow README § Rotating ID_HASH_KEY: " +
        "stop every API process and back up, drop the old key's hashes and fingerprint, then start with the new key)",
    );
    this.name = "IdHashKeyMismatch";
  }
}

/** The key's fingerprint: HMAC-SHA256 of {@link FINGERPRINT_LABEL} under `key`, hex (64 characters). */
export function idHashKeyFingerprintOf(key: string): string {
  return createHmac("sha256", key).update(FINGERPRINT_LABEL).digest("hex");
}

/**
 * Records the fingerprint of `key` when the database has none (the first start), else compares
 * it with the recorded one. One transaction: `insert … on conflict do nothing`, then the stored
 * row is read; two processes starting together on an empty database both pass with the same key
 * (the second insert waits for the first and then does nothing), and with different keys the
 * one that loses refuses.
 * @param db the primary (never a replica: the row may have just been written).
 * @param key the process's ID_HASH_KEY.
 * @returns when the stored fingerprint was recorded, and whether this call recorded it.
 * @throws IdHashKeyMismatch when the stored fingerprint is another key's (the message names
 *   ID_HASH_KEY, never the key or either fingerprint); the stored row is left unchanged.
 */
export async function ensureIdHashKey(db: Db, key: string): Promise<{ recordedAt: Date; recorded: boolean }> {
  const fingerprint = idHashKeyFingerprintOf(key);
  const { stored, recorded } = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(idHashKeyFingerprint)
      .values({ singleton: 1, fingerprint })
      .onConflictDoNothing()
      .returning({ fingerprint: idHashKeyFingerprint.fingerprint });
    // READ COMMITTED: this statement sees a row another process committed while the insert waited
    const [row] = await tx.select().from(idHashKeyFingerprint).where(eq(idHashKeyFingerprint.singleton, 1));
    if (!row) throw new Error("id_hash_key_fingerprint: no row after insert … on conflict do nothing");
    return { stored: row, recorded: inserted.length === 1 };
  });
  const same =
    stored.fingerprint.length === fingerprint.length &&
    timingSafeEqual(Buffer.from(stored.fingerprint), Buffer.from(fingerprint));
  if (!same) throw new IdHashKeyMismatch(stored.recordedAt);
  return { recordedAt: stored.recordedAt, recorded };
}
