/**
 * Many rows into one table with a handful of statements (each column as one array parameter,
 * turned back into rows by `unnest`): the helper lives in @edu2035/db
 * (`packages/db/src/bulkInsert.ts`), where the demo load uses it too; re-exported here for the
 * API's importers.
 */
export { BULK_INSERT_CHUNK, bulkInsert } from "@edu2035/db";
