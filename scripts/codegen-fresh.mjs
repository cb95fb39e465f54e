#!/usr/bin/env node
/**
 * Run a package's GraphQL codegen unless its committed output is already what the codegen makes
 * of its inputs (issue 15: a fresh clone has no turbo cache, so `pnpm start` ran both codegens,
 * ~4 s of CPU each under load, before and beside the API's first start, to write the very files
 * that were checked out).
 *
 *   node ../../scripts/codegen-fresh.mjs <stamp> --inputs <path>… --outputs <path>… -- <command>…
 *
 * `<stamp>` (committed beside the output) records the SHA-256 of the inputs and of the outputs
 * as the last codegen run left them. The command is skipped only when both match now: any
 * change to an input (a module's SDL, an operation, the codegen config or hook, the lockfile's
 * codegen versions) or to an output (edited, half-merged, missing) runs it, and the stamp is
 * rewritten after it succeeds. Paths are files or folders (every file under them, or
 * `folder/**\/*.graphql`: those of one extension), relative to the package folder (the working
 * directory of the package's script).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

const [stampPath, ...rest] = process.argv.slice(2);
const dash = rest.indexOf("--");
const lists = { inputs: [], outputs: [] };
let current;
for (const arg of rest.slice(0, dash)) {
  if (arg === "--inputs" || arg === "--outputs") current = lists[arg.slice(2)];
  else current?.push(arg);
}
const command = rest.slice(dash + 1);
if (!stampPath || dash < 0 || !command.length || !lists.inputs.length || !lists.outputs.length) {
  console.error("usage: codegen-fresh.mjs <stamp> --inputs <path>… --outputs <path>… -- <command>…");
  process.exit(2);
}
const stamp = resolve(stampPath);

/**
 * Every file under `path` (or `path` itself), sorted, as paths relative to the package folder
 * (the same in every checkout); `folder/**\/*.ext` keeps the files of that extension only. The
 * stamp itself is left out.
 */
function files(path) {
  const [folder, ext] = path.includes("/**/*.") ? path.split("/**/*") : [path, ""];
  const walk = (p) => {
    if (!existsSync(p)) return [`${p} (missing)`];
    if (!statSync(p).isDirectory()) return resolve(p) === stamp || !p.endsWith(ext) ? [] : [p];
    return readdirSync(p)
      .sort()
      .flatMap((name) => walk(join(p, name)));
  };
  return walk(folder);
}

/** SHA-256 of the names and contents of every file under `paths`. */
function digest(paths) {
  const hash = createHash("sha256");
  for (const file of paths.flatMap(files)) {
    hash.update(`${relative(".", file).split(sep).join("/")}\n`);
    if (!file.endsWith(" (missing)")) hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

const now = () => `inputs ${digest(lists.inputs)}\noutputs ${digest(lists.outputs)}\n`;
if (existsSync(stamp) && readFileSync(stamp, "utf8") === now()) {
  console.log(`codegen: output up to date with its inputs (${stampPath}), not run`);
  process.exit(0);
}
const run = spawnSync(command[0], command.slice(1), {
  stdio: "inherit",
  shell: process.platform === "win32",
});
if (run.status !== 0) process.exit(run.status ?? 1);
writeFileSync(stamp, now());
