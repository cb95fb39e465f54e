import { describe, expect, it } from "vitest";
import { trainingHoursPerTeacher } from "../indicators/training.ts";
import { evaluateTarget } from "./evaluate.ts";
import { getTarget, type Milestone, type TargetId } from "./targets.ts";
import { HIRES_PLAUSIBLE_SHARE, type WhatItTakesInput, whatItTakes } from "./whatItTakes.ts";

/** The target's own milestone of `year` (the plan's data, targets.ts). */
const milestone = (id: TargetId, year: number | null): Milestone => {
  const m = getTarget(id).milestones.find((x) => x.year === year);
  if (!m) throw new Error(`${id} has no milestone ${year}`);
  return m;
};

const input = (over: Partial<WhatItTakesInput> & Pick<WhatItTakesInput, "targetId">): WhatItTakesInput => ({
  schoolYear: 2025,
  status: "missed",
  numerator: null,
  denominator: null,
  milestone: null,
  ...over,
});

describe("whatItTakes: staff ratios", () => {
  it("A08 of the demo city in 2025 (2864 of 3039 = 94.24%, 未达标 against ≥95%): 24 of the 175 below 本科, or 461 hires", () => {
    // evaluate.ts agrees the 2025 milestone is due and missed
    const a08 = getTarget("A08");
    expect(evaluateTarget(a08, { schoolYear: 2025, value: (2864 / 3039) * 100 }).status).toBe("missed");
    // hires: (n + x)/(d + x) ≥ 0.95 ⇔ x ≥ (95·3039 − 100·2864)/(100 − 95) = (288705 − 286400)/5 = 461
    //   exactly: 3325/3500 = 95% (460 → 3324/3499 = 94.998%)
    // existing: (2864 + y)/3039 ≥ 0.95 ⇔ y ≥ 2305/100 = 23.05 → 24 (2888/3039 = 95.03%;
    //   23 → 2887/3039 = 94.998%); of 3039 − 2864 = 175 below 本科
    // 461 ≤ 0.2 × 3039 = 607.8 → hiring is offered as the alternative
    const r = whatItTakes(
      input({ targetId: "A08", numerator: 2864, denominator: 3039, milestone: milestone("A08", 2025) }),
    );
    expect(r).toMatchObject({
      kind: "staff_ratio",
      hires: 461,
      hiresPossible: true,
      hiresPlausible: true,
      toQualify: 24,
      without: 175,
    });
    expect(r?.sentence).toBe(
      "按 2025 年目标值 95% 测算，需现有 175 名专科及以下学历专任教师中 24 人完成本科学历提升；或新增本科及以上学历专任教师 461 人。",
    );
  });

  it("a small school is not told to hire twice its staff: 海南区第一小学, 48 of 57 本科+ (84.2%)", () => {
    // hires: (95·57 − 4800)/5 = (5415 − 4800)/5 = 123 exactly (171/180 = 95%), 123 > 0.2 × 57 = 11.4
    //   → no main route; its share of the staff 123/57 = 215.8% → 216%
    // existing: 54.15 − 48 = 6.15 → 7 (55/57 = 96.5%; 6 → 54/57 = 94.7%), of 57 − 48 = 9
    const r = whatItTakes(
      input({ targetId: "A08", numerator: 48, denominator: 57, milestone: milestone("A08", 2025) }),
    );
    expect(r).toMatchObject({ hires: 123, hiresPlausible: false, toQualify: 7, without: 9 });
    expect(r?.sentence).toBe(
      "按 2025 年目标值 95% 测算，需现有 9 名专科及以下学历专任教师中 7 人完成本科学历提升；仅靠新增本科及以上学历专任教师需 123 人（相当于现有教师的 216%），不宜作为主要途径。",
    );
  });

  it("offers hiring up to a fifth of the staff, not one more (A08 ≥95%, 94 and 93 of 100)", () => {
    expect(HIRES_PLAUSIBLE_SHARE).toBe(0.2);
    // 94/100: hires (9500 − 9400)/5 = 20 = 0.2 × 100 (114/120 = 95%) → offered; existing 95 − 94 = 1 of 6
    const at = whatItTakes(
      input({ targetId: "A08", numerator: 94, denominator: 100, milestone: milestone("A08", 2025) }),
    );
    expect(at).toMatchObject({ hires: 20, hiresPlausible: true, toQualify: 1 });
    expect(at?.sentence).toBe(
      "按 2025 年目标值 95% 测算，需现有 6 名专科及以下学历专任教师中 1 人完成本科学历提升；或新增本科及以上学历专任教师 20 人。",
    );
    // 93/100: hires (9500 − 9300)/5 = 40 > 20 (133/140 = 95%) → 40% of the staff; existing 2 of 7
    const over = whatItTakes(
      input({ targetId: "A08", numerator: 93, denominator: 100, milestone: milestone("A08", 2025) }),
    );
    expect(over).toMatchObject({ hires: 40, hiresPlausible: false, toQualify: 2 });
    expect(over?.sentence).toBe(
      "按 2025 年目标值 95% 测算，需现有 7 名专科及以下学历专任教师中 2 人完成本科学历提升；仅靠新增本科及以上学历专任教师需 40 人（相当于现有教师的 40%），不宜作为主要途径。",
    );
  });

  it("says 全部 when every teacher below the line must qualify (6 of 9, ≥95%)", () => {
    // hires: (855 − 600)/5 = 51 exactly (57/60 = 95%), 51/9 = 566.7% → 567%, no main route;
    // existing: 2.55 → 3 = all 3 (9/9; 8/9 = 88.9%)
    const r = whatItTakes(
      input({ targetId: "A08", numerator: 6, denominator: 9, milestone: milestone("A08", 2025) }),
    );
    expect(r).toMatchObject({ hires: 51, hiresPlausible: false, toQualify: 3, without: 3 });
    expect(r?.sentence).toBe(
      "按 2025 年目标值 95% 测算，需现有 3 名专科及以下学历专任教师全部完成本科学历提升；仅靠新增本科及以上学历专任教师需 51 人（相当于现有教师的 567%），不宜作为主要途径。",
    );
  });

  it("names the only teacher below the line without 全部 (3 of 4, ≥95%)", () => {
    // hires: (380 − 300)/5 = 16 (19/20 = 95%), 16/4 = 400% of the staff; existing: 3.8 − 3 = 0.8 → 1,
    // the only one (4/4)
    const r = whatItTakes(
      input({ targetId: "A08", numerator: 3, denominator: 4, milestone: milestone("A08", 2025) }),
    );
    expect(r?.sentence).toBe(
      "按 2025 年目标值 95% 测算，需现有 1 名专科及以下学历专任教师完成本科学历提升；仅靠新增本科及以上学历专任教师需 16 人（相当于现有教师的 400%），不宜作为主要途径。",
    );
  });

  it("a milestone '>' needs strictly more: A07 >90% in 2027 from 17 of 20 (85%, 滞后于进度)", () => {
    // line 2025 85 → 2030 90: 2027 needs 85 + 5 × 2/5 = 87; 85 < 87 → off_track
    const a07 = getTarget("A07");
    const ev = evaluateTarget(a07, { schoolYear: 2027, value: 85 });
    expect(ev.status).toBe("off_track");
    expect(ev.milestone).toEqual(milestone("A07", 2030));
    // hires: bound (90·20 − 1700)/10 = 10, strictly above → 11 (28/31 = 90.3%; 10 → 27/30 = 90%, not >90%);
    //   11 > 0.2 × 20 = 4, 11/20 = 55% of the staff
    // existing: bound (1800 − 1700)/100 = 1 → 2 (19/20 = 95%; 1 → 18/20 = 90%, not >90%), of 3
    const r = whatItTakes(
      input({
        targetId: "A07",
        schoolYear: 2027,
        status: "off_track",
        numerator: 17,
        denominator: 20,
        milestone: ev.milestone,
      }),
    );
    expect(r).toMatchObject({ hires: 11, toQualify: 2, without: 3 });
    expect(r?.sentence).toBe(
      "按 2030 年目标值高于 90% 测算，需现有 3 名非学前教育专业毕业且未持幼儿园教师资格证的幼儿园专任教师中 2 人取得幼儿园教师资格证；仅靠新增学前教育专业毕业或持幼儿园教师资格证的幼儿园专任教师需 11 人（相当于现有教师的 55%），不宜作为主要途径。",
    );
  });

  it("a 100% aim cannot be reached by hiring: B33 =100% (2035) from 1 of 6 says so", () => {
    // (1 + x)/(6 + x) < 1 for every x; existing: (600 − 100)/100 = 5 = all 5
    const r = whatItTakes(
      input({
        targetId: "B33",
        status: "off_track",
        numerator: 1,
        denominator: 6,
        milestone: milestone("B33", 2035),
      }),
    );
    expect(r).toMatchObject({
      hires: null,
      hiresPossible: false,
      hiresPlausible: false,
      toQualify: 5,
      without: 5,
    });
    expect(r?.sentence).toBe(
      "按 2035 年目标值 100% 测算，需现有 5 名专科及以下学历幼儿园专任教师全部完成本科学历提升；仅靠新增本科及以上学历幼儿园专任教师无法使比例达到 100%。",
    );
  });

  it("B34 (全员心理健康培训) has no hiring route: 40 of 52 trained, 2022 =100% missed in 2025", () => {
    // existing: (100·52 − 100·40)/100 = 12 = all 12
    const r = whatItTakes(
      input({ targetId: "B34", numerator: 40, denominator: 52, milestone: milestone("B34", 2022) }),
    );
    expect(r).toMatchObject({ hires: null, toQualify: 12, without: 12 });
    expect(r?.sentence).toBe(
      "按 2022 年目标值 100% 测算，需现有 12 名尚未完成心理健康培训的中小学专任教师全部完成心理健康培训。",
    );
  });

  it("B35 ≥30% (2025) from 10 of 50 (20%)", () => {
    // hires: (30·50 − 1000)/70 = 500/70 = 7.14 → 8 (18/58 = 31.0%; 7 → 17/57 = 29.8%), 8 ≤ 0.2 × 50 = 10
    // existing: (1500 − 1000)/100 = 5 exactly (15/50 = 30%), of 40
    const r = whatItTakes(
      input({ targetId: "B35", numerator: 10, denominator: 50, milestone: milestone("B35", 2025) }),
    );
    expect(r).toMatchObject({ hires: 8, hiresPlausible: true, toQualify: 5, without: 40 });
    expect(r?.sentence).toBe(
      "按 2025 年目标值 30% 测算，需现有 40 名未持心理辅导相关证书的中小学专任教师中 5 人取得心理辅导相关资格证书；或新增持心理辅导相关证书的中小学专任教师 8 人。",
    );
  });

  it("A09 ≥50% (2025) from 2 of 5 specialty teachers", () => {
    // hires: (250 − 200)/50 = 1 (3/6 = 50%), 1 ≤ 0.2 × 5 = 1 → offered;
    // existing: (250 − 200)/100 = 0.5 → 1 (3/5 = 60%), of 3
    const r = whatItTakes(
      input({ targetId: "A09", numerator: 2, denominator: 5, milestone: milestone("A09", 2025) }),
    );
    expect(r?.sentence).toBe(
      "按 2025 年目标值 50% 测算，需现有 3 名非双师型专任专业课教师中 1 人通过双师型教师认定；或新增双师型专业课教师 1 人。",
    );
  });
});

