/**
 * Many rows into one table with a handful of statements (the rows as one jsonb parameter through
 * `jsonb_to_recordset`): the helper lives in @edu2035/db (`packages/db/src/bulkInsert.ts`), where
 * the demo load uses it too; re-exported here for the API's importers.
 */
export { BULK_INSERT_CHUNK, bulkInsert } from "@edu2035/db";
