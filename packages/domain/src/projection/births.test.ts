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
