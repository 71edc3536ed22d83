/**
 * The HTTP side of `npm run bench:api`: timed requests with a bearer token, latency statistics,
 * autocannon runs, and the audited writes (a level, a membership, a requirement, a team rename).
 */
import { AREA_IDS, LEVEL_IDS } from '@teamspiegel/domain';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import type { Target } from './api-fixture.ts';

export type Stats = { p50: number; p95: number; n: number };
export type Autocannon = {
  requests: { average: number };
  latency: { p50: number; p99: number; p97_5: number };
  non2xx: number;
  errors: number;
};

export const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 5);

export type Timed = {
  ms: number;
  ok: boolean;
  bytes: Buffer;
  readonly text: string;
  readonly body: unknown;
};

const DATA_VERSION = Buffer.from('"dataVersion":');
const BACKSLASH = 0x5c;
const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/**
 * The top-level `dataVersion` of a coverage response, read from its bytes without decoding them: the
 * first `"dataVersion":` outside a string (a quote inside a string is escaped). The organisation
 * view starts with it; the team view has only its small `team` object before it.
 */
export function dataVersionOf(bytes: Buffer): number | null {
  let at = bytes.indexOf(DATA_VERSION);
  while (at > 0 && bytes[at - 1] === BACKSLASH) at = bytes.indexOf(DATA_VERSION, at + 1);
  if (at < 0) return null;
  const start = at + DATA_VERSION.length;
  let end = start;
  while (isDigit(bytes[end])) end++;
  return end > start ? Number(bytes.toString('latin1', start, end)) : null;
}

export function stats(times: number[]): Stats {
  const sorted = times.slice().sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), n: sorted.length };
}

export function autocannonRun(url: string, token: string): Promise<Autocannon> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections, duration: durationSeconds, headers: { authorization: `Bearer ${token}` } },
      (error: Error | null, result: Autocannon) => (error ? reject(error) : resolve(result)),
    );
  });
}

/** A signed-in client of the API under test. */
export function benchClient(base: string, accessToken: string, targets: Target[]) {
  const headers = { authorization: `Bearer ${accessToken}` };
  const orgUrl = `${base}/api/organisation/coverage`;
  const teamUrl = (teamId: string) => `${base}/api/teams/${teamId}/coverage`;
  const targetTeamUrl = (index: number) => teamUrl(targets[index % targets.length]?.team.id ?? '');

  /**
   * One request, timed until its whole body arrived, as bytes. It is decoded (`text`) and parsed
   * (`body`) only when asked for: the organisation overview is some 475 kB of JSON, and decoding it
   * into a string cost this load generator 4.5 to 7 ms of CPU per read (bytes: 1.5 ms), inside the
   * timed span and on the cores the API under test shares on this machine.
   */
  async function timed(url: string): Promise<Timed> {
    const started = performance.now();
    const response = await fetch(url, { headers });
    const bytes = Buffer.from(await response.arrayBuffer());
    const ms = performance.now() - started;
    let decoded: string | undefined;
    const text = () => {
      decoded ??= bytes.toString('utf8');
      return decoded;
    };
    let parsed: { body: unknown } | undefined;
    return {
      ms,
      ok: response.ok,
      bytes,
      get text() {
        return text();
      },
      get body() {
        if (!parsed) {
          try {
            parsed = { body: JSON.parse(text()) };
          } catch {
            parsed = { body: text() };
          }
        }
        return parsed.body;
      },
    };
  }
  async function sequential(url: string, samples: number) {
    const times: number[] = [];
    for (let i = 0; i < samples; i++) times.push((await timed(url)).ms);
    return stats(times);
  }

  // The audited changes, each on one of the target teams (so its coverage must be recomputed).
  const added = new Map<number, string>();
  let counter = 0;
  const json = { ...headers, 'content-type': 'application/json' };
  async function write(kind: number, index: number): Promise<void> {
    const slot = index % targets.length;
    const target = targets[slot];
    if (!target) throw new Error('no target team');
    let response: Response;
    counter++;
    switch (kind % 4) {
      case 0:
        response = await fetch(`${base}/api/area-levels`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({
            employeeId: target.memberId,
            area: AREA_IDS[counter % AREA_IDS.length],
            level: LEVEL_IDS[counter % LEVEL_IDS.length],
          }),
        });
        break;
      case 1: {
        const existing = added.get(slot);
        if (existing) {
          added.delete(slot);
          response = await fetch(`${base}/api/memberships/${existing}`, { method: 'DELETE', headers });
        } else {
          response = await fetch(`${base}/api/memberships`, {
            method: 'POST',
            headers: json,
            body: JSON.stringify({
              teamId: target.team.id,
              employeeId: target.outsiderId,
              startDate: '2020-01-01',
              roleInTeam: 'Benchmark',
            }),
          });
          if (response.ok) added.set(slot, ((await response.clone().json()) as { id: string }).id);
        }
        break;
      }
      case 2:
        response = await fetch(`${base}/api/team-requirements/${target.requirement.id}`, {
          method: 'PATCH',
          headers: json,
          body: JSON.stringify({
            kind: 'area',
            area: target.requirement.area,
            minLevel: target.requirement.minLevel,
            count: 1 + (counter % 4),
          }),
        });
        break;
      default:
        response = await fetch(`${base}/api/teams/${target.team.id}`, {
          method: 'PATCH',
          headers: json,
          body: JSON.stringify({ name: `${target.team.name} · ${counter}` }),
        });
    }
    if (!response.ok)
      throw new Error(`write ${kind % 4} failed: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  }

  return { orgUrl, teamUrl, targetTeamUrl, pingUrl: `${base}/api/session/ping`, timed, sequential, write };
}

export type BenchClient = ReturnType<typeof benchClient>;
