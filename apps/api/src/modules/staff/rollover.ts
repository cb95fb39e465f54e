/**
 * 学年名册结转 (roster rollover): a new school year's roster starts from the previous year's.
 * The roster keeps one row per person per school year (统计时点 1 September), so at the start
 * of a school year every unit's roster is empty until it is carried over: each person active
 * (在岗) on the previous year's roster gets a record in the new year with the same post and
 * attributes (continuing-education hours run on within a five-year cycle of B43, and start
 * from zero in the first year of a new cycle: hours belong to the cycle they were earned in,
 * domain trainingCycleOf);
 * people who left (调出/退休) stay in the old year's history only. Afterwards the unit edits
 * the new year as usual (add the newly hired, mark leavers, update titles and education).
 *
 * One SQL insert … select for the whole scope, skipping anyone with a record in the new year
 * (and `on conflict do nothing` on the one-active-record-per-year index, for a concurrent
 * add): a person already on the new roster (added by hand, transferred in by another school,
 * or already marked as left) is left as they are, so a rollover never overwrites an edit and
 * running it twice adds nothing.
 * Modelled on OpenEMIS's 学年 rollover of staff positions (Administration › System Setup ›
 * Academic Periods › Rollover) and DHIS2's "copy from previous period" of data sets.
 */
import { people, type SchoolRow, schools, staff } from "@edu2035/db";
import { schoolYearLabel, schoolYearOf, startsTrainingCycle, type UnitRef } from "@edu2035/domain";
import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess, UnitInput } from "../../authz/access.ts";
import { badInput, forbidden } from "../../errors.ts";
import { assertRosterYearOpen, schoolOpenIn } from "../../lib/rosterYear.ts";
import { recordAudit } from "../audit/record.ts";
import { toRows } from "../indicators/measures.ts";
import { type OrgUnitModel, toOrgUnit } from "../org/service.ts";
import { lockRosterIdentity } from "./identity.ts";
import { assertSchoolYear } from "./service.ts";

/** What a rollover did for one unit (a school, or a 教研室). Counts in persons. */
export interface RolloverUnitResult {
  unit: OrgUnitModel;
  /** Records created in the new school year. */
  carried: number;
  /** People active last year who were already on the new year's roster (left unchanged). */
  alreadyOnRoster: number;
}

/** The result of `carryOverRoster`: totals and one entry per unit that had a roster last year. */
export interface RolloverResult {
  /** The school year carried into (start year). */
  schoolYear: number;
  /** The school year carried from: schoolYear − 1. */
  fromSchoolYear: number;
  carried: number;
  alreadyOnRoster: number;
  units: RolloverUnitResult[];
}

/** A roster of one unit: a school's, or a 教研室's (district or city; schoolId null). */
interface RosterUnit {
  org: OrgUnitModel;
  districtId: string | null;
  schoolId: string | null;
  /** The school of a school's roster; null for a 教研室. */
  school: SchoolRow | null;
}

/** The staff rows of a roster unit (a 教研室 has no school). */
function rosterCondition(u: RosterUnit): SQL {
  if (u.schoolId) return eq(staff.schoolId, u.schoolId);
  return and(
    isNull(staff.schoolId),
    u.districtId ? eq(staff.districtId, u.districtId) : isNull(staff.districtId),
  )!;
}

/** The rows of a raw statement (postgres.js answers an array, PGlite an object with `rows`). */
const rowsOf = <T>(result: unknown): T[] => toRows(result) as T[];

/** SQL matching the staff rows of any of the rosters. */
function scopeOf(rosters: readonly RosterUnit[]): SQL {
  return sql.join(
    rosters.map((r) => sql`(${rosterCondition(r)})`),
    sql` or `,
  );
}

const rosterKey = (schoolId: string | null, districtId: string | null) =>
  `${schoolId ?? ""}:${districtId ?? ""}`;

/**
 * The rosters a rollover covers, each allowed `staff.edit`: a school its own; a district its
 * 教研室 and, with `includeSchools`, every school of the district open in `schoolYear` (SQL
 * school_open_in at its 统计时点); the city its 教研室 (the city may not edit schools'
 * rosters, so `includeSchools` answers FORBIDDEN for it).
 */
