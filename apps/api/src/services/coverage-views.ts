import {
  AREA_IDS,
  CIRCLE_IDS,
  COMPETENCY_IDS,
  certificateColumns,
  computeOrganisationCoverage,
  computeOrganisationCoverageFrom,
  countOverdueLevels,
  coverageHeadline,
  mergeRanking,
  type OrganisationCoverageState,
  siteRankingEntries,
  type TeamCoverageMemo,
  type TMemberInput,
  type TOrganisationCoverage,
  type TOverdueFilter,
  type TRequirementCoverage,
  type TTeamCoverage,
  teamWithoutOverdueLevels,
} from '@teamspiegel/domain';
import type {
  TCoverageChange,
  TOrganisationCoverageView,
  TReassessmentInfo,
  TRequirementCoverageView,
  TTeamCoverageView,
} from '@teamspiegel/domain/api/coverage';
import { compareNl } from '../lib/compare-nl.ts';
import { pendingChanges } from './coverage-levels.ts';
import { matrixItem, nameRanks } from './coverage-matrix-items.ts';
import { siteCoverages, siteCoverageViews } from './coverage-site-views.ts';
import type { CoverageSnapshot } from './coverage-snapshot.ts';

/**
 * Shapes the engine's results for the API: names resolved from the snapshot, and for
 * aggregate-only viewers (employee, trainer) individuals removed except the viewer themself.
 */

export type Viewer = { anonymised: boolean; selfEmployeeId: string | null };

export function requirementViews(
  snapshot: CoverageSnapshot,
  requirements: TRequirementCoverage[],
  viewer: Viewer,
): TRequirementCoverageView[] {
  const visible = (employeeId: string) => !viewer.anonymised || employeeId === viewer.selfEmployeeId;
  const nameOf = (employeeId: string) => snapshot.people.get(employeeId)?.name ?? null;
  const named = <T extends TRequirementCoverage['suppliers'][number]>(list: readonly T[]) =>
    list
      .filter((supplier) => visible(supplier.employeeId))
      .map((supplier) => ({ ...supplier, name: nameOf(supplier.employeeId) }));
  return requirements.map((coverage) => ({
    ...coverage,
    roleLabel:
      coverage.requirement.kind === 'role'
        ? (snapshot.roleLabels.get(coverage.requirement.roleId) ?? null)
        : null,
    ...(coverage.requirement.kind === 'certificate'
      ? { certificateLabel: snapshot.certificateLabels.get(coverage.requirement.certificateTypeId) ?? null }
      : {}),
    lapsing: coverage.lapsing === undefined ? undefined : named(coverage.lapsing),
    exemptHolders: coverage.exemptHolders === undefined ? undefined : named(coverage.exemptHolders),
    suppliers: named(coverage.suppliers),
    candidates: named(coverage.candidates),
    unqualifiedHolders: named(coverage.unqualifiedHolders),
    pipeline: coverage.pipeline
      .filter((entry) => visible(entry.employeeId))
      .map((entry) => ({ ...entry, name: nameOf(entry.employeeId) })),
  }));
}

/**
 * The teams the figures are computed on: validated levels, or with pending ones on request; with
 * an overdue filter, levels overdue for reassessment left out (rule 16, `?overdue=exclude`).
 */
export function teamsOf(
  snapshot: CoverageSnapshot,
  includePending: boolean,
  overdue: TOverdueFilter | null = null,
): ReadonlyMap<string, CoverageSnapshot['teams'] extends Map<string, infer T> ? T : never> {
  const teams = includePending ? snapshot.pendingTeams : snapshot.teams;
  if (overdue === null || overdue.cycleMonths === null) return teams;
  return new Map([...teams].map(([id, team]) => [id, teamWithoutOverdueLevels(team, overdue)]));
}

/** The snapshot's reassessment cycle, measured on its day (rule 16). */
export function overdueFilter(snapshot: CoverageSnapshot): TOverdueFilter {
  return { cycleMonths: snapshot.reassessmentMonths, on: snapshot.measuredOn };
}

/**
 * What the response says about the reassessment cycle of the people in these teams (rule 16):
 * nothing without a cycle (the responses then read exactly as before the cycle existed).
 */
export function reassessmentInfo(
  snapshot: CoverageSnapshot,
  teamIds: Iterable<string>,
  filter: TOverdueFilter,
  excluded: boolean,
): { reassessment?: TReassessmentInfo } {
  if (filter.cycleMonths === null) return {};
  const people = new Map<string, TMemberInput>();
  for (const teamId of teamIds) {
    for (const member of snapshot.teams.get(teamId)?.members ?? []) people.set(member.employeeId, member);
  }
  return {
    reassessment: {
      cycleMonths: filter.cycleMonths,
      overdueLevels: countOverdueLevels([...people.values()], filter),
      included: !excluded,
    },
  };
}