describe("whatItTakes: B08 and B43", () => {
  it("B08 =100% (2022), 9 of 12 schools with a PE teacher: all 3 others", () => {
    // ceil(1 × 12) − 9 = 3 = the 12 − 9 without one
    const r = whatItTakes(
      input({ targetId: "B08", numerator: 9, denominator: 12, milestone: milestone("B08", 2022) }),
    );
    expect(r).toMatchObject({ kind: "schools", schoolsToEquip: 3, without: 3 });
    expect(r?.sentence).toBe(
      "按 2022 年目标值 100% 测算，需为尚无体育与健康专任教师的 3 所中小学配齐体育专职教师。",
    );
  });

  it("B08 against an aim below 100% counts only the schools needed (≥80%, 7 of 12)", () => {
    // ceil(0.8 × 12) = ceil(9.6) = 10 → 10 − 7 = 3 of the 5 without one
    const aim: Milestone = { year: 2025, comparator: ">=", value: 80, label: "≥80%" };
    const r = whatItTakes(input({ targetId: "B08", numerator: 7, denominator: 12, milestone: aim }));
    expect(r).toMatchObject({ schoolsToEquip: 3, without: 5 });
    expect(r?.sentence).toBe(
      "按 2025 年目标值 80% 测算，需为尚无体育与健康专任教师的 5 所中小学中的 3 所配齐体育专职教师。",
    );
  });

  it("B43: 120 teachers with 15,000 学时 in 2027 (year 2 of 2026—2030) are 2,280 学时 short, 19 each", () => {
    const m = trainingHoursPerTeacher({ hours: 15000, teachers: 120, schoolYear: 2027 });
    // equivalent teachers 120 × 2/5 = 48; value 15000/48 = 312.5 < 360 → 未达标 (every year)
    expect(m.equivalentTeachers).toBe(48);
    const ev = evaluateTarget(getTarget("B43"), { schoolYear: 2027, value: m.value });
    expect(ev.status).toBe("missed");
    // short: 360 × 48 − 15000 = 17280 − 15000 = 2280; per teacher 2280/120 = 19; due 360 × 2/5 = 144
    const r = whatItTakes(
      input({
        targetId: "B43",
        schoolYear: 2027,
        numerator: m.hours,
        denominator: m.equivalentTeachers,
        milestone: ev.milestone,
      }),
    );
    expect(r).toMatchObject({
      kind: "training_hours",
      hoursShort: 2280,
      teachers: 120,
      hoursPerTeacher: 19,
      dueByNow: 144,
    });
    expect(r?.sentence).toBe(
      "按五年一周期每人不少于 360 学时测算（2026—2030年周期已过 2 年，每人应累计 144 学时），现有 120 名义务教育专任教师本周期累计培训学时尚差 2280 学时，人均需再完成约 19.0 学时。",
    );
  });

  it("B43 rounds the exact bound, not floating-point noise: 11 teachers, 1,000 学时 in 2027", () => {
    // equivalent 11 × 2/5 = 4.4; 360 × 4.4 = 1584 (1584.0000000000002 in floating point);
    // short 1584 − 1000 = 584, not 585; per teacher 584/11 = 53.09 → 约53.1
    const m = trainingHoursPerTeacher({ hours: 1000, teachers: 11, schoolYear: 2027 });
    const r = whatItTakes(
      input({
        targetId: "B43",
        schoolYear: 2027,
        numerator: m.hours,
        denominator: m.equivalentTeachers,
        milestone: milestone("B43", null),
      }),
    );
    expect(r).toMatchObject({ hoursShort: 584, teachers: 11 });
    expect(r?.sentence).toContain("尚差 584 学时，人均需再完成约 53.1 学时。");
  });
});

