import { describe, expect, it } from "vitest";
import { trainingHoursPerTeacher } from "../indicators/training.ts";
import { evaluateTarget } from "./evaluate.ts";
import { getTarget, type Milestone, type TargetId } from "./targets.ts";
import { type WhatItTakesInput, whatItTakes } from "./whatItTakes.ts";

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
  it("A08 of the demo city in 2025 (2864 of 3039 = 94.24%, 未达标 against ≥95%): 461 hires or 24 of the 175 below 本科", () => {
    // evaluate.ts agrees the 2025 milestone is due and missed
    const a08 = getTarget("A08");
    expect(evaluateTarget(a08, { schoolYear: 2025, value: (2864 / 3039) * 100 }).status).toBe("missed");
    // hires: (n + x)/(d + x) ≥ 0.95 ⇔ x ≥ (95·3039 − 100·2864)/(100 − 95) = (288705 − 286400)/5 = 461
    //   exactly: 3325/3500 = 95% (460 → 3324/3499 = 94.998%)
    // existing: (2864 + y)/3039 ≥ 0.95 ⇔ y ≥ 2305/100 = 23.05 → 24 (2888/3039 = 95.03%;
    //   23 → 2887/3039 = 94.998%); of 3039 − 2864 = 175 below 本科
    const r = whatItTakes(
      input({ targetId: "A08", numerator: 2864, denominator: 3039, milestone: milestone("A08", 2025) }),
    );
    expect(r).toMatchObject({
      kind: "staff_ratio",
      hires: 461,
      hiresPossible: true,
      toQualify: 24,
      without: 175,
    });
    expect(r?.sentence).toBe(
      "按2025年目标值95%测算，需新增本科及以上学历专任教师461人；或现有175名专科及以下学历专任教师中24人完成本科学历提升。",
    );
  });

  it("says 全部 when every teacher below the line must qualify (6 of 9, ≥95%)", () => {
    // hires: (855 − 600)/5 = 51 exactly (57/60 = 95%); existing: 2.55 → 3 = all 3 (9/9; 8/9 = 88.9%)
    const r = whatItTakes(
      input({ targetId: "A08", numerator: 6, denominator: 9, milestone: milestone("A08", 2025) }),
    );
    expect(r).toMatchObject({ hires: 51, toQualify: 3, without: 3 });
    expect(r?.sentence).toBe(
      "按2025年目标值95%测算，需新增本科及以上学历专任教师51人；或现有3名专科及以下学历专任教师全部完成本科学历提升。",
    );
  });

  it("names the only teacher below the line without 全部 (3 of 4, ≥95%)", () => {
    // hires: (380 − 300)/5 = 16 (19/20 = 95%); existing: 3.8 − 3 = 0.8 → 1, the only one (4/4)
    const r = whatItTakes(
      input({ targetId: "A08", numerator: 3, denominator: 4, milestone: milestone("A08", 2025) }),
    );
    expect(r?.sentence).toBe(
      "按2025年目标值95%测算，需新增本科及以上学历专任教师16人；或现有1名专科及以下学历专任教师完成本科学历提升。",
    );
  });

  it("a milestone '>' needs strictly more: A07 >90% in 2027 from 17 of 20 (85%, 滞后于进度)", () => {
    // line 2025 85 → 2030 90: 2027 needs 85 + 5 × 2/5 = 87; 85 < 87 → off_track
    const a07 = getTarget("A07");
    const ev = evaluateTarget(a07, { schoolYear: 2027, value: 85 });
    expect(ev.status).toBe("off_track");
    expect(ev.milestone).toEqual(milestone("A07", 2030));
    // hires: bound (90·20 − 1700)/10 = 10, strictly above → 11 (28/31 = 90.3%; 10 → 27/30 = 90%, not >90%)
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
      "按2030年目标值高于90%测算，需新增学前教育专业毕业或持幼儿园教师资格证的幼儿园专任教师11人；或现有3名非学前教育专业毕业且未持幼儿园教师资格证的幼儿园专任教师中2人取得幼儿园教师资格证。",
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
    expect(r).toMatchObject({ hires: null, hiresPossible: false, toQualify: 5, without: 5 });
    expect(r?.sentence).toBe(
      "按2035年目标值100%测算，仅靠新增本科及以上学历幼儿园专任教师无法使比例达到100%；需现有5名专科及以下学历幼儿园专任教师全部完成本科学历提升。",
    );
  });

  it("B34 (全员心理健康培训) has no hiring route: 40 of 52 trained, 2022 =100% missed in 2025", () => {
    // existing: (100·52 − 100·40)/100 = 12 = all 12
    const r = whatItTakes(
      input({ targetId: "B34", numerator: 40, denominator: 52, milestone: milestone("B34", 2022) }),
    );
    expect(r).toMatchObject({ hires: null, toQualify: 12, without: 12 });
    expect(r?.sentence).toBe(
      "按2022年目标值100%测算，需现有12名尚未完成心理健康培训的中小学专任教师全部完成心理健康培训。",
    );
  });

  it("B35 ≥30% (2025) from 10 of 50 (20%)", () => {
    // hires: (30·50 − 1000)/70 = 500/70 = 7.14 → 8 (18/58 = 31.0%; 7 → 17/57 = 29.8%)
    // existing: (1500 − 1000)/100 = 5 exactly (15/50 = 30%), of 40
    const r = whatItTakes(
      input({ targetId: "B35", numerator: 10, denominator: 50, milestone: milestone("B35", 2025) }),
    );
    expect(r).toMatchObject({ hires: 8, toQualify: 5, without: 40 });
    expect(r?.sentence).toBe(
      "按2025年目标值30%测算，需新增持心理辅导相关证书的中小学专任教师8人；或现有40名未持心理辅导相关证书的中小学专任教师中5人取得心理辅导相关资格证书。",
    );
  });

  it("A09 ≥50% (2025) from 2 of 5 specialty teachers", () => {
    // hires: (250 − 200)/50 = 1 (3/6 = 50%); existing: (250 − 200)/100 = 0.5 → 1 (3/5 = 60%), of 3
    const r = whatItTakes(
      input({ targetId: "A09", numerator: 2, denominator: 5, milestone: milestone("A09", 2025) }),
    );
    expect(r?.sentence).toBe(
      "按2025年目标值50%测算，需新增双师型专业课教师1人；或现有3名非双师型专任专业课教师中1人通过双师型教师认定。",
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
      "按2022年目标值100%测算，需为尚无体育与健康专任教师的3所中小学配齐体育专职教师。",
    );
  });

  it("B08 against an aim below 100% counts only the schools needed (≥80%, 7 of 12)", () => {
    // ceil(0.8 × 12) = ceil(9.6) = 10 → 10 − 7 = 3 of the 5 without one
    const aim: Milestone = { year: 2025, comparator: ">=", value: 80, label: "≥80%" };
    const r = whatItTakes(input({ targetId: "B08", numerator: 7, denominator: 12, milestone: aim }));
    expect(r).toMatchObject({ schoolsToEquip: 3, without: 5 });
    expect(r?.sentence).toBe(
      "按2025年目标值80%测算，需为尚无体育与健康专任教师的5所中小学中的3所配齐体育专职教师。",
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
      "按五年一周期每人不少于360学时测算（2026—2030年周期已过2年，每人应累计144学时），现有120名义务教育专任教师本周期累计培训学时尚差2280学时，人均需再完成约19.0学时。",
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
    expect(r?.sentence).toContain("尚差584学时，人均需再完成约53.1学时。");
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
