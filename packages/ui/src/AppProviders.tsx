import type { OrgLevel } from "@edu2035/graphql";
import { QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import { type ReactNode, useState } from "react";
import { createQueryClient } from "./queryClient.ts";
import { SessionProvider } from "./session.tsx";

/**
 * The CSP nonce the server wrote into the built index.html (`<meta property="csp-nonce"
 * nonce=…>`, Vite's `html.cspNonce`), so antd's CSS-in-JS `<style>` elements pass the
 * production Content-Security-Policy (`style-src 'self' 'nonce-…'`). Read through the `nonce`
 * property: browsers hide the attribute's value. Undefined in dev (no CSP, no meta).
 */
function cspNonce(): string | undefined {
  if (typeof document === "undefined") return undefined;
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  const nonce = meta?.nonce || meta?.getAttribute("nonce") || undefined;
  // the unreplaced placeholder (a built app opened without the API's server) is no nonce
  return nonce && nonce !== "EDU2035_CSP_NONCE" ? nonce : undefined;
}

/**
 * Give every `<style>` element the page's scripts create the nonce: antd's own styles get it
 * through ConfigProvider `csp`, but some rc-component helpers insert theirs without it (the
 * scroll lock of a modal, the scrollbar measurement), and the CSP would block those. Styles
 * written into the page as HTML (an injection) are not created here and stay blocked.
 */
function stampStyleNonces(nonce: string): void {
  const create = document.createElement.bind(document) as (
    tag: string,
    options?: ElementCreationOptions,
  ) => HTMLElement;
  document.createElement = ((tag: string, options?: ElementCreationOptions) => {
    const element = create(tag, options);
    if (element instanceof HTMLStyleElement && !element.nonce) element.nonce = nonce;
    return element;
  }) as typeof document.createElement;
}

/**
 * zod (the domain's validation) probes once whether `new Function` works; under the production
 * CSP (no 'unsafe-eval') the probe fails safely but the browser reports a CSP violation. zod's
 * `jitless` setting (`z.config({ jitless: true })`, kept in `globalThis.__zod_globalConfig`,
 * shared by every copy of zod) skips the probe; zod then validates without generated code. The
 * UI does not import zod itself, so it sets the shared config object before any form validates.
 */
function zodWithoutEval(): void {
  const g = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  g.__zod_globalConfig ??= {};
  g.__zod_globalConfig.jitless = true;
}

const pageNonce = cspNonce();
if (pageNonce) {
  stampStyleNonces(pageNonce);
  zodWithoutEval();
}

/** antd in Chinese with the platform's theme, the QueryClient, and the app's session. */
export function AppProviders({ app, children }: { app: OrgLevel; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [csp] = useState(() => ({ nonce: pageNonce }));
  return (
    <ConfigProvider
      csp={csp}
      locale={zhCN}
      theme={{ token: { colorPrimary: "#1f5fbf", borderRadius: 4, fontSize: 14 } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionProvider app={app}>{children}</SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
