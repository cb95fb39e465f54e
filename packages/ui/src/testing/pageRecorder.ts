/**
 * What a browser test's pages did, kept for the moment a step fails: each recorded page's
 * console, page errors and GraphQL requests (operation, HTTP status, time, error codes) in a
 * bounded log; on failure a screenshot of each page and the log's tail go to the run's artefact
 * folder and the log's tail to the test output (CI keeps only that), so a step that waited in
 * vain shows what the page did and sent meanwhile.
 *
 * Use: `recordPage(page, "school")` when a page is opened ({@link startE2E} records its page);
 * the browser suites' vitest configs load `./recordFailures.ts`, which dumps on every failed test.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Page, Request } from "playwright-core";
import { artefactDir } from "./e2e.ts";

/** Lines kept per page (the oldest dropped first). */
const KEPT_LINES = 400;
/** Lines printed per page to the test output on failure. */
const PRINTED_LINES = 60;

/** What a page shows its user that a failed step's record lists (antd's alerts, messages, popovers, dialogs, tags). */
const SHOWN = ".ant-alert, .ant-message-notice, .ant-popover, .ant-modal, [data-testid$='-status']";

interface Recorded {
  label: string;
  page: Page;
  lines: string[];
}

const recorded: Recorded[] = [];

/** Operation names by trusted-document hash (hex), read from packages/graphql's manifest once. */
let operationNames: Map<string, string> | undefined;
function operationNameOf(hash: string): string | undefined {
  if (!operationNames) {
    operationNames = new Map();
    try {
      const manifest = join(
        dirname(createRequire(import.meta.url).resolve("@edu2035/graphql")),
        "__generated__/persisted-documents.json",
      );
      const documents = JSON.parse(readFileSync(manifest, "utf8")) as Record<string, string>;
      for (const [key, text] of Object.entries(documents)) {
        const name = OPERATION_NAME.exec(text)?.[1];
        if (name) operationNames.set(key.replace(/^sha256:/, ""), name);
      }
    } catch {
      // no manifest: requests are named by their hash
    }
  }
  return operationNames.get(hash);
}

const OPERATION_NAME = /(?:query|mutation|subscription)\s+(\w+)/;

/**
 * The GraphQL operation a request sends: its operationName, the name in its query text, or the
 * name of the trusted document its hash stands for (the apps send hashes).
 */
function operationOf(request: Request): string {
  try {
    const body = request.postDataJSON() as {
      operationName?: string;
      query?: string;
      extensions?: { persistedQuery?: { sha256Hash?: string } };
    } | null;
    if (body?.operationName) return body.operationName;
    const named = OPERATION_NAME.exec(body?.query ?? "")?.[1];
    if (named) return named;
    const hash = body?.extensions?.persistedQuery?.sha256Hash;
    if (hash) return operationNameOf(hash) ?? `#${hash.slice(0, 8)}`;
    return "(anonymous)";
  } catch {
    // a multipart upload (Excel import) is not JSON
    return request.headers()["content-type"]?.split(";")[0] ?? "(no body)";
  }
}

/** Start keeping what `page` logs and sends, under `label` (e.g. the account's name). */
export function recordPage(page: Page, label: string): void {
  const entry: Recorded = { label, page, lines: [] };
  recorded.push(entry);
  const started = Date.now();
  const log = (line: string) => {
    entry.lines.push(`${((Date.now() - started) / 1000).toFixed(1).padStart(7)}s ${line}`);
    if (entry.lines.length > KEPT_LINES) entry.lines.shift();
  };
  page.on("console", (m) => log(`console.${m.type()}: ${m.text().slice(0, 500)}`));
  page.on("pageerror", (e) => log(`pageerror: ${e.message.slice(0, 500)}`));
  page.on("framenavigated", (f) => {
    if (f === page.mainFrame()) log(`navigated: ${f.url()}`);
  });
  const sentAt = new WeakMap<Request, number>();
  page.on("request", (request) => {
    if (!request.url().includes("/graphql")) return;
    sentAt.set(request, Date.now());
    log(`→ ${operationOf(request)}`);
  });
  page.on("requestfailed", (request) => {
    if (request.url().includes("/graphql")) log(`✗ ${operationOf(request)}: ${request.failure()?.errorText}`);
  });
  page.on("requestfinished", async (request) => {
    if (!request.url().includes("/graphql")) return;
    const ms = Date.now() - (sentAt.get(request) ?? Date.now());
    const response = await request.response().catch(() => null);
    let codes = "";
    try {
      const body = (await response?.json()) as { errors?: { extensions?: { code?: string } }[] } | undefined;
      if (body?.errors?.length)
        codes = ` errors ${body.errors.map((e) => e.extensions?.code ?? "?").join(",")}`;
    } catch {
      // a file download or a closed page: the status says enough
    }
    log(`← ${operationOf(request)} ${response?.status() ?? "?"} ${ms} ms${codes}`);
  });
}

/**
 * On a failed step: a screenshot and the log of every recorded page in the run's artefact
 * folder (`<step>-<label>.png` / `.log`), and each log's last lines printed.
 */
export async function dumpRecordedPages(step: string): Promise<void> {
  const base = step.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 60);
  // pages of an earlier test file of the worker (closed) are forgotten
  for (let i = recorded.length - 1; i >= 0; i--) if (recorded[i]!.page.isClosed()) recorded.splice(i, 1);
  for (const { label, page, lines } of recorded) {
    const name = `${base}-${label}`;
    let shown: string[] = [];
    if (!page.isClosed()) {
      await page.screenshot({ path: join(artefactDir(), `${name}.png`), timeout: 15_000 }).catch(() => {});
      // what the page tells its user now: alerts, messages, open popovers and dialogs
      shown = await page
        .locator(SHOWN)
        .evaluateAll((nodes) =>
          nodes
            .filter((n) => (n as HTMLElement).offsetParent !== null || n.closest(".ant-message"))
            .map(
              (n) =>
                `${n.getAttribute("data-testid") ?? n.className.split(" ")[0]}: ${(n.textContent ?? "").replace(/\s+/g, " ").slice(0, 300)}`,
            ),
        )
        .catch(() => []);
    }
    // the same line shown many times (a status tag per table row) once, with its count
    const counts = new Map<string, number>();
    for (const line of shown) counts.set(line, (counts.get(line) ?? 0) + 1);
    shown = [...counts].slice(0, 30).map(([line, n]) => (n > 1 ? `${line} (×${n})` : line));
    const text = [
      `${page.isClosed() ? "(closed)" : page.url()}`,
      ...shown.map((s) => `shown ${s}`),
      ...lines,
    ];
    writeFileSync(join(artefactDir(), `${name}.log`), `${text.join("\n")}\n`);
    console.log(
      `\n[page ${label} at "${step}"]\n${[...text.slice(0, 1 + shown.length), ...lines.slice(-PRINTED_LINES)].join("\n")}`,
    );
  }
}
