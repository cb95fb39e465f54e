/**
 * An uploaded .xlsx checked while it is decompressed, before exceljs builds a workbook (issue 11:
 * a 4.4 MB file expanding to 250,000 rows was loaded whole, 23–56 s and over 1 GB, before the
 * 3,000-row check). No dependency: the zip's central directory is read by hand (node:zlib
 * inflates), and every part is inflated as a stream that stops at the first byte over the
 * budget, whatever sizes the directory declares (a zip bomb lies about them).
 *
 * Checks, in order, each a BAD_USER_INPUT on `contentBase64`:
 * - the directory's declared uncompressed sizes sum to at most `MAX_UNCOMPRESSED_BYTES`;
 * - inflating every part really yields at most that many bytes in all;
 * - each worksheet has at most its cap of rows with a value below its header (`<row>` elements
 *   holding a `<v>` or an inline string, the first of them the header), counted while
 *   inflating: the cap of the sheet named in `rowCaps`, otherwise `MAX_SHEET_ROWS`.
 * A file that is not a zip passes untouched: exceljs reports it as unreadable.
 */
import { createInflateRaw } from "node:zlib";
import { badInput } from "../../errors.ts";

/**
 * Largest total size of an upload's parts once decompressed (bytes; a 3,000-row roster is ~5 MB,
 * a 10,000-row one with 9 of its 20 columns filled 4.2 MB: bench/import.bench.ts).
 */
export const MAX_UNCOMPRESSED_BYTES = 40 * 1024 * 1024;

/** Rows with a value below the header any worksheet may have when its importer names no cap. */
export const MAX_SHEET_ROWS = 5000;

/** One part of the zip, from the central directory. */
interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const MB = (n: number) => Math.round(n / 1024 / 1024);
const tooLarge = () =>
  badInput("contentBase64", `文件解压后超过 ${MB(MAX_UNCOMPRESSED_BYTES)} MB，请删去多余的行或分批导入`);

/** The central directory's entries; null when the bytes are not a (non-zip64) zip. */
function centralDirectory(zip: Buffer): ZipEntry[] | null {
  // the end-of-central-directory record: the last 22 bytes plus a comment of up to 65,535
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50) return null;
    const nameLength = zip.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      uncompressedSize: zip.readUInt32LE(p + 24),
      name: zip.toString("utf8", p + 46, p + 46 + nameLength),
      localOffset: zip.readUInt32LE(p + 42),
    };
    entries.push(entry);
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return entries;
}

/** The compressed bytes of an entry (after its local header). */
function entryData(zip: Buffer, e: ZipEntry): Buffer | null {
  const p = e.localOffset;
  if (p + 30 > zip.length || zip.readUInt32LE(p) !== 0x04034b50) return null;
  const start = p + 30 + zip.readUInt16LE(p + 26) + zip.readUInt16LE(p + 28);
  if (start + e.compressedSize > zip.length) return null;
  return zip.subarray(start, start + e.compressedSize);
}

/**
 * Inflate one entry as a stream, handing each decoded text chunk to `onText`; stops (and
 * throws what `onText` or the byte budget throws) at the first chunk over a limit.
 * Returns the bytes produced; null when the entry cannot be decoded (left to exceljs).
 */
async function inflateEntry(
  data: Buffer,
  method: number,
  budget: number,
  onText: ((text: string) => void) | null,
): Promise<number | null> {
  if (method === 0) {
    if (data.length > budget) throw tooLarge();
    onText?.(data.toString("utf8"));
    return data.length;
  }
  if (method !== 8) return null;
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    const decoder = new TextDecoder("utf-8");
    let produced = 0;
    let failed = false;
    inflate.on("data", (chunk: Buffer) => {
      if (failed) return;
      produced += chunk.length;
      try {
        if (produced > budget) throw tooLarge();
        onText?.(decoder.decode(chunk, { stream: true }));
      } catch (e) {
        failed = true;
        inflate.destroy();
        reject(e);
      }
    });
    inflate.on("error", () => {
      if (!failed) resolve(null);
    });
    inflate.on("end", () => {
      if (!failed) resolve(produced);
    });
    inflate.end(data);
  });
}

/** Counts the rows holding a value in worksheet XML given chunk by chunk. */
function rowCounter(sheet: string, cap: number) {
  let buffer = "";
  let rows = 0;
  return (text: string) => {
    buffer += text;
    for (;;) {
      const end = buffer.indexOf("</row>");
      if (end < 0) break;
      const row = buffer.slice(buffer.lastIndexOf("<row", end), end);
      if (/<v[\s>]|<is[\s>]/.test(row)) rows++;
      // the first row with a value is the header
      if (rows - 1 > cap) throw badInput("contentBase64", `工作表“${sheet}”超过 ${cap} 行，请分批导入`);
      buffer = buffer.slice(end + 6);
    }
  };
}

/** XML text with its five entities decoded. */
function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * Check an .xlsx's decompressed size and the rows of its worksheets before it is loaded.
 * @param rowCaps the largest number of rows with a value below the header, per sheet name.
 * @throws BAD_USER_INPUT (contentBase64): "文件解压后超过 40 MB…", "工作表“花名册”超过 10000 行…".
 */
export async function checkXlsxLimits(
  zip: Buffer,
  rowCaps: Readonly<Record<string, number>> = {},
): Promise<void> {
  const entries = centralDirectory(zip);
  if (!entries) return;
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_UNCOMPRESSED_BYTES) throw tooLarge();
  // which worksheet part carries which sheet name: workbook.xml's <sheet name r:id> and its rels
  const text = async (name: string): Promise<string> => {
    const e = entries.find((x) => x.name === name);
    const data = e && entryData(zip, e);
    if (!e || !data) return "";
    let out = "";
    await inflateEntry(data, e.method, MAX_UNCOMPRESSED_BYTES, (t) => {
      out += t;
    });
    return out;
  };
  const targets = new Map<string, string>();
  for (const m of (await text("xl/_rels/workbook.xml.rels")).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = m[0].match(/\bId="([^"]*)"/)?.[1];
    const target = m[0].match(/\bTarget="([^"]*)"/)?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const sheetOf = new Map<string, string>();
  for (const m of (await text("xl/workbook.xml")).matchAll(/<sheet\b[^>]*>/g)) {
    const name = m[0].match(/\bname="([^"]*)"/)?.[1];
    const id = m[0].match(/\br:id="([^"]*)"/)?.[1];
    const part = id && targets.get(id);
    if (name !== undefined && part) sheetOf.set(part, unescapeXml(name));
  }
  let produced = 0;
  for (const e of entries) {
    const data = entryData(zip, e);
    if (!data) continue;
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(e.name);
    const sheet = sheetOf.get(e.name) ?? e.name;
    const counter = isSheet ? rowCounter(sheet, rowCaps[sheet] ?? MAX_SHEET_ROWS) : null;
    const n = await inflateEntry(data, e.method, MAX_UNCOMPRESSED_BYTES - produced, counter);
    produced += n ?? 0;
  }
}
