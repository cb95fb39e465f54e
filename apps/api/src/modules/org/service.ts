/** Org units as the API shows them. */
import { type CityRow, city, type Db } from "@edu2035/db";
import type { ResolvedUnit } from "../../authz/access.ts";

/** An org unit in a response: level, id (null for the city), code and name. */
export interface OrgUnitModel {
  level: ResolvedUnit["level"];
  id: string | null;
  code: string;
  name: string;
}

/** The response shape of a resolved unit. */
export function toOrgUnit(unit: ResolvedUnit): OrgUnitModel {
  return { level: unit.level, id: unit.id, code: unit.code, name: unit.name };
}

/**
 * The city record (Query.city), read without a viewer: public, for the login page's titles.
 * @returns the one `city` row, or null before the first administrator set it up.
 */
export async function readCity(db: Db): Promise<CityRow | null> {
  const [row] = await db.select().from(city);
  return row ?? null;
}
