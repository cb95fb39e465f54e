/**
 * `pnpm admin check-summaries [--repair]` as the operator runs it (src/cli/admin.ts through tsx)
 * on a PGlite folder and, with DATABASE_URL, a PostgreSQL database holding the small city
 * (fixtures/smallCity.ts): consistent after loading;
 * a summary row made wrong (P1 2025's A08 denominator 4 → 5: 甲一–甲四 are its 专任 小学
 * teachers) is reported with its school, year and both counts, exit 1; --repair rebuilds the 5
 * rows of 2025 (P1 K1 V1 N2 K2, each with a roster) and the check passes again, exit 0.
 * The annual-report summary (年报汇总): P1's 2025 report given one grade (300 pupils, 1 大班额
 * class), its row made wrong (large_classes 1 → 2) is reported with the report's id and both
 * sums while the roster summary is still consistent, exit 1; --repair rebuilds the 1 row (the
 * only report with grades), exit 0.
 * The district rollups (区县汇总): a stray delta row (D1 2025 小学 a08_denominator +1) is
 * reported with its key and both sums (4 recomputed: P1's 甲一–甲四; 5 stored) while both
 * summaries are consistent, exit 1; --repair rebuilds 13 rows (open schools: D1 小学, 幼儿园, 中职;
 * D2 九年一贯制, 幼儿园 — one span each; roster sums of 2025: the same five keys; reports of 2025:
 * P1 and N2 approved, K1 submitted), exit 0.
 */
import type { DbHandle } from "@edu2035/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSmallCity, type SmallCity } from "../fixtures/smallCity.ts";
import { toRows } from "../lib/rows.ts";
import { startApiProcess } from "../testing/apiProcess.ts";
import { commandTargets } from "../testing/commandDatabases.ts";

const targets = commandTargets("edu2035-summaries-");

describe.each(targets)("pnpm admin check-summaries on $name", (target) => {
  let env: Record<string, string>;
  let open: () => Promise<DbHandle>;
  let tearDown: () => Promise<void>;
  let ids: SmallCity;

  beforeAll(async () => {
    ({ env, open, tearDown } = await target.setUp());
    const h = await open();
    await h.migrate();
    ids = await loadSmallCity(h.db);
    await h.close();
  }, 120_000);
  afterAll(async () => {
    await tearDown?.();
  });

  const admin = async (args: string[]) => {
    const p = await startApiProcess({ script: "src/cli/admin.ts", args, env });
    return { code: await p.exited, output: p.output() };
  };

  it("reports a wrong row (exit 1) and rebuilds it with --repair", async () => {
    const ok = await admin(["check-summaries"]);
    expect(ok.code, ok.output).toBe(0);
    expect(ok.output).toContain("名册汇总与名册一致 (summaries consistent)");

    const h = await open();
    await h.db.execute(
      sql`update staff_school_year_summary set a08_denominator = a08_denominator + 1 where school_id = ${ids.p1} and school_year = 2025`,
    );
    await h.close();

    const wrong = await admin(["check-summaries"]);
    expect(wrong.code, wrong.output).toBe(1);
    expect(wrong.output).toContain(`学校 ${ids.p1} 2025学年：a08_denominator 重算 4 / 汇总 5`);
    expect(wrong.output).toContain("可用 pnpm admin check-summaries --repair 重建");

    const repaired = await admin(["check-summaries", "--repair"]);
    expect(repaired.code, repaired.output).toBe(0);
    expect(repaired.output).toContain("已重建名册汇总：5 行，与名册一致 (summaries rebuilt)");
    const again = await admin(["check-summaries"]);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain("年报汇总与年报年级数据一致 (report summary consistent)");
  }, 300_000);

  it("reports a wrong annual-report summary row (exit 1) and rebuilds it with --repair", async () => {
    const h = await open();
    const [report] = toRows(
      await h.db.execute(
        sql`select id from school_reports where school_id = ${ids.p1} and school_year = 2025`,
      ),
    );
    const reportId = String(report?.id);
    await h.db.execute(
      sql`insert into school_report_grades (report_id, stage, grade, students, classes, large_classes) values (${reportId}, 'primary', 1, 300, 6, 1)`,
    );
    await h.db.execute(sql`update school_report_summary set large_classes = 2 where report_id = ${reportId}`);
    await h.close();

    const wrong = await admin(["check-summaries"]);
    expect(wrong.code, wrong.output).toBe(1);
    expect(wrong.output).toContain("名册汇总与名册一致 (summaries consistent)");
    expect(wrong.output).toContain(`年报 ${reportId}：large_classes 重算 1 / 汇总 2`);
    expect(wrong.output).toContain(
      "年报汇总与年报年级数据不一致：可用 pnpm admin check-summaries --repair 重建",
    );

    const repaired = await admin(["check-summaries", "--repair"]);
    expect(repaired.code, repaired.output).toBe(0);
    expect(repaired.output).toContain("已重建年报汇总：1 行，与年报年级数据一致 (report summary rebuilt)");
    expect(repaired.output).not.toContain("已重建名册汇总");
    const again = await admin(["check-summaries"]);
    expect(again.code, again.output).toBe(0);
  }, 300_000);

  it("reports a wrong district rollup row (exit 1) and rebuilds the rollups with --repair", async () => {
    const h = await open();
    await h.db.execute(
      sql`insert into staff_district_year_rollup (district_id, school_year, school_type, a08_denominator) values (${ids.d1}, 2025, 'primary', 1)`,
    );
    await h.close();

    const wrong = await admin(["check-summaries"]);
    expect(wrong.code, wrong.output).toBe(1);
    expect(wrong.output).toContain("名册汇总与名册一致 (summaries consistent)");
    expect(wrong.output).toContain(
      `区县汇总 staff_district_year_rollup ${ids.d1} 2025 primary：a08_denominator 重算 4 / 汇总 5`,
    );
    expect(wrong.output).toContain(
      "区县汇总与学校、名册汇总不一致：可用 pnpm admin check-summaries --repair 重建",
    );

    const repaired = await admin(["check-summaries", "--repair"]);
    expect(repaired.code, repaired.output).toBe(0);
    expect(repaired.output).toContain(
      "已重建区县汇总：13 行，与学校、名册汇总一致 (district rollups rebuilt)",
    );
    expect(repaired.output).not.toContain("已重建名册汇总");
    const again = await admin(["check-summaries"]);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain("区县汇总与学校、名册汇总一致 (district rollups consistent)");
  }, 300_000);
});
