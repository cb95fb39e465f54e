/**
 * A projection scenario (预测情景): named overrides of the cohort model's assumptions, stored as
 * JSON in projection_scenarios.assumptions and checked here. Every field is optional; an omitted
 * one keeps the model's default (estimated rates, births held at the latest known year).
 */
import { z } from "zod";
import { type Checked, uniqueIssues, zodIssues } from "../validation/issues.ts";
import { TRANSITION_KEYS, TRANSITIONS } from "./stages.ts";

/** Chinese labels of the scenario's fields, as errors and the editor name them. */
export const SCENARIO_FIELD_LABELS = {
  name: "情景名称",
  description: "说明",
  birthTrendPercent: "出生人口年变化率（%/年）",
  transitionRates: "升级（升学）率覆盖",
  seniorGrossEnrolmentRate: "初中毕业生升学率（%）",
} as const;

const L = SCENARIO_FIELD_LABELS;

/** The assumptions a scenario overrides (预测假设). */
export const projectionAssumptionsSchema = z.strictObject(
  {
    /**
     * Births after the latest known year change by this % a year (compound), e.g. −5 =
     * "出生人口继续下降5%/年". Default 0: held at the latest known year.
     */
    birthTrendPercent: z
      .number({ error: `${L.birthTrendPercent}须为数字` })
      .min(-50, { error: `${L.birthTrendPercent}须在−50—50之间` })
      .max(50, { error: `${L.birthTrendPercent}须在−50—50之间` })
      .optional(),
    /** A rate per transition key (stages.ts TRANSITIONS), 0–3, replacing the estimated one. */
    transitionRates: z
      .record(
        z.string(),
        z
          .number({ error: `${L.transitionRates}须为数字` })
          .min(0, { error: `${L.transitionRates}须在0—3之间` })
          .max(3, { error: `${L.transitionRates}须在0—3之间` }),
        { error: `${L.transitionRates}须为对象（转换 → 比率）` },
      )
      .superRefine((rates, ctx) => {
        for (const k of Object.keys(rates)) {
          if (!TRANSITION_KEYS.includes(k))
            ctx.addIssue({ code: "custom", path: [k], message: `${L.transitionRates}：未知的转换“${k}”` });
        }
      })
      .optional(),
    /**
     * 初中毕业生升学率 (%): entry to 高一 + 中职一年级 = last year's 初三 × this rate, split between
     * 普高 and 中职 in the estimated proportion. Not the 高中阶段毛入学率 (A05: 高中阶段在校生 ÷
     * 15—17岁人口); the field keeps its API name `seniorGrossEnrolmentRate` for saved scenarios.
     */
    seniorGrossEnrolmentRate: z
      .number({ error: `${L.seniorGrossEnrolmentRate}须为数字` })
      .min(0, { error: `${L.seniorGrossEnrolmentRate}须在0—150之间` })
      .max(150, { error: `${L.seniorGrossEnrolmentRate}须在0—150之间` })
      .optional(),
  },
  {
    error: (i) =>
      i.code === "unrecognized_keys"
        ? "情景假设含有未知字段"
        : i.code === "invalid_type"
          ? "情景假设须为对象"
          : undefined,
  },
);
export type ProjectionAssumptions = z.infer<typeof projectionAssumptionsSchema>;

/** Zero-width characters (ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM): invisible in a name. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * A scenario name as stored and compared: NFKC (全角 “５％” = 半角 "5%"), zero-width characters
 * removed, trimmed — so two names that look alike are the same name (同名).
 */
export function normalizeScenarioName(name: string): string {
  return name.normalize("NFKC").replace(ZERO_WIDTH, "").trim();
}

/** Whether assumptions override anything (a scenario that overrides nothing is the 基准 itself). */
export function overridesAny(a: ProjectionAssumptions): boolean {
  return (
    a.birthTrendPercent != null ||
    a.seniorGrossEnrolmentRate != null ||
    Object.keys(a.transitionRates ?? {}).length > 0
  );
}

/** Why a scenario that overrides nothing is refused (field "assumptions"). */
export const NOTHING_OVERRIDDEN = `预测情景须至少覆盖一项假设（${L.birthTrendPercent}、${L.seniorGrossEnrolmentRate}或${L.transitionRates}），否则与基准预测相同`;

/**
 * A scenario as saved (name, description, assumptions): it must override at least one assumption
 * (a saved scenario without overrides would be the 基准 under another name, e.g. "出生人口继续下降
 * 5%/年" whose rate did not parse).
 */
export const projectionScenarioSchema = z.object({
  name: z
    .string({ error: `${L.name}不能为空` })
    .transform(normalizeScenarioName)
    .pipe(
      z
        .string()
        .min(1, { error: `${L.name}不能为空` })
        .max(60, { error: `${L.name}不能超过60个字` }),
    ),
  description: z
    .string({ error: `${L.description}须为文字` })
    .trim()
    .max(500, { error: `${L.description}不能超过500个字` })
    .default(""),
  // only once the assumptions themselves are valid (an unknown or bad field is said on its own)
  assumptions: projectionAssumptionsSchema.refine(overridesAny, {
    error: NOTHING_OVERRIDDEN,
    when: (payload) => payload.issues.length === 0,
  }),
});
export type ProjectionScenarioInput = z.infer<typeof projectionScenarioSchema>;

/** Check a scenario; every issue at once, fields named as in the input ("assumptions.birthTrendPercent"). */
export function checkProjectionScenario(input: unknown): Checked<ProjectionScenarioInput> {
  const parsed = projectionScenarioSchema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  return { ok: false, value: null, issues: uniqueIssues(zodIssues(parsed.error)) };
}

/** Check stored assumptions (as read back from the database). */
export function parseProjectionAssumptions(raw: unknown): ProjectionAssumptions {
  const parsed = projectionAssumptionsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

/** A short Chinese summary of a scenario's assumptions, e.g. "出生人口年变化 −5%；初中毕业生升学率 98%". */
export function describeAssumptions(a: ProjectionAssumptions): string {
  const parts: string[] = [];
  if (a.birthTrendPercent != null)
    parts.push(`出生人口年变化 ${a.birthTrendPercent > 0 ? "+" : ""}${a.birthTrendPercent}%`);
  if (a.seniorGrossEnrolmentRate != null) parts.push(`初中毕业生升学率 ${a.seniorGrossEnrolmentRate}%`);
  for (const [k, v] of Object.entries(a.transitionRates ?? {})) {
    const t = TRANSITIONS.find((x) => x.key === k);
    parts.push(`${t?.label ?? k} = ${v}`);
  }
  return parts.length ? parts.join("；") : "基准（不覆盖任何假设）";
}
