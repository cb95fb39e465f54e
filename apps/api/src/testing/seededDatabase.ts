/**
 * A throwaway database with the small city (fixtures/smallCity.ts), for the tests that run the
 * API as a process on a server of their own or on DATABASE_URL's: made by
 * `createThrowawayDatabase` of `@edu2035/db/testing` (so the next run's sweep drops it if this
 * run is killed before `drop()`), then migrated and seeded.
 */
import { createDb } from "@edu2035/db";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@edu2035/db/testing";
import { loadSmallCity, type SmallCity } from "../fixtures/smallCity.ts";

/** A throwaway database: its name and URL, the small city's ids, and how to drop it. */
export interface SeededDatabase extends ThrowawayDatabase {
  /** The small city's ids (empty when not seeded). */
  ids: SmallCity;
}

/**
 * Create a fresh database on the server of `serverUrl`, migrate it and (unless `seed` is false)
 * load the small city into it (for `options.schoolYear`, default 2025: see loadSmallCity).
 * Dropped again if that fails.
 */
export async function seededDatabase(
  serverUrl: string,
  seed = true,
  options: { schoolYear?: number } = {},
): Promise<SeededDatabase> {
  const database = await createThrowawayDatabase(serverUrl);
  try {
    const h = await createDb({ url: database.url, maxConnections: 2 });
    try {
      await h.migrate();
      const ids = seed ? await loadSmallCity(h.db, options) : ({} as SmallCity);
      return { ...database, ids };
    } finally {
      await h.close();
    }
  } catch (e) {
    await database.drop();
    throw e;
  }
}
