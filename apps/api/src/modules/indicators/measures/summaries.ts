/**
 * Every summary maintained on write (issue 15) rebuilt from its rows, in the order each reads the
 * one before: 名册汇总 from `staff` (staffSummary.ts), 年报汇总 from `school_report_grades`
 * (reportSummary.ts), then the district rollups from `schools`, both summaries, the reports and
 * the registers (districtRollup.ts); each by its own file's rebuild, the one source of its SQL.
 *
 * What the demo's bulk load passes to loadDemoData (`rebuildSummaries`): it loads with the
 * summaries' triggers disabled and rebuilds them once at the end, in its transaction (`pnpm
 * start`'s first start, dev.ts). On the demo the result equals what the triggers write
 * (summaries.test.ts).
 */
import type { Db, Tx } from "@edu2035/db";
import { rebuildRollups } from "./districtRollup.ts";
import { rebuildReportSummary } from "./reportSummary.ts";
import { rebuildStaffSummary } from "./staffSummary.ts";

/**
 * Rebuild 名册汇总, 年报汇总 and the district rollups, each in its own transaction (a savepoint
 * when `db` is a transaction), under the locks of its repair.
 */
export async function rebuildSummaries(db: Db | Tx): Promise<void> {
  await rebuildStaffSummary(db);
  await rebuildReportSummary(db);
  await rebuildRollups(db);
}
