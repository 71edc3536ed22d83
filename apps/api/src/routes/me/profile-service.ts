import type { ZProfileUpdate } from '@teamspiegel/domain/api/profile';
import type { z } from 'zod';
import { type AuditEventInput, writeAudits } from '../../lib/audit.ts';
import { isoDate, isoDateTime, parseDate, startOfUtcDay } from '../../lib/http.ts';
import { ProblemError, preconditionFailed, unprocessable } from '../../lib/problem.ts';
import { tenantKey } from '../../lib/tenant-key.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { activeMembershipWhere } from '../../services/access.ts';
import { recordLevel } from '../../services/people-writes.ts';
import { ambitionDto } from '../ambitions/index.ts';
import { areaLevelDto } from '../area-levels/index.ts';
import { competencyRatingDto } from '../competency-ratings/index.ts';
import { surroundingsContactDto } from '../surroundings-contacts/index.ts';

type ProfileUpdate = z.infer<typeof ZProfileUpdate>;

/** The caller's own employee record; 404 `no_employee_profile` when the login is not linked to one. */
export function ownEmployeeId(actor: Actor): string {
  if (!actor.employeeId) throw noEmployeeProfile();
  return actor.employeeId;
}

const noEmployeeProfile = () =>
  new ProblemError(
    404,
    'no_employee_profile',
    'Not found',
    'Your login is not linked to an employee record.',
  );

export const preconditionRequired = () =>
  new ProblemError(
    428,
    'precondition_required',
    'Precondition required',
    'Send the version you read (If-Match header or `version`), so a newer edit is not overwritten.',
  );

/** Everything of the profile in one query (no N+1), shaped as the ZProfile contract. */
export async function loadProfile(db: Db | Tx, actor: Actor, employeeId: string) {
  const employee = await db.employee.findFirst({
    where: { organisationId: actor.organisationId, id: employeeId },
    include: {
      areaLevels: { where: { isCurrent: true }, orderBy: [{ area: 'asc' }] },
      competencyRatings: { orderBy: [{ competency: 'asc' }] },
      surroundingsContacts: { orderBy: [{ circle: 'asc' }, { partnerName: 'asc' }] },
      ambitions: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      roleAssignments: {
        where: { OR: [{ endDate: null }, { endDate: { gte: startOfUtcDay() } }] },
        include: { roleDefinition: true },
        orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      },
      memberships: {
        where: activeMembershipWhere(),
        include: { team: { include: { site: true } } },
        orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      },
    },
  });
  if (!employee) throw noEmployeeProfile();
  return {
    employee: {
      id: employee.id,
      firstName: employee.firstName,
      lastName: employee.lastName,
      email: employee.email,
      jobTitle: employee.jobTitle,
      fte: employee.fte,
      active: employee.active,
      startDate: isoDate(employee.startDate),
    },
    version: employee.version,
    areaLevels: employee.areaLevels.map(areaLevelDto),
    competencyRatings: employee.competencyRatings.map(competencyRatingDto),
    surroundingsContacts: employee.surroundingsContacts.map(surroundingsContactDto),
    ambitions: employee.ambitions.map((row) => ambitionDto(row, actor)),
    roleAssignments: employee.roleAssignments.map((assignment) => ({
      id: assignment.id,
      roleDefinitionId: assignment.roleDefinitionId,
      key: assignment.roleDefinition.key,
      labelNl: assignment.roleDefinition.labelNl,
      labelEn: assignment.roleDefinition.labelEn,
      teamId: assignment.teamId,
      startDate: isoDate(assignment.startDate) ?? '',
      endDate: isoDate(assignment.endDate),
    })),
    teams: employee.memberships.map((membership) => ({
      id: membership.team.id,
      name: membership.team.name,
      kind: membership.team.kind,
      siteId: membership.team.siteId,
      siteName: membership.team.site.name,
      roleInTeam: membership.roleInTeam,
      startDate: isoDate(membership.startDate) ?? '',
      endDate: isoDate(membership.endDate),
    })),
  };
}

/**
 * Replaces levels, competencies, contacts and ambitions of the caller in one transaction.
 * The version check comes first and is itself the write that bumps Employee.version: a
 * concurrent save waits on that row and then finds the version moved (412, nothing written).
 */