async function rostersOf(
  access: ScopedAccess,
  unit: ResolvedUnit,
  includeSchools: boolean,
  schoolYear: number,
): Promise<RosterUnit[]> {
  if (unit.level === "school") {
    return [
      { org: toOrgUnit(unit), districtId: unit.school!.districtId, schoolId: unit.id, school: unit.school },
    ];
  }
  const office: RosterUnit = {
    org: { ...toOrgUnit(unit), name: `${unit.name}教研室` },
    districtId: unit.level === "district" ? unit.id : null,
    schoolId: null,
    school: null,
  };
  if (!includeSchools) return [office];
  if (unit.level !== "district") throw forbidden();
  const list = await access.db
    .select()
    .from(schools)
    .where(and(eq(schools.districtId, unit.id as string), schoolOpenIn(schoolYear)))
    .orderBy(schools.code);
  const out: RosterUnit[] = [office];
  for (const s of list) {
    const ref: UnitRef = { level: "school", districtId: s.districtId, schoolId: s.id };
    if (!access.allows("staff.edit", ref)) throw forbidden();
    out.push({
      org: { level: "school", id: s.id, code: s.code, name: s.name },
      districtId: s.districtId,
      schoolId: s.id,
      school: s,
    });
  }
  return out;
}

/**
 * SQL: the person of the staff row `row` (a row of last year's roster) is on `schoolYear`'s
 * roster — the same person with any record there (carried over, added by hand, or marked
 * 调出/退休), or their 身份证号 active there under another person row (调入, identity.ts). The
 * rollover skips exactly these people, so the rest of last year's 在岗 are still to carry over.
 */
export function onNewRoster(row: SQL, schoolYear: number): SQL {
  return sql`(exists (select 1 from ${staff} n where n.person_id = ${row}.person_id and n.school_year = ${schoolYear})
    or exists (select 1 from ${people} p
      join ${people} q on q.id_number_hash = p.id_number_hash
      join ${staff} n on n.person_id = q.id and n.school_year = ${schoolYear} and n.status = 'active'
      where p.id = ${row}.person_id))`;
}

/**
 * 待结转: last year's 在岗 people (statistical date 1 September of schoolYear − 1) of the staff
 * rows matching `scope` not yet on `schoolYear`'s roster (onNewRoster), grouped per roster. The
 * one rule of the roster's banner (rosterRolloverStatus.toCarry) and the school's 待办.
 */
export function toCarrySql(scope: SQL, schoolYear: number): SQL {
  return sql`select ${staff.schoolId} as school_id, ${staff.districtId} as district_id,
      cast(count(*) as integer) as to_carry
    from ${staff}
    where ${staff.schoolYear} = ${schoolYear - 1} and ${staff.status} = 'active' and (${scope})
      and not ${onNewRoster(sql`${staff}`, schoolYear)}
    group by ${staff.schoolId}, ${staff.districtId}`;
}

/** Where a roster stands before a rollover. Counts in persons. */
export interface RolloverStatus {
  unit: OrgUnitModel;
  /** Active (在岗) on the roster of schoolYear − 1. */
  previousActive: number;
  /** Records (any status) on the roster of schoolYear. */
  current: number;
  /** 待结转: active last year and not yet on this year's roster (toCarrySql); 0 = carried over. */
  toCarry: number;
}

/**
 * The rosters a rollover of `unit` into `schoolYear` would cover, each with last year's active
 * people, this year's records and those still to carry over (two SQL statements). Authorized as the rollover itself.
 * @throws FORBIDDEN (outside the scope; the city with includeSchools); BAD_USER_INPUT (schoolYear).
 */
