/**
 * Which process made a test artefact (a temporary file, a lock, a PostgreSQL test database), so
 * a later run can tell what an interrupted run left behind: the names carry a tag
 * `<host>-<pid>` (`<host>`: 6 hex characters of the host name's SHA-256).
 */
import { createHash } from "node:crypto";
import { hostname } from "node:os";

/** 6 hex characters naming this host. */
export function hostTag(): string {
  return createHash("sha256").update(hostname()).digest("hex").slice(0, 6);
}

/** `<host>-<pid>` of this process. */
export function processTag(): string {
  return `${hostTag()}-${process.pid}`;
}

/** Whether process `pid` of this host is running (signal 0: EPERM still means it exists). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Whether the process of tag `<host>-<pid>` may still be running: true when it runs on this
 * host, and also when it belongs to another host (which cannot be checked from here); false
 * only for a dead process of this host.
 */
export function mayBeLive(tag: string): boolean {
  const m = /^([0-9a-f]{6})-(\d+)$/.exec(tag.trim());
  if (!m) return true;
  return m[1] !== hostTag() || isRunning(Number(m[2]));
}