export function teamCoverageView(
  snapshot: CoverageSnapshot,
  teamId: string,
  viewer: Viewer,
  includePending = false,
  overdue: TOverdueFilter | null = null,
): TTeamCoverageView | null {
  const team = teamsOf(snapshot, includePending, overdue).get(teamId);
  if (!team) return null;
  // One engine run gives both the requirement lines and the heatmap cells of this team.
  const organisation = computeOrganisationCoverage({
    teams: [team],
    roles: snapshot.roles,
    memo: snapshot.memo,
  });
  const coverage = organisation.teams[0] as TTeamCoverage;
  const row = organisation.matrix[0] as TOrganisationCoverage['matrix'][number];
  const members = team.members;

  const competencies = COMPETENCY_IDS.map((competency) => {
    let rated = 0;
    let sum = 0;
    let strong = 0;
    for (const member of members) {
      const score = member.competencies[competency];
      if (score === undefined) continue;
      rated++;
      sum += score;
      if (score >= 4) strong++;
    }
    return { competency, rated, average: rated > 0 ? Math.round((sum / rated) * 10) / 10 : null, strong };
  });
  const circles = CIRCLE_IDS.map((circle) => ({
    circle,
    members: members.filter((member) => member.circles.includes(circle)).length,
  }));
  const areas = AREA_IDS.map((area) => {
    const byLevel = { in_opleiding: 0, starter: 0, ervaren: 0, expert: 0 };
    for (const member of members) {
      const level = member.levels[area];
      if (level) byLevel[level]++;
    }
    return { area, byLevel };
  });

  return {
    team: {
      id: team.teamId,
      name: team.name,
      siteId: team.siteId,
      siteName: snapshot.sites.get(team.siteId) ?? null,
    },
    dataVersion: snapshot.dataVersion,
    anonymised: viewer.anonymised,
    requirements: requirementViews(snapshot, coverage.requirements, viewer),
    cells: row.cells,
    certificateCells: row.certificateCells,
    summary: coverage.summary,
    pending: { changes: pendingChanges(members, snapshot.pending), included: includePending },
    profile: {
      memberCount: members.length,
      fte: Math.round(members.reduce((total, member) => total + member.fte, 0) * 100) / 100,
      competencies,
      circles,
      areas,
    },
    members: viewer.anonymised
      ? []
      : members
          .map((member) => ({
            employeeId: member.employeeId,
            name: snapshot.people.get(member.employeeId)?.name ?? '',
            fte: member.fte,
            levels: { ...member.levels },
            competencies: { ...member.competencies },
            circles: [...member.circles],
          }))
          .sort((a, b) => compareNl(a.name, b.name)),
  };
}

/**
 * The last organisation computations per snapshot (its memo) and kind of view, to start the next
 * from: a few per snapshot (the organisation-wide views, and the last scopes asked for).
 */
const lastComputations = new WeakMap<TeamCoverageMemo, Map<string, OrganisationCoverageState>>();
const KEPT_COMPUTATIONS = 8;

/**
 * Organisation coverage over the given teams; cached by the caller per dataVersion. Teams unchanged
 * since an earlier computation reuse their results (snapshot.memo), so after a change only the
 * touched teams are computed, and the organisation figures are the last computation's adjusted for
 * those teams (computeOrganisationCoverageFrom), not summed and ranked over every team again.
 */
export function organisationCoverage(
  snapshot: CoverageSnapshot,
  teamIds: string[],
  includePending = false,
  overdue: TOverdueFilter | null = null,
): TOrganisationCoverage {
  const source = teamsOf(snapshot, includePending, overdue);
  const teams = [];
  for (const teamId of teamIds) {
    const team = source.get(teamId);
    if (team) teams.push(team);
  }
  let kept = lastComputations.get(snapshot.memo);
  if (kept === undefined) {
    kept = new Map();
    lastComputations.set(snapshot.memo, kept);
  }
  // Any earlier computation is a correct start (the engine compares the teams); this key picks a close one.
  const key = `${includePending}:${overdue !== null}:${teams.length}`;
  const state = computeOrganisationCoverageFrom(kept.get(key) ?? null, {
    teams,
    roles: snapshot.roles,
    groupBySite: true,
    memo: snapshot.memo,
  });
  kept.delete(key);
  kept.set(key, state);
  if (kept.size > KEPT_COMPUTATIONS) kept.delete(kept.keys().next().value as string);
  return state.result;
}

/** Pending changes of the distinct people in the given teams. */
export function pendingInTeams(snapshot: CoverageSnapshot, teamIds: string[]): number {
  // All teams (the organisation-wide view): kept up to date by the snapshot itself.
  if (teamIds.length === snapshot.teams.size && teamIds.every((id) => snapshot.teams.has(id))) {
    return snapshot.pendingChangesInTeams;
  }
  const people = new Set<string>();
  for (const teamId of teamIds) {
    for (const member of snapshot.teams.get(teamId)?.members ?? []) people.add(member.employeeId);
  }
  let changes = 0;
  for (const employeeId of people) changes += snapshot.pending.get(employeeId)?.length ?? 0;
  return changes;
}

