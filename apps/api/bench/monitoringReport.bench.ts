/**
 * A sample 监测报告 of the published demo, for the README's figures: the city's 2024 report as
 * .docx and PDF and 海勃湾区's as PDF, written to .data/reports/, with each one's generation time
 * (data read and composed, then rendered) and the PDF's page count.
 *
 *   cd apps/api && pnpm exec tsx bench/monitoringReport.bench.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { districts, users } from "@edu2035/db";
import { eq } from "drizzle-orm";
import type { UnitInput } from "../src/authz/access.ts";
import { ScopedAccess } from "../src/authz/access.ts";
import type { Viewer } from "../src/authz/viewer.ts";
import { readEnv } from "../src/env.ts";
import { closeSharedBrowser } from "../src/modules/monitoringReport/browser.ts";
import {
  type MonitoringReportFormat,
  monitoringReportModel,
  renderReport,
} from "../src/modules/monitoringReport/service.ts";
import { openPublishedDemoPglite } from "../src/testing/publishedDemo.ts";

const OUT = fileURLToPath(new URL("../../../.data/reports/", import.meta.url));

const handle = await openPublishedDemoPglite();
const env = readEnv({ LOG_LEVEL: "silent" });
const [account] = await handle.db.select().from(users).where(eq(users.username, "city"));
const viewer: Viewer = {
  userId: account!.id,
  level: "city",
  username: account!.username,
  displayName: account!.displayName,
  mustChangePassword: false,
};
const access = new ScopedAccess(handle.db, viewer, handle.db);
const [haibowan] = await handle.db.select().from(districts).where(eq(districts.name, "海勃湾区"));
mkdirSync(OUT, { recursive: true });
const runs: [UnitInput, MonitoringReportFormat][] = [
  [{ level: "city" }, "DOCX"],
  [{ level: "city" }, "PDF"],
  [{ level: "district", id: haibowan!.id }, "PDF"],
];
for (const [unit, format] of runs) {
  const started = performance.now();
  const model = await monitoringReportModel(access, unit, 2024);
  const composed = performance.now();
  const file = await renderReport(model, format, env.CHROMIUM_PATH);
  const done = performance.now();
  const bytes = Buffer.from(file.base64, "base64");
  writeFileSync(`${OUT}${file.filename}`, bytes);
  console.log(
    `${file.filename}: ${(bytes.length / 1024).toFixed(0)} KB, ${file.pageCount ?? "—"} pages; data ${Math.round(
      composed - started,
    )} ms, render ${Math.round(done - composed)} ms`,
  );
}
await closeSharedBrowser();
await handle.close();
