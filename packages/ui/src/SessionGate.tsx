import type { OrgLevel } from "@edu2035/graphql";
import { Spin } from "antd";
import type { ReactNode } from "react";
import { LoginPage } from "./LoginPage.tsx";
import { useSession, type Viewer } from "./session.tsx";

/** Shows the login page until there is a session, then the app (given the viewer). */
export function SessionGate({ app, children }: { app: OrgLevel; children: (viewer: Viewer) => ReactNode }) {
  const { token, viewer } = useSession();
  if (!token || viewer === null) return <LoginPage app={app} />;
  if (viewer === undefined) {
    return (
      <div style={{ minHeight: "100vh", display: "grid", placeItems: "center" }}>
        <Spin size="large" description="正在加载…" />
      </div>
    );
  }
  return <>{children(viewer)}</>;
}
