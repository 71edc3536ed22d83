import { writeAudits } from '../lib/audit.ts';
import { conflict, notFound, preconditionFailed, unprocessable } from '../lib/problem.ts';
import { tenantKey } from '../lib/tenant-key.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Tx } from '../plugins/app/prisma.ts';

/**
 * HR's two compound changes about people (issue 12): a leaver's deactivation and a move between teams.
 * Each runs in the caller's transaction and writes an audit row per row it changes.
 *
 * Dates: `date` is the first day of the new situation. Membership end dates are inclusive (the last
 * day counted), so what ends, ends the day before; the person drops out of coverage on `date`.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export function dayBefore(date: Date): Date {
  return new Date(date.getTime() - DAY_MS);
}

/** 422 `team_archived`: nobody joins an archived team (its history stays, its membership does not grow). */
export function teamArchived(path: string) {
  return unprocessable('team_archived', 'The team is archived; choose a current team.', [
    { path, message: 'The team is archived', code: 'team_archived' },
  ]);
}

function assertVersion(current: number, expected: number | undefined) {
  if (expected !== undefined && current !== expected) throw preconditionFailed();
}

/**
 * Deactivates a leaver from `date`: ends her memberships and role assignments that run past it (those
 * that have not started by then are removed), cancels her open development actions, sets her contract end and, once
 * the date has come, `active = false` (coverage counts active people only). Levels stay as history.
 */
export async function deactivateEmployee(
  tx: Tx,
  actor: Actor,
  input: { employeeId: string; date: Date; expectedVersion: number | undefined; today: Date },
) {
  const { organisationId } = actor;
  const employee = await tx.employee.findFirst({
    where: { organisationId, id: input.employeeId },
    select: { id: true, version: true, startDate: true, active: true, endDate: true, erasedAt: true },
  });
  if (!employee) throw notFound('Employee');
  assertVersion(employee.version, input.expectedVersion);
  if (employee.erasedAt) throw conflict('employee_erased', 'The employee was erased.');
  if (!employee.active && employee.endDate !== null) {
    throw conflict('employee_inactive', 'The employee has already been deactivated.');
  }
  const lastDay = dayBefore(input.date);
  if (employee.startDate && employee.startDate > lastDay) {
    throw unprocessable('invalid_period', 'The leaving date lies before the contract start.', [
      { path: 'body.date', message: 'Must be after the contract start', code: 'invalid_period' },
    ]);
  }

  const memberships = await tx.teamMembership.findMany({
    where: { organisationId, employeeId: employee.id, OR: [{ endDate: null }, { endDate: { gt: lastDay } }] },
  });
  const notStarted = memberships.filter((row) => row.startDate > lastDay);
  const running = memberships.filter((row) => row.startDate <= lastDay);
  if (notStarted.length > 0) {
    await tx.teamMembership.deleteMany({
      where: { organisationId, id: { in: notStarted.map((row) => row.id) } },
    });
  }
  if (running.length > 0) {
    await tx.teamMembership.updateMany({
      where: { organisationId, id: { in: running.map((row) => row.id) } },
      data: { endDate: lastDay, version: { increment: 1 } },
    });
  }

  const actions = await tx.developmentAction.findMany({
    where: { organisationId, employeeId: employee.id, status: { in: ['planned', 'in_progress'] } },
  });
  if (actions.length > 0) {
    await tx.developmentAction.updateMany({
      where: { organisationId, id: { in: actions.map((row) => row.id) } },
      data: { status: 'cancelled', version: { increment: 1 } },
    });
  }

  // Her roles end with her contract: running assignments end the day before, future ones go.
  const assignments = await tx.roleAssignment.findMany({
    where: { organisationId, employeeId: employee.id, OR: [{ endDate: null }, { endDate: { gt: lastDay } }] },
  });
  const assignmentsNotStarted = assignments.filter((row) => row.startDate > lastDay);
  const assignmentsRunning = assignments.filter((row) => row.startDate <= lastDay);
  if (assignmentsNotStarted.length > 0) {
    await tx.roleAssignment.deleteMany({
      where: { organisationId, id: { in: assignmentsNotStarted.map((row) => row.id) } },
    });
  }
  if (assignmentsRunning.length > 0) {
    await tx.roleAssignment.updateMany({
      where: { organisationId, id: { in: assignmentsRunning.map((row) => row.id) } },
      data: { endDate: lastDay },
    });
  }

  const updated = await tx.employee.update({
    where: { ...tenantKey(organisationId, employee.id), version: employee.version },
    data: {
      endDate: lastDay,
      active: input.date > input.today ? employee.active : false,
      version: { increment: 1 },
    },
  });
  await writeAudits(tx, actor, [
    ...notStarted.map((row) => ({
      entity: 'TeamMembership',
      entityId: row.id,
      action: 'delete' as const,
      before: row,
    })),
    ...running.map((row) => ({
      entity: 'TeamMembership',
      entityId: row.id,
      action: 'update' as const,
      before: row,
      after: { ...row, endDate: lastDay, version: row.version + 1 },
    })),
    ...assignmentsNotStarted.map((row) => ({
      entity: 'RoleAssignment',
      entityId: row.id,
      action: 'delete' as const,
      before: row,
    })),
    ...assignmentsRunning.map((row) => ({
      entity: 'RoleAssignment',
      entityId: row.id,
      action: 'update' as const,
      before: row,
      after: { ...row, endDate: lastDay },
    })),
    ...actions.map((row) => ({
      entity: 'DevelopmentAction',
      entityId: row.id,
      action: 'update' as const,
      before: row,
      after: { ...row, status: 'cancelled', version: row.version + 1 },
    })),
    {
      entity: 'Employee',
      entityId: employee.id,
      action: 'update' as const,
      before: employee,
      after: { id: updated.id, active: updated.active, endDate: updated.endDate, version: updated.version },
    },
  ]);
  return {
    membershipsEnded: memberships.length,
    actionsCancelled: actions.length,
    roleAssignmentsEnded: assignments.length,
  };
}

