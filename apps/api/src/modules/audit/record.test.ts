/**
 * Every action the API writes to audit_log has a Chinese label: rows are written only through
 * recordAudit or recordAuditOf (modules/audit/record.ts), whose `action` is the domain's
 * AuditAction (AUDIT_ACTION_LABELS is a Record over it, so a missing label does not compile).
 * This test finds any other insert into audit_log, by the builder or in SQL text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from "@edu2035/domain";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../..");

/** The API's source files (no tests, no generated code). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "__generated__" ? [] : sources(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [p] : [];
  });
}

describe("audit rows", () => {
  it("are inserted only by record.ts (typed by the domain's AuditAction)", () => {
    const direct = sources(SRC)
      .filter((f) => relative(SRC, f) !== join("modules", "audit", "record.ts"))
      .filter((f) =>
        /\.insert\(\s*auditLog\s*\)|bulkInsert\([^,()]+,\s*auditLog\b|insert\s+into\s+("?audit_log\b|\$\{\s*auditLog\s*\})/i.test(
          readFileSync(f, "utf8"),
        ),
      )
      .map((f) => relative(SRC, f));
    expect(direct).toEqual([]);
  });
  it("have a Chinese label for every action of the catalogue", () => {
    for (const a of AUDIT_ACTIONS) expect(AUDIT_ACTION_LABELS[a]).toMatch(/[\u4e00-\u9fff]/);
  });
});
