import { createHash } from 'node:crypto';
import {
  AREAS,
  type AreaId,
  findCandidates,
  LEVEL_RANK,
  LEVELS,
  type LevelId,
  type TCandidate,
  type TMemberInput,
} from '@teamspiegel/domain';
import type {
  TDevelopmentSuggestion,
  TSuggestionType,
} from '@teamspiegel/domain/api/development-suggestions';
import type { Db } from '../../plugins/app/prisma.ts';
import type { CoverageSnapshot } from '../../services/coverage-snapshot.ts';
import { organisationCoverage } from '../../services/coverage-views.ts';

/** Stable id of a suggestion: the same gap, person and type give the same id on every read. */
export function suggestionId(teamId: string, requirementId: string, employeeId: string | null, type: string) {
  return createHash('sha256')
    .update(`${teamId}|${requirementId}|${employeeId ?? ''}|${type}`)
    .digest('hex')
    .slice(0, 32);
}

const openKey = (employeeId: string, area: string, level: string) => `${employeeId}|${area}|${level}`;

/**
 * One suggestion per open slot of every uncovered area requirement, most severe first (the
 * engine's ranking). Per slot the best candidate of `findCandidates`, first among the team's own
 * members, then in the rest of the organisation:
 * - a candidate with a planned or running action for it fills the slot without a suggestion;
 * - an ambition pointing there → coaching, or training when more than one level is to go;
 * - one level below → training;
 * - slots nobody can fill (minus open hiring actions of the team) → one werving suggestion.
 * Nobody is suggested for an area and level an open action of theirs already targets, and someone
 * from another team is suggested for one gap at most.
 */
export async function developmentSuggestions(
  db: Db,
  snapshot: CoverageSnapshot,
  teamIds: string[],
): Promise<TDevelopmentSuggestion[]> {
  const coverage = organisationCoverage(snapshot, teamIds);
  const openHiring = await db.developmentAction.findMany({
    where: {
      organisationId: snapshot.organisationId,
      type: 'werving',
      status: { in: ['planned', 'in_progress'] },
      teamId: { in: teamIds },
      area: { not: null },
    },
    select: { teamId: true, area: true, targetLevel: true },
  });

  const openActions = new Set<string>();
  for (const member of snapshot.members.values()) {
    for (const target of member.development) {
      if (target.source === 'action') openActions.add(openKey(member.employeeId, target.area, target.level));
    }
  }
  const suggestedElsewhere = new Set<string>();
  const nameOf = (employeeId: string) => snapshot.people.get(employeeId)?.name ?? null;
  const suggestions: TDevelopmentSuggestion[] = [];

  for (const entry of coverage.ranking) {
    if (entry.kind !== 'area' || entry.gap <= 0 || !entry.area || !entry.minLevel) continue;
    const team = snapshot.teams.get(entry.teamId);
    if (!team) continue;
    const area = entry.area;
    const minLevel = entry.minLevel;
    const minRank = LEVEL_RANK[minLevel];
    const base = {
      teamId: entry.teamId,
      teamName: team.name,
      siteId: team.siteId,
      siteName: snapshot.sites.get(team.siteId) ?? null,
      requirementId: entry.requirementId,
      area,
      targetLevel: minLevel,
      gap: entry.gap,
      severity: entry.severity,
    };

    const teamPool = team.members;
    const inTeam = new Set(teamPool.map((member) => member.employeeId));
    const rest: TMemberInput[] = [];
    for (const member of snapshot.members.values()) if (!inTeam.has(member.employeeId)) rest.push(member);
    const ranked: Array<{ candidate: TCandidate; pool: 'team' | 'organisation' }> = [
      ...findCandidates({ members: teamPool, area, minLevel }).map((candidate) => ({
        candidate,
        pool: 'team' as const,
      })),
      ...findCandidates({ members: rest, area, minLevel }).map((candidate) => ({
        candidate,
        pool: 'organisation' as const,
      })),
    ];

    let slots = entry.gap;
    for (const { candidate, pool } of ranked) {
      if (slots <= 0) break;
      // Already being developed for this (or a higher) level: the slot is in progress.
      if (candidate.reason === 'planned_action') {
        if (pool === 'team') slots--;
        continue;
      }
      if (candidate.reason !== 'ambition' && candidate.reason !== 'one_level_below') continue;
      if (openActions.has(openKey(candidate.employeeId, area, minLevel))) continue;
      if (pool === 'organisation' && suggestedElsewhere.has(candidate.employeeId)) continue;
      const currentRank = candidate.currentLevel ? LEVEL_RANK[candidate.currentLevel] : 0;
      const type: TSuggestionType =
        candidate.reason === 'ambition' && minRank - currentRank <= 1 ? 'coaching' : 'training';
      suggestions.push({
        ...base,
        id: suggestionId(entry.teamId, entry.requirementId, candidate.employeeId, type),
        type,
        employeeId: candidate.employeeId,
        employeeName: nameOf(candidate.employeeId),
        currentLevel: candidate.currentLevel,
        pool,
        reason: candidate.reason,
      });
      if (pool === 'organisation') suggestedElsewhere.add(candidate.employeeId);
      slots--;
    }

    const hiring = openHiring.filter(
      (action) =>
        action.teamId === entry.teamId &&
        action.area === area &&
        (action.targetLevel === null || LEVEL_RANK[action.targetLevel] >= minRank),
    ).length;
    if (slots - hiring > 0) {
      suggestions.push({
        ...base,
        id: suggestionId(entry.teamId, entry.requirementId, null, 'werving'),
        type: 'werving',
        employeeId: null,
        employeeName: null,
        currentLevel: null,
        pool: null,
        reason: 'no_candidate',
      });
    }
  }
  return suggestions;
}

function areaLabel(area: AreaId): string {
  return AREAS.find((item) => item.id === area)?.label.nl ?? area;
}

function levelLabel(level: LevelId): string {
  return (LEVELS.find((item) => item.id === level)?.label.nl ?? level).toLowerCase();
}

const TYPE_NL: Record<TSuggestionType, string> = {
  training: 'Training',
  coaching: 'Coaching',
  werving: 'Werving',
};

/** The action's title, in Dutch: "Training Pedagogiek naar ervaren — Lotte Dekker". */
export function suggestionTitle(input: {
  type: TSuggestionType;
  area: AreaId;
  targetLevel: LevelId;
  employeeName: string | null;
  teamName: string;
}): string {
  if (input.type === 'werving') {
    return `Werving ${areaLabel(input.area)} (${levelLabel(input.targetLevel)}) voor ${input.teamName}`;
  }
  return `${TYPE_NL[input.type]} ${areaLabel(input.area)} naar ${levelLabel(input.targetLevel)} — ${input.employeeName ?? ''}`.trim();
}
