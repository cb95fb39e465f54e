/** Types of bundle.mjs (plain JavaScript: `pnpm build` runs it with node). */
/** The API package folder. */
export declare const apiDir: string;
/**
 * Bundle API entry points (`{ main: "<abs>/src/main.ts" }`) into `outdir` as plain Node ESM, one
 * file per entry; empties `outdir` first. Returns [file, bytes] of the .js outputs.
 */
export declare function bundleApi(options: {
  entryPoints: Record<string, string>;
  outdir: string;
  sourcemap?: boolean;
}): Promise<[string, number][]>;
