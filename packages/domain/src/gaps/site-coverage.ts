import type { TCertificateRequirement, TExemptionInput, TMemberInput } from '../contracts/inputs.js';
import type { TCoverageSummary, TRankingEntry, TRequirementCoverage } from '../contracts/outputs.js';
import { statusRank } from '../model/coverage-status.js';
import { compileRoles } from './compiled-roles.js';
import { compareStrings } from './targets.js';
import { coverTeam } from './team-coverage.js';

/** One team of a site: its active members; an archived team supplies nobody (rule 18). */
export type TSiteTeamInput = {
  readonly teamId: string;
  readonly archived?: boolean;
  readonly members: readonly TMemberInput[];
};

/** A site (kindercentrum) with its teams and its certificate requirements (rule 18). */
export type TSiteInput = {
  readonly siteId: string;
  readonly teams: readonly TSiteTeamInput[];
  readonly requirements: readonly TCertificateRequirement[];
  /** The site's or a person's exemptions (rule 17); those running on `measuredOn` apply. */
  readonly exemptions?: readonly TExemptionInput[];
  readonly measuredOn?: string;
  readonly projectionHorizon?: string;
};

export type TSiteCoverage = {
  siteId: string;
  /** The distinct people working at the site (each once, however many of its teams she is in). */
  people: number;
  /** Sorted by requirement id, as a team's. */
  requirements: TRequirementCoverage[];
  summary: TCoverageSummary;
};

/** A ranking entry of a site requirement: the site, no team. */
export type TSiteRankingEntry = Omit<TRankingEntry, 'teamId' | 'teamName'> & { teamId: null };

const NO_ROLES = compileRoles([]);

/**
 * The distinct people of the site's non-archived teams, in employee id order. A person in two
 * teams counts once: her certificates are hers, not her team's.
 */
export function siteMembers(teams: readonly TSiteTeamInput[]): TMemberInput[] {
  const people = new Map<string, TMemberInput>();
  for (const team of teams) {
    if (team.archived === true) continue;
    for (const member of team.members) {
      if (!people.has(member.employeeId)) people.set(member.employeeId, member);
    }
  }
  return [...people.values()].sort((a, b) => compareStrings(a.employeeId, b.employeeId));
}

/**
 * Rule 18: a site's certificate requirements measured as those of one team made of everyone
 * working at the site, with the team engine itself (rule 10: validity, lapsing, courses as
 * pipeline; rule 17: exemptions), so a site figure can never disagree with a team's.
 */
export function computeSiteCoverage(site: TSiteInput): TSiteCoverage {
  const members = siteMembers(site.teams);
  const coverage = coverTeam(
    {
      teamId: site.siteId,
      siteId: site.siteId,
      members,
      requirements: site.requirements,
      ...(site.exemptions === undefined ? {} : { exemptions: site.exemptions }),
      ...(site.measuredOn === undefined ? {} : { measuredOn: site.measuredOn }),
      ...(site.projectionHorizon === undefined ? {} : { projectionHorizon: site.projectionHorizon }),
    },
    NO_ROLES,
  );
  return {
    siteId: site.siteId,
    people: members.length,
    requirements: coverage.requirements,
    summary: coverage.summary,
  };
}

/** The site's uncovered requirements as ranking entries (covered and exempt ones are no risk). */
export function siteRankingEntries(site: TSiteCoverage): TSiteRankingEntry[] {
  const entries: TSiteRankingEntry[] = [];
  for (const rc of site.requirements) {
    if (rc.status === 'covered' || rc.status === 'exempt') continue;
    const req = rc.requirement;
    entries.push({
      teamId: null,
      siteId: site.siteId,
      requirementId: req.id,
      kind: req.kind,
      ...(req.kind === 'certificate' ? { certificateTypeId: req.certificateTypeId } : {}),
      count: req.count,
      headcount: rc.supply.headcount,
      gap: rc.gap,
      projectedGap: rc.projected.gap,
      status: rc.status,
      severity: rc.severity,
    });
  }
  return entries;
}

type Ranked = Pick<TRankingEntry, 'severity' | 'gap' | 'status' | 'requirementId' | 'siteId'> & {
  teamId: string | null;
};

function compareRanked(a: Ranked, b: Ranked): number {
  return (
    b.severity - a.severity ||
    b.gap - a.gap ||
    statusRank(b.status) - statusRank(a.status) ||
    compareStrings(a.teamId ?? '', b.teamId ?? '') ||
    compareStrings(a.siteId ?? '', b.siteId ?? '') ||
    compareStrings(a.requirementId, b.requirementId)
  );
}

/**
 * Team and site entries in one ranking, in the team ranking's order (most severe first; ties by
 * gap, status, then id); a site entry comes before a team's on a full tie. The team entries arrive
 * in that order already (computeOrganisationCoverage sorts them), so the few site entries are sorted
 * and merged in, stopping after `limit`: the top of a ranking of thousands costs `limit` steps.
 */
export function mergeRanking<T extends Ranked>(
  teamEntries: readonly T[],
  siteEntries: readonly T[],
  limit = Number.POSITIVE_INFINITY,
): T[] {
  const total = Math.min(limit, teamEntries.length + siteEntries.length);
  if (siteEntries.length === 0) return teamEntries.slice(0, total);
  const sites = siteEntries.slice().sort(compareRanked);
  const merged: T[] = [];
  let t = 0;
  let s = 0;
  while (merged.length < total) {
    const team = teamEntries[t];
    const site = sites[s];
    if (site === undefined || (team !== undefined && compareRanked(team, site) <= 0)) {
      merged.push(team as T);
      t++;
    } else {
      merged.push(site);
      s++;
    }
  }
  return merged;
}
