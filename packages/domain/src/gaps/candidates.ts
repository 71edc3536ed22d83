import type { TFindCandidatesInput, TMemberInput } from '../contracts/inputs.js';
import type { TCandidate, TCandidateReason } from '../contracts/outputs.js';
import { DomainError } from '../errors.js';
import type { AreaId } from '../model/areas.js';
import { LEVEL_RANK, type LevelId } from '../model/levels.js';
import { bestTargetFor, compareDates, compareStrings } from './targets.js';

const REASON_ORDER: Record<TCandidateReason, number> = {
  qualified: 0,
  planned_action: 1,
  ambition: 2,
  one_level_below: 3,
};

function byRank(a: TCandidate, b: TCandidate): number {
  return (
    REASON_ORDER[a.reason] - REASON_ORDER[b.reason] ||
    compareDates(a.expectedDate ?? null, b.expectedDate ?? null) ||
    compareStrings(a.employeeId, b.employeeId)
  );
}

/**
 * Who could fill an area at a level: first those whose planned action, then those whose
 * ambition aims there (earliest date first), then those exactly one level below.
 * Already qualified members are left out unless excludeQualified is false, then they lead.
 */
export function findCandidates(input: {
  members: readonly TMemberInput[];
  area: AreaId;
  minLevel: LevelId;
  excludeQualified?: boolean;
}): TCandidate[] {
  const { members, area, minLevel } = input satisfies TFindCandidatesInput;
  const minRank = LEVEL_RANK[minLevel];
  const seen = new Set<string>();
  const candidates: TCandidate[] = [];
  for (const member of members) {
    if (seen.has(member.employeeId)) {
      throw new DomainError('duplicate_employee', `Employee '${member.employeeId}' appears twice`, {
        employeeId: member.employeeId,
      });
    }
    seen.add(member.employeeId);
    const currentLevel = member.levels[area] ?? null;
    const currentRank = currentLevel === null ? 0 : LEVEL_RANK[currentLevel];
    const base = { employeeId: member.employeeId, fte: member.fte, currentLevel };
    if (currentRank >= minRank) {
      if (input.excludeQualified === false) candidates.push({ ...base, reason: 'qualified' });
      continue;
    }
    const target = bestTargetFor(member.development, area, minRank);
    if (target !== null) {
      const candidate: TCandidate = {
        ...base,
        reason: target.source === 'action' ? 'planned_action' : 'ambition',
        targetLevel: target.level,
        expectedDate: target.expectedDate,
      };
      if (target.sourceId !== undefined) candidate.sourceId = target.sourceId;
      if (target.actionType !== undefined) candidate.actionType = target.actionType;
      candidates.push(candidate);
    } else if (currentRank > 0 && currentRank === minRank - 1) {
      candidates.push({ ...base, reason: 'one_level_below' });
    }
  }
  return candidates.sort(byRank);
}
