/** Org units as the API shows them. */
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
