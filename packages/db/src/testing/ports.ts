/** Loopback ports for the servers and processes tests start. */
import { createServer } from "node:net";

/**
 * A loopback port free right now (the OS picks it; another process may take it before the
 * caller's server listens on it).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}
