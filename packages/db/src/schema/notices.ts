import { NOTICE_KINDS } from "@edu2035/domain";
import { sql } from "drizzle-orm";
import {
  check,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, sqlList } from "./_columns.ts";
import { users } from "./users.ts";

/**
 * In-app notices (消息通知, issue 14): 年报退回, 审核通过, 学年发布, 截止前3天提醒, 催报. Addressed to a
 * unit — `recipientLevel` city | district | school and `recipientUnitId` (the city: the nil UUID);
 * every account of the unit sees it. `dedupeKey` makes a notice that several API processes may
 * raise at once (e.g. "deadline_soon:2025:<schoolId>") be stored once.
 */
export const notices = pgTable(
  "notices",
  {
    id: id(),
    recipientLevel: text({ enum: ["city", "district", "school"] }).notNull(),
    recipientUnitId: uuid().notNull(),
    kind: text({ enum: NOTICE_KINDS }).notNull(),
    /** 标题, e.g. "2025—2026学年年报已退回". */
    title: text().notNull(),
    /** 内容 (the reviewer's comment of a return, the reminder's text …). */
    body: text().notNull().default(""),
    /** The school year it concerns, if any. */
    schoolYear: smallint(),
    /** Who sent it (催报, a review); null for the platform's own notices. */
    senderUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The sender's unit as shown, e.g. "海勃湾区教育局" (null for the platform). */
    senderName: text(),
    dedupeKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("notices_recipient_idx").on(t.recipientUnitId, t.createdAt),
    uniqueIndex("notices_dedupe_uq").on(t.dedupeKey),
    check("notices_kind_ck", sql.raw(`kind in (${sqlList(NOTICE_KINDS)})`)),
    check("notices_level_ck", sql`${t.recipientLevel} in ('city', 'district', 'school')`),
  ],
);

/** Which account has read which notice (已读), one row per (notice, user). */
export const noticeReads = pgTable(
  "notice_reads",
  {
    noticeId: uuid()
      .notNull()
      .references(() => notices.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    readAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "notice_reads_pk", columns: [t.noticeId, t.userId] })],
);
