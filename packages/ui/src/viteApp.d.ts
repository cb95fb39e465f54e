import type { UserConfig } from "vite";

/** What a built index.html carries as nonce until the server replaces it per response. */
export declare const CSP_NONCE_PLACEHOLDER: "EDU2035_CSP_NONCE";

/** The build settings the three apps share (base, CSP nonce placeholder, chunks); see viteApp.js. */
export declare const appBuildConfig: UserConfig;
