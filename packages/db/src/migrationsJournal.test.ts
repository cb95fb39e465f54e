/**
 * The committed migration journal (packages/db/migrations/meta/_journal.json) must list the
 * migrations in the order of their times: drizzle records each applied migration's `when` as
 * `created_at`, applies a journal entry only when it is later than the last applied one, and the
 * API's readiness check (apps/api/src/http/ready.ts) compares the applied migrations ordered by
 * `created_at` with the journal's order. An entry whose time is earlier than its predecessor's
 * (two migrations generated in parallel and renumbered by hand) makes a fresh database report
 * "migration N differs" and a database that has the later one skip the earlier.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

const journal = JSON.parse(
  readFileSync(new URL("../migrations/meta/_journal.json", import.meta.url), "utf8"),
) as { entries: JournalEntry[] };

describe("migration journal", () => {
  it("numbers the entries 0, 1, 2 … with tags of the same number", () => {
    journal.entries.forEach((e, i) => {
      expect(e.idx).toBe(i);
      expect(e.tag.slice(0, 4)).toBe(String(i).padStart(4, "0"));
    });
  });

  it("has strictly increasing times, in the order of the entries", () => {
    const late = journal.entries.filter((e, i) => i > 0 && e.when <= (journal.entries[i - 1]?.when ?? 0));
    expect(late.map((e) => e.tag)).toEqual([]);
  });
});
