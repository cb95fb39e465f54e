#!/usr/bin/env node
/**
 * Codegen hook (apps/api/codegen.ts, afterOneFileWrite): in each written file named on the
 * command line, turn the re-exports of enum types bound by `enumValues`
 * (`export { SchoolType };`) into type re-exports (`export type { SchoolType };`), so the file
 * compiles under `verbatimModuleSyntax` wherever it is imported. Plain Node, no GNU `sed -i`
 * (which BSD/macOS sed does not accept). Files other than .ts are left alone.
 */
import { readFileSync, writeFileSync } from "node:fs";

for (const file of process.argv.slice(2)) {
  if (!file.endsWith(".ts")) continue;
  const text = readFileSync(file, "utf8");
  const fixed = text.replace(/^export \{ ([A-Za-z]+) \};$/gm, "export type { $1 };");
  if (fixed !== text) writeFileSync(file, fixed);
}
