import type {
  TCertificateRequirement,
  TDevelopmentTarget,
  TExemptionInput,
  TeamCoverageMemo,
  TMemberInput,
  TRequirement,
  TRoleDefinition,
  TTeamInput,
  TVacancy,
} from '@teamspiegel/domain';
import type { PendingLevel } from './coverage-levels.ts';

export type SnapshotTeam = TTeamInput & { siteId: string; name: string };

/**
 * Everything the gap engine needs for one organisation, loaded in a fixed number of queries
 * (no N+1) and cached per organisation and dataVersion; when the version moves, only what the
 * change log names is reloaded (see coverageSnapshot). The engine itself is pure and fast; this
 * keeps the database out of the hot path.
 */
export type CoverageSnapshot = {
  organisationId: string;
  dataVersion: number;
  /** Teams with validated levels only: what every figure counts (docs/coverage-rules.md, rule 4). */
  teams: Map<string, SnapshotTeam>;
  /** Archived teams: out of every current figure; the trend measures them for the months they existed. */
  archivedTeams: Map<string, { siteId: string; name: string; archivedAt: Date }>;
  /** The same teams as if every pending self-assessment were approved (`?include=pending`). */
  pendingTeams: Map<string, SnapshotTeam>;
  /** Self-assessed levels waiting for validation, per employee. */
  pending: Map<string, PendingLevel[]>;
  /** Pending self-assessments of everyone in at least one team (the whole organisation's count). */
  pendingChangesInTeams: number;
  sites: Map<string, string>;
  /** Rule 18: the certificate requirements of each current site, sorted by id (reloaded with the sites). */
  siteRequirements: Map<string, TCertificateRequirement[]>;
  /** Rule 17: the exemptions from each current site's requirements (reloaded with the sites). */
  siteExemptions: Map<string, TExemptionInput[]>;
  /** Active employees that belong to at least one team or have development targets (validated levels). */
  members: Map<string, TMemberInput>;
  people: Map<string, { name: string; teamIds: string[] }>;
  roles: TRoleDefinition[];
  roleLabels: Map<string, { nl: string; en: string; key: string }>;
  /** The day certificate requirements are measured on (the snapshot's day: a new day reloads). */
  /** The organisation's reassessment cycle in months (rule 16), read with every version check. */
  reassessmentMonths: number | null;
  measuredOn: string;
  certificateLabels: Map<string, { nl: string; en: string; code: string }>;
  /** The UTC day it was built on: memberships start and end by date, so a new day reloads. */
  day: string;
  /** When its version was last confirmed against the database (ms since the epoch). */
  syncedAt: number;
  /** The engine's per-team results, valid for these roles (a role change reloads in full). */
  memo: TeamCoverageMemo;
  /** Per employee and team, what a patch needs (services-internal). */
  state: SnapshotState;
  /**
   * What the latest patches reloaded, oldest first and contiguous (each `from` is the `to` before
   * it); empty after a full load. Last month's point is patched from the same change log and reuses
   * these instead of reading the log again.
   */
  appliedChanges: AppliedChanges[];
};

/** The employees and teams the change log named between two versions. */
export type AppliedChanges = { from: number; to: number; employeeIds: string[]; teamIds: string[] };

export type MutableMember = {
  employeeId: string;
  fte: number;
  levels: Record<string, string>;
  competencies: Record<string, number>;
  circles: string[];
  roleIds?: string[];
  development: TDevelopmentTarget[];
  certificates?: { certificateTypeId: string; expiresOn: string | null }[];
  certificateCourses?: NonNullable<TMemberInput['certificateCourses']>[number][];
  levelsValidatedOn?: Record<string, string>;
};

/** What the snapshot keeps per active employee, so that a change reloads only the people it touched. */
export type EmployeeEntry = {
  member: TMemberInput;
  name: string;
  /** Teams of the current memberships, sorted, each once. */
  teamIds: string[];
  /** Roles held in one team only (rule 3), per team. */
  teamRoles: Map<string, string[]>;
};
export type TeamEntry = {
  siteId: string;
  name: string;
  requirements: TRequirement[];
  vacancies: TVacancy[];
  exemptions: TExemptionInput[];
};
export type SnapshotState = {
  employees: Map<string, EmployeeEntry>;
  teams: Map<string, TeamEntry>;
  /** Active members per team, sorted by employee id. */
  teamEmployees: Map<string, string[]>;
};
