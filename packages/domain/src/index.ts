export * from "./org.ts";
export * from "./schoolYear.ts";
export * from "./staff.ts";
