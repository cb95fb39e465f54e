/**
 * Vitest global setup for every package whose tests touch the database: migrates one PGlite
 * (initdb in WASM costs seconds) and dumps it for test files to clone; when DATABASE_URL is
 * set, migrates a template database on that server for test files to copy.
 */
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { createDb } from "../client.ts";
import "./provided.ts";
import { adminUrl, databaseUrlFor } from "./urls.ts";

export default async function setup(project: TestProject) {
  const pg = new PGlite();
  const handle = await createDb({ pglite: pg });
  await handle.migrate();
  const dump = await pg.dumpDataDir("none");
  const dumpPath = join(tmpdir(), `edu2035-pglite-${process.pid}-${randomBytes(4).toString("hex")}.tar`);
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await pg.close();
  project.provide("pgliteDumpPath", dumpPath);

  let template: string | null = null;
  const url = process.env.DATABASE_URL;
  if (url) {
    template = `edu2035_tpl_${randomBytes(4).toString("hex")}`;
    const admin = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${template}"`);
    const tpl = await createDb({ url: databaseUrlFor(url, template), maxConnections: 1 });
    await tpl.migrate();
    await tpl.close();
    await admin.end();
  }
  project.provide("pgTemplateDatabase", template);

  return async () => {
    rmSync(dumpPath, { force: true });
    if (url && template) {
      const admin = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists "${template}" with (force)`);
      await admin.end();
    }
  };
}