/** The answer for this year's progress line, when there is one (B43's answer has none). */
const toLineOf = (r: ReturnType<typeof whatItTakes>) => (r && "toLine" in r ? r.toLine : undefined);

describe("whatItTakes: 滞后于进度 answers this year's progress line first, then the milestone", () => {
  it("B33 of the demo city in 2025 (749 of 887 = 84.44%, line 84.62%): 2 of the 138, or 11 hires; then 2035", () => {
    // line 2022 80 → 2035 100: 2025 needs 80 + 20 × 3/13 = 84.615… → printed 84.62%; 84.4 < 84.6 → off_track
    const b33 = getTarget("B33");
    const ev = evaluateTarget(b33, { schoolYear: 2025, value: (749 / 887) * 100 });
    expect(ev.status).toBe("off_track");
    expect(ev.milestone).toEqual(milestone("B33", 2035));
    expect(ev.requiredNow).toBeCloseTo(80 + (20 * 3) / 13, 9);
    // line, r = 84.62%: existing (84.62·887 − 74900)/100 = (75057.94 − 74900)/100 = 1.5794 → 2
    //   (751/887 = 84.67%; 1 → 750/887 = 84.56% < 84.62%), of 887 − 749 = 138;
    //   hires 157.94/(100 − 84.62) = 157.94/15.38 = 10.27 → 11 (760/898 = 84.63%; 10 → 759/897 =
    //   84.615% < 84.62%), 11 ≤ 0.2 × 887 = 177.4 → offered
    // milestone =100%: all 138; no number of hires reaches 100%
    const r = whatItTakes(
      input({
        targetId: "B33",
        status: "off_track",
        numerator: 749,
        denominator: 887,
        milestone: ev.milestone,
        requiredNow: ev.requiredNow,
      }),
    );
    expect(r).toMatchObject({ toQualify: 138, without: 138, hires: null, hiresPossible: false });
    expect(toLineOf(r)).toMatchObject({
      aim: { of: "progress", year: 2025, value: 84.62 },
      toQualify: 2,
      without: 138,
      hires: 11,
      hiresPlausible: true,
    });
    expect(r?.sentence).toBe(
      "按 2025 年进度要求 84.62% 测算，需现有 138 名专科及以下学历幼儿园专任教师中 2 人完成本科学历提升；或新增本科及以上学历幼儿园专任教师 11 人。" +
        "按 2035 年目标值 100% 测算，需现有 138 名专科及以下学历幼儿园专任教师全部完成本科学历提升；仅靠新增本科及以上学历幼儿园专任教师无法使比例达到 100%。",
    );
  });

  it("A08 of the demo city in 2024 (2834 of 3061 = 92.58%, line 92.74%): 5 of the 227, or 66 hires; then 2025", () => {
    // line 2020 83.7 → 2025 95: 2024 needs 83.7 + 11.3 × 4/5 = 92.74; 92.6 < 92.7 → off_track
    const a08 = getTarget("A08");
    const ev = evaluateTarget(a08, { schoolYear: 2024, value: (2834 / 3061) * 100 });
    expect(ev.status).toBe("off_track");
    expect(ev.requiredNow).toBeCloseTo(92.74, 9);
    // line: existing (92.74·3061 − 283400)/100 = (283877.14 − 283400)/100 = 4.7714 → 5
    //   (2839/3061 = 92.747%; 4 → 2838/3061 = 92.715%), of 3061 − 2834 = 227;
    //   hires 477.14/7.26 = 65.72 → 66 (2900/3127 = 92.742%; 65 → 2899/3126 = 92.738%), ≤ 612.2 → offered
    // milestone 95%: existing 2907.95 − 2834 = 73.95 → 74; hires 7395/5 = 1479 > 612.2,
    //   1479/3061 = 48.3% → 48%
    const r = whatItTakes(
      input({
        targetId: "A08",
        schoolYear: 2024,
        status: "off_track",
        numerator: 2834,
        denominator: 3061,
        milestone: ev.milestone,
        requiredNow: ev.requiredNow,
      }),
    );
    expect(r).toMatchObject({ toQualify: 74, hires: 1479, hiresPlausible: false });
    expect(toLineOf(r)).toMatchObject({ toQualify: 5, hires: 66, hiresPlausible: true });
    expect(r?.sentence).toBe(
      "按 2024 年进度要求 92.74% 测算，需现有 227 名专科及以下学历专任教师中 5 人完成本科学历提升；或新增本科及以上学历专任教师 66 人。" +
        "按 2025 年目标值 95% 测算，需现有 227 名专科及以下学历专任教师中 74 人完成本科学历提升；仅靠新增本科及以上学历专任教师需 1479 人（相当于现有教师的 48%），不宜作为主要途径。",
    );
  });

  it("未达标 keeps the milestone's sentence alone, even when given a line", () => {
    // A08 2025 due: 2864/3039 as in the first test, a stray requiredNow is not read
    const r = whatItTakes(
      input({
        targetId: "A08",
        numerator: 2864,
        denominator: 3039,
        milestone: milestone("A08", 2025),
        requiredNow: 92.74,
      }),
    );
    expect(toLineOf(r)).toBeUndefined();
    expect(r?.sentence).toBe(
      "按 2025 年目标值 95% 测算，需现有 175 名专科及以下学历专任教师中 24 人完成本科学历提升；或新增本科及以上学历专任教师 461 人。",
    );
  });
});

