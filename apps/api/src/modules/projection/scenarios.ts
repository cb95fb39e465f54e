/**
 * Projection scenarios (预测情景): a city scenario (district_id null) by the city, a district's by
 * that district or the city (inputs.write on the unit); readable by the city and, for the city's
 * and its own, by a district (inputs.read). Each write is one transaction with its audit row,
 * guarded by the row's version.
 */
import { projectionScenarios, type Tx } from "@edu2035/db";
import {
  type AuditAction,
  checkProjectionScenario,
  type ProjectionAssumptions,
  parseProjectionAssumptions,
  SCENARIO_FIELD_LABELS,
  TRANSITIONS,
  type ValidationIssue,
} from "@edu2035/domain";
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { GraphQLError } from "graphql";
import type { ScopedAccess } from "../../authz/access.ts";
import { badInput, conflict, forbidden, invalidInput, notFound } from "../../errors.ts";
import { recordAudit } from "../audit/record.ts";

export type ProjectionScenarioRow = typeof projectionScenarios.$inferSelect;

/** The scenario as the API returns it: the row with its assumptions checked. */
export type ProjectionScenarioModel = Omit<ProjectionScenarioRow, "assumptions"> & {
  assumptions: ProjectionAssumptions;
};

const toModel = (r: ProjectionScenarioRow): ProjectionScenarioModel => ({
  ...r,
  assumptions: parseProjectionAssumptions(r.assumptions),
});

/** The GraphQL input as the domain's scenario (transition rates as a record). */
interface ScenarioInput {
  districtId?: string | null;
  name: string;
  description?: string | null;
  assumptions: {
    birthTrendPercent?: number | null;
    seniorGrossEnrolmentRate?: number | null;
    transitionRates?: readonly { key: string; rate: number }[] | null;
  };
}

const RATES_FIELD = "assumptions.transitionRates";

/**
 * The domain checks the rates as a record keyed by transition; the input is a list: name the
 * entry (`assumptions.transitionRates.<i>.rate`, or `.key` for an unknown transition) and
 * the transition's Chinese label ("小学一年级 → 小学二年级") in the message.
 */
function rateIssue(issue: ValidationIssue, list: readonly { key: string }[]): ValidationIssue {
  const prefix = `${RATES_FIELD}.`;
  if (!issue.field.startsWith(prefix)) return issue;
  const key = issue.field.slice(prefix.length);
  const i = list.findIndex((r) => r.key === key);
  if (i < 0) return issue;
  const t = TRANSITIONS.find((x) => x.key === key);
  if (!t) return { field: `${prefix}${i}.key`, message: issue.message };
  const L = SCENARIO_FIELD_LABELS.transitionRates;
  return {
    field: `${prefix}${i}.rate`,
    message: issue.message.replace(L, `${L}“${t.label}”`),
  };
}

function checkInput(input: ScenarioInput) {
  const a = input.assumptions ?? {};
  const list = a.transitionRates ?? [];
  const rates: Record<string, number> = {};
  const issues: ValidationIssue[] = [];
  list.forEach((r, i) => {
    if (r.key in rates) {
      const label = TRANSITIONS.find((x) => x.key === r.key)?.label ?? r.key;
      issues.push({
        field: `${RATES_FIELD}.${i}.key`,
        message: `${SCENARIO_FIELD_LABELS.transitionRates}：转换“${label}”重复`,
      });
    }
    rates[r.key] = r.rate;
  });
  const checked = checkProjectionScenario({
    name: input.name,
    description: input.description ?? "",
    assumptions: {
      ...(a.birthTrendPercent != null ? { birthTrendPercent: a.birthTrendPercent } : {}),
      ...(a.seniorGrossEnrolmentRate != null ? { seniorGrossEnrolmentRate: a.seniorGrossEnrolmentRate } : {}),
      ...(a.transitionRates?.length ? { transitionRates: rates } : {}),
    },
  });
  const all = [...issues, ...(checked.ok ? [] : checked.issues.map((i) => rateIssue(i, list)))];
  if (all.length || !checked.ok) throw invalidInput(all);
  return checked.value;
}

/** The unit a scenario belongs to, authorized for `action`. */
async function scenarioUnit(
  access: ScopedAccess,
  districtId: string | null,
  action: "inputs.read" | "inputs.write",
) {
  return districtId
    ? access.resolveUnit({ level: "district", id: districtId }, action)
    : access.resolveUnit({ level: "city" }, action);
}

/** NOT_FOUND as errors.ts makes it, with the message the apps show for a deleted scenario. */
const scenarioGone = () => new GraphQLError("情景不存在或已删除", { extensions: { code: "NOT_FOUND" } });

/**
 * A scenario the viewer may read (a city one, or one of a district in scope).
 * A school account is refused everything (FORBIDDEN: no projection at all). For the city and a
 * district, a scenario that does not exist (or was deleted) and another district's scenario
 * answer alike, NOT_FOUND "情景不存在或已删除": a district never learns that another unit's
 * scenario exists.
 * @throws FORBIDDEN (a school account); NOT_FOUND.
 */
