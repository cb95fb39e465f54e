/**
 * The GraphQL documents the benchmarks send: the city dashboard as dashboard.bench.ts has always
 * asked it (`targetDashboard`, every city target), and the apps' own operations as they send them
 * (the trusted documents of packages/graphql, by the operation's name, of this checkout or of an
 * earlier commit).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The city dashboard (`targetDashboard`, all targets of the unit's level), `$u` the unit. */
export const DASHBOARD = `query($u: OrgUnitInput!) { targetDashboard(unit: $u, fromYear: 2020, toYear: 2025) {
  children { id } results { unit { id } schoolYear target { id } value numerator denominator status requiredNow } } }`;

const DOCUMENTS = "packages/graphql/src/__generated__/persisted-documents.json";

/**
 * The apps' operation `name` (e.g. TargetDashboardTable) as they send it: the trusted document
 * of this checkout, or as commit `rev` has it (each API is asked the document of its own commit).
 * @throws Error when no persisted document defines that query.
 */
export function persistedDocument(name: string, rev: string | null): string {
  const json = rev
    ? execFileSync("git", ["show", `${rev}:${DOCUMENTS}`], {
        cwd: fileURLToPath(new URL("../../..", import.meta.url)),
        encoding: "utf8",
        maxBuffer: 1 << 28,
      })
    : readFileSync(new URL(`../../../${DOCUMENTS}`, import.meta.url), "utf8");
  const documents = JSON.parse(json) as Record<string, string>;
  const text = Object.values(documents).find((d) => d.includes(`query ${name}(`));
  if (!text) throw new Error(`no ${name} in the persisted documents ${rev ? `at ${rev}` : ""}`);
  return text;
}
