import type { Db } from '../plugins/app/prisma.ts';
import { type PendingLevel, validatedLevels } from './coverage-levels.ts';
import {
  packedAmbitions,
  packedAssignments,
  packedContacts,
  packedEmployees,
  packedLevels,
  packedMemberships,
  packedRatings,
  packedRequirements,
} from './coverage-snapshot-packed.ts';

export type Rows = Awaited<ReturnType<typeof loadRows>>;

/**
 * The engine's inputs of some employees and teams (all of them for `null`), in a fixed number of
 * queries. Ordered where order reaches the figures, so a partial and a full load build the same thing.
 */
export async function loadRows(
  db: Db,
  organisationId: string,
  employeeIds: string[] | null,
  teamIds: string[] | null,
  withSites: boolean,
  day: string,
) {
  const scope = { organisationId };
  const ofEmployees = employeeIds === null ? {} : { employeeId: { in: employeeIds } };
  const ofTeams = teamIds === null ? {} : { teamId: { in: teamIds } };
  const anyEmployees = employeeIds === null || employeeIds.length > 0;
  const anyTeams = teamIds === null || teamIds.length > 0;
  const none = Promise.resolve(null);
  const packedScope = { organisationId, employeeIds, day };
  const [
    sites,
    teams,
    requirements,
    roleRows,
    memberships,
    employees,
    levels,
    ratings,
    contacts,
    ambitions,
    actions,
    vacancies,
    assignments,
    certificateTypes,
    certificates,
    exemptions,
    siteRequirements,
    siteExemptions,
  ] = await Promise.all([
    withSites
      ? db.site.findMany({ where: { ...scope, archivedAt: null }, select: { id: true, name: true } })
      : none,
    anyTeams
      ? db.team.findMany({
          where: { ...scope, ...(teamIds === null ? {} : { id: { in: teamIds } }) },
          select: { id: true, siteId: true, name: true, archivedAt: true },
        })
      : none,
    anyTeams ? packedRequirements(db, organisationId, teamIds) : none,
    employeeIds === null
      ? db.roleDefinition.findMany({
          where: scope,
          select: {
            id: true,
            key: true,
            labelNl: true,
            labelEn: true,
            areaRequirements: true,
            competencyRequirements: true,
            areaMatch: true,
          },
        })
      : none,
    anyEmployees ? packedMemberships(db, packedScope) : none,
    anyEmployees ? packedEmployees(db, packedScope) : none,
    anyEmployees ? packedLevels(db, packedScope) : none,
    anyEmployees ? packedRatings(db, packedScope) : none,
    anyEmployees ? packedContacts(db, packedScope) : none,
    anyEmployees ? packedAmbitions(db, packedScope) : none,
    anyEmployees
      ? db.developmentAction.findMany({
          where: {
            ...scope,
            ...(employeeIds === null ? { employeeId: { not: null } } : ofEmployees),
            status: { in: ['planned', 'in_progress'] },
            // An area and level (rule 5), or a certificate course (rule 10).
            OR: [
              { area: { not: null }, targetLevel: { not: null } },
              { targetCertificateTypeId: { not: null } },
            ],
          },
          select: {
            id: true,
            employeeId: true,
            area: true,
            targetLevel: true,
            targetCertificateTypeId: true,
            expectedEndDate: true,
            type: true,
          },
          orderBy: { id: 'asc' },
        })
      : none,
    // Rule 5: an open hire for a team is a vacancy, projected but never a person.
    anyTeams
      ? db.developmentAction.findMany({
          where: {
            ...scope,
            employeeId: null,
            type: 'werving',
            ...(teamIds === null ? { teamId: { not: null } } : ofTeams),
            status: { in: ['planned', 'in_progress'] },
            area: { not: null },
            targetLevel: { not: null },
          },
          select: { id: true, teamId: true, area: true, targetLevel: true, expectedEndDate: true },
          orderBy: { id: 'asc' },
        })
      : none,
    // Rule 3: role requirements count holders, i.e. active role assignments.
    anyEmployees ? packedAssignments(db, packedScope) : none,
    // Rule 10: the catalogue's labels (a catalogue change reloads in full, like a role) ...
    employeeIds === null
      ? db.certificateType.findMany({
          where: scope,
          select: { id: true, code: true, labelNl: true, labelEn: true },
        })
      : none,
    // ... and the validated certificates obtained by the day and not expired before it.
    anyEmployees
      ? db.personCertificate.findMany({
          where: {
            ...scope,
            ...ofEmployees,
            status: 'validated',
            obtainedOn: { lte: new Date(`${day}T00:00:00Z`) },
            OR: [{ expiresOn: null }, { expiresOn: { gte: new Date(`${day}T00:00:00Z`) } }],
          },
          select: { employeeId: true, certificateTypeId: true, expiresOn: true },
          orderBy: [{ certificateTypeId: 'asc' }, { id: 'asc' }],
        })
      : none,
    // Rule 17: exemptions not ended and running today or later (the day's reload drops the past).
    anyTeams
      ? db.requirementExemption.findMany({
          where: {
            ...scope,
            ...(teamIds === null ? { teamId: { not: null } } : ofTeams),
            endedAt: null,
            endsOn: { gte: new Date(`${day}T00:00:00Z`) },
          },
          select: {
            id: true,
            teamId: true,
            requirementId: true,
            employeeId: true,
            startsOn: true,
            endsOn: true,
          },
          orderBy: { id: 'asc' },
        })
      : none,
    // Rule 18: the certificate requirements of the current sites, reloaded with them (scope 'site').
    withSites
      ? db.siteRequirement.findMany({
          where: { ...scope, site: { archivedAt: null } },
          select: { id: true, siteId: true, certificateTypeId: true, count: true },
          orderBy: { id: 'asc' },
        })
      : none,
    // Rule 17 on rule 18: exemptions from the current sites' requirements, reloaded with them.
    withSites
      ? db.requirementExemption.findMany({
          where: {
            ...scope,
            siteRequirementId: { not: null },
            site: { archivedAt: null },
            endedAt: null,
            endsOn: { gte: new Date(`${day}T00:00:00Z`) },
          },
          select: {
            id: true,
            siteId: true,
            siteRequirementId: true,
            employeeId: true,
            startsOn: true,
            endsOn: true,
          },
          orderBy: { id: 'asc' },
        })
      : none,
  ]);
  const validated = levels
    ? await validatedLevels(db, organisationId, levels)
    : { levelsOf: new Map(), validatedOnOf: new Map(), pending: new Map<string, PendingLevel[]>() };
  return {
    sites,
    teams,
    requirements,
    roleRows,
    memberships,
    employees,
    ratings,
    contacts,
    ambitions,
    actions,
    vacancies,
    assignments,
    certificateTypes,
    certificates,
    exemptions,
    siteRequirements,
    siteExemptions,
    ...validated,
  };
}
