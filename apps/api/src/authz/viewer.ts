import type { Viewer as PolicyViewer } from "@edu2035/domain";

/** The logged-in account of a request: the policy's viewer plus what the UI shows. */
export type Viewer = PolicyViewer & {
  username: string;
  displayName: string;
  /** A one-time password is in use: only the password change is allowed (context.ts `access()`). */
  mustChangePassword: boolean;
};
