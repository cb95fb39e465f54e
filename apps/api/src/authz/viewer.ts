import type { Viewer as PolicyViewer } from "@edu2035/domain";

/** The logged-in account of a request: the policy's viewer plus what the UI shows. */
export type Viewer = PolicyViewer & {
  username: string;
  displayName: string;
};
