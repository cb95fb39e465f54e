/**
 * 达标方案 through GraphQL over HTTP as the district app asks, on PGlite and (with DATABASE_URL)
 * PostgreSQL, on the hand-worked balance city (fixtures/balanceCity.ts), default unit costs
 * (hire 150,000 元, 交流轮岗 20,000 元, equipment 1 元/元, …: domain balancePlan/costs.ts).
 *
 * 海勃湾区 (D1) 小学, 2025, by code: P1 第一小学 (500 students), P2 第二小学 (400), P3 第三小学
 * (300), N1 九年一贯制学校 (300 of 500). Before: P3 fails (C6 504,000/300 = 1680 = 84%), C2's
 * 差异系数 √374/28 = 0.691 > 0.50 (backbone P1 6, P2 16, P3 3, N1 3).
 * Step 1 (per school): P3 all seven = C6 to 600,000 (+96,000 元); C6 exempt = to 85% = 1700 ×
 *   300 = 510,000 (+6,000 元) → +6,000 元 of equipment at P3.
 *
 * With the default unit costs, step 3 recognises teachers as 县级骨干 (认定, 5,000 元, at most
 * teachers − C2 per school: P1 26 − 6 = 20 (its 高中学历 teacher is a 专任教师 too), P3 14 − 3 = 11,
 * N1 13 − 3 = 10) at the school whose one more backbone teacher lowers C2's CV most
 * (CV after one at school i: √((Q + (2r_i + 1)/P_i) × 1500 − (R + 1)²) ÷ (R + 1)):
 *   R 28, Q 0.772: P1 √356/29 = 0.6506, P3 and N1 √352/29 = 0.6470 (a transfer P2 → P3 reaches
 *     0.611 but costs 4 × as much: 0.080/20,000 < 0.044/5,000) → P3 (first by code);
 *   R 29, Q 0.795333: P1 √332/30 = 0.6074, P3 √338/30 = 0.6128, N1 √328/30 = 0.6037 → N1;
 *   R 30, Q 0.818667: P1 √306/31 = 0.5643, P3 and N1 √312/31 = 0.5698 → P1;
 *   R 31, Q 0.844667: P1 and P3 √288/32 = 0.5303 (15/500 = 9/300) → P1 (first by code);
 *   R 32, Q 0.874667: P1 √274/33 = 0.5016, P3 and N1 √268/33 = 0.4961 ≤ 0.50 → P3, done.
 *   Trimming: one fewer at P1 or P3 leaves √288/32 = 0.530, at N1 √298/32 = 0.539: all stay.
 * Plan: 认定 P1 2, P3 2, N1 1 (25,000) + 6,000 元 of equipment = 31,000 元; C2 after P1 8/500 =
 * 1.6, P2 4.0, P3 5/300 = 1.667, N1 4/300 = 1.333 per 100. (N1's 初中部 has 2 backbone for 200
 * junior pupils, exactly its standard 2: nothing to give by 校内调整.)
 *
 * With 认定 priced at 30,000 元 (above 交流轮岗), step 3 moves teachers instead:
 * Step 3 (C2), with P = 1500, R = Σ backbone, Q = Σ r_i²/P_i, CV = √(QP − R²)/R:
 *   Q0 = 36/500 + 256/400 + 9/300 + 9/300 = 0.772, CV √(1158 − 784)/28 = 0.691.
 *   The donor is P2 (16, needs 4 for its standard); a transfer (20,000) beats a hire (150,000):
 *   P2 → P3: Q = 0.772 − 31/400 + 7/300 = 0.717833, CV = √(1076.75 − 784)/28 = 0.611;
 *   P2 → N1: Q = 0.717833 − 29/400 + 7/300 = 0.668667, CV = √(1003 − 784)/28 = 0.529;
 *   P2 → P1: Q = 0.668667 − 27/400 + 13/500 = 0.627167, CV = √(940.75 − 784)/28 = 0.447 ≤ 0.50.
 *   Dropping any of the three leaves C2 over 0.50 (0.533, 0.533, 0.529), so all stay.
 * Plan: 3 transfers (60,000) + 6,000 元 of equipment = 66,000 元. After: C2 P1 7/500 = 1.4,
 * P2 13/400 = 3.25, P3 and N1 4/300 = 1.333 per 100; P3 C6 1700 (85%).
 *
 * 海勃湾区 初中: N1 alone (200 junior students), C3 1/200 = 0.5 per 100 (56%): to 85% (0.765 →
 * 1.53 → 2 teachers) or the standard (1.8 → 2) is +1 teacher either way; no donor (its 小学部
 * has 3 PE/arts teachers for 300 pupils, exactly its standard 2.7 → 3: none to give by 校内调整)
 * → 1 hire, 150,000 元.
 * 乌达区 (D2) 小学: Q1 passes, Q2 awaits its report → 待评估 before and after, not feasible.
 */
