import { getHeapStatistics } from 'node:v8';
import { withOrganisation } from '../db/tenant-context.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { HEAP_PRESSURE_SHARE } from './coverage-cache-eviction.ts';
import { coverageChange } from './coverage-change.ts';
import { CHECKPOINT_MAX_AGE_MS, checkpointCodeVersion } from './coverage-checkpoint.ts';
import { coverageSnapshot } from './coverage-snapshot.ts';
import { utcDay } from './coverage-snapshot-patch.ts';
import { organisationCoverage } from './coverage-views.ts';

/*
 * The warm-up at start: before a new process reports ready, it brings into memory the organisations
 * that another process checkpointed recently (today, within the checkpoint's 12 hours, by this code),
 * newest first, so that their first overview after a deploy or a restart costs a version check and
 * a view, not a load. It goes through the same paths as a request (the checkpoint patched from the
 * change log, the engine over every team, last month's point), so it cannot serve anything a request
 * would not. Bounded three ways: a number of organisations, a deadline (readiness does not wait
 * longer) and the heap (it stops where the cache would start evicting). An organisation without a
 * fitting checkpoint is not loaded: it was not active today, and its first request loads it as before.
 */

export type WarmUpOptions = {
  /** At most this many organisations (0: none). */
  organisations: number;
  /** Stops starting new organisations after this many ms. */
  timeoutMs: number;
  heap?: () => { used_heap_size: number; heap_size_limit: number };
  /** What went wrong: listing the checkpoints (organisation null) or warming one organisation. */
  onError?: (error: unknown, organisationId: string | null) => void;
};

export type WarmUpResult = {
  warmed: string[];
  failed: string[];
  /** Why it stopped before the end of the list, if it did. */
  stopped: 'deadline' | 'heap' | null;
  ms: number;
};

/** The organisations whose checkpoint a process started now would use, most recently written first. */
export async function recentlyCheckpointed(systemDb: Db, now: number, limit: number): Promise<string[]> {
  if (limit <= 0) return [];
  const rows = await systemDb.coverageCheckpoint.findMany({
    where: {
      codeVersion: await checkpointCodeVersion(),
      day: utcDay(now),
      computedAt: { gte: new Date(now - CHECKPOINT_MAX_AGE_MS) },
    },
    orderBy: { computedAt: 'desc' },
    take: limit,
    select: { organisationId: true },
  });
  return rows.map((row) => row.organisationId);
}

/** Warms one organisation as its first overview would: snapshot, every team's coverage, last month. */
async function warmOrganisation(db: Db, organisationId: string): Promise<void> {
  await withOrganisation(organisationId, async () => {
    const snapshot = await coverageSnapshot(db, organisationId);
    const teamIds = [...snapshot.teams.keys()];
    const coverage = organisationCoverage(snapshot, teamIds);
    await coverageChange(db, snapshot, {
      teamIds: [...teamIds, ...snapshot.archivedTeams.keys()],
      currentCoverage: coverage.teams,
    });
  });
}

/**
 * Warms the recently checkpointed organisations one after another. Never throws: an organisation
 * that fails is left cold (its first request loads it) and handed to `onError`.
 */
export async function warmUpCoverage(db: Db, systemDb: Db, options: WarmUpOptions): Promise<WarmUpResult> {
  const heap = options.heap ?? getHeapStatistics;
  const started = Date.now();
  const result: WarmUpResult = { warmed: [], failed: [], stopped: null, ms: 0 };
  let organisationIds: string[];
  try {
    organisationIds = await recentlyCheckpointed(systemDb, started, options.organisations);
  } catch (error) {
    options.onError?.(error, null);
    organisationIds = [];
  }
  for (const organisationId of organisationIds) {
    if (Date.now() - started >= options.timeoutMs) {
      result.stopped = 'deadline';
      break;
    }
    const { used_heap_size: used, heap_size_limit: limit } = heap();
    if (used > limit * HEAP_PRESSURE_SHARE) {
      result.stopped = 'heap';
      break;
    }
    try {
      await warmOrganisation(db, organisationId);
      result.warmed.push(organisationId);
    } catch (error) {
      result.failed.push(organisationId);
      options.onError?.(error, organisationId);
    }
  }
  result.ms = Date.now() - started;
  return result;
}
