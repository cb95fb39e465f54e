import { describe, expect, it } from "vitest";
import { checkDistrictBirths } from "./births.ts";

describe("births entry (出生人口录入)", () => {
  it("accepts years with births, a stored year with its version, a removal with its version", () => {
    const r = checkDistrictBirths({
      entries: [
        { year: 2019, births: 800 },
        { year: 2020, births: 760, version: 2 },
        { year: 2021, births: null, version: 1 },
      ],
    });
    expect(r.ok).toBe(true);
  });

  it("names each bad field in Chinese", () => {
    expect(
      checkDistrictBirths({
        entries: [
          { year: 1980, births: -1 },
          { year: 2020, births: 1.5 },
        ],
      }).issues,
    ).toEqual([
      { field: "entries.0.year", message: "出生年份须在1990—2100之间" },
      { field: "entries.0.births", message: "出生人口不能为负数" },
      { field: "entries.1.births", message: "出生人口须为整数" },
    ]);
    expect(checkDistrictBirths({ entries: [] }).issues).toEqual([
      { field: "entries", message: "至少录入一年的出生人口" },
    ]);
  });

  it("refuses a year after the current one and an implausible count", () => {
    // today 2026: 2027 births cannot be known; 1,000,001 births is beyond any district
    expect(
      checkDistrictBirths(
        {
          entries: [
            { year: 2026, births: 1_000_000 },
            { year: 2027, births: 700 },
            { year: 2025, births: 1_000_001 },
          ],
        },
        2026,
      ).issues,
    ).toEqual([
      {
        field: "entries.2.births",
        message: "出生人口超过1,000,000人，一个区一年的出生人口不可能这么多，请核对",
      },
    ]);
    expect(checkDistrictBirths({ entries: [{ year: 2027, births: 700 }] }, 2026).issues).toEqual([
      { field: "entries.0.year", message: "出生年份2027晚于今年（2026年），未来年份的出生人口不能录入" },
    ]);
    // removing a wrongly entered future year stays possible
    expect(checkDistrictBirths({ entries: [{ year: 2040, births: null, version: 1 }] }, 2026).ok).toBe(true);
  });

  it("refuses a year twice and a removal without its version", () => {
    expect(
      checkDistrictBirths({
        entries: [
          { year: 2020, births: 1 },
          { year: 2020, births: 2 },
          { year: 2021, births: null },
        ],
      }).issues,
    ).toEqual([
      { field: "entries.1.year", message: "出生年份2020重复" },
      { field: "entries.2.version", message: "删除2021年出生人口须提供版本号" },
    ]);
  });
});
