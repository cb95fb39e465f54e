import type { OrgLevel } from "@edu2035/graphql";
import { QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import { type ReactNode, useState } from "react";
import { createQueryClient } from "./queryClient.ts";
import { SessionProvider } from "./session.tsx";

/** antd in Chinese with the platform's theme, the QueryClient, and the app's session. */
export function AppProviders({ app, children }: { app: OrgLevel; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <ConfigProvider
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
