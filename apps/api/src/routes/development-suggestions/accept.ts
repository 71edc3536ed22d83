import type { TDevelopmentSuggestionAccept } from '@teamspiegel/domain/api/development-suggestions';
import { parseDate } from '../../lib/http.ts';
import { conflict, unprocessable } from '../../lib/problem.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Tx } from '../../plugins/app/prisma.ts';
import { createPlannedAction } from '../../services/planned-action.ts';
import { suggestionId, suggestionTitle } from './service.ts';

const invalidReference = (path: string, detail: string) =>
  unprocessable('invalid_reference', detail, [{ path: `body.${path}`, message: detail }]);

/** Which step a rule refuses before any write: hiring has no person, every other step has one. */
export function assertSuggestionShape(body: Pick<TDevelopmentSuggestionAccept, 'type' | 'employeeId'>) {
  const employeeId = body.employeeId ?? null;
  if (body.type === 'werving' && employeeId) {
    throw unprocessable('employee_not_allowed', 'A hiring action (werving) has no employee.', [
      { path: 'body.employeeId', message: 'Must be empty for werving' },
    ]);
  }
  if (body.type !== 'werving' && !employeeId) {
    throw unprocessable('employee_required', 'This type of action needs an employee.', [
      { path: 'body.employeeId', message: 'Required unless the type is werving' },
    ]);
  }
}

/**
 * Accepting a suggestion, in the caller's transaction: checks the team, requirement and person,
 * refuses a second open action for the same person, area and level (409 `action_already_open`),
 * then creates the planned action with a Dutch title and its audit row.
 */
export async function acceptSuggestion(tx: Tx, actor: Actor, body: TDevelopmentSuggestionAccept) {
  assertSuggestionShape(body);
  const organisationId = actor.organisationId;
  const employeeId = body.employeeId ?? null;
  const [team, requirement, employee] = await Promise.all([
    tx.team.findFirst({ where: { organisationId, id: body.teamId }, select: { id: true, name: true } }),
    tx.teamRequirement.findFirst({
      where: { organisationId, id: body.requirementId, teamId: body.teamId },
      select: { id: true, kind: true, area: true },
    }),
    employeeId
      ? tx.employee.findFirst({
          where: { organisationId, id: employeeId, active: true, erasedAt: null },
          select: { id: true, firstName: true, lastName: true },
        })
      : Promise.resolve(null),
  ]);
  if (!team) throw invalidReference('teamId', 'The team does not exist in your organisation.');
  if (!requirement) throw invalidReference('requirementId', 'The requirement is not one of this team.');
  if (requirement.kind !== 'area' || requirement.area !== body.area) {
    throw unprocessable('suggestion_mismatch', 'The area does not match the requirement.', [
      { path: 'body.area', message: 'Must be the requirement’s area' },
    ]);
  }
  if (employeeId && !employee) {
    throw invalidReference('employeeId', 'The employee does not exist or is no longer active.');
  }
  if (employeeId) {
    const open = await tx.developmentAction.findFirst({
      where: {
        organisationId,
        employeeId,
        area: body.area,
        targetLevel: body.targetLevel,
        status: { in: ['planned', 'in_progress'] },
      },
      select: { id: true },
    });
    if (open) {
      throw conflict(
        'action_already_open',
        'An open development action already targets this person, area and level.',
      );
    }
  }
  const employeeName = employee ? `${employee.firstName} ${employee.lastName}` : null;
  return createPlannedAction(
    tx,
    actor,
    {
      type: body.type,
      title: suggestionTitle({
        type: body.type,
        area: body.area,
        targetLevel: body.targetLevel,
        employeeName,
        teamName: team.name,
      }).slice(0, 300),
      employeeId,
      teamId: team.id,
      area: body.area,
      targetLevel: body.targetLevel,
      provider: body.provider ?? null,
      expectedEndDate: parseDate(body.expectedEndDate) ?? null,
      costCents: body.costCents ?? null,
    },
    {
      source: 'suggestion',
      suggestionId: suggestionId(body.teamId, body.requirementId, employeeId, body.type),
      requirementId: body.requirementId,
    },
  );
}
