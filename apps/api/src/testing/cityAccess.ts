/**
 * A city account's scoped access to a test database, for tests that call a measure's statements
 * directly (the rollup tests compare them with the per-school statements, as the dashboard reads
 * them): a synthetic viewer (user id all zeros, username "t"), reading and writing `h.db`.
 */
import type { DbHandle } from "@edu2035/db";
import { ScopedAccess } from "../authz/access.ts";

export const cityAccess = (h: DbHandle): ScopedAccess =>
  new ScopedAccess(
    h.db,
    {
      userId: "00000000-0000-0000-0000-000000000000",
      level: "city",
      username: "t",
      displayName: "t",
      mustChangePassword: false,
    },
    h.db,
  );