export async function replaceProfile(
  tx: Tx,
  actor: Actor,
  employeeId: string,
  expected: number,
  body: ProfileUpdate,
) {
  const org = actor.organisationId;
  const owned = { organisationId: org, employeeId };
  const bumped = await tx.employee.updateMany({
    where: { organisationId: org, id: employeeId, version: expected },
    data: { version: { increment: 1 } },
  });
  if (bumped.count !== 1) throw preconditionFailed();
  const now = new Date();
  // Collected, then written in one statement at the end (with one dataVersion bump).
  const events: AuditEventInput[] = [];
  const audit = (entity: string, entityId: string, action: string, before?: unknown, after?: unknown) => {
    events.push({ entity, entityId, action, before, after });
  };

  // Levels: changed ones recorded as self-assessed, unchanged untouched, omitted ones closed.
  const levels = await tx.areaLevel.findMany({ where: { ...owned, isCurrent: true } });
  const wantedLevels = new Map(body.areaLevels.map((item) => [item.area, item.level]));
  for (const row of levels) {
    if (wantedLevels.has(row.area)) continue;
    await tx.areaLevel.updateMany({
      where: { id: row.id, organisationId: org, isCurrent: true },
      data: { validTo: now, isCurrent: null },
    });
    audit('AreaLevel', row.id, 'close', row, { ...row, validTo: now, isCurrent: null });
  }
  for (const { area, level } of body.areaLevels) {
    const current = levels.find((row) => row.area === area);
    if (current?.level === level) continue;
    const created = await recordLevel(tx, {
      ...owned,
      area,
      level,
      status: 'self_assessed',
      assessedByUserId: actor.userId,
      at: now,
    });
    audit('AreaLevel', created.id, 'self_assess', current, created);
  }

  // Competency ratings: one per competency.
  const ratings = await tx.competencyRating.findMany({ where: owned });
  const wantedRatings = new Map(body.competencyRatings.map((item) => [item.competency, item.score]));
  for (const row of ratings) {
    if (wantedRatings.has(row.competency)) continue;
    await tx.competencyRating.delete({ where: tenantKey(org, row.id) });
    audit('CompetencyRating', row.id, 'delete', row);
  }
  for (const { competency, score } of body.competencyRatings) {
    const current = ratings.find((row) => row.competency === competency);
    if (current?.score === score) continue;
    if (current) {
      const updated = await tx.competencyRating.update({
        where: tenantKey(org, current.id),
        data: { score, ratedByUserId: actor.userId },
      });
      audit('CompetencyRating', current.id, 'update', current, updated);
    } else {
      const created = await tx.competencyRating.create({
        data: { ...owned, competency, score, ratedByUserId: actor.userId },
      });
      audit('CompetencyRating', created.id, 'create', undefined, created);
    }
  }

  // Surroundings contacts, matched on circle + partner name.
  const contacts = await tx.surroundingsContact.findMany({ where: owned });
  const keyOf = (item: { circle: string; partnerName: string }) => `${item.circle}\u0000${item.partnerName}`;
  const wantedContacts = new Map(body.surroundingsContacts.map((item) => [keyOf(item), item]));
  for (const row of contacts) {
    if (wantedContacts.has(keyOf(row))) continue;
    await tx.surroundingsContact.delete({ where: tenantKey(org, row.id) });
    audit('SurroundingsContact', row.id, 'delete', row);
  }
  for (const item of body.surroundingsContacts) {
    const description = item.description ?? null;
    const current = contacts.find((row) => keyOf(row) === keyOf(item));
    if (current && current.description === description) continue;
    if (current) {
      const updated = await tx.surroundingsContact.update({
        where: tenantKey(org, current.id),
        data: { description },
      });
      audit('SurroundingsContact', current.id, 'update', current, updated);
    } else {
      const created = await tx.surroundingsContact.create({
        data: { ...owned, circle: item.circle, partnerName: item.partnerName, description },
      });
      audit('SurroundingsContact', created.id, 'create', undefined, created);
    }
  }

  // Ambitions: with id → update that one (it must be the caller's), without → new; omitted → removed.
  const ambitions = await tx.ambition.findMany({ where: owned });
  body.ambitions.forEach((item, index) => {
    if (item.id && !ambitions.some((row) => row.id === item.id)) {
      throw unprocessable('invalid_reference', 'This ambition is not one of yours.', [
        { path: `body.ambitions.${index}.id`, message: 'Unknown ambition' },
      ]);
    }
  });
  const keptIds = new Set(body.ambitions.map((item) => item.id).filter(Boolean));
  for (const row of ambitions) {
    if (keptIds.has(row.id)) continue;
    await tx.ambition.delete({ where: tenantKey(org, row.id) });
    audit('Ambition', row.id, 'delete', row);
  }
  for (const item of body.ambitions) {
    const data = {
      direction: item.direction,
      area: item.area,
      targetLevel: item.targetLevel,
      horizonDate: parseDate(item.horizonDate ?? null),
      motivation: item.motivation ?? null,
      visibility: item.visibility,
      status: item.status,
    };
    const current = ambitions.find((row) => row.id === item.id);
    if (current) {
      const unchanged =
        current.direction === data.direction &&
        current.area === data.area &&
        current.targetLevel === data.targetLevel &&
        isoDate(current.horizonDate) === isoDate(data.horizonDate) &&
        current.motivation === data.motivation &&
        current.visibility === data.visibility &&
        current.status === data.status;
      if (unchanged) continue;
      const updated = await tx.ambition.update({
        where: tenantKey(org, current.id),
        data: { ...data, version: { increment: 1 } },
      });
      audit('Ambition', current.id, 'update', current, updated);
    } else {
      const created = await tx.ambition.create({ data: { ...owned, ...data } });
      audit('Ambition', created.id, 'create', undefined, created);
    }
  }

  audit(
    'Employee',
    employeeId,
    'profile_update',
    { version: expected },
    { version: expected + 1, updatedAt: isoDateTime(now) },
  );
  await writeAudits(tx, actor, events);
}
