import type { TTeamInput } from '../contracts/inputs.js';
import type { TCandidateReason, TTeamCoverage } from '../contracts/outputs.js';
import type { AreaId } from '../model/areas.js';
import type { LevelId } from '../model/levels.js';
import { findCandidates } from './candidates.js';

/** One area gap of a team that this person could help close, and why (her route there). */
export type TClosableGap = {
  teamId: string;
  requirementId: string;
  area: AreaId;
  minLevel: LevelId;
  /** People missing now (rule 1). */
  gap: number;
  currentLevel: LevelId | null;
  /** planned_action and ambition carry the level they aim at; one_level_below does not. */
  reason: Exclude<TCandidateReason, 'qualified'>;
  targetLevel: LevelId | null;
  expectedDate: string | null;
};

/**
 * The conversation sheet's "gaps you could close" (docs/coverage-rules.md, rule 13): the area
 * requirements of one team with people missing for which the person is a candidate as
 * findCandidates ranks them — a planned action or an ambition reaching the level, or exactly one
 * level below it. Requirements she already meets are not gaps she closes; other kinds (roles,
 * competencies, contacts, certificates) are left to the development plan.
 */
export function closableGaps(team: TTeamInput, coverage: TTeamCoverage, employeeId: string): TClosableGap[] {
  const self = team.members.find((member) => member.employeeId === employeeId);
  if (!self) return [];
  const gaps: TClosableGap[] = [];
  for (const line of coverage.requirements) {
    const { requirement } = line;
    if (requirement.kind !== 'area' || line.gap <= 0) continue;
    const [candidate] = findCandidates({
      members: [self],
      area: requirement.area,
      minLevel: requirement.minLevel,
    });
    if (!candidate || candidate.reason === 'qualified') continue;
    gaps.push({
      teamId: team.teamId,
      requirementId: requirement.id,
      area: requirement.area,
      minLevel: requirement.minLevel,
      gap: line.gap,
      currentLevel: candidate.currentLevel,
      reason: candidate.reason,
      targetLevel: candidate.targetLevel ?? null,
      expectedDate: candidate.expectedDate ?? null,
    });
  }
  return gaps;
}