export function organisationCoverageView(
  snapshot: CoverageSnapshot,
  coverage: TOrganisationCoverage,
  query: {
    siteId: string | null;
    page: number;
    pageSize: number;
    rankingLimit: number;
    sort?: 'site' | 'severity';
  },
  siteTeamCounts: Map<string, number>,
  pending: { changes: number; included: boolean } = { changes: 0, included: false },
  change: TCoverageChange | null = null,
  /** The sites whose requirements the caller sees (rule 18); null = every current site. */
  siteIds: Iterable<string> | null = null,
  /**
   * The version the view is labelled with. A caller that awaits the database between reading the
   * snapshot and building passes the version it read: later writes patch the snapshot in place,
   * so its figures are never older than that label.
   */
  dataVersion: number = snapshot.dataVersion,
): TOrganisationCoverageView {
  const siteNameOf = (siteId: string | null) => (siteId ? (snapshot.sites.get(siteId) ?? null) : null);
  // Unchanged teams keep their item (and its JSON): see coverage-matrix-items.ts. The engine gives
  // teams and matrix rows in the same (team id) order.
  const rows = coverage.matrix.map((row, index) =>
    matrixItem(
      row,
      coverage.teams[index]?.teamId === row.teamId
        ? coverage.teams[index]
        : coverage.teams.find((team) => team.teamId === row.teamId),
      snapshot.teams.get(row.teamId)?.name ?? '',
      siteNameOf(row.siteId),
    ),
  );
  const byName = inNameOrder(rows, nameRanks(snapshot.organisationId, rows));
  // By severity, ties in name order: a stable sort of the rows already in name order.
  const ordered = query.sort === 'severity' ? byName.sort((a, b) => b.severity - a.severity) : byName;
  const headline = coverageHeadline(coverage);
  const risk = headline.biggestRisk;
  const riskTeam = risk ? snapshot.teams.get(risk.teamId) : undefined;
  const start = (query.page - 1) * query.pageSize;
  const items = ordered.slice(start, start + query.pageSize);
  const sites = siteCoverages(snapshot, siteIds, query.siteId);
  const siteEntries = sites.flatMap(siteRankingEntries);
  const ranking = mergeRanking<(typeof coverage.ranking)[number] | (typeof siteEntries)[number]>(
    coverage.ranking,
    siteEntries,
    query.rankingLimit,
  ).map((entry) => ({
    ...entry,
    teamName: entry.teamId === null ? undefined : (entry.teamName ?? snapshot.teams.get(entry.teamId)?.name),
    siteName: entry.siteId ? (snapshot.sites.get(entry.siteId) ?? null) : null,
    roleLabel: entry.roleId ? (snapshot.roleLabels.get(entry.roleId) ?? null) : null,
    ...(entry.certificateTypeId
      ? { certificateLabel: snapshot.certificateLabels.get(entry.certificateTypeId) ?? null }
      : {}),
  }));
  const bySite = Object.entries(coverage.totals.bySite ?? {})
    .map(([siteId, totals]) => ({ siteId, siteName: snapshot.sites.get(siteId) ?? '', totals }))
    .sort((a, b) => compareNl(a.siteName, b.siteName));
  return {
    dataVersion,
    siteId: query.siteId,
    certificateColumns: certificateColumns(coverage.matrix, certificateCatalogue(snapshot)),
    sites: [...snapshot.sites.entries()]
      .map(([id, name]) => ({ id, name, teamCount: siteTeamCounts.get(id) ?? 0 }))
      .sort((a, b) => compareNl(a.name, b.name)),
    matrix: { items, page: query.page, pageSize: query.pageSize, total: ordered.length },
    ranking,
    pending,
    headline: {
      teams: headline.teams,
      teamsWithGap: headline.teamsWithGap,
      biggestRisk: risk
        ? {
            ...risk,
            ...(risk.certificateTypeId
              ? { certificateLabel: snapshot.certificateLabels.get(risk.certificateTypeId) ?? null }
              : {}),
            teamName: riskTeam?.name ?? '',
            siteName: siteNameOf(riskTeam?.siteId ?? null),
          }
        : null,
    },
    change,
    siteRequirements: siteCoverageViews(snapshot, sites),
    totals: { overall: coverage.totals.overall, byArea: coverage.totals.byArea, bySite },
  };
}

/**
 * The rows in site and team name order: each put at its team's rank (the ranks are distinct), so
 * a thousand rows cost a thousand look-ups instead of some ten thousand comparisons of two.
 */
function inNameOrder<T extends { teamId: string }>(
  rows: readonly T[],
  rankOf: ReadonlyMap<string, number>,
): T[] {
  const placed: Array<T | undefined> = new Array(rankOf.size);
  for (const row of rows) {
    const rank = rankOf.get(row.teamId);
    if (rank === undefined || placed[rank] !== undefined) {
      // Not ranked (cannot happen: nameRanks ranks every row): compare instead.
      const at = (row: T) => rankOf.get(row.teamId) ?? 0;
      return rows.slice().sort((a, b) => at(a) - at(b));
    }
    placed[rank] = row;
  }
  return placed.filter((row): row is T => row !== undefined);
}

/** The organisation's certificate catalogue as the heatmap's column headers need it (rule 10). */
function certificateCatalogue(snapshot: CoverageSnapshot) {
  return [...snapshot.certificateLabels].map(([id, label]) => ({
    id,
    code: label.code,
    label: { nl: label.nl, en: label.en },
  }));
}
