import pg from 'pg';
import { describeDatabaseUrl } from './database.ts';

export type WaitOptions = {
  log: (message: string) => void;
  /** First pause after a failed attempt; doubles each time up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Give up after this long (default: never; an orchestrator stops the process if it must). */
  timeoutMs?: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * At start the database may not be up yet (containers start together, a restart is under way):
 * try to connect with exponential backoff and say so in the log, instead of exiting.
 */
export async function waitForDatabase(url: string, options: WaitOptions): Promise<void> {
  const { log, initialDelayMs = 500, maxDelayMs = 30_000, timeoutMs } = options;
  const started = Date.now();
  let delay = initialDelayMs;
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    // A server going away mid-probe emits 'error' on the client; the rejected promise reports it.
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('SELECT 1');
      if (attempt > 1) log(`database: reachable after ${attempt} attempts`);
      return;
    } catch (error) {
      const reason = (error as Error).message || String(error);
      if (timeoutMs !== undefined && Date.now() - started + delay > timeoutMs) {
        throw new Error(
          `database: ${describeDatabaseUrl(url)} not reachable within ${timeoutMs} ms: ${reason}`,
        );
      }
      log(
        `database: ${describeDatabaseUrl(url)} not reachable (${reason}); attempt ${attempt}, retrying in ${delay} ms`,
      );
    } finally {
      await client.end().catch(() => {});
    }
    await sleep(delay);
    delay = Math.min(delay * 2, maxDelayMs);
  }
}