import { type DbHandle, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BALANCE_PASSWORD, type BalanceCity, loadBalanceCity } from "../../fixtures/balanceCity.ts";
import { gql, loginAs, startApiOn } from "../../testing.ts";

const PLAN = `query($input: BalancePlanInput!) {
  balancePlan(input: $input) {
    district { name } schoolYear schoolYearLabel stage stageLabel mode
    unitCosts { kind label unitLabel cost isDefault }
    actions { kind label indicator { id } school { name } fromSchool { name } quantity unitLabel unitCost cost text }
    totalCost
    schools {
      school { name } students changed cost
      before { metCount passed summary indicators { indicator { id } value amount standard ratioOfStandard met } }
      after { metCount passed summary indicators { indicator { id } value amount standard ratioOfStandard met } }
    }
    variations { indicator { id } before after limit passedBefore passedAfter }
    otherStage { stage passed }
    outcomeBefore outcomeBeforeLabel outcomeAfter outcomeAfterLabel feasible reason summary method
  }
}`;

// biome-ignore lint/suspicious/noExplicitAny: responses are asserted field by field
type Any = any;

describe.each(testBackends())("达标方案 on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let ids: BalanceCity;
  let url: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    h = await backend.open();
    ids = await loadBalanceCity(h.db);
    api = await startApiOn(h);
    url = api.url;
    tokens.city = await loginAs(url, "city", BALANCE_PASSWORD, "CITY");
    tokens.haibowan = await loginAs(url, "haibowan", BALANCE_PASSWORD, "DISTRICT");
    tokens.wuda = await loginAs(url, "wuda", BALANCE_PASSWORD, "DISTRICT");
    tokens.p1 = await loginAs(url, "p1", BALANCE_PASSWORD, "SCHOOL");
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  const plan = async (input: Record<string, unknown>, token = tokens.haibowan) =>
    gql(url, PLAN, { input: { schoolYear: 2025, ...input } }, token);
  const d1Primary = (extra: Record<string, unknown> = {}) =>
    plan({ districtId: ids.d1, stage: "PRIMARY", ...extra });

  /** 认定 priced above 交流轮岗 (30,000 元): the plan moves teachers as it did before 认定 existed. */
  const recognitionDear = { unitCosts: [{ kind: "RECOGNIZE_BACKBONE_TEACHER", cost: 30_000 }] };

  it("solves 海勃湾区 小学 with the default costs: 5 teachers recognised as 县级骨干 and 6,000 元 of equipment", async () => {
    const r = await d1Primary();
    expect(r.errors).toBeUndefined();
    const p = r.data!.balancePlan;
    expect(p).toMatchObject({ outcomeAfter: "PASSED", feasible: true, totalCost: 31_000, otherStage: null });
    expect(
      p.actions.map((a: Any) => [a.kind, a.school.name, a.fromSchool?.name ?? null, a.quantity, a.cost]),
    ).toEqual([
      ["RECOGNIZE_BACKBONE_TEACHER", "海勃湾区第一小学", null, 2, 10_000],
      ["RECOGNIZE_BACKBONE_TEACHER", "海勃湾区第三小学", null, 2, 10_000],
      ["ADD_EQUIPMENT", "海勃湾区第三小学", null, 6000, 6000],
      ["RECOGNIZE_BACKBONE_TEACHER", "海勃湾区九年一贯制学校", null, 1, 5000],
    ]);
    expect(p.actions[0]).toMatchObject({
      label: "认定县级骨干教师",
      indicator: { id: "C2" },
      unitLabel: "人",
      unitCost: 5000,
      text: "海勃湾区第一小学：认定县级骨干教师2人，约1万元",
    });
    expect(p.summary).toEqual([
      "共需认定县级以上骨干教师5人，新增教学仪器设备值6000元，合计约3.1万元。",
      "涉及3所学校；未达标学校由1所减为0所。",
      "差异系数：C2由0.691降至0.496（限值0.50）。",
      "调整前：未达到；调整后：达到。",
    ]);
    const c2 = p.variations.find((v: Any) => v.indicator.id === "C2");
    expect(c2.after).toBeCloseTo(Math.sqrt(268) / 33, 9);
    // C1 and the pupils do not change: P1 C1 25/500 = 5.0 before and after, C2 6 → 8 / 500
    const p1 = p.schools.find((s: Any) => s.school.name === "海勃湾区第一小学");
    expect(p1.after.indicators[0]).toMatchObject({ value: 5, amount: 25 });
    expect(p1.after.indicators[1].value).toBeCloseTo(1.6, 9);
    expect(p.unitCosts.find((u: Any) => u.kind === "RECOGNIZE_BACKBONE_TEACHER")).toEqual({
      kind: "RECOGNIZE_BACKBONE_TEACHER",
      label: "认定县级骨干教师",
      unitLabel: "人",
      cost: 5000,
      isDefault: true,
    });
    expect(p.method).toContain("认定县级骨干教师");
  });

  it("校内调整 of the official's edited plan: the other stage is recomputed and must still pass", async () => {
    // 小学, the default plan's actions + 1 高于规定学历 teacher from N1's 初中部 (12 本科+ for 200
    // junior pupils; its standard 5.3 × 2 = 10.6 needs 11): N1 小学部 C1 13 → 14 / 300 = 4.667;
    // 初中部 C1 11 / 200 = 5.5 ≥ 5.3, still met (the 初中部 fails before and after on C3 0.5: no
    // section goes from passing to failing); 初中 C1 差异系数 0 → 0 (N1 is 初中's only school).
    // Kept: feasible, 31,000 + 1,000 = 32,000 元.
    const solved = (await d1Primary()).data!.balancePlan;
    const fixed = [
      ...solved.actions.map((a: Any) => ({
        kind: a.kind,
        schoolId:
          a.school.name === "海勃湾区第一小学"
            ? ids.p1
            : a.school.name === "海勃湾区第三小学"
              ? ids.p3
              : ids.n1,
        quantity: a.quantity,
      })),
      { kind: "ADJUST_WITHIN_SCHOOL_ABOVE_DEGREE", schoolId: ids.n1, quantity: 1 },
    ];
    const r = await gql(
      url,
      `query($input: BalancePlanInput!) { balancePlan(input: $input) {
        mode feasible reason totalCost summary outcomeAfter
        actions { kind fromSchool { name } cost text }
        schools { school { name } after { indicators { value amount } } }
        otherStage { stage stageLabel passed summary variations { indicator { id } before after limit }
          schools { school { name } before { passed indicators { value } } after { passed indicators { value amount } } } }
      } }`,
      { input: { districtId: ids.d1, schoolYear: 2025, stage: "PRIMARY", fixedActions: fixed } },
      tokens.haibowan,
    );
    expect(r.errors).toBeUndefined();
    const p = r.data!.balancePlan;
    expect(p).toMatchObject({
      mode: "EVALUATED",
      feasible: true,
      reason: null,
      totalCost: 32_000,
      outcomeAfter: "PASSED",
    });
    const adjust = p.actions.find((a: Any) => a.kind === "ADJUST_WITHIN_SCHOOL_ABOVE_DEGREE");
    expect(adjust).toEqual({
      kind: "ADJUST_WITHIN_SCHOOL_ABOVE_DEGREE",
      fromSchool: null,
      cost: 1000,
      text: "海勃湾区九年一贯制学校：校内调整高于规定学历教师1人（由初中部调入小学部），约1000元",
    });
    const n1 = p.schools.find((s: Any) => s.school.name === "海勃湾区九年一贯制学校");
    expect(n1.after.indicators[0].amount).toBe(14);
    expect(n1.after.indicators[0].value).toBeCloseTo(1400 / 300, 9);
    const sentence =
      "校内调整调出教师的初中部（海勃湾区九年一贯制学校）调整后仍达到要求；初中差异系数C1由0.000变为0.000（限值0.45），不超过限值。";
    expect(p.otherStage).toMatchObject({
      stage: "JUNIOR_SECONDARY",
      stageLabel: "初中",
      passed: true,
      summary: sentence,
    });
    expect(p.otherStage.variations).toEqual([{ indicator: { id: "C1" }, before: 0, after: 0, limit: 0.45 }]);
    const section = p.otherStage.schools[0];
    expect(section.school.name).toBe("海勃湾区九年一贯制学校");
    expect(section.before.indicators[0].value).toBe(6); // 12 / 200 × 100
    expect(section.after.indicators[0]).toMatchObject({ value: 5.5, amount: 11 });
    expect(p.summary).toContain(sentence);
    expect(p.summary[0]).toBe(
      "共需认定县级以上骨干教师5人，校内调整1人（高于规定学历教师1人，由本校初中部调入小学部），新增教学仪器设备值6000元，合计约3.2万元。",
    );

    // 初中, N1's PE/arts teacher from its 小学部 (3 for 300 pupils: its standard 2.7 needs 3):
    // 初中 C3 1 → 2 / 200 = 1.0 passes, but 小学部 C3 2/300 = 0.667 = 74% < 85% fails; 小学 C3's
    // 差异系数: P1 5/500, P2 4/400, P3 3/300 all 1.0, N1 0.667 → R 14, Q = 0.05 + 0.04 + 0.03 +
    // 4/300 = 0.133333, CV = √(200 − 196)/14 = 0.143 ≤ 0.50. The 小学部 breaking is enough: not feasible.
    const junior = await gql(
      url,
      `query($input: BalancePlanInput!) { balancePlan(input: $input) {
        feasible reason outcomeAfter otherStage { passed summary variations { after } } } }`,
      {
        input: {
          districtId: ids.d1,
          schoolYear: 2025,
          stage: "JUNIOR_SECONDARY",
          fixedActions: [{ kind: "ADJUST_WITHIN_SCHOOL_PE_ARTS", schoolId: ids.n1, quantity: 1 }],
        },
      },
      tokens.haibowan,
    );
    expect(junior.errors).toBeUndefined();
    const j = junior.data!.balancePlan;
    const broken = "校内调整使小学变差：海勃湾区九年一贯制学校的小学部调整后不再达到要求，请减少校内调整。";
    expect(j).toMatchObject({ outcomeAfter: "PASSED", feasible: false, reason: broken });
    expect(j.otherStage).toMatchObject({ passed: false, summary: broken });
    expect(j.otherStage.variations[0].after).toBeCloseTo(2 / 14, 9);
  });

  it("refuses 认定 and 校内调整 beyond the school's own teachers, on the field", async () => {
    const refused = async (action: Record<string, unknown>, stage = "PRIMARY") => {
      const r = await plan({ districtId: ids.d1, stage, fixedActions: [action] });
      expect(r.data?.balancePlan ?? null).toBeNull();
      return r.errors?.[0]?.extensions;
    };
    // P2: 20 teachers, 16 backbone → 4 to recognise
    expect(
      await refused({ kind: "RECOGNIZE_BACKBONE_TEACHER", schoolId: ids.p2, quantity: 5 }),
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.fixedActions.0.quantity",
    });
    const r = await plan({
      districtId: ids.d1,
      stage: "PRIMARY",
      fixedActions: [{ kind: "RECOGNIZE_BACKBONE_TEACHER", schoolId: ids.p2, quantity: 5 }],
    });
    expect(r.errors?.[0]?.message).toContain(
      "海勃湾区第二小学尚未认定为骨干的专任教师4人，认定人数不能超过此数",
    );
    // N1's 初中部 has 2 backbone teachers
    const over = await plan({
      districtId: ids.d1,
      stage: "PRIMARY",
      fixedActions: [{ kind: "ADJUST_WITHIN_SCHOOL_BACKBONE", schoolId: ids.n1, quantity: 3 }],
    });
    expect(over.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.fixedActions.0.quantity",
    });
    expect(over.errors?.[0]?.message).toContain(
      "海勃湾区九年一贯制学校另一学段可调整的县级以上骨干教师2人，校内调整人数不能超过此数",
    );
    // a huge quantity gets the real bound (N1's 初中部: 2 backbone teachers; P2: 20 − 16 = 4 to
    // recognise), not the generic cap "…的数量不能超过10000人"
    const huge = await plan({
      districtId: ids.d1,
      stage: "PRIMARY",
      fixedActions: [{ kind: "ADJUST_WITHIN_SCHOOL_BACKBONE", schoolId: ids.n1, quantity: 99999 }],
    });
    expect(huge.data?.balancePlan ?? null).toBeNull();
    expect(huge.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.fixedActions.0.quantity",
    });
    expect(huge.errors?.[0]?.message).toBe(
      "海勃湾区九年一贯制学校另一学段可调整的县级以上骨干教师2人，校内调整人数不能超过此数",
    );
    const hugeRecognition = await plan({
      districtId: ids.d1,
      stage: "PRIMARY",
      fixedActions: [{ kind: "RECOGNIZE_BACKBONE_TEACHER", schoolId: ids.p2, quantity: 99999 }],
    });
    expect(hugeRecognition.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.fixedActions.0.quantity",
    });
    expect(hugeRecognition.errors?.[0]?.message).toBe(
      "海勃湾区第二小学尚未认定为骨干的专任教师4人，认定人数不能超过此数",
    );
    // 初中 from 小学部: only its 本科+ count (3 backbone + PE + music = 5; fine art and 7 math are 专科)
    expect(
      await refused(
        { kind: "ADJUST_WITHIN_SCHOOL_ABOVE_DEGREE", schoolId: ids.n1, quantity: 6 },
        "JUNIOR_SECONDARY",
      ),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "input.fixedActions.0.quantity" });
    expect(
      (
        await plan({
          districtId: ids.d1,
          stage: "JUNIOR_SECONDARY",
          fixedActions: [{ kind: "ADJUST_WITHIN_SCHOOL_ABOVE_DEGREE", schoolId: ids.n1, quantity: 5 }],
        })
      ).errors,
    ).toBeUndefined();
    // P1 has no other section
    const noSection = await plan({
      districtId: ids.d1,
      stage: "PRIMARY",
      fixedActions: [{ kind: "ADJUST_WITHIN_SCHOOL_PE_ARTS", schoolId: ids.p1, quantity: 1 }],
    });
    expect(noSection.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.fixedActions.0.schoolId",
    });
    expect(noSection.errors?.[0]?.message).toContain("海勃湾区第一小学没有另一学段参加评估的学部");
  });

  it("with 认定 priced at 30,000 元: 3 backbone teachers moved from 第二小学 and 6,000 元 of equipment at 第三小学", async () => {
    const r = await d1Primary(recognitionDear);
    expect(r.errors).toBeUndefined();
    const p = r.data!.balancePlan;
    expect(p).toMatchObject({
      district: { name: "海勃湾区" },
      schoolYear: 2025,
      schoolYearLabel: "2025—2026学年",
      stage: "PRIMARY",
      stageLabel: "小学",
      mode: "SOLVED",
      outcomeBefore: "FAILED",
      outcomeBeforeLabel: "未达到",
      outcomeAfter: "PASSED",
      outcomeAfterLabel: "达到",
      feasible: true,
      reason: null,
      totalCost: 66_000,
      otherStage: null,
    });
    expect(
      p.actions.map((a: Any) => [a.kind, a.school.name, a.fromSchool?.name ?? null, a.quantity, a.cost]),
    ).toEqual([
      ["TRANSFER_BACKBONE", "海勃湾区第一小学", "海勃湾区第二小学", 1, 20_000],
      ["TRANSFER_BACKBONE", "海勃湾区第三小学", "海勃湾区第二小学", 1, 20_000],
      ["ADD_EQUIPMENT", "海勃湾区第三小学", null, 6000, 6000],
      ["TRANSFER_BACKBONE", "海勃湾区九年一贯制学校", "海勃湾区第二小学", 1, 20_000],
    ]);
    expect(p.actions[0]).toMatchObject({
      label: "交流轮岗（县级以上骨干教师）",
      indicator: { id: "C2" },
      unitLabel: "人",
      unitCost: 20_000,
      text: "从海勃湾区第二小学交流轮岗县级以上骨干教师1人到海勃湾区第一小学，约2万元",
    });
    expect(p.actions[2]).toMatchObject({
      label: "新增教学仪器设备值",
      indicator: { id: "C6" },
      unitLabel: "元",
      unitCost: 1,
      text: "海勃湾区第三小学：新增教学仪器设备值6000元，约6000元",
    });
    expect(p.summary).toEqual([
      "共需交流轮岗3人（县级以上骨干教师3人），新增教学仪器设备值6000元，合计约6.6万元。",
      "涉及4所学校；未达标学校由1所减为0所。",
      "差异系数：C2由0.691降至0.447（限值0.50）。",
      "调整前：未达到；调整后：达到。",
    ]);
    const c2 = p.variations.find((v: Any) => v.indicator.id === "C2");
    expect(c2).toMatchObject({ limit: 0.5, passedBefore: false, passedAfter: true });
    expect(c2.before).toBeCloseTo(Math.sqrt(374) / 28, 9);
    expect(c2.after).toBeCloseTo(Math.sqrt(156.75) / 28, 9);
    const p3 = p.schools.find((s: Any) => s.school.name === "海勃湾区第三小学");
    expect(p3).toMatchObject({
      students: 300,
      changed: true,
      cost: 26_000,
      before: { metCount: 6, passed: false, summary: "余项C6低于标准的85%" },
      after: { metCount: 6, passed: true, summary: "6项达到标准，余项C6不低于标准的85%" },
    });
    expect(p3.after.indicators[5].value).toBeCloseTo(1700, 6); // 510,000 / 300
    expect(p3.after.indicators[1].value).toBeCloseTo(400 / 300, 9); // 4 backbone / 300 × 100
    // the donor keeps its standard: 13 / 400 × 100 = 3.25 ≥ 1.0; its cost is 0 (transfers count where they arrive)
    const p2 = p.schools.find((s: Any) => s.school.name === "海勃湾区第二小学");
    expect(p2).toMatchObject({ changed: true, cost: 0, after: { passed: true } });
    expect(p2.after.indicators[1].value).toBeCloseTo(3.25, 9);
    expect(p2.after.indicators[1].amount).toBe(13);
    // a shared school's amounts are its stage share, as in balanceAssessment: N1 C6 1,250,000 × 300/500
    const n1 = p.schools.find((s: Any) => s.school.name === "海勃湾区九年一贯制学校");
    expect(n1.before.indicators[5].amount).toBeCloseTo(750_000, 4);
    expect(p.unitCosts).toHaveLength(14);
    expect(p.unitCosts[4]).toEqual({
      kind: "TRANSFER_TEACHER_ABOVE_DEGREE",
      label: "交流轮岗（高于规定学历教师）",
      unitLabel: "人",
      cost: 20_000,
      isDefault: true,
    });
    expect(p.method).toContain("不保证是全局最低");
  });

  it("agrees with balanceAssessment on the outcome before", async () => {
    const r = await gql(
      url,
      `query($d: ID!) { balanceAssessment(districtId: $d, schoolYear: 2025) { stages { stage outcome } } }`,
      { d: ids.d1 },
      tokens.haibowan,
    );
    const outcomes = r.data!.balanceAssessment.stages.map((s: Any) => s.outcome);
    const primary = (await d1Primary()).data!.balancePlan;
    const junior = (await plan({ districtId: ids.d1, stage: "JUNIOR_SECONDARY" })).data!.balancePlan;
    expect([primary.outcomeBefore, junior.outcomeBefore]).toEqual(outcomes);
  });

  it("hires when transfers are off or cost far more, and uses the district's unit costs", async () => {
    // 认定 at the ceiling (1,000,000 元) too: hiring is then the cheapest source of 骨干
    const off = (
      await d1Primary({
        allowTransfers: false,
        unitCosts: [{ kind: "RECOGNIZE_BACKBONE_TEACHER", cost: 1_000_000 }],
      })
    ).data!.balancePlan;
    expect(off.feasible).toBe(true);
    expect(off.actions.every((a: Any) => !a.kind.startsWith("TRANSFER_"))).toBe(true);
    expect(off.actions.filter((a: Any) => a.kind === "HIRE_BACKBONE_TEACHER").length).toBeGreaterThan(0);
    expect(off.totalCost).toBeGreaterThan(66_000);
    const dear = (
      await d1Primary({
        unitCosts: [
          // a transfer lowers C2 by ≈ 0.08 and a hire by ≈ 0.044 (P3: √352/29 = 0.647): at
          // 1,000,000 元 per transfer a hire (150,000) lowers it more per 元
          { kind: "TRANSFER_BACKBONE", cost: 1_000_000 },
          { kind: "RECOGNIZE_BACKBONE_TEACHER", cost: 1_000_000 },
          { kind: "ADD_EQUIPMENT", cost: 2 },
        ],
      })
    ).data!.balancePlan;
    expect(dear.actions.every((a: Any) => a.kind !== "TRANSFER_BACKBONE")).toBe(true);
    expect(dear.unitCosts.find((u: Any) => u.kind === "TRANSFER_BACKBONE")).toMatchObject({
      cost: 1_000_000,
      isDefault: false,
    });
    // 6,000 元 of equipment at 2 元 per 元 = 12,000
    expect(dear.actions.find((a: Any) => a.kind === "ADD_EQUIPMENT")).toMatchObject({
      quantity: 6000,
      cost: 12_000,
    });
    expect(dear.outcomeAfter).toBe("PASSED");
  });

  it("solves 海勃湾区 初中: one PE/arts teacher hired at the nine-year school (no donor)", async () => {
    const p = (await plan({ districtId: ids.d1, stage: "JUNIOR_SECONDARY" })).data!.balancePlan;
    expect(p).toMatchObject({
      outcomeBefore: "FAILED",
      outcomeAfter: "PASSED",
      feasible: true,
      totalCost: 150_000,
    });
    expect(p.actions).toMatchObject([
      {
        kind: "HIRE_PE_ARTS_TEACHER",
        school: { name: "海勃湾区九年一贯制学校" },
        fromSchool: null,
        quantity: 1,
        text: "海勃湾区九年一贯制学校：新增体育、艺术专任教师1人，约15万元",
      },
    ]);
    // 2 / 200 × 100 = 1.0 ≥ 0.9
    expect(p.schools[0].after.indicators[2].value).toBeCloseTo(1, 9);
  });

  it("evaluates the official's edited actions (mode EVALUATED): not enough, then enough", async () => {
    // to the full standard at P3 (600,000 − 504,000 = 96,000 元): P3 passes with 7 met, but C2
    // stays 0.691 → still 未达到
    const notEnough = (
      await d1Primary({ fixedActions: [{ kind: "ADD_EQUIPMENT", schoolId: ids.p3, quantity: 96_000 }] })
    ).data!.balancePlan;
    expect(notEnough).toMatchObject({
      mode: "EVALUATED",
      outcomeAfter: "FAILED",
      feasible: false,
      totalCost: 96_000,
      reason: "按所列措施调整后仍未达到：差异系数仍超过0.50：C2 0.691",
    });
    expect(notEnough.schools.find((s: Any) => s.school.name === "海勃湾区第三小学").after.metCount).toBe(7);
    expect(notEnough.method).toContain("按所列措施重新测算");
    // plus three backbone hires (P1 6 → 7, P3 3 → 4, N1 3 → 4) and one moved P2 → N1 (P2 16 → 15,
    // N1 → 5): R = 7 + 15 + 4 + 5 = 31, Q = 49/500 + 225/400 + 16/300 + 25/300 = 0.797167,
    // CV = √(0.797167 × 1500 − 31²)/31 = √234.75/31 = 0.494 ≤ 0.50
    const enough = (
      await d1Primary({
        fixedActions: [
          { kind: "ADD_EQUIPMENT", schoolId: ids.p3, quantity: 96_000 },
          { kind: "HIRE_BACKBONE_TEACHER", schoolId: ids.p3, quantity: 1 },
          { kind: "HIRE_BACKBONE_TEACHER", schoolId: ids.n1, quantity: 1 },
          { kind: "HIRE_BACKBONE_TEACHER", schoolId: ids.p1, quantity: 1 },
          { kind: "TRANSFER_BACKBONE", schoolId: ids.n1, fromSchoolId: ids.p2, quantity: 1 },
        ],
      })
    ).data!.balancePlan;
    expect(enough).toMatchObject({ mode: "EVALUATED", outcomeAfter: "PASSED", feasible: true, reason: null });
    // 96,000 + 3 × 150,000 + 20,000
    expect(enough.totalCost).toBe(566_000);
    expect(enough.variations[1].after).toBeCloseTo(Math.sqrt(234.75) / 31, 9);
    // sorted by school code then kind: P1, P3 (hire before equipment), N1 (hire before transfer)
    expect(enough.actions.map((a: Any) => [a.school.name, a.kind])).toEqual([
      ["海勃湾区第一小学", "HIRE_BACKBONE_TEACHER"],
      ["海勃湾区第三小学", "HIRE_BACKBONE_TEACHER"],
      ["海勃湾区第三小学", "ADD_EQUIPMENT"],
      ["海勃湾区九年一贯制学校", "HIRE_BACKBONE_TEACHER"],
      ["海勃湾区九年一贯制学校", "TRANSFER_BACKBONE"],
    ]);
  });

  it("is not feasible while a school awaits its report, and not applicable without a school of the stage", async () => {
    const pending = (await plan({ districtId: ids.d2, stage: "PRIMARY" }, tokens.wuda)).data!.balancePlan;
    expect(pending).toMatchObject({
      outcomeBefore: "PENDING",
      outcomeAfter: "PENDING",
      feasible: false,
      actions: [],
      totalCost: 0,
      reason:
        "1所学校年报尚未审核（乌达区第二小学），其数据未知，调整后仍为待评估；以上措施仅按已评估的1所学校测算",
    });
    const none = (await plan({ districtId: ids.d2, stage: "JUNIOR_SECONDARY" }, tokens.wuda)).data!
      .balancePlan;
    expect(none).toMatchObject({
      outcomeBefore: "NOT_APPLICABLE",
      outcomeAfter: "NOT_APPLICABLE",
      feasible: false,
      schools: [],
      reason: "本区没有参加初中优质均衡评估的学校，无需制定达标方案",
    });
  });

  it("refuses bad input on its field, with a Chinese message", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ stage: "PRESCHOOL" }, "input.stage", "达标方案只适用于小学或初中学段"],
      [{ schoolYear: 1800 }, "input.schoolYear", ""],
      [
        { unitCosts: [{ kind: "ADD_SPORTS_AREA", cost: 0 }] },
        "input.unitCosts.0.cost",
        "新增体育运动场馆面积的单价须大于0元且不超过100万元",
      ],
      [
        {
          unitCosts: [
            { kind: "ADD_SPORTS_AREA", cost: 900 },
            { kind: "ADD_SPORTS_AREA", cost: 1000 },
          ],
        },
        "input.unitCosts.1.kind",
        "新增体育运动场馆面积的单价重复给出，每类措施只能给一个单价",
      ],
      [
        { fixedActions: [{ kind: "TRANSFER_PE_ARTS", schoolId: ids.p1, fromSchoolId: ids.p1, quantity: 1 }] },
        "input.fixedActions.0.fromSchoolId",
        "调出学校与调入学校不能相同",
      ],
      [
        {
          fixedActions: [
            { kind: "ADD_EQUIPMENT", schoolId: ids.p1, quantity: 1 },
            { kind: "TRANSFER_PE_ARTS", schoolId: ids.p1, fromSchoolId: ids.q1, quantity: 1 },
          ],
        },
        "input.fixedActions.1.fromSchoolId",
        "调出学校不在本区本学段参加评估的学校之中",
      ],
      [
        { fixedActions: [{ kind: "ADD_SPORTS_AREA", schoolId: ids.p1, quantity: -5 }] },
        "input.fixedActions.0.quantity",
        "新增体育运动场馆面积的数量须为不小于0的数",
      ],
      [
        // a special school is not assessed
        { fixedActions: [{ kind: "ADD_SPORTS_AREA", schoolId: ids.x1, quantity: 5 }] },
        "input.fixedActions.0.schoolId",
        "该学校不在本区本学段参加评估的学校之中",
      ],
      [
        // P3 has 3 PE/arts teachers
        { fixedActions: [{ kind: "TRANSFER_PE_ARTS", schoolId: ids.p1, fromSchoolId: ids.p3, quantity: 4 }] },
        "input.fixedActions.0.quantity",
        "海勃湾区第三小学现有体育艺术专任教师3人，调出人数不能超过现有人数",
      ],
    ];
    // the platform's years: 2020—2021学年 (baseline) to the current one; 2099 is always ahead
    for (const schoolYear of [2019, 2000, 2099]) cases.push([{ schoolYear }, "input.schoolYear", ""]);
    // 1,000,001 元 per 人: over the ceiling (100万元), so cost × quantity stays ≤ 10¹⁵ < 2⁵³
    cases.push([
      { unitCosts: [{ kind: "HIRE_BACKBONE_TEACHER", cost: 1_000_001 }] },
      "input.unitCosts.0.cost",
      "新增县级以上骨干教师的单价须大于0元且不超过100万元",
    ]);
    // 501 actions: refused on the list, before any row is read
    cases.push([
      { fixedActions: Array(501).fill({ kind: "ADD_EQUIPMENT", schoolId: ids.p1, quantity: 1 }) },
      "input.fixedActions",
      "措施最多500项，当前501项",
    ]);
    for (const [extra, field, message] of cases) {
      const r = await d1Primary(extra);
      expect(r.data?.balancePlan ?? null, field).toBeNull();
      expect(r.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
      if (message) expect(r.errors?.[0]?.message).toBe(message);
    }
  });

  it("names a value GraphQL cannot read by the same dotted path as every other refusal", async () => {
    // text for a number, an unknown enum value, "NaN" for a Float, 5.5 for an Int: refused by
    // graphql-js's coercion before the service, named input.<path> (the drawer reads
    // ^input\.unitCosts\.(\d+)\. and ^input\.fixedActions\.(\d+)\.)
    const cases: [Record<string, unknown>, string][] = [
      [{ unitCosts: [{ kind: "ADD_SPORTS_AREA", cost: "九百" }] }, "input.unitCosts.0.cost"],
      [{ unitCosts: [{ kind: "NO_SUCH_KIND", cost: 900 }] }, "input.unitCosts.0.kind"],
      [
        {
          fixedActions: [
            { kind: "ADD_EQUIPMENT", schoolId: ids.p1, quantity: 1 },
            { kind: "ADD_EQUIPMENT", schoolId: ids.p1, quantity: "NaN" },
          ],
        },
        "input.fixedActions.1.quantity",
      ],
      [{ schoolYear: 2025.5 }, "input.schoolYear"],
    ];
    for (const [extra, field] of cases) {
      const r = await d1Primary(extra);
      expect(r.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(r.errors?.[0]?.message).toBe(`字段 ${field} 的值格式不正确`);
    }
    // a required field left out: named with its path too
    const missing = await d1Primary({ unitCosts: [{ kind: "ADD_SPORTS_AREA" }] });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.unitCosts.0.cost",
    });
    expect(missing.errors?.[0]?.message).toBe("缺少必填字段 input.unitCosts.0.cost");
  });

  it("answers the city, refuses another district's bureau and a school account", async () => {
    const city = await plan({ districtId: ids.d1, stage: "PRIMARY" }, tokens.city);
    expect(city.errors).toBeUndefined();
    expect(city.data?.balancePlan.totalCost).toBe(31_000);
    const other = await plan({ districtId: ids.d1, stage: "PRIMARY" }, tokens.wuda);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(other.data?.balancePlan ?? null).toBeNull();
    const school = await plan({ districtId: ids.d1, stage: "PRIMARY" }, tokens.p1);
    expect(school.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // the scope is checked first: bad input from outside the scope is still FORBIDDEN, telling
    // nothing about the input's checks
    for (const extra of [
      { stage: "PRESCHOOL" },
      { schoolYear: 1800 },
      { unitCosts: [{ kind: "ADD_SPORTS_AREA", cost: 0 }] },
    ]) {
      for (const token of [tokens.p1, tokens.wuda]) {
        const r = await plan({ districtId: ids.d1, stage: "PRIMARY", ...extra }, token);
        expect(r.errors?.[0]?.extensions?.code, JSON.stringify(extra)).toBe("FORBIDDEN");
      }
    }
  });

  it("a school year without an approved report: not feasible, one reason, no per-indicator sentences", async () => {
    // the fixture's reports are all of 2025; in 2024 its four 小学 schools are open, none reported
    const p = (await d1Primary({ schoolYear: 2024 })).data!.balancePlan;
    expect(p).toMatchObject({
      schoolYear: 2024,
      outcomeBefore: "PENDING",
      outcomeAfter: "PENDING",
      feasible: false,
      actions: [],
      schools: [],
      totalCost: 0,
      reason: "该学年没有已审核的年报，无法测算",
      summary: [],
    });
  });

  // last: it deletes 第三小学's roster
  it("gives no plan while a school has no roster, and says which school lacks what", async () => {
    await h.db.delete(staff).where(eq(staff.schoolId, ids.p3));
    const p = (await d1Primary()).data!.balancePlan;
    expect(p).toMatchObject({
      outcomeBefore: "FAILED",
      outcomeAfter: "FAILED",
      feasible: false,
      actions: [],
      reason:
        "1所学校缺少指标数据（海勃湾区第三小学C1、海勃湾区第三小学C2、海勃湾区第三小学C3），无法测算达标方案：请先补全教职工名册或年报",
    });
    const edit = await d1Primary({
      fixedActions: [{ kind: "HIRE_BACKBONE_TEACHER", schoolId: ids.p3, quantity: 1 }],
    });
    expect(edit.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.fixedActions.0.schoolId",
    });
    expect(edit.errors?.[0]?.message).toBe("海勃湾区第三小学缺少C2数据，无法测算");
  });
});
