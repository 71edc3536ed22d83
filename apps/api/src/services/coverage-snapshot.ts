import { channel } from 'node:diagnostics_channel';
import {
  certificateProjectionHorizon,
  type TDevelopmentTarget,
  type TMemberInput,
  type TRequirement,
  type TRoleDefinition,
  type TTeamInput,
  type TVacancy,
  ZRoleDefinition,
} from '@teamspiegel/domain';
import { isoDate } from '../lib/http.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { activeMembershipWhere } from './access.ts';
import { type PendingLevel, validatedLevels, withPending } from './coverage-levels.ts';

export type { PendingLevel } from './coverage-levels.ts';

type SnapshotTeam = TTeamInput & { siteId: string; name: string };

/**
 * Everything the gap engine needs for one organisation, loaded in a fixed number of queries
 * (no N+1) and cached per organisation until its dataVersion moves (every audited change bumps it).
 * The engine itself is pure and fast; this keeps the database out of the hot path.
 */
export type CoverageSnapshot = {
  organisationId: string;
  dataVersion: number;
  /**
   * Current (not archived) teams with validated levels only: what every figure counts
   * (docs/coverage-rules.md, rule 4).
   */
  teams: Map<string, SnapshotTeam>;
  /** Archived teams: out of every current figure; the trend measures them for the months they existed. */
  archivedTeams: Map<string, { siteId: string; name: string }>;
  /** The same teams as if every pending self-assessment were approved (`?include=pending`). */
  pendingTeams: Map<string, SnapshotTeam>;
  /** Self-assessed levels waiting for validation, per employee. */
  pending: Map<string, PendingLevel[]>;
  /** Current (not archived) sites. */
  sites: Map<string, string>;
  /** Active employees that belong to at least one team or have development targets (validated levels). */
  members: Map<string, TMemberInput>;
  people: Map<string, { name: string; teamIds: string[] }>;
  roles: TRoleDefinition[];
  roleLabels: Map<string, { nl: string; en: string; key: string }>;
  /** The day certificate requirements are measured on; the snapshot is rebuilt the next day. */
  measuredOn: string;
  certificateLabels: Map<string, { nl: string; en: string; code: string }>;
};

const cache = new Map<string, CoverageSnapshot>();
const loading = new Map<string, Promise<CoverageSnapshot>>();
const MAX_CACHED_ORGANISATIONS = 50;

/** Cache hits and rebuilds, published for the metrics (plugins/app/metrics.ts) without depending on them. */
export const snapshotChannel = channel('teamspiegel:coverage-snapshot');
export type SnapshotEvent = { hit: true } | { hit: false; seconds: number };

const ZRoleBundle = ZRoleDefinition.pick({ requirements: true, competencies: true });

export async function coverageSnapshot(db: Db, organisationId: string): Promise<CoverageSnapshot> {
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: { dataVersion: true },
  });
  if (!organisation) throw new Error(`organisation ${organisationId} vanished`);
  const cached = cache.get(organisationId);
  if (cached && cached.dataVersion === organisation.dataVersion && cached.measuredOn === todayUtc()) {
    if (snapshotChannel.hasSubscribers) snapshotChannel.publish({ hit: true } satisfies SnapshotEvent);
    return cached;
  }

  const key = `${organisationId}:${organisation.dataVersion}`;
  let pending = loading.get(key);
  if (!pending) {
    const started = performance.now();
    pending = loadSnapshot(db, organisationId, organisation.dataVersion).finally(() => loading.delete(key));
    if (snapshotChannel.hasSubscribers) {
      pending.then(
        () => {
          const seconds = (performance.now() - started) / 1000;
          snapshotChannel.publish({ hit: false, seconds } satisfies SnapshotEvent);
        },
        () => {},
      );
    }
    loading.set(key, pending);
  }
  const snapshot = await pending;
  if (cache.size >= MAX_CACHED_ORGANISATIONS && !cache.has(organisationId)) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(organisationId, snapshot);
  return snapshot;
}

