import type { TRankingEntry, TRequirementCoverage, TTeamCoverage } from '../contracts/outputs.js';
import { statusRank } from '../model/coverage-status.js';

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

/** Most severe first; ties broken by gap, then status. Returns small integers: a double would be boxed. */
function byRisk(a: TRankingEntry, b: TRankingEntry): number {
  if (a.severity !== b.severity) return a.severity > b.severity ? -1 : 1;
  if (a.gap !== b.gap) return a.gap > b.gap ? -1 : 1;
  return statusRank(b.status) - statusRank(a.status);
}

/**
 * Sorts an organisation's ranking: most severe first, ties broken by gap, status, team and
 * requirement id so the order is total. The entries must arrive in team id, then requirement id
 * order (as the teams and their results are computed); the sort is stable, so the last two
 * tie-breaks are that arrival order and need no string comparisons.
 */
export function sortRanking(entries: TRankingEntry[]): void {
  entries.sort(byRisk);
}
