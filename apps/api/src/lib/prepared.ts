/**
 * Statements built once per database handle (issue 15, per-request overhead): Drizzle's query
 * builder costs more CPU than the statement itself on a trivial request (the `viewer`'s session
 * lookup was ~0.2 ms of builder per statement on a busy 2-core machine; a prepared one ~0.1 ms
 * in all), so the statements every request runs are built with `.prepare()` and placeholders
 * once per `Db` and then only executed.
 *
 * What is kept is the compiled statement (its SQL text and how to map its columns), never a
 * row: every request still reads the database (sessions, accounts, the city), so the API keeps
 * no state between requests. Kept in a WeakMap per handle: a closed handle's statements go
 * with it, and a test's database never shares another's.
 */
import type { Db } from "@edu2035/db";

/** `build` run once per database handle; the same statement for the handle afterwards. */
export function preparedPerDb<P>(build: (db: Db) => P): (db: Db) => P {
  const built = new WeakMap<Db, P>();
  return (db) => {
    let statement = built.get(db);
    if (statement === undefined) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}
