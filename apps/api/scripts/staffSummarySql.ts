/**
 * Prints the SQL that installs the roster summary's maintenance (trigger functions, triggers,
 * the rows of the roster already there), generated from the population sources
 * (indicators/measures/staffSummary.ts), as statements separated by drizzle-kit's
 * `--> statement-breakpoint`, for a migration: 0015 holds the first text; when a population
 * changes, a new migration with this output makes the installed functions current again
 * (staffSummary.test.ts fails until then).
 *
 *   pnpm --filter @edu2035/api exec tsx scripts/staffSummarySql.ts >> packages/db/migrations/00NN_….sql
 */
import { staffSummaryMigrationSql } from "../src/modules/indicators/measures/staffSummary.ts";

process.stdout.write(`${staffSummaryMigrationSql().join("\n--> statement-breakpoint\n")}\n`);
