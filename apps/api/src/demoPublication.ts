/**
 * The demo's published years (乌海市演示数据): 2020—2024 published as version 1 by the city account
 * (`city`), with the note 演示数据：历年数据已审核发布, through the lifecycle service
 * (years/service.ts publishSchoolYears: the locks, the readiness check, the stored figures, the
 * audit rows; the five years' figures measured together, in one transaction) — so the demo opens as a bureau would find it: 2020—2024 已发布, 2025—2026 审核中
 * (its deadline passed), 2026—2027 填报中 (just opened). Used by `pnpm start` (dev.ts) and the
 * browser tests' cached database (testing/publishedDemo.ts). Never used in production.
 */
import { type Db, users } from "@edu2035/db";
import { DEMO_NOW } from "@edu2035/db/demo";
import { eq } from "drizzle-orm";
import { ScopedAccess } from "./authz/access.ts";
import type { Viewer } from "./authz/viewer.ts";
import { publishSchoolYears } from "./modules/years/service.ts";

/** The school years the demo publishes (each as v1). */
export const DEMO_PUBLISHED_YEARS: readonly number[] = [2020, 2021, 2022, 2023, 2024];

/** 发布说明 of the demo's publications. */
export const DEMO_PUBLICATION_NOTE = "演示数据：历年数据已审核发布";

/** The years published and how long that took (ms, all of them: one transaction), for the logs. */
export interface DemoPublication {
  schoolYears: readonly number[];
  ms: number;
}

/**
 * Publish {@link DEMO_PUBLISHED_YEARS} in order as the demo's city account, each year once, in
 * one call (publishSchoolYears: the same rows as publishing them one by one, issue 15).
 * @param db a database loaded with the demo data (loadDemoData), none of these years published.
 * @param now when the publications are made: the demo's own instant (DEMO_NOW), whatever the real
 *   date, so the demo reads the same on any day; it is also the city's clock while publishing.
 * @throws Error when the demo has no `city` account; the service's errors (e.g. a year already
 *   published, a due school pending) as they are.
 */
export async function publishDemoYears(db: Db, now: Date = DEMO_NOW): Promise<DemoPublication> {
  const [account] = await db.select().from(users).where(eq(users.username, "city"));
  if (account?.level !== "city") throw new Error("the demo has no city account (city)");
  const viewer: Viewer = {
    userId: account.id,
    level: "city",
    username: account.username,
    displayName: account.displayName,
    mustChangePassword: false,
  };
  // the city's own request scope, as context.ts builds it for the account
  const access = new ScopedAccess(db, viewer, db, () => now);
  const started = performance.now();
  const years = DEMO_PUBLISHED_YEARS.map((schoolYear) => ({ schoolYear, version: 0 }));
  await publishSchoolYears(access, years, DEMO_PUBLICATION_NOTE, now);
  return { schoolYears: DEMO_PUBLISHED_YEARS, ms: Math.round(performance.now() - started) };
}
