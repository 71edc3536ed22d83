/**
 * The mixed load of `npm run bench:api`: 10 readers (organisation and team coverage) while one
 * writer makes a change every 100 ms; every read must reflect every write acknowledged before it
 * started (a read answering an older dataVersion is stale). Samples the API's peak RSS meanwhile.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type BenchClient, connections, dataVersionOf, type Stats, stats } from './api-client.ts';
import { sampleRss } from './harness.ts';

const mixedSeconds = Number(process.env.BENCH_MIXED_SECONDS ?? 30);

export type MixedResult = {
  read: Stats;
  reads: number;
  writes: number;
  errors: number;
  staleReads: number;
  peakRssMb: number;
};

export async function mixedLoad(
  client: BenchClient,
  apiPid: number,
  currentVersion: () => Promise<number>,
): Promise<MixedResult> {
  // The staleness check reads the version from the bytes (dataVersionOf): once, against the parsed body.
  for (const url of [client.orgUrl, client.targetTeamUrl(0)]) {
    const sample = await client.timed(url);
    const parsed = (sample.body as { dataVersion?: unknown }).dataVersion;
    if (typeof parsed !== 'number' || dataVersionOf(sample.bytes) !== parsed) {
      throw new Error(`dataVersionOf disagrees with the parsed response of ${url}`);
    }
  }
  const acknowledged: Array<{ at: number; version: number }> = [];
  const times: number[] = [];
  let errors = 0;
  let staleReads = 0;
  let writes = 0;
  const rss = sampleRss(apiPid, 250);
  const ends = performance.now() + mixedSeconds * 1000;
  const versionAckedBefore = (at: number) => {
    let version = 0;
    for (const entry of acknowledged) if (entry.at < at && entry.version > version) version = entry.version;
    return version;
  };
  const writer = (async () => {
    let index = 0;
    while (performance.now() < ends) {
      const next = performance.now() + 100;
      try {
        await client.write(index, index);
        // The version the change committed at (one writer: nothing else moves it).
        acknowledged.push({ at: performance.now(), version: await currentVersion() });
        writes++;
      } catch (error) {
        errors++;
        console.error(`  writer: ${(error as Error).message}`);
      }
      index++;
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
    }
  })();
  const readers = Array.from({ length: connections }, async (_, reader) => {
    let i = 0;
    while (performance.now() < ends) {
      const url = (reader + i) % 2 === 0 ? client.orgUrl : client.targetTeamUrl(reader + i);
      const startedAt = performance.now();
      const mustSee = versionAckedBefore(startedAt);
      try {
        const result = await client.timed(url);
        times.push(result.ms);
        if (!result.ok) errors++;
        else if ((dataVersionOf(result.bytes) ?? -1) < mustSee) staleReads++;
      } catch {
        errors++;
      }
      i++;
    }
  });
  await Promise.all([writer, ...readers]);
  const peak = rss.stop();
  return { read: stats(times), reads: times.length, writes, errors, staleReads, peakRssMb: peak / 2 ** 20 };
}