export async function rosterRolloverStatus(
  access: ScopedAccess,
  input: UnitInput,
  schoolYear: number,
  includeSchools: boolean,
): Promise<RolloverStatus[]> {
  assertSchoolYear(schoolYear, "schoolYear");
  const unit = await access.resolveUnit(input, "staff.edit");
  const rosters = await rostersOf(access, unit, includeSchools, schoolYear);
  const scope = scopeOf(rosters);
  const counted = rowsOf<{
    school_id: string | null;
    district_id: string | null;
    previous: number;
    current: number;
  }>(
    await access.db.execute(sql`
      select ${staff.schoolId} as school_id, ${staff.districtId} as district_id,
        cast(count(*) filter (where ${staff.schoolYear} = ${schoolYear - 1} and ${staff.status} = 'active') as integer) as previous,
        cast(count(*) filter (where ${staff.schoolYear} = ${schoolYear}) as integer) as current
      from ${staff}
      where ${staff.schoolYear} in (${schoolYear - 1}, ${schoolYear}) and (${scope})
      group by ${staff.schoolId}, ${staff.districtId}`),
  );
  const toCarry = rowsOf<{ school_id: string | null; district_id: string | null; to_carry: number }>(
    await access.db.execute(toCarrySql(scope, schoolYear)),
  );
  const by = new Map(counted.map((c) => [rosterKey(c.school_id, c.district_id), c]));
  const carryBy = new Map(toCarry.map((c) => [rosterKey(c.school_id, c.district_id), Number(c.to_carry)]));
  return rosters.map((r) => {
    const k = rosterKey(r.schoolId, r.districtId);
    const c = by.get(k);
    return {
      unit: r.org,
      previousActive: Number(c?.previous ?? 0),
      current: Number(c?.current ?? 0),
      toCarry: carryBy.get(k) ?? 0,
    };
  });
}

/**
 * Carry the rosters of a unit over from `schoolYear − 1` into `schoolYear` (see the module
 * comment). One transaction: the insert, then one audit_log row (`staff.carryOver`) per unit
 * that gained records, with the counts. Counts are persons.
 * @param unit the school, district or city (authorized here for `staff.edit`)
 * @param schoolYear the new school year (start year): the current one, or a past one whose
 *   school rosters are open for 补录 (lib/rosterYear.ts; a 教研室: the current year only)
 * @param includeSchools a district also carries every one of its schools' rosters
 * @throws FORBIDDEN (outside the scope; the city with includeSchools); BAD_USER_INPUT on
 *   `schoolYear` (out of range, a future year, a past year outside an open 补录 window, a
 *   closed school, or no one active on last year's rosters).
 */
