import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/services/coverage-response-cache.ts';

/*
 * The overview's builds under a stream of writes: one build per query at a time, readers that need
 * a newer version than the running build share the next one, which takes the version of the moment
 * it starts; nobody gets an answer older than the version they asked with.
 */

type Snapshot = { dataVersion: number };

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** A database whose version the test moves, and builds the test finishes one by one. */
function organisation() {
  let version = 1;
  const builds: Array<{ version: number; finish: () => void }> = [];
  const askedAtLeast: number[] = [];
  const view = {
    key: (snapshot: Snapshot) => `org:${snapshot.dataVersion}`,
    snapshotNow: async (atLeast: number) => {
      askedAtLeast.push(atLeast);
      return { dataVersion: version };
    },
    build: async (snapshot: Snapshot) => {
      const done = deferred<void>();
      builds.push({ version: snapshot.dataVersion, finish: () => done.resolve() });
      await done.promise;
      return JSON.stringify({ dataVersion: snapshot.dataVersion });
    },
  };
  return {
    view,
    builds,
    askedAtLeast,
    write: () => ++version,
    version: () => version,
  };
}

const versionOf = (bytes: Buffer) => (JSON.parse(bytes.toString()) as Snapshot).dataVersion;
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ResponseCache.latest', () => {
  it('readers arriving during a build share the next one, at the version of the moment it starts', async () => {
    const cache = new ResponseCache(10);
    const org = organisation();
    const first = cache.latest('o', 'slot', { dataVersion: org.version() }, org.view);
    await settle();
    expect(org.builds.map((build) => build.version)).toEqual([1]);
    // Three writes, each followed by a read, while the first build runs.
    const waiting = [2, 3, 4].map(() => {
      const version = org.write();
      return cache.latest('o', 'slot', { dataVersion: version }, org.view);
    });
    // A reader of the running build's own version shares it.
    const same = cache.latest('o', 'slot', { dataVersion: 1 }, org.view);
    await settle();
    expect(org.builds.length).toBe(1);
    // Another write lands before the running build ends: the next build takes it too.
    org.write();
    org.builds[0]?.finish();
    expect(versionOf(await first)).toBe(1);
    expect(versionOf(await same)).toBe(1);
    await settle();
    expect(org.builds.map((build) => build.version)).toEqual([1, 5]);
    // The next build was asked for the newest version a queued reader held (the route then uses
    // the snapshot in memory, which those readers already brought there).
    expect(org.askedAtLeast).toEqual([4]);
    org.builds[1]?.finish();
    const answers = await Promise.all(waiting);
    // One build served all three readers, each at least at the version it asked with.
    expect(answers.map(versionOf)).toEqual([5, 5, 5]);
    expect(answers[0]).toBe(answers[2]);
    // The answer is cached at its version.
    expect(versionOf(await cache.latest('o', 'slot', { dataVersion: 5 }, org.view))).toBe(5);
    expect(org.builds.length).toBe(2);
  });

  it('a reader never gets an answer older than its version, also when the running build fails', async () => {
    const cache = new ResponseCache(10);
    const org = organisation();
    const failing = {
      ...org.view,
      build: async () => {
        throw new Error('database away');
      },
    };
    const first = cache.latest('o', 'slot', { dataVersion: 1 }, failing);
    const version = org.write();
    const next = cache.latest('o', 'slot', { dataVersion: version }, org.view);
    await expect(first).rejects.toThrow('database away');
    await settle();
    expect(org.builds.map((build) => build.version)).toEqual([2]);
    org.builds[0]?.finish();
    expect(versionOf(await next)).toBe(2);
  });

  it('queries in different slots build side by side', async () => {
    const cache = new ResponseCache(10);
    const org = organisation();
    const a = cache.latest('o', 'a', { dataVersion: 1 }, org.view);
    const b = cache.latest('o', 'b', { dataVersion: 1 }, { ...org.view, key: () => 'other:1' });
    await settle();
    expect(org.builds.length).toBe(2);
    for (const build of org.builds) build.finish();
    expect((await Promise.all([a, b])).map(versionOf)).toEqual([1, 1]);
  });
});
