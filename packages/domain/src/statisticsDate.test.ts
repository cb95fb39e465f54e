import { describe, expect, it } from "vitest";
import { onRosterAtStatisticsDate, onRosterAtStatisticsDateSql } from "./statisticsDate.ts";

const row = (o: Partial<Parameters<typeof onRosterAtStatisticsDate>[0]>) => ({
  schoolYear: 2025,
  status: "active" as const,
  startedOn: null,
  leftOn: null,
  ...o,
});

describe("onRosterAtStatisticsDate (在册 at 统计时点 1 September)", () => {
  it("counts a person on duty with no dates", () => {
    expect(onRosterAtStatisticsDate(row({}))).toBe(true);
  });
  it("counts a teacher who left (调出) on 20 October 2025 in 2025—2026", () => {
    expect(onRosterAtStatisticsDate(row({ status: "transferred_out", leftOn: "2025-10-20" }))).toBe(true);
  });
  it("does not count a teacher who joined on 15 October 2025 in 2025, but does in 2026", () => {
    expect(onRosterAtStatisticsDate(row({ startedOn: "2025-10-15" }))).toBe(false);
    expect(onRosterAtStatisticsDate(row({ schoolYear: 2026, startedOn: "2025-10-15" }))).toBe(true);
  });
  it("counts a person who joined on 1 September exactly", () => {
    expect(onRosterAtStatisticsDate(row({ startedOn: "2025-09-01" }))).toBe(true);
    expect(onRosterAtStatisticsDate(row({ startedOn: "2025-09-02" }))).toBe(false);
  });
  it("does not count a person who retired on 1 September exactly (left_on > Y-09-01 only)", () => {
    expect(onRosterAtStatisticsDate(row({ status: "retired", leftOn: "2025-09-01" }))).toBe(false);
    expect(onRosterAtStatisticsDate(row({ status: "retired", leftOn: "2025-09-02" }))).toBe(true);
  });
  it("does not count a row marked left without a date", () => {
    expect(onRosterAtStatisticsDate(row({ status: "retired", leftOn: null }))).toBe(false);
  });
});

describe("onRosterAtStatisticsDateSql", () => {
  it("writes the same three conditions over the alias's columns, at the row's own 1 September", () => {
    expect(onRosterAtStatisticsDateSql("f")).toBe(
      "((f.started_on is null or f.started_on <= make_date(cast(f.school_year as integer), 9, 1))" +
        " and (f.left_on is null or f.left_on > make_date(cast(f.school_year as integer), 9, 1))" +
        " and (f.status = 'active' or f.left_on is not null))",
    );
  });
  it("refuses an alias that is not a plain identifier", () => {
    expect(() => onRosterAtStatisticsDateSql("f; drop table staff")).toThrow("not a table alias");
    expect(() => onRosterAtStatisticsDateSql('"staff"')).toThrow("not a table alias");
  });
});
