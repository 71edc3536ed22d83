import {
  compactMember,
  type TMemberInput,
  type TRequirement,
  type TRoleDefinition,
  ZRoleDefinition,
} from '@teamspiegel/domain';
import { isoDate } from '../lib/http.ts';
import type { Rows } from './coverage-snapshot-rows.ts';
import type { CoverageSnapshot, EmployeeEntry, MutableMember, TeamEntry } from './coverage-snapshot-types.ts';
import { exemptionInput } from './exemptions.ts';

const ZRoleBundle = ZRoleDefinition.pick({ requirements: true, competencies: true });

export function rolesOf(roleRows: NonNullable<Rows['roleRows']>) {
  const roles: TRoleDefinition[] = [];
  const roleLabels: CoverageSnapshot['roleLabels'] = new Map();
  for (const row of roleRows) {
    const bundle = ZRoleBundle.safeParse({
      requirements: row.areaRequirements,
      competencies: row.competencyRequirements,
    });
    if (!bundle.success) continue;
    roles.push({ id: row.id, ...bundle.data, areaMatch: row.areaMatch });
    roleLabels.set(row.id, { nl: row.labelNl, en: row.labelEn, key: row.key });
  }
  return { roles, roleLabels };
}

/** Employee entries for the loaded employee rows (only active, not erased people are loaded). */
export function employeeEntries(rows: Rows): Map<string, EmployeeEntry> {
  const entries = new Map<string, EmployeeEntry>();
  const mutable = new Map<string, MutableMember>();
  for (const employee of rows.employees ?? []) {
    const member: MutableMember = {
      employeeId: employee.id,
      fte: employee.fte,
      levels: {},
      competencies: {},
      circles: [],
      development: [],
    };
    mutable.set(employee.id, member);
    entries.set(employee.id, {
      member: member as unknown as TMemberInput,
      name: `${employee.firstName} ${employee.lastName}`,
      teamIds: [],
      teamRoles: new Map(),
    });
  }
  for (const row of rows.certificates ?? []) {
    const member = mutable.get(row.employeeId);
    if (!member) continue;
    member.certificates ??= [];
    member.certificates.push({ certificateTypeId: row.certificateTypeId, expiresOn: isoDate(row.expiresOn) });
  }
  // Rule 16: when each level was validated, for the figures without overdue levels.
  for (const [employeeId, days] of rows.validatedOnOf) {
    const member = mutable.get(employeeId);
    if (member) member.levelsValidatedOn = days;
  }
  for (const [employeeId, validated] of rows.levelsOf) {
    const member = mutable.get(employeeId);
    if (member) Object.assign(member.levels, validated);
  }
  // Roles held without a team count in every team of the holder; team roles only in that team.
  for (const row of rows.assignments ?? []) {
    const member = mutable.get(row.employeeId);
    const entry = entries.get(row.employeeId);
    if (!member || !entry) continue;
    if (row.teamId === null) {
      member.roleIds ??= [];
      member.roleIds.push(row.roleDefinitionId);
    } else {
      entry.teamRoles.set(row.teamId, [...(entry.teamRoles.get(row.teamId) ?? []), row.roleDefinitionId]);
    }
  }
  for (const row of rows.ratings ?? []) {
    const member = mutable.get(row.employeeId);
    if (member) member.competencies[row.competency] = row.score;
  }
  for (const row of rows.contacts ?? []) {
    mutable.get(row.employeeId)?.circles.push(row.circle);
  }
  for (const row of rows.ambitions ?? []) {
    mutable.get(row.employeeId)?.development.push({
      source: 'ambition',
      sourceId: row.id,
      area: row.area,
      level: row.targetLevel,
      expectedDate: isoDate(row.horizonDate),
    });
  }
  for (const row of rows.actions ?? []) {
    const member = row.employeeId ? mutable.get(row.employeeId) : undefined;
    if (member && row.targetCertificateTypeId) {
      member.certificateCourses ??= [];
      member.certificateCourses.push({
        certificateTypeId: row.targetCertificateTypeId,
        sourceId: row.id,
        expectedDate: isoDate(row.expectedEndDate),
        actionType: row.type,
      });
    }
    if (!row.area || !row.targetLevel || !row.employeeId) continue;
    mutable.get(row.employeeId)?.development.push({
      source: 'action',
      sourceId: row.id,
      area: row.area,
      level: row.targetLevel,
      expectedDate: isoDate(row.expectedEndDate),
      actionType: row.type,
    });
  }
  for (const row of rows.memberships ?? []) {
    const entry = entries.get(row.employeeId);
    // Two periods in the same team count once.
    if (entry && !entry.teamIds.includes(row.teamId)) entry.teamIds.push(row.teamId);
  }
  for (const entry of entries.values()) {
    entry.teamIds.sort();
    // Built: the engine's profile of the member is made once here, not in every computation.
    compactMember(entry.member);
  }
  return entries;
}