async function loadSnapshot(db: Db, organisationId: string, dataVersion: number): Promise<CoverageSnapshot> {
  const scope = { organisationId };
  const [
    sites,
    allTeams,
    requirements,
    roleRows,
    memberships,
    employees,
    levels,
    ratings,
    contacts,
    ambitions,
    actions,
    assignments,
  ] = await Promise.all([
    db.site.findMany({ where: { ...scope, archivedAt: null }, select: { id: true, name: true } }),
    db.team.findMany({ where: scope, select: { id: true, siteId: true, name: true, archivedAt: true } }),
    db.teamRequirement.findMany({ where: scope }),
    db.roleDefinition.findMany({
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
    }),
    db.teamMembership.findMany({
      where: { ...scope, ...activeMembershipWhere() },
      select: { teamId: true, employeeId: true },
    }),
    db.employee.findMany({
      where: { ...scope, active: true, erasedAt: null },
      select: { id: true, firstName: true, lastName: true, fte: true },
    }),
    db.areaLevel.findMany({
      where: { ...scope, isCurrent: true },
      select: { id: true, employeeId: true, area: true, level: true, status: true },
    }),
    db.competencyRating.findMany({
      where: scope,
      select: { employeeId: true, competency: true, score: true },
    }),
    db.surroundingsContact.findMany({
      where: scope,
      select: { employeeId: true, circle: true },
      distinct: ['employeeId', 'circle'],
    }),
    db.ambition.findMany({
      where: { ...scope, status: 'active' },
      select: { id: true, employeeId: true, area: true, targetLevel: true, horizonDate: true },
    }),
    db.developmentAction.findMany({
      where: {
        ...scope,
        status: { in: ['planned', 'in_progress'] },
        area: { not: null },
        targetLevel: { not: null },
        OR: [{ employeeId: { not: null } }, { type: 'werving', teamId: { not: null } }],
      },
      select: {
        id: true,
        employeeId: true,
        teamId: true,
        area: true,
        targetLevel: true,
        expectedEndDate: true,
        type: true,
      },
    }),
    // Rule 3: role requirements count holders, i.e. active role assignments.
    db.roleAssignment.findMany({
      where: { ...scope, ...activeMembershipWhere() },
      select: { employeeId: true, roleDefinitionId: true, teamId: true },
    }),
  ]);
  const { levelsOf, pending } = await validatedLevels(db, organisationId, levels);
  const measuredOn = todayUtc();
  const certificates = await loadCertificates(db, organisationId, measuredOn);

  const members = new Map<string, TMemberInput>();
  const people = new Map<string, { name: string; teamIds: string[] }>();
  type MutableMember = {
    employeeId: string;
    fte: number;
    levels: Record<string, string>;
    competencies: Record<string, number>;
    circles: string[];
    roleIds?: string[];
    development: TDevelopmentTarget[];
  };
  const mutable = new Map<string, MutableMember>();
  for (const employee of employees) {
    const member: MutableMember = {
      employeeId: employee.id,
      fte: employee.fte,
      levels: {},
      competencies: {},
      circles: [],
      development: [],
    };
    const held = certificates.held.get(employee.id);
    if (held) Object.assign(member, { certificates: held });
    mutable.set(employee.id, member);
    members.set(employee.id, member as unknown as TMemberInput);
    people.set(employee.id, { name: `${employee.firstName} ${employee.lastName}`, teamIds: [] });
  }
  for (const [employeeId, validated] of levelsOf) {
    const member = mutable.get(employeeId);
    if (member) Object.assign(member.levels, validated);
  }
  // Roles held without a team count in every team of the holder; team roles only in that team.
  const teamRoles = new Map<string, string[]>();
  for (const row of assignments) {
    const member = mutable.get(row.employeeId);
    if (!member) continue;
    if (row.teamId === null) {
      member.roleIds ??= [];
      member.roleIds.push(row.roleDefinitionId);
    } else {
      const key = `${row.teamId}:${row.employeeId}`;
      teamRoles.set(key, [...(teamRoles.get(key) ?? []), row.roleDefinitionId]);
    }
  }
  for (const row of ratings) {
    const member = mutable.get(row.employeeId);
    if (member) member.competencies[row.competency] = row.score;
  }
  for (const row of contacts) {
    mutable.get(row.employeeId)?.circles.push(row.circle);
  }
  for (const row of ambitions) {
    mutable.get(row.employeeId)?.development.push({
      source: 'ambition',
      sourceId: row.id,
      area: row.area,
      level: row.targetLevel,
      expectedDate: isoDate(row.horizonDate),
    });
  }
  const vacancies = new Map<string, TVacancy[]>();
  for (const row of actions) {
    if (!row.area || !row.targetLevel) continue;
    if (!row.employeeId) {
      // Rule 5: an open hire for a team is a vacancy, projected but never a person.
      if (!row.teamId) continue;
      const vacancy = {
        id: row.id,
        area: row.area,
        level: row.targetLevel,
        expectedDate: isoDate(row.expectedEndDate),
      };
      vacancies.set(row.teamId, [...(vacancies.get(row.teamId) ?? []), vacancy]);
      continue;
    }
    mutable.get(row.employeeId)?.development.push({
      source: 'action',
      sourceId: row.id,
      area: row.area,
      level: row.targetLevel,
      expectedDate: isoDate(row.expectedEndDate),
      actionType: row.type,
    });
  }

  const archivedTeams: CoverageSnapshot['archivedTeams'] = new Map();
  for (const team of allTeams) {
    if (team.archivedAt) archivedTeams.set(team.id, { siteId: team.siteId, name: team.name });
  }
  const teams = allTeams.filter((team) => team.archivedAt === null);
  const teamMap: CoverageSnapshot['teams'] = new Map();
  const teamMembers = new Map<string, TMemberInput[]>();
  const teamRequirements = new Map<string, TRequirement[]>();
  for (const team of teams) {
    teamMembers.set(team.id, []);
    teamRequirements.set(team.id, []);
  }
  const seenMembership = new Set<string>();
  for (const row of memberships) {
    const member = members.get(row.employeeId);
    const list = teamMembers.get(row.teamId);
    const pair = `${row.teamId}:${row.employeeId}`;
    // Two periods in the same team count once.
    if (!member || !list || seenMembership.has(pair)) continue;
    seenMembership.add(pair);
    const extraRoles = teamRoles.get(pair);
    list.push(extraRoles ? { ...member, roleIds: [...(member.roleIds ?? []), ...extraRoles] } : member);
    people.get(row.employeeId)?.teamIds.push(row.teamId);
  }
  for (const row of requirements) {
    const requirement = toRequirement(row);
    if (requirement) teamRequirements.get(row.teamId)?.push(requirement);
  }
  const pendingTeams: CoverageSnapshot['pendingTeams'] = new Map();
  for (const team of teams) {
    const members = teamMembers.get(team.id) ?? [];
    const input: SnapshotTeam = {
      teamId: team.id,
      siteId: team.siteId,
      name: team.name,
      members,
      requirements: teamRequirements.get(team.id) ?? [],
      vacancies: vacancies.get(team.id) ?? [],
      measuredOn,
      projectionHorizon: certificateProjectionHorizon(measuredOn),
    };
    teamMap.set(team.id, input);
    pendingTeams.set(team.id, { ...input, members: members.map((member) => withPending(member, pending)) });
  }

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

  return {
    organisationId,
    dataVersion,
    teams: teamMap,
    archivedTeams,
    pendingTeams,
    pending,
    sites: new Map(sites.map((site) => [site.id, site.name])),
    members,
    people,
    roles,
    roleLabels,
    measuredOn,
    certificateLabels: certificates.labels,
  };
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Certificates for rule 9 (issue 14), in two queries: the catalogue's labels, and per employee the
 * validated certificates obtained by `on` and not expired before it (a renewal is another row).
 */
async function loadCertificates(db: Db, organisationId: string, on: string) {
  const day = new Date(`${on}T00:00:00Z`);
  const [types, rows] = await Promise.all([
    db.certificateType.findMany({
      where: { organisationId },
      select: { id: true, code: true, labelNl: true, labelEn: true },
    }),
    db.personCertificate.findMany({
      where: {
        organisationId,
        status: 'validated',
        obtainedOn: { lte: day },
        OR: [{ expiresOn: null }, { expiresOn: { gte: day } }],
      },
      select: { employeeId: true, certificateTypeId: true, expiresOn: true },
    }),
  ]);
  const labels: CoverageSnapshot['certificateLabels'] = new Map(
    types.map((type) => [type.id, { nl: type.labelNl, en: type.labelEn, code: type.code }]),
  );
  const held = new Map<string, { certificateTypeId: string; expiresOn: string | null }[]>();
  for (const row of rows) {
    const list = held.get(row.employeeId) ?? [];
    list.push({ certificateTypeId: row.certificateTypeId, expiresOn: isoDate(row.expiresOn) });
    held.set(row.employeeId, list);
  }
  return { labels, held };
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
