import type { TRankingEntry } from '../contracts/outputs.js';
import { LEVEL_RANK } from '../model/levels.js';

/** What an open development action aims at, as far as "already in the plan" asks (rule 7). */
export type TPlannableAction = {
  type: string;
  employeeId: string | null;
  teamId: string | null;
  area: string | null;
  targetLevel: string | null;
  targetRoleDefinitionId?: string | null;
  targetCompetency?: string | null;
  targetCircle?: string | null;
  targetCertificateTypeId?: string | null;
};

/**
 * The gap, identified the way its requirement is (kind plus area/level, role, competency or circle);
 * a site requirement's gap (rule 18) has no team.
 */
export type TPlannableGap = Pick<
  TRankingEntry,
  'kind' | 'area' | 'minLevel' | 'roleId' | 'competency' | 'circle' | 'certificateTypeId'
> & { teamId: string | null };

/**
 * "Al in het plan" (docs/coverage-rules.md, rule 7): whether an open action targets a gap. The
 * action must be the team's own (a vacancy, without a person) or a team member's, and aim at what
 * the requirement asks:
 * - area: the same area and a target level at or above the requirement's (a hire without a
 *   level still aims at it);
 * - role: `targetRoleDefinitionId` is the requirement's role;
 * - competency: `targetCompetency` is the requirement's competency;
 * - circle (surroundings): `targetCircle` is the requirement's circle;
 * - certificate: `targetCertificateTypeId` is the requirement's certificate type.
 * For a site's gap (rule 18) "the team" is the site: `isTeamMember` asks whether she works there and
 * `isOwnTeam` whether a vacancy's team is one of the site's.
 */
export function actionTargetsGap(
  action: TPlannableAction,
  gap: TPlannableGap,
  isTeamMember: (employeeId: string) => boolean,
  isOwnTeam: (teamId: string) => boolean = (teamId) => teamId === gap.teamId,
): boolean {
  const ours =
    action.employeeId !== null
      ? isTeamMember(action.employeeId)
      : action.teamId !== null && isOwnTeam(action.teamId);
  if (!ours) return false;
  switch (gap.kind) {
    case 'area': {
      if (!gap.area || !gap.minLevel || action.area !== gap.area) return false;
      if (action.targetLevel === null) return action.type === 'werving';
      const rank = LEVEL_RANK[action.targetLevel as keyof typeof LEVEL_RANK] ?? 0;
      return rank >= LEVEL_RANK[gap.minLevel];
    }
    case 'role':
      return gap.roleId !== undefined && action.targetRoleDefinitionId === gap.roleId;
    case 'competency':
      return gap.competency !== undefined && action.targetCompetency === gap.competency;
    case 'circle':
      return gap.circle !== undefined && action.targetCircle === gap.circle;
    case 'certificate':
      return gap.certificateTypeId !== undefined && action.targetCertificateTypeId === gap.certificateTypeId;
  }
}

/**
 * The target fields an action needs so that actionTargetsGap sees it aim at a role, competency,
 * circle or certificate gap.
 */
export function actionTargetFor(
  gap: Pick<TPlannableGap, 'kind' | 'roleId' | 'competency' | 'circle' | 'certificateTypeId'>,
): Pick<
  TPlannableAction,
  'targetRoleDefinitionId' | 'targetCompetency' | 'targetCircle' | 'targetCertificateTypeId'
> | null {
  switch (gap.kind) {
    case 'role':
      return gap.roleId ? { targetRoleDefinitionId: gap.roleId } : null;
    case 'competency':
      return gap.competency ? { targetCompetency: gap.competency } : null;
    case 'circle':
      return gap.circle ? { targetCircle: gap.circle } : null;
    case 'certificate':
      return gap.certificateTypeId ? { targetCertificateTypeId: gap.certificateTypeId } : null;
    case 'area':
      return null;
  }
}
