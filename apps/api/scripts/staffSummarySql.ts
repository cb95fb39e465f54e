/**
 * Prints the SQL that installs the roster summary's maintenance (trigger functions, triggers,
 * the rows of the roster already there), generated from the population sources
 * (indicators/measures/staffSummary.ts), as statements separated by drizzle-kit's
 * `--> statement-breakpoint`, for a migration: 0015 holds the first text; when a population
 * changes, a new migration with this output makes the installed functions current again
 * (staffSummary.test.ts fails until then).
 *
 *   pnpm --filter @edu2035/api exec tsx scripts/staffSummarySql.ts >> packages/db/migrations/00NN_….sql
 *   … staffSummarySql.ts --refresh   # counts added to the table (0017): functions and rows only
 */
import {
  staffSummaryMigrationSql,
  staffSummaryRefreshSql,
} from "../src/modules/indicators/measures/staffSummary.ts";

// --refresh: only the functions and the rows, for a migration that adds counts (0017)
const statements = process.argv.includes("--refresh") ? staffSummaryRefreshSql() : staffSummaryMigrationSql();
process.stdout.write(`${statements.join("\n--> statement-breakpoint\n")}\n`);
