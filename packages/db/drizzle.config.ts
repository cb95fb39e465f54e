import { defineConfig } from "drizzle-kit";

/** drizzle-kit generates SQL migrations from the schema; they are committed and reviewed. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./migrations",
  casing: "snake_case",
});
