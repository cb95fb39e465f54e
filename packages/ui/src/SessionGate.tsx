import type { OrgLevel } from "@edu2035/graphql";
import { Spin } from "antd";
import type { ReactNode } from "react";
import { ChangePasswordPage } from "./ChangePasswordPage.tsx";
import { useDocumentTitle } from "./city.ts";
import { LoginPage } from "./LoginPage.tsx";
import { useSession, type Viewer } from "./session.tsx";

/**
 * Shows the login page until there is a session; while the account must change its one-time
 * password (viewer.mustChangePassword, or any API answer PASSWORD_CHANGE_REQUIRED) the
 * change-password page; then the app (given the viewer). Keeps the tab's title on the city.
 */
export function SessionGate({ app, children }: { app: OrgLevel; children: (viewer: Viewer) => ReactNode }) {
  const { token, viewer } = useSession();
  useDocumentTitle(app);
  if (!token || viewer === null) return <LoginPage app={app} />;
  if (viewer === undefined) {
    return (
      <div style={{ minHeight: "100vh", display: "grid", placeItems: "center" }}>
        <Spin size="large" description="正在加载…" />
      </div>
    );
  }
  if (viewer.mustChangePassword) return <ChangePasswordPage />;
  return <>{children(viewer)}</>;
}