export async function carryOverRoster(
  access: ScopedAccess,
  input: UnitInput,
  schoolYear: number,
  includeSchools: boolean,
): Promise<RolloverResult> {
  assertSchoolYear(schoolYear, "schoolYear");
  const unit = await access.resolveUnit(input, "staff.edit");
  const current = schoolYearOf(access.now());
  if (schoolYear > current) {
    throw badInput("schoolYear", `不能结转到未来学年（当前为${schoolYearLabel(current)}）`);
  }
  const all = await rostersOf(access, unit, includeSchools, schoolYear);
  // a past year: only rosters open for 补录 (lib/rosterYear.ts); a district's 教研室 roster is
  // current-year only, so a district carrying its schools into a past year leaves it out
  const rosters = schoolYear < current && all.length > 1 ? all.filter((r) => r.school) : all;
  const from = schoolYear - 1;
  const scope = scopeOf(rosters);
  // B43: a new five-year cycle (2026–2030 …) starts from zero hours, the last cycle's stay behind
  const hours = startsTrainingCycle(schoolYear) ? sql`0` : sql`training_hours`;

  return access.db.transaction(async (tx) => {
    // the target year's rosters are open (and not published: the year's lock is held till commit)
    for (const r of rosters) await assertRosterYearOpen(tx, r.school, schoolYear, "schoolYear", access.now());
    // the year's identity lock (identity.ts): no add or import of the year interleaves
    await lockRosterIdentity(tx, schoolYear);
    // last year's active people per roster, and how many of them are already on the new one
    const counted = await tx.execute(sql`
      select o.school_id, o.district_id, cast(count(*) as integer) as active,
        cast(count(*) filter (where exists (
          select 1 from ${staff} n where n.person_id = o.person_id and n.school_year = ${schoolYear}
        )) as integer) as present
      from (select * from ${staff} where ${staff.schoolYear} = ${from} and ${staff.status} = 'active' and (${scope})) o
      group by o.school_id, o.district_id`);
    const before = rowsOf<{
      school_id: string | null;
      district_id: string | null;
      active: number;
      present: number;
    }>(counted).map((b) => ({
      schoolId: b.school_id,
      districtId: b.district_id,
      active: Number(b.active),
      present: Number(b.present),
    }));
    if (!before.some((b) => b.active > 0)) {
      throw badInput(
        "schoolYear",
        `${schoolYearLabel(from)}花名册没有在岗人员，无法结转；请直接在${schoolYearLabel(schoolYear)}花名册中添加人员或导入 Excel`,
      );
    }
    const inserted = await tx.execute(sql`
      insert into ${staff} (
        person_id, school_year, district_id, school_id, role, status, started_on, full_time, stage, subject,
        education, preschool_major, teacher_certificate, title, dual_qualified, backbone_level,
        mental_health_trained, counselling_certificate, bilingual, training_hours
      )
      select person_id, ${schoolYear}, district_id, school_id, role, 'active', started_on, full_time, stage,
        subject, education, preschool_major, teacher_certificate, title, dual_qualified,
        backbone_level, mental_health_trained, counselling_certificate, bilingual, ${hours}
      from ${staff}
      where ${staff.schoolYear} = ${from} and ${staff.status} = 'active' and (${scope})
        and not exists (
          select 1 from ${staff} n where n.person_id = ${staff.personId} and n.school_year = ${schoolYear}
        )
        -- nor anyone whose 身份证号 is already active on the new year's roster elsewhere (调入
        -- under another person row, identity.ts): one active record per 身份证号 and year
        and not exists (
          select 1 from ${people} p
            join ${people} q on q.id_number_hash = p.id_number_hash
            join ${staff} n on n.person_id = q.id and n.school_year = ${schoolYear} and n.status = 'active'
          where p.id = ${staff.personId}
        )
      on conflict (person_id, school_year) where status = 'active' do nothing
      returning school_id, district_id`);
    const rows = rowsOf<{ school_id: string | null; district_id: string | null }>(inserted);
    const carriedBy = new Map<string, number>();
    for (const r of rows) {
      const k = rosterKey(r.school_id, r.district_id);
      carriedBy.set(k, (carriedBy.get(k) ?? 0) + 1);
    }
    const presentBy = new Map(before.map((b) => [rosterKey(b.schoolId, b.districtId), b.present]));
    const units = rosters
      .map((r) => {
        const k = rosterKey(r.schoolId, r.districtId);
        return { unit: r.org, carried: carriedBy.get(k) ?? 0, alreadyOnRoster: presentBy.get(k) ?? 0, r };
      })
      .filter((u) =>
        before.some((b) => rosterKey(b.schoolId, b.districtId) === rosterKey(u.r.schoolId, u.r.districtId)),
      );
    const audited = units.filter((u) => u.carried > 0);
    if (audited.length) {
      await recordAudit(
        tx,
        audited.map((u) => ({
          userId: access.viewer.userId,
          action: "staff.carryOver",
          entityType: "roster",
          entityId: `${u.r.schoolId ?? u.r.districtId ?? "city"}:${schoolYear}`,
          districtId: u.r.districtId,
          schoolId: u.r.schoolId,
          before: null,
          after: { fromSchoolYear: from, schoolYear, carried: u.carried, alreadyOnRoster: u.alreadyOnRoster },
        })),
      );
    }
    const result = units.map(({ r: _r, ...u }) => u);
    return {
      schoolYear,
      fromSchoolYear: from,
      carried: result.reduce((a, u) => a + u.carried, 0),
      alreadyOnRoster: result.reduce((a, u) => a + u.alreadyOnRoster, 0),
      units: result,
    };
  });
}
