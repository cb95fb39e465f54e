/**
 * The scoped access layer: the one place that turns a request's viewer and the IDs a client
 * sends into data the viewer may see. Every resolver reads through it; nothing downstream
 * trusts a client ID. An ID outside the scope — or one that does not exist, which a
 * non-city viewer cannot tell apart — answers FORBIDDEN.
 */
import {
  type CityRow,
  city,
  type Db,
  type DistrictRow,
  districts,
  type SchoolRow,
  schools,
} from "@edu2035/db";
import { type Action, can, type SchoolType, type UnitRef } from "@edu2035/domain";
import DataLoader from "dataloader";
import { and, asc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { badInput, forbidden, notFound } from "../errors.ts";
import { preparedPerDb } from "../lib/prepared.ts";
import type { FieldRecord } from "./guard.ts";
import type { Viewer } from "./viewer.ts";

const RESOLVED = Symbol("resolved-unit");

/**
 * An org unit that has passed the authorization check. Only `ScopedAccess.resolveUnit`
 * makes one, so a service handed a ResolvedUnit knows the viewer may read it.
 */
export interface ResolvedUnit {
  readonly [RESOLVED]: true;
  readonly ref: UnitRef;
  readonly level: UnitRef["level"];
  /** District or school id; null for the city. */
  readonly id: string | null;
  readonly code: string;
  readonly name: string;
  readonly district: DistrictRow | null;
  readonly school: SchoolRow | null;
}

/** The unit a request names: level plus id (none for the city). */
export interface UnitInput {
  level: UnitRef["level"];
  id?: string | null;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The city row (every request that shows a unit or the titles reads it): built once per handle. */
const cityStatement = preparedPerDb((db) => db.select().from(city).prepare("city_row"));

/** Per-request access for one viewer. Holds request-scoped DataLoaders only; nothing outlives the request. */
export class ScopedAccess {
  /**
   * @param database the primary: writes, transactions, version checks, authorization lookups.
   * @param readDatabase where reads that may lag go (dashboards, lists): a streaming replica
   *   when DATABASE_REPLICA_URL is set, else the primary itself (`DbHandle.readDb`).
   * @param now the API's one clock (AppDeps.now; context.ts passes it): what "now" is for the
   *   calendar — the current school year, today's date, a deadline passed. Omitted: the system
   *   clock. Services read it as `access.now()`.
   */
  constructor(
    private readonly database: Db,
    readonly viewer: Viewer,
    private readonly readDatabase: Db,
    readonly now: () => Date = () => new Date(),
  ) {}

  private readonly districtLoader = new DataLoader<string, DistrictRow | null>(async (ids) => {
    const rows = await this.database
      .select()
      .from(districts)
      .where(inArray(districts.id, [...ids]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  private readonly schoolLoader = new DataLoader<string, SchoolRow | null>(async (ids) => {
    const rows = await this.database
      .select()
      .from(schools)
      .where(inArray(schools.id, [...ids]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  private readonly schoolCountLoader = new DataLoader<string, number>(async (districtIds) => {
    const rows = await this.database
      .select({ districtId: schools.districtId, n: sql<number>`cast(count(*) as integer)` })
      .from(schools)
      .where(
        and(
          this.schoolScopeCondition(),
          eq(schools.active, true),
          inArray(schools.districtId, [...districtIds]),
        ),
      )
      .groupBy(schools.districtId);
    const byId = new Map(rows.map((r) => [r.districtId, r.n]));
    return districtIds.map((id) => byId.get(id) ?? 0);
  });

  /**
   * The root field whose checks this access records for the default-deny guard (guard.ts): set
   * on the view `recordingInto` makes; null on the request's own access (nested fields, scripts).
   */
  private readonly record: FieldRecord | null = null;

  /**
   * This request's access as one guarded root field sees it (guard.ts): the same viewer, clock,
   * loaders and per-request cache (its prototype is this object; nothing is copied), with every
   * check recorded in `record`.
   */
  recordingInto(record: FieldRecord): ScopedAccess {
    return Object.create(this, { record: { value: record } }) as ScopedAccess;
  }

  /** Records that the scope or the policy was applied (see `recordingInto`). */
  private consulted(): void {
    if (this.record) this.record.consulted = true;
  }

  /** Active schools of a district that the viewer sees (batched across districts). */
  async schoolCount(districtId: string): Promise<number> {
    this.consulted();
    return this.schoolCountLoader.load(districtId);
  }

  /** Throws FORBIDDEN unless the policy lets the viewer do `action` on `unit`. */
  assertCan(action: Action, unit: UnitRef): void {
    this.consulted();
    if (!can(this.viewer, action, unit)) throw forbidden();
  }

  /** Whether the policy allows it (for fields that are hidden rather than refused). */
  allows(action: Action, unit: UnitRef): boolean {
    this.consulted();
    return can(this.viewer, action, unit);
  }

  /**
   * The database, for services that build their queries from a ResolvedUnit (which carries
   * the authorization) — never to be queried with a client-sent ID.
   */
  get db(): Db {
    return this.database;
  }

  /**
   * The database for reads that may lag behind the primary by the replication delay
   * (只读副本; the primary itself when no replica is configured): dashboards, assessments,
   * summaries, completeness and audit lists. Same rule as `db` (queries built from a
   * ResolvedUnit). Never for a write, a read inside a transaction, a version the client will
   * send back, or the object a mutation returns: those read `db`.
   */
  get readDb(): Db {
    return this.readDatabase;
  }

  /**
   * For data that is the same for every logged-in viewer and names no unit (the plan's targets,
   * the register kinds, which school years have data): `ctx.access()` has already refused
   * anonymous and one-time-password sessions; this records, for the default-deny guard
   * (guard.ts), that the field reads nothing of a unit. Never for data of a unit.
   */
  sharedCatalogue(): this {
    this.consulted();
    return this;
  }

  /** SQL condition keeping schools inside the viewer's scope (undefined for the city). */
  schoolScopeCondition(): SQL | undefined {
    this.consulted();
    switch (this.viewer.level) {
      case "city":
        return undefined;
      case "district":
        return eq(schools.districtId, this.viewer.districtId);
      case "school":
        return eq(schools.id, this.viewer.schoolId);
    }
  }

  /** Read once per request, whichever field's view asks first (see `recordingInto`). */
  private readonly cached: { cityRow: Promise<CityRow> | null } = { cityRow: null };

  /**
   * The city this deployment serves (one row, set by `pnpm admin init` or the demo), read once
   * per request. Every logged-in viewer may read it (names and titles).
   * @throws Error when the database has no city record (a database set up without `pnpm admin init`).
   */
  async city(): Promise<CityRow> {
    this.consulted();
    this.cached.cityRow ??= cityStatement(this.database)
      .execute()
      .then(([row]) => {
        if (!row) throw new Error("no city record: run `pnpm admin init` first");
        return row;
      });
    return this.cached.cityRow;
  }

  /**
   * Districts the viewer may see, in the city's order. `includeClosed: false` (Query.districts'
   * default) leaves out districts closed (撤销) today; omitted, every district is listed, as the
   * per-year statistics need.
   */
  async districts(filter: { includeClosed?: boolean | null } = {}): Promise<DistrictRow[]> {
    this.consulted();
    const v = this.viewer;
    const where = and(
      v.level === "city" ? undefined : eq(districts.id, v.districtId),
      filter.includeClosed === false ? isNull(districts.closedOn) : undefined,
    );
    const rows = await this.database
      .select()
      .from(districts)
      .where(where)
      .orderBy(asc(districts.sortOrder), asc(districts.code));
    // a school sees its district's name, but may not read the district as a unit
    return rows;
  }

  /** A district the viewer may read. FORBIDDEN outside the scope, NOT_FOUND (city only) if absent. */
  async district(id: string): Promise<DistrictRow> {
    const row = UUID_RE.test(id) ? await this.districtLoader.load(id) : null;
    if (!row) {
      if (this.viewer.level === "city") throw notFound("区");
      throw forbidden();
    }
    this.assertCan("org.read", { level: "district", districtId: row.id });
    return row;
  }

  /**
   * The district of a row already in scope (a school's or staff member's district). Reading
   * it is allowed when the row itself was: a school account sees its own district's name.
   */
  async districtOf(row: { districtId: string | null }): Promise<DistrictRow | null> {
    this.consulted();
    if (!row.districtId) return null;
    if (this.viewer.level !== "city" && row.districtId !== this.viewer.districtId) throw forbidden();
    return this.districtLoader.load(row.districtId);
  }

  /** A school the viewer may read. FORBIDDEN outside the scope, NOT_FOUND (city only) if absent. */
  async school(id: string): Promise<SchoolRow> {
    const row = UUID_RE.test(id) ? await this.schoolLoader.load(id) : null;
    if (!row) {
      if (this.viewer.level === "city") throw notFound("学校");
      throw forbidden();
    }
    this.assertCan("org.read", { level: "school", districtId: row.districtId, schoolId: row.id });
    return row;
  }

  /**
   * Schools in scope, optionally narrowed to a district (which must itself be in scope) and types.
   * Which schools: with `schoolYear`, those open at its 统计时点 (SQL school_open_in, 1 September);
   * else with `includeClosed` every school ever registered; else those open today.
   * @throws BAD_USER_INPUT (schoolYear not a year 2000–2100); FORBIDDEN (district out of scope).
   */
  async schools(
    filter: {
      districtId?: string | null;
      types?: readonly SchoolType[] | null;
      schoolYear?: number | null;
      /** Open at the 统计时点 of at least one school year of this range (start years, inclusive). */
      openDuring?: { from: number; to: number } | null;
      includeClosed?: boolean | null;
    } = {},
  ): Promise<SchoolRow[]> {
    const y = filter.schoolYear;
    if (y != null && (!Number.isInteger(y) || y < 2000 || y > 2100)) {
      throw badInput("schoolYear", "学年应为 2000 至 2100 之间的年份（学年起始年）");
    }
    const range = filter.openDuring;
    const which =
      y != null
        ? sql`school_open_in(${schools.openedOn}, ${schools.closedOn}, ${y}::integer)`
        : range
          ? sql`exists (select 1 from generate_series(${range.from}::integer, ${range.to}::integer) as y(year) where school_open_in(${schools.openedOn}, ${schools.closedOn}, y.year))`
          : filter.includeClosed
            ? undefined
            : eq(schools.active, true);
    const conditions: (SQL | undefined)[] = [this.schoolScopeCondition(), which];
    if (filter.districtId) {
      if (this.viewer.level === "school") {
        if (filter.districtId !== this.viewer.districtId) throw forbidden();
      } else {
        await this.district(filter.districtId);
      }
      conditions.push(eq(schools.districtId, filter.districtId));
    }
    if (filter.types?.length) conditions.push(inArray(schools.type, [...filter.types]));
    const rows = await this.database
      .select()
      .from(schools)
      .where(and(...conditions))
      .orderBy(asc(schools.code));
    for (const r of rows) this.schoolLoader.prime(r.id, r);
    return rows;
  }

  /**
   * Resolve and authorize an org unit named by a request (`action` defaults to targets.read).
   * @throws BAD_USER_INPUT field unit.id (a district or school without its id); FORBIDDEN;
   *   NOT_FOUND.
   */
  async resolveUnit(input: UnitInput, action: Action = "targets.read"): Promise<ResolvedUnit> {
    if (input.level === "city") {
      this.assertCan(action, { level: "city" });
      const c = await this.city();
      return this.make({ level: "city" }, null, c.code, c.name, null, null);
    }
    // a district or school named without its id is a malformed argument, not a scope question
    // (every OrgUnitInput argument of the schema is called `unit`)
    if (!input.id) {
      throw badInput("unit.id", `单位缺少 id：${input.level === "district" ? "区" : "学校"}须给出其 id`);
    }
    if (input.level === "district") {
      const d = await this.district(input.id);
      const ref: UnitRef = { level: "district", districtId: d.id };
      this.assertCan(action, ref);
      return this.make(ref, d.id, d.code, d.name, d, null);
    }
    const s = await this.school(input.id);
    const ref: UnitRef = { level: "school", districtId: s.districtId, schoolId: s.id };
    this.assertCan(action, ref);
    return this.make(ref, s.id, s.code, s.name, await this.districtLoader.load(s.districtId), s);
  }

  /** The viewer's own unit, resolved. */
  async ownUnit(): Promise<ResolvedUnit> {
    const v = this.viewer;
    if (v.level === "city") return this.resolveUnit({ level: "city" }, "org.read");
    if (v.level === "district") return this.resolveUnit({ level: "district", id: v.districtId }, "org.read");
    return this.resolveUnit({ level: "school", id: v.schoolId }, "org.read");
  }

  private make(
    ref: UnitRef,
    id: string | null,
    code: string,
    name: string,
    district: DistrictRow | null,
    school: SchoolRow | null,
  ): ResolvedUnit {
    return { [RESOLVED]: true, ref, level: ref.level, id, code, name, district, school };
  }
}
