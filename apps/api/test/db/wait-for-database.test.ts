import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { waitForDatabase } from '../../src/db/wait-for-database.ts';
import { testServerUrl } from '../helpers/template-database.ts';

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Forwards `port` to the test PostgreSQL: the database "comes up" when this starts. */
function forwarder(port: number) {
  const target = new URL(testServerUrl);
  const server = net.createServer((socket) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  return {
    start: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('waitForDatabase', () => {
  it('retries with growing pauses, logging each attempt, until the database answers', async () => {
    const port = await freePort();
    const url = new URL(testServerUrl);
    url.host = `127.0.0.1:${port}`;
    url.pathname = '/postgres';
    const proxy = forwarder(port);
    const lines: string[] = [];
    let started = false;
    try {
      await waitForDatabase(url.toString(), {
        initialDelayMs: 20,
        log: (line) => {
          lines.push(line);
          // The database comes up after the third failed attempt.
          if (lines.length === 3 && !started) {
            started = true;
            void proxy.start();
          }
        },
      });
    } finally {
      await proxy.stop();
    }
    const retries = lines.filter((line) => line.includes('not reachable'));
    expect(retries).toHaveLength(3);
    expect(retries[0]).toMatch(/attempt 1, retrying in 20 ms/);
    const pauses = retries.map((line) => Number(/retrying in (\d+) ms/.exec(line)?.[1]));
    expect(pauses).toEqual([20, 40, 80]);
    expect(lines.at(-1)).toMatch(/reachable after 4 attempts/);
  });

  it('gives up after the timeout when one is set', async () => {
    const port = await freePort();
    await expect(
      waitForDatabase(`postgresql://postgres@127.0.0.1:${port}/postgres`, {
        initialDelayMs: 10,
        timeoutMs: 50,
        log: () => {},
      }),
    ).rejects.toThrow(/not reachable within 50 ms/);
  });
});
