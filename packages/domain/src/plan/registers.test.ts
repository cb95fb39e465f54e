import { describe, expect, it } from "vitest";
import {
  cityInputsSchema,
  DISTRICT_INPUT_LABELS,
  districtInputsSchema,
  firstIssue,
  registerEntrySchema,
} from "./inputs.ts";
import {
  entryCountsIn,
  REGISTER_KIND_INFO,
  REGISTER_KINDS,
  registerKindOfTarget,
  trainingCycleStart,
  trainingCycleYearsElapsed,
} from "./registers.ts";
import { getTarget } from "./targets.ts";

describe("register catalogue", () => {
  it("feeds only existing targets, each from one kind", () => {
    const fed = REGISTER_KINDS.flatMap((k) => REGISTER_KIND_INFO[k].targets);
    expect(new Set(fed).size).toBe(fed.length);
    for (const id of fed) expect(getTarget(id).id).toBe(id);
    expect(registerKindOfTarget("B36")).toBe("smart_benchmark_school");
    expect(registerKindOfTarget("A04")).toBe("balance_certification");
    expect(registerKindOfTarget("A08")).toBeNull();
  });
  it("counts an entry from its first school year to its last, inclusive", () => {
    expect(entryCountsIn({ fromYear: 2022, toYear: null }, 2021)).toBe(false);
    expect(entryCountsIn({ fromYear: 2022, toYear: null }, 2030)).toBe(true);
    expect(entryCountsIn({ fromYear: 2020, toYear: 2023 }, 2023)).toBe(true);
    expect(entryCountsIn({ fromYear: 2020, toYear: 2023 }, 2024)).toBe(false);
  });
  it("places school years in the five-year training cycles 2016–2020, 2021–2025 …", () => {
    expect(trainingCycleStart(2020)).toBe(2016);
    expect(trainingCycleStart(2021)).toBe(2021);
    expect(trainingCycleStart(2025)).toBe(2021);
    expect(trainingCycleStart(2026)).toBe(2026);
    expect(trainingCycleYearsElapsed(2022)).toBe(2);
    expect(trainingCycleYearsElapsed(2025)).toBe(5);
  });
});

describe("input validation", () => {
  it("accepts a district's figures and names the bad field in Chinese", () => {
    expect(districtInputsSchema.safeParse({ schoolYear: 2025, population3to5: 1200 }).success).toBe(true);
    const neg = districtInputsSchema.safeParse({ schoolYear: 2025, population3to5: -1 });
    expect(neg.success).toBe(false);
    if (!neg.success) {
      expect(firstIssue(neg.error)).toEqual({
        path: "population3to5",
        message: `${DISTRICT_INPUT_LABELS.population3to5}不能为负数`,
      });
    }
    const more = districtInputsSchema.safeParse({
      schoolYear: 2025,
      disabledChildren: 10,
      disabledChildrenEnrolled: 11,
    });
    expect(more.success || firstIssue(more.error).path).toBe("disabledChildrenEnrolled");
  });
  it("keeps city percentages within 0–100", () => {
    const r = cityInputsSchema.safeParse({ schoolYear: 2025, newLabourUpperSecondaryRate: 101 });
    expect(r.success || firstIssue(r.error)).toEqual({
      path: "newLabourUpperSecondaryRate",
      message: "新增劳动力中受过高中阶段及以上教育比例（%）须在0—100之间",
    });
    expect(cityInputsSchema.safeParse({ schoolYear: 1999 }).success).toBe(false);
  });
  it("checks a register entry against its kind", () => {
    const ok = registerEntrySchema.safeParse({
      kind: "smart_benchmark_school",
      name: "乌海市第一中学",
      schoolId: "00000000-0000-4000-8000-000000000001",
      fromYear: 2022,
    });
    expect(ok.success).toBe(true);
    const noSchool = registerEntrySchema.safeParse({
      kind: "smart_benchmark_school",
      name: "x",
      fromYear: 2022,
    });
    expect(noSchool.success || firstIssue(noSchool.error).path).toBe("schoolId");
    const back = registerEntrySchema.safeParse({
      kind: "vocational_group",
      name: "x",
      fromYear: 2022,
      toYear: 2021,
    });
    expect(back.success || firstIssue(back.error)).toEqual({
      path: "toYear",
      message: "截止学年不能早于起始学年",
    });
    const badKind = registerEntrySchema.safeParse({ kind: "nope", name: "x", fromYear: 2022 });
    expect(badKind.success || firstIssue(badKind.error)).toEqual({
      path: "kind",
      message: "登记类别不在目录中",
    });
    const empty = registerEntrySchema.safeParse({ kind: "vocational_group", name: "  ", fromYear: 2022 });
    expect(empty.success || firstIssue(empty.error)).toEqual({ path: "name", message: "名称不能为空" });
  });
});
