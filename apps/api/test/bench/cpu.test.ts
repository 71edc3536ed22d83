import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { cpuMeter, cpuMsOfStat, postgresCpuMs, processCpuMs } from '../../bench/cpu.ts';

/** Busy for about `ms` of CPU (not sleeping: the meters count CPU, not wall time). */
function spin(ms: number) {
  const until = performance.now() + ms;
  let x = 0;
  while (performance.now() < until) x += Math.sqrt(x + 1);
  return x;
}

/** bench:api splits the 10-client phase's CPU between the API, PostgreSQL and itself (bench/cpu.ts). */
describe('CPU accounting of bench:api', () => {
  it('reads utime + stime after a command name with spaces and parentheses', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const stat = '4242 (node (worker) 1) R 1 4242 4242 0 -1 4194304 100 0 0 0 250 37 0 0 20 0 1';
    expect(cpuMsOfStat(stat)).toBe((250 + 37) * 10);
  });

  it("counts this process's CPU, and is 0 for a process that is gone", () => {
    const before = processCpuMs(process.pid);
    spin(120);
    expect(processCpuMs(process.pid) - before).toBeGreaterThanOrEqual(50);
    expect(processCpuMs(2 ** 22 + 1)).toBe(0);
  });

  it('finds the backend of an open PostgreSQL connection and counts its work', async () => {
    const client = new pg.Client({ connectionString: inject('testServerUrl') });
    await client.connect();
    try {
      const pid = ((await client.query('SELECT pg_backend_pid() AS pid')).rows[0] as { pid: number }).pid;
      const before = postgresCpuMs().get(pid);
      expect(before).toBeTypeOf('number');
      await client.query('SELECT count(*) FROM generate_series(1, 3000000)');
      expect((postgresCpuMs().get(pid) ?? 0) - (before ?? 0)).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });

  it("splits a phase: the generator's own CPU, the wall time and the cores' busy share", () => {
    const end = cpuMeter(2 ** 22 + 1);
    spin(150);
    const split = end();
    expect(split.generatorMs).toBeGreaterThanOrEqual(100);
    expect(split.wallMs).toBeGreaterThanOrEqual(150);
    expect(split.apiMs).toBe(0);
    expect(split.cores).toBeGreaterThanOrEqual(1);
    // One core spun the whole time: at least half of two cores, at most all of them.
    expect(split.coresBusy).toBeGreaterThan(0.9 / split.cores);
    expect(split.coresBusy).toBeLessThanOrEqual(1);
  });
});