/**
 * Moves a person to another team on `date`: the membership ends the day before, a membership of the
 * new team starts on `date` (same FTE share unless another is given). Returns both rows' ids.
 */
export async function moveMembership(
  tx: Tx,
  actor: Actor,
  input: {
    membershipId: string;
    toTeamId: string;
    date: Date;
    fte: number | null | undefined;
    roleInTeam: string | null | undefined;
    expectedVersion: number | undefined;
    scope: Record<string, unknown>;
  },
) {
  const { organisationId } = actor;
  const current = await tx.teamMembership.findFirst({
    where: { AND: [{ organisationId, id: input.membershipId }, input.scope] },
  });
  if (!current) throw notFound('TeamMembership');
  assertVersion(current.version, input.expectedVersion);
  const team = await tx.team.findFirst({
    where: { organisationId, id: input.toTeamId },
    select: { id: true, archivedAt: true },
  });
  if (!team) {
    throw unprocessable('invalid_reference', 'A referenced record does not exist in your organisation.', [
      { path: 'body.toTeamId', message: 'No such team in your organisation' },
    ]);
  }
  if (team.archivedAt) throw teamArchived('body.toTeamId');
  if (input.toTeamId === current.teamId) {
    throw unprocessable('same_team', 'The person is already in this team.', [
      { path: 'body.toTeamId', message: 'Choose another team', code: 'same_team' },
    ]);
  }
  const lastDay = dayBefore(input.date);
  if (current.startDate > lastDay || (current.endDate !== null && current.endDate < lastDay)) {
    throw unprocessable('invalid_period', 'The move date must fall within the current membership.', [
      { path: 'body.date', message: 'Must fall within the membership being ended', code: 'invalid_period' },
    ]);
  }
  const overlapping = await tx.teamMembership.findFirst({
    where: {
      organisationId,
      teamId: input.toTeamId,
      employeeId: current.employeeId,
      OR: [{ endDate: null }, { endDate: { gte: input.date } }],
    },
    select: { id: true },
  });
  if (overlapping) {
    throw conflict('membership_overlap', 'The employee is already a member of this team in that period.');
  }
  const ended = await tx.teamMembership.update({
    where: { ...tenantKey(organisationId, current.id), version: current.version },
    data: { endDate: lastDay, version: { increment: 1 } },
  });
  const started = await tx.teamMembership.create({
    data: {
      organisationId,
      teamId: input.toTeamId,
      employeeId: current.employeeId,
      startDate: input.date,
      endDate: current.endDate,
      fte: input.fte === undefined ? current.fte : input.fte,
      roleInTeam: input.roleInTeam === undefined ? current.roleInTeam : input.roleInTeam,
    },
  });
  await writeAudits(tx, actor, [
    { entity: 'TeamMembership', entityId: ended.id, action: 'update', before: current, after: ended },
    { entity: 'TeamMembership', entityId: started.id, action: 'create', after: started },
  ]);
  return { endedId: ended.id, startedId: started.id };
}
