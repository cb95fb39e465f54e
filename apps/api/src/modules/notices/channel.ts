/**
 * How a notice (消息通知) reaches its unit: the delivery interface behind the notice service.
 * Today one channel, in-app (站内消息): the notice is a row of `notices` that every account of the
 * unit sees in the bell. An e-mail or SMS channel (out of scope of issue 14) implements the same
 * interface and is added to {@link NOTICE_CHANNELS}; it would queue its message in the same
 * transaction (an outbox table) and send after commit, never inside the transaction and never
 * with state kept in the process.
 */
import { notices, type Tx } from "@edu2035/db";
import type { NoticeKind } from "@edu2035/domain";

/** A notice to deliver, addressed to a unit (the city: {@link CITY_UNIT_ID}). */
export interface NoticeDraft {
  recipientLevel: "city" | "district" | "school";
  recipientUnitId: string;
  kind: NoticeKind;
  title: string;
  body: string;
  schoolYear: number | null;
  senderUserId: string | null;
  senderName: string | null;
  /**
   * Set for a notice several requests may raise at once (截止前提醒, 催报): a second delivery
   * with the same key is dropped.
   */
  dedupeKey?: string | null;
}

/** The recipient id of a notice to the city (the nil UUID). */
export const CITY_UNIT_ID = "00000000-0000-0000-0000-000000000000";

/**
 * A delivery channel. `deliver` runs inside the transaction of the event that raised the notices
 * (the return, the approval, the publication, the 催报), so a rolled-back event sends nothing.
 * It answers the drafts it accepted (those whose dedupe key was new), in the order given.
 */
export interface NoticeChannel {
  /** Name for logs and the README, e.g. "in_app". */
  readonly name: string;
  deliver(tx: Tx, drafts: readonly NoticeDraft[]): Promise<NoticeDraft[]>;
}

/**
 * 站内消息: insert the notices; a duplicate dedupe key is skipped (`on conflict do nothing` on
 * notices_dedupe_uq), so two processes raising the same notice store one.
 */
export const inAppChannel: NoticeChannel = {
  name: "in_app",
  async deliver(tx, drafts) {
    if (!drafts.length) return [];
    const rows = await tx
      .insert(notices)
      .values(drafts.map((d) => ({ ...d, dedupeKey: d.dedupeKey ?? null })))
      .onConflictDoNothing({ target: notices.dedupeKey })
      .returning({ dedupeKey: notices.dedupeKey });
    const inserted = new Set(rows.map((r) => r.dedupeKey));
    // drafts without a key are always inserted
    return drafts.filter((d) => !d.dedupeKey || inserted.has(d.dedupeKey));
  },
};

/** The channels every notice goes through; the first is the in-app one, whose answer counts. */
export const NOTICE_CHANNELS: readonly NoticeChannel[] = [inAppChannel];

/**
 * Deliver notices through every channel in the caller's transaction; answers what the in-app
 * channel stored (a later channel only sees those, so a duplicate is never sent twice).
 */
export async function deliverNotices(tx: Tx, drafts: readonly NoticeDraft[]): Promise<NoticeDraft[]> {
  const [first, ...rest] = NOTICE_CHANNELS;
  const stored = await first!.deliver(tx, drafts);
  for (const channel of rest) await channel.deliver(tx, stored);
  return stored;
}
