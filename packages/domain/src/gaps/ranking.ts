import type { TRankingEntry, TRequirementCoverage, TTeamCoverage } from '../contracts/outputs.js';
import { statusRank } from '../model/coverage-status.js';
import { compareStrings } from './targets.js';

function rankingEntry(team: TTeamCoverage, rc: TRequirementCoverage): TRankingEntry {
  const req = rc.requirement;
  const entry: TRankingEntry = {
    teamId: team.teamId,
    siteId: team.siteId,
    requirementId: req.id,
    kind: req.kind,
    count: req.count,
    headcount: rc.supply.headcount,
    gap: rc.gap,
    projectedGap: rc.projected.gap,
    status: rc.status,
    severity: rc.severity,
  };
  if (team.name !== undefined) entry.teamName = team.name;
  switch (req.kind) {
    case 'area':
      entry.area = req.area;
      entry.minLevel = req.minLevel;
      break;
    case 'role':
      entry.roleId = req.roleId;
      break;
    case 'competency':
      entry.competency = req.competency;
      entry.minScore = req.minScore;
      break;
    case 'circle':
      entry.circle = req.circle;
      break;
    case 'certificate':
      entry.certificateTypeId = req.certificateTypeId;
      break;
  }
  return entry;
}

/**
 * Appends a team's ranking entries to `into`, in requirement id order: every requirement at
 * risk (covered and exempt ones, rule 17, are no risk). Returns how many were appended.
 */
export function appendRanking(coverage: TTeamCoverage, into: TRankingEntry[]): number {
  const results = coverage.requirements;
  let appended = 0;
  for (let r = 0; r < results.length; r++) {
    const rc = results[r] as TRequirementCoverage;
    if (rc.status === 'covered' || rc.status === 'exempt') continue;
    into.push(rankingEntry(coverage, rc));
    appended++;
  }
  return appended;
}

// Sort keys and positions of sortRanking, reused (the engine is synchronous).
let severities = new Float64Array(0);
let gaps = new Int32Array(0);
let statuses = new Int8Array(0);
let order = new Int32Array(0);
let merged = new Int32Array(0);

/** Whether entry i goes before entry j: more severe, then the larger gap, then the worse status. */
function precedes(i: number, j: number): boolean {
  const si = severities[i] as number;
  const sj = severities[j] as number;
  if (si !== sj) return si > sj;
  const gi = gaps[i] as number;
  const gj = gaps[j] as number;
  if (gi !== gj) return gi > gj;
  return (statuses[i] as number) > (statuses[j] as number);
}

/**
 * Sorts an organisation's ranking: most severe first, ties broken by gap, status, team and
 * requirement id so the order is total. The entries must arrive in team id, then requirement id
 * order (as the teams and their results are computed); the sort is stable, so the last two
 * tie-breaks are that arrival order and need no string comparisons. A merge sort over positions
 * with the numeric keys in typed arrays: a comparator called by Array.prototype.sort costs a call
 * and boxed numbers per comparison.
 */
export function sortRanking(entries: TRankingEntry[]): void {
  const n = entries.length;
  if (n > order.length) {
    const size = Math.max(n, order.length * 2);
    severities = new Float64Array(size);
    gaps = new Int32Array(size);
    statuses = new Int8Array(size);
    order = new Int32Array(size);
    merged = new Int32Array(size);
  }
  for (let i = 0; i < n; i++) {
    const entry = entries[i] as TRankingEntry;
    severities[i] = entry.severity;
    gaps[i] = entry.gap;
    statuses[i] = statusRank(entry.status);
    order[i] = i;
  }
  let from = order;
  let to = merged;
  for (let width = 1; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const middle = Math.min(left + width, n);
      const right = Math.min(left + 2 * width, n);
      let a = left;
      let b = middle;
      let k = left;
      // Ties take the left run first: that keeps the arrival order (stability).
      while (a < middle && b < right) {
        if (precedes(from[b] as number, from[a] as number)) to[k++] = from[b++] as number;
        else to[k++] = from[a++] as number;
      }
      while (a < middle) to[k++] = from[a++] as number;
      while (b < right) to[k++] = from[b++] as number;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  const arrived = entries.slice();
  for (let k = 0; k < n; k++) entries[k] = arrived[from[k] as number] as TRankingEntry;
}

/** sortRanking's keys for two entries: negative when `a` goes first, 0 when only arrival order decides. */
function byRankingKeys(a: TRankingEntry, b: TRankingEntry): number {
  if (a.severity !== b.severity) return a.severity > b.severity ? -1 : 1;
  if (a.gap !== b.gap) return a.gap > b.gap ? -1 : 1;
  return statusRank(b.status) - statusRank(a.status);
}

/**
 * A few teams' entries, arriving in team id then requirement id order, in sortRanking's order
 * (Array.prototype.sort is stable: ties keep the arrival order, as sortRanking's do).
 */
export function sortedRankingEntries(entries: readonly TRankingEntry[]): TRankingEntry[] {
  return entries.slice().sort(byRankingKeys);
}

/**
 * Two rankings in sortRanking's order, of different teams, merged into that order: on equal keys
 * the entry of the lower team id goes first, as it arrives first in a full sort.
 */
export function mergeSortedRankings(
  a: readonly TRankingEntry[],
  b: readonly TRankingEntry[],
): TRankingEntry[] {
  const merged: TRankingEntry[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as TRankingEntry;
    const right = b[j] as TRankingEntry;
    const order = byRankingKeys(left, right) || compareStrings(left.teamId, right.teamId);
    if (order <= 0) {
      merged[k++] = left;
      i++;
    } else {
      merged[k++] = right;
      j++;
    }
  }
  while (i < a.length) merged[k++] = a[i++] as TRankingEntry;
  while (j < b.length) merged[k++] = b[j++] as TRankingEntry;
  return merged;
}
