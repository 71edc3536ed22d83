import type { AreaId, CircleId, CompetencyId, LevelId } from '@teamspiegel/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import type {
  AmbitionDirection,
  AmbitionStatus,
  AmbitionVisibility,
  DevelopmentActionType,
  DevelopmentStatus,
} from '../../generated/prisma/enums.ts';
import { addMonths } from './dates.ts';
import { roleDefinitionId } from './roles.ts';
import type { RowContext } from './row-context.ts';

export type AmbitionInput = {
  person: string;
  direction: AmbitionDirection;
  area: AreaId;
  targetLevel: LevelId;
  monthsAhead: number | null;
  motivation: string;
  visibility?: AmbitionVisibility;
  status?: AmbitionStatus;
};

/** An ambition's row; its id names the person, area and target level (one ambition for each). */
export function ambitionRow(context: RowContext, input: AmbitionInput): Prisma.AmbitionCreateManyInput {
  return {
    id: context.rowId('ambition', `${input.person}/${input.area}/${input.targetLevel}`),
    organisationId: context.organisationId,
    employeeId: context.employeeId(input.person),
    direction: input.direction,
    area: input.area,
    targetLevel: input.targetLevel,
    horizonDate: input.monthsAhead === null ? null : addMonths(context.anchor, input.monthsAhead),
    motivation: input.motivation,
    visibility: input.visibility ?? 'manager',
    status: input.status ?? 'active',
  };
}

export type DevelopmentActionInput = {
  key?: string;
  type: DevelopmentActionType;
  title: string;
  person?: string;
  team?: string;
  area?: AreaId;
  targetLevel?: LevelId;
  /** What a hire or course aims at besides an area (at most one, like the API). */
  targetRole?: string;
  targetCompetency?: CompetencyId;
  targetCircle?: CircleId;
  provider?: string;
  status: DevelopmentStatus;
  startMonths?: number;
  durationMonths?: number;
  costEuros?: number;
  notes?: string;
};

/** A development action's row under `key`; dates are months from the anchor. */
export function developmentActionRow(
  context: RowContext,
  key: string,
  input: DevelopmentActionInput,
  createdByUserId: string | null,
): Prisma.DevelopmentActionCreateManyInput {
  const start = input.startMonths === undefined ? null : addMonths(context.anchor, input.startMonths);
  const end = start && input.durationMonths ? addMonths(start, input.durationMonths) : null;
  return {
    id: context.rowId('development-action', key),
    organisationId: context.organisationId,
    type: input.type,
    title: input.title,
    employeeId: input.person ? context.employeeId(input.person) : null,
    teamId: input.team ? context.teamId(input.team) : null,
    area: input.area ?? null,
    targetLevel: input.targetLevel ?? null,
    targetRoleDefinitionId: input.targetRole ? roleDefinitionId(context.slug, input.targetRole) : null,
    targetCompetency: input.targetCompetency ?? null,
    targetCircle: input.targetCircle ?? null,
    provider: input.provider ?? null,
    status: input.status,
    startDate: start,
    expectedEndDate: end,
    // Never completed in the future (rule 8): a course that ran past the anchor finished early.
    completedAt: input.status === 'completed' ? (end && end > context.anchor ? context.anchor : end) : null,
    costCents: input.costEuros === undefined ? null : input.costEuros * 100,
    notes: input.notes ?? null,
    createdByUserId,
  };
}
