/**
 * `pnpm --filter @edu2035/db prebuilt`: write the migrated, empty PGlite database for the
 * migrations as they are (`packages/db/prebuilt/pglite-migrated-<key>.tar.br`, see prebuilt.ts)
 * and delete the artefacts of other keys. Run after adding or changing a migration (or upgrading
 * PGlite) and commit the folder; prebuilt.test.ts fails until then.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { buildPrebuiltMigrated, PREBUILT_DIR, PREBUILT_NAME, prebuiltPath } from "../prebuilt.ts";

const path = prebuiltPath();
mkdirSync(PREBUILT_DIR, { recursive: true });
const bytes = await buildPrebuiltMigrated();
writeFileSync(path, bytes);
for (const name of readdirSync(PREBUILT_DIR))
  if (PREBUILT_NAME.test(name) && name !== basename(path)) rmSync(join(PREBUILT_DIR, name));
process.stdout.write(`${path}: ${bytes.length} bytes\n`);
