/**
 * Prints the SQL that installs the annual-report summary's maintenance (trigger functions,
 * triggers, the rows of the reports already there), generated from the population sources
 * (indicators/measures/reportSummary.ts), as statements separated by drizzle-kit's
 * `--> statement-breakpoint`, for a migration: 0016 holds the first text; when a population's
 * stages change, a new migration with this output makes the installed functions current again
 * (reportSummary.test.ts fails until then).
 *
 *   pnpm --filter @edu2035/api exec tsx scripts/reportSummarySql.ts >> packages/db/migrations/00NN_….sql
 */
import { reportSummaryMigrationSql } from "../src/modules/indicators/measures/reportSummary.ts";

process.stdout.write(`${reportSummaryMigrationSql().join("\n--> statement-breakpoint\n")}\n`);