export async function readScenario(access: ScopedAccess, id: string): Promise<ProjectionScenarioRow> {
  if (access.viewer.level === "school") throw forbidden();
  const row = /^[0-9a-f-]{36}$/i.test(id)
    ? (await access.db.select().from(projectionScenarios).where(eq(projectionScenarios.id, id)))[0]
    : undefined;
  if (!row) throw scenarioGone();
  if (row.districtId) {
    try {
      await access.resolveUnit({ level: "district", id: row.districtId }, "inputs.read");
    } catch (e) {
      if (e instanceof GraphQLError && e.extensions?.code === "FORBIDDEN") throw scenarioGone();
      throw e;
    }
  } else access.sharedCatalogue();
  return row;
}

/** Scenarios of the city and of `districtId` (or of every district in scope). */
export async function listScenarios(
  access: ScopedAccess,
  districtId: string | null | undefined,
): Promise<ProjectionScenarioModel[]> {
  let ids: string[];
  if (districtId) {
    ids = [(await access.resolveUnit({ level: "district", id: districtId }, "inputs.read")).id as string];
  } else if (access.viewer.level === "city") {
    await access.resolveUnit({ level: "city" }, "inputs.read");
    ids = (await access.districts()).map((d) => d.id);
  } else if (access.viewer.level === "district") {
    ids = [
      (await access.resolveUnit({ level: "district", id: access.viewer.districtId }, "inputs.read"))
        .id as string,
    ];
  } else {
    throw forbidden();
  }
  const rows = await access.db
    .select()
    .from(projectionScenarios)
    .where(
      or(
        isNull(projectionScenarios.districtId),
        ids.length ? inArray(projectionScenarios.districtId, ids) : undefined,
      ),
    )
    .orderBy(sql`${projectionScenarios.districtId} is not null`, asc(projectionScenarios.name));
  return rows.map(toModel);
}

function audit(
  tx: Tx,
  access: ScopedAccess,
  action: AuditAction,
  row: ProjectionScenarioRow,
  before: unknown,
  after: unknown,
) {
  return recordAudit(tx, {
    userId: access.viewer.userId,
    action,
    entityType: "projection_scenarios",
    entityId: row.id,
    districtId: row.districtId,
    schoolId: null,
    before: before ?? null,
    after: after ?? null,
  });
}

const nameTaken = () => badInput("name", "同一范围内已有同名的预测情景");

/** Create a scenario (see the SDL). */
export async function createScenario(
  access: ScopedAccess,
  input: ScenarioInput,
): Promise<ProjectionScenarioModel> {
  const unit = await scenarioUnit(access, input.districtId ?? null, "inputs.write");
  const v = checkInput(input);
  return access.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(projectionScenarios)
      .values({
        districtId: unit.level === "district" ? unit.id : null,
        name: v.name,
        description: v.description,
        assumptions: v.assumptions,
        createdBy: access.viewer.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw nameTaken();
    await audit(tx, access, "projection_scenario.create", row, null, row);
    return toModel(row);
  });
}

/** Change a scenario read at `version`; its scope stays. */
export async function updateScenario(
  access: ScopedAccess,
  id: string,
  version: number,
  input: ScenarioInput,
): Promise<ProjectionScenarioModel> {
  const current = await readScenario(access, id);
  await scenarioUnit(access, current.districtId, "inputs.write");
  const v = checkInput(input);
  return access.db.transaction(async (tx) => {
    const [before] = await tx.select().from(projectionScenarios).where(eq(projectionScenarios.id, id));
    if (!before) throw notFound("预测情景");
    const clash = await tx
      .select({ id: projectionScenarios.id })
      .from(projectionScenarios)
      .where(
        and(
          before.districtId
            ? eq(projectionScenarios.districtId, before.districtId)
            : isNull(projectionScenarios.districtId),
          eq(projectionScenarios.name, v.name),
          sql`${projectionScenarios.id} <> ${id}`,
        ),
      );
    if (clash.length) throw nameTaken();
    const [after] = await tx
      .update(projectionScenarios)
      .set({
        name: v.name,
        description: v.description,
        assumptions: v.assumptions,
        version: sql`${projectionScenarios.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(projectionScenarios.id, id), eq(projectionScenarios.version, version)))
      .returning();
    if (!after) throw conflict(`预测情景“${before.name}”`);
    await audit(tx, access, "projection_scenario.update", after, before, after);
    return toModel(after);
  });
}

/** Delete a scenario read at `version`. */
export async function deleteScenario(access: ScopedAccess, id: string, version: number): Promise<string> {
  const current = await readScenario(access, id);
  await scenarioUnit(access, current.districtId, "inputs.write");
  return access.db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(projectionScenarios)
      .where(and(eq(projectionScenarios.id, id), eq(projectionScenarios.version, version)))
      .returning();
    if (!gone) throw conflict(`预测情景“${current.name}”`);
    await audit(tx, access, "projection_scenario.delete", gone, gone, null);
    return id;
  });
}

export { toModel as scenarioModel };
