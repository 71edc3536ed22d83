import type { AreaId, CircleId, CompetencyId, LevelId } from '@teamspiegel/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { roleDefinitionId } from './roles.ts';
import type { RowContext } from './row-context.ts';

/** A team requirement of one kind, as the tenant modules write it (role by catalogue key). */
export type RequirementInput =
  | { kind: 'area'; area: AreaId; minLevel: LevelId }
  | { kind: 'role'; role: string }
  | { kind: 'competency'; competency: CompetencyId; minScore: number }
  | { kind: 'circle'; circle: CircleId };

/** The requirement's key within its team: one requirement per kind and target (and level). */
function requirementKey(input: RequirementInput): string {
  switch (input.kind) {
    case 'area':
      return `area/${input.area}/${input.minLevel}`;
    case 'role':
      return `role/${input.role}`;
    case 'competency':
      return `competency/${input.competency}`;
    case 'circle':
      return `circle/${input.circle}`;
  }
}

export function requirementRow(
  context: RowContext,
  team: string,
  requirement: RequirementInput & { count: number; note: string | undefined; since: Date },
): Prisma.TeamRequirementCreateManyInput {
  return {
    id: context.rowId('requirement', `${team}/${requirementKey(requirement)}`),
    organisationId: context.organisationId,
    teamId: context.teamId(team),
    kind: requirement.kind,
    area: requirement.kind === 'area' ? requirement.area : null,
    minLevel: requirement.kind === 'area' ? requirement.minLevel : null,
    roleDefinitionId: requirement.kind === 'role' ? roleDefinitionId(context.slug, requirement.role) : null,
    competency: requirement.kind === 'competency' ? requirement.competency : null,
    minScore: requirement.kind === 'competency' ? requirement.minScore : null,
    circle: requirement.kind === 'circle' ? requirement.circle : null,
    count: requirement.count,
    note: requirement.note ?? null,
    createdAt: requirement.since,
  };
}