/** Team entries for the loaded current team rows (archived ones are left out), with their requirements and vacancies. */
export function teamEntries(rows: Rows): Map<string, TeamEntry> {
  const entries = new Map<string, TeamEntry>();
  for (const team of rows.teams ?? []) {
    if (team.archivedAt !== null) continue;
    entries.set(team.id, {
      siteId: team.siteId,
      name: team.name,
      requirements: [],
      vacancies: [],
      exemptions: [],
    });
  }
  for (const row of rows.exemptions ?? []) {
    if (row.teamId !== null) entries.get(row.teamId)?.exemptions.push(exemptionInput(row));
  }
  for (const row of rows.requirements ?? []) {
    const requirement = toRequirement(row);
    if (requirement) entries.get(row.teamId)?.requirements.push(requirement);
  }
  for (const row of rows.vacancies ?? []) {
    if (!row.area || !row.targetLevel || !row.teamId) continue;
    entries.get(row.teamId)?.vacancies.push({
      id: row.id,
      area: row.area,
      level: row.targetLevel,
      expectedDate: isoDate(row.expectedEndDate),
    });
  }
  return entries;
}

export function certificateLabelsOf(
  types: { id: string; code: string; labelNl: string; labelEn: string }[],
): CoverageSnapshot['certificateLabels'] {
  return new Map(types.map((type) => [type.id, { nl: type.labelNl, en: type.labelEn, code: type.code }]));
}

type RequirementRow = {
  id: string;
  kind: 'area' | 'role' | 'competency' | 'circle' | 'certificate';
  area: TRequirement extends infer R ? (R extends { area: infer A } ? A : never) | null : never;
  minLevel: string | null;
  roleDefinitionId: string | null;
  competency: string | null;
  minScore: number | null;
  circle: string | null;
  certificateTypeId?: string | null;
  count: number;
};

/** A stored requirement row as the engine's requirement; rows with missing columns are skipped. */
export function toRequirement(row: RequirementRow): TRequirement | null {
  switch (row.kind) {
    case 'area':
      return row.area && row.minLevel
        ? ({
            id: row.id,
            kind: 'area',
            area: row.area,
            minLevel: row.minLevel,
            count: row.count,
          } as TRequirement)
        : null;
    case 'role':
      return row.roleDefinitionId
        ? { id: row.id, kind: 'role', roleId: row.roleDefinitionId, count: row.count }
        : null;
    case 'competency':
      return row.competency && row.minScore !== null
        ? ({
            id: row.id,
            kind: 'competency',
            competency: row.competency,
            minScore: row.minScore,
            count: row.count,
          } as TRequirement)
        : null;
    case 'circle':
      return row.circle
        ? ({ id: row.id, kind: 'circle', circle: row.circle, count: row.count } as TRequirement)
        : null;
    case 'certificate':
      return row.certificateTypeId
        ? { id: row.id, kind: 'certificate', certificateTypeId: row.certificateTypeId, count: row.count }
        : null;
  }
}