describe("whatItTakes: nothing to say", () => {
  const a08 = { targetId: "A08", numerator: 6, denominator: 9, milestone: milestone("A08", 2025) } as const;
  it("answers only 滞后于进度 and 未达标", () => {
    for (const status of ["met", "on_track", "incomplete", "no_data", "not_applicable"] as const)
      expect(whatItTakes(input({ ...a08, status }))).toBeNull();
    expect(whatItTakes(input({ ...a08, status: "off_track" }))).not.toBeNull();
  });
  it("is null without a denominator, with d = 0, or already at the aim", () => {
    expect(whatItTakes(input({ ...a08, denominator: null }))).toBeNull();
    expect(whatItTakes(input({ ...a08, numerator: null }))).toBeNull();
    expect(whatItTakes(input({ ...a08, numerator: 0, denominator: 0 }))).toBeNull();
    // 19/20 = 95% already meets ≥95% (a status from elsewhere must not invent a gap)
    expect(whatItTakes(input({ ...a08, numerator: 19, denominator: 20 }))).toBeNull();
  });
  it("is null for a milestone without a number and for other targets", () => {
    // B35's 2030 milestone is a trend (普遍具有), no number
    expect(
      whatItTakes(
        input({ targetId: "B35", numerator: 1, denominator: 5, milestone: milestone("B35", 2030) }),
      ),
    ).toBeNull();
    expect(whatItTakes(input({ ...a08, milestone: null }))).toBeNull();
    expect(whatItTakes(input({ ...a08, targetId: "B06" }))).toBeNull();
    expect(whatItTakes(input({ ...a08, targetId: "toString" }))).toBeNull();
  });
});
