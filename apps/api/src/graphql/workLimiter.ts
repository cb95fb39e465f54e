/**
 * The process's slots for expensive requests (大计算量请求并发限制): a request whose work estimate
 * (cost.ts) reaches EXPENSIVE_REQUEST_COST runs only while it holds one of `concurrent` slots;
 * others wait in a queue of at most `queue`, each at most `waitMs`. Beyond the queue, or after
 * the wait, the request is refused at once with SERVER_BUSY (HTTP 429, `Retry-After`), so a burst
 * of dashboards cannot take every core of the process and stall everyone's small requests.
 * Cheap requests never wait here.
 *
 * This is a counter of requests running NOW in this process, not state between requests: no
 * request's data is kept, and each API process (several share one PostgreSQL) has its own slots.
 */
import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";

/** The slots of one process. */
export interface WorkLimits {
  /** Expensive requests running at once. */
  concurrent: number;
  /** Expensive requests waiting for a slot, at most. */
  queue: number;
  /** The longest a request waits for a slot (milliseconds). */
  waitMs: number;
}

/**
 * The defaults: two at once (the API runs on 2 cores beside PostgreSQL), eight waiting, for at
 * most 20 s (a district dashboard over 16 years takes about 1–3 s on a busy machine).
 */
export const WORK_LIMITS: WorkLimits = { concurrent: 2, queue: 8, waitMs: 20_000 };

/** Seconds a refused client is told to wait before trying again (Retry-After). */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/** The refusal of an expensive request when every slot is taken and the queue is full or the wait ran out. */
export function serverBusy(): GraphQLError {
  return new GraphQLError(
    `服务器繁忙：同时进行的大计算量查询（如指标总览）过多，请 ${BUSY_RETRY_AFTER_SECONDS} 秒后重试`,
    {
      extensions: {
        code: "SERVER_BUSY",
        retryable: true,
        http: {
          status: 429,
          headers: new HeaderMap([["retry-after", String(BUSY_RETRY_AFTER_SECONDS)]]),
        },
      },
    },
  );
}

/** A waiting request: how to wake it and its timer. */
interface Waiter {
  wake(): void;
  timer: NodeJS.Timeout;
}

/** The slots (one per process: created with the Apollo server). */
export class WorkLimiter {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly limits: WorkLimits = WORK_LIMITS) {}

  /**
   * Take a slot, waiting in the queue when all are taken.
   * @returns the function that gives the slot back (call it once, when the response is sent).
   * @throws SERVER_BUSY when the queue is full or the wait ran out.
   */
  async acquire(): Promise<() => void> {
    if (this.running < this.limits.concurrent) {
      this.running++;
      return this.releaser();
    }
    if (this.waiting.length >= this.limits.queue) throw serverBusy();
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        // the slot passes straight from the request that ends to this one (running stays)
        wake: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const i = this.waiting.indexOf(waiter);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(serverBusy());
        }, this.limits.waitMs),
      };
      this.waiting.push(waiter);
    });
    return this.releaser();
  }

  /** Requests running and waiting now (tests, logs). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      if (next) next.wake();
      else this.running--;
    };
  }
}
