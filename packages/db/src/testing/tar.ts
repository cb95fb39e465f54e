/**
 * Unpack a PGlite dump (the uncompressed tar `dumpDataDir("none")` writes: ustar, one entry per
 * file or folder of the data directory, paths relative to it) into a folder with plain file
 * writes, for `pnpm start`'s first start (issue 15). PGlite's own `loadDataDir` unpacks the same
 * tar through its WebAssembly file system, entry by entry: 5.9 s of CPU for the published demo's
 * 130 MB (measured under load), where these writes take a fraction of a second; the folder is
 * then opened as any existing data directory (`new PGlite(dir)`), exactly as `loadDataDir` leaves
 * it (PGlite extracts and then resumes the same way).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, normalize, sep } from "node:path";

const BLOCK = 512;

/** A NUL-terminated text field of a header. */
function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString("utf8");
}

/**
 * Write every file and folder of the tar `archive` under `dir` (created when missing).
 * @throws Error on an entry that is neither a file nor a folder, a path leaving `dir`, or a
 *   truncated archive — a dump PGlite did not write.
 */
export function unpackTar(archive: Buffer, dir: string): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const root = normalize(dir + sep);
  let files = 0;
  let bytes = 0;
  for (let at = 0; at + BLOCK <= archive.length; ) {
    const header = archive.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break; // the end-of-archive blocks
    const prefix = field(header, 345, 155);
    const name = (prefix ? `${prefix}/` : "") + field(header, 0, 100);
    const size = Number.parseInt(field(header, 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const target = normalize(join(dir, name.replace(/^\/+/, "")));
    if (!`${target}${sep}`.startsWith(root)) throw new Error(`unpackTar: ${name} is outside the folder`);
    const body = at + BLOCK;
    if (body + size > archive.length) throw new Error(`unpackTar: ${name} is truncated`);
    if (type === "5") mkdirSync(target, { recursive: true });
    else if (type === "0" || type === "\0") {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, archive.subarray(body, body + size));
      files++;
      bytes += size;
    } else throw new Error(`unpackTar: ${name} has entry type ${JSON.stringify(type)}`);
    at = body + Math.ceil(size / BLOCK) * BLOCK;
  }
  return { files, bytes };
}
