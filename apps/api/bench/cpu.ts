/**
 * Where a benchmark phase's CPU went on this machine (Linux /proc): the API process, PostgreSQL's
 * processes, this load generator, and how busy the cores were. The API, its database and the load
 * generator share the same cores here, so a latency measured under load says as much about the
 * machine as about the code: these figures tell the two apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux x86 and arm). */
const TICK_MS = 10;

/** User + system CPU time of one process in ms, or 0 when it is gone. */
export function processCpuMs(pid: number): number {
  try {
    return cpuMsOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return 0;
  }
}

/** utime + stime of a /proc/<pid>/stat line (the fields after the command, which may hold spaces). */
export function cpuMsOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** The command name of a /proc/<pid>/stat line. */
function commandOfStat(stat: string): string {
  return stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
}

/** CPU ms of every process named `postgres` (the server, its backends and workers) alive now. */
export function postgresCpuMs(): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (commandOfStat(stat) === 'postgres') byPid.set(Number(entry), cpuMsOfStat(stat));
    } catch {
      // ended meanwhile
    }
  }
  return byPid;
}

/** Busy and total ticks of all cores together (the first line of /proc/stat). */
function coreTicks(): { busy: number; total: number } {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  // idle and iowait are the 4th and 5th fields.
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

export type CpuSplit = {
  apiMs: number;
  postgresMs: number;
  generatorMs: number;
  wallMs: number;
  /** The share of all cores' time that was busy (anything on the machine), 0 to 1. */
  coresBusy: number;
  cores: number;
};

/**
 * Starts counting; the returned function ends the phase and gives its CPU split. PostgreSQL's
 * backends that start during the phase count from zero, those that end during it are missed (the
 * API keeps its pool's connections open, so that is rare).
 */
export function cpuMeter(apiPid: number): () => CpuSplit {
  const api = processCpuMs(apiPid);
  const postgres = postgresCpuMs();
  const generator = process.cpuUsage();
  const cores = coreTicks();
  const started = performance.now();
  return () => {
    let postgresMs = 0;
    for (const [pid, ms] of postgresCpuMs()) postgresMs += ms - (postgres.get(pid) ?? 0);
    const used = process.cpuUsage(generator);
    const coresNow = coreTicks();
    const total = coresNow.total - cores.total;
    return {
      apiMs: processCpuMs(apiPid) - api,
      postgresMs,
      generatorMs: (used.user + used.system) / 1000,
      wallMs: performance.now() - started,
      coresBusy: total > 0 ? (coresNow.busy - cores.busy) / total : 0,
      cores: cpus().length,
    };
  };
}
