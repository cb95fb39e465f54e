import { integer, timestamp, uuid } from "drizzle-orm/pg-core";

/** Shared column helpers: every table has a UUID key and creation/update times. */
export const id = () => uuid().primaryKey().defaultRandom();

export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/**
 * Optimistic-concurrency version: every update must name the version it read and
 * increments it; an update that matches no row was overtaken by another edit.
 */
export const version = () => integer().notNull().default(1);

/** SQL list literal of string values for CHECK constraints built from domain enums. */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ");
}
