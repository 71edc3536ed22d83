import type { AccessRole, MemberRole } from './roles.js';

/**
 * How far a permission reaches for a role. The API turns a scope into a query filter
 * (apps/api/src/services/access.ts); the table only names it.
 */
export const SCOPES = {
  platform: 'every organisation (platform administration)',
  organisation: 'the whole own organisation',
  led_teams: 'the teams the login leads, their current members, and the login itself',
  own_teams: 'the teams the login is a current member of (aggregates only)',
  self: 'the login itself (its own employee record)',
} as const;
export type Scope = keyof typeof SCOPES;

type Grants = Partial<Record<AccessRole, Scope>>;
type PermissionSpec = { allows: string; grants: Grants };

const ORG = 'organisation';
const LED = 'led_teams';
const OWN = 'own_teams';
const SELF = 'self';
const PLATFORM = 'platform';
const EVERY_MEMBER: Grants = { board: ORG, hr: ORG, manager: ORG, trainer: ORG, employee: ORG };
const LEADERS: Grants = { board: ORG, hr: ORG, manager: LED };
/** Site-wide rules concern every team of a site, so a manager reads them for all sites. */
const LEADERS_OF_ORGANISATION: Grants = { board: ORG, hr: ORG, manager: ORG };

/**
 * THE table of rights: one entry per permission, saying what it allows and which role holds it with
 * which scope. A role not listed does not hold the permission. Adding a resource means adding its
 * permission here and naming it where it is used (`requirePermission` in the API, `can` in the web).
 * docs/permissions.md is generated from this table (`npm run docs:permissions`).
 */
export const PERMISSIONS = {
  'organisations.administer': {
    allows: 'Create and list tenant organisations (platform administration, no tenant data).',
    grants: { platform_admin: PLATFORM },
  },
  'session.use': {
    allows: 'Act in the organisation: keep the session alive.',
    grants: EVERY_MEMBER,
  },
  'profile.own': {
    allows: "Read and change one's own profile (levels, ambitions, contacts) and download one's own data.",
    grants: { board: SELF, hr: SELF, manager: SELF, trainer: SELF, employee: SELF },
  },
  'sites.read': { allows: "List and open the organisation's sites (names only).", grants: EVERY_MEMBER },
  'sites.manage': { allows: 'Create, rename, archive and delete sites.', grants: { hr: ORG } },
  'teams.read': { allows: 'List and open teams (names, sites, head counts).', grants: EVERY_MEMBER },
  'teams.manage': { allows: 'Create, rename, move, archive and delete teams.', grants: { hr: ORG } },
  'roles.read': {
    allows: 'Read the role catalogue (role definitions and their demands).',
    grants: EVERY_MEMBER,
  },
  'roles.manage': { allows: 'Create, change and delete role definitions.', grants: { hr: ORG } },
  'requirements.read': {
    allows: "Read teams' target profiles (team requirements) and the requirement templates.",
    grants: EVERY_MEMBER,
  },
  'requirements.manage': {
    allows: "Set and change teams' target profiles (team requirements).",
    grants: { board: ORG, hr: ORG },
  },
  'sites.requirements.read': {
    allows: "Read sites' certificate requirements (holders needed per site, rule 18).",
    grants: LEADERS_OF_ORGANISATION,
  },
  'sites.requirements.manage': {
    allows: "Add, change and remove sites' certificate requirements.",
    grants: { hr: ORG },
  },
  'coverage.read.named': {
    allows: "See teams' coverage with the names of the people who supply it.",
    grants: LEADERS,
  },
  'coverage.read.anonymous': {
    allows: "See teams' coverage as counts only, without other people's names.",
    grants: { trainer: ORG, employee: OWN },
  },
  'coverage.read.overview': {
    allows: "Open the organisation's coverage overview (teams × areas, ranked gaps).",
    grants: { ...LEADERS, trainer: ORG },
  },
  'coverage.report': {
    allows: "Open the board report of the whole organisation's coverage.",
    grants: { board: ORG, hr: ORG },
  },
  'coverage.simulate': { allows: 'Simulate changes to a team (what-if).', grants: LEADERS },
  'coverage.trend': { allows: 'See how coverage developed over the past months.', grants: LEADERS },
  'coverage.export': { allows: 'Download coverage as CSV or XLSX.', grants: LEADERS },
  'candidates.read': {
    allows: 'See who qualifies for a role or could fill a gap (names people).',
    grants: LEADERS,
  },
  'demand.read': {
    allows: 'See the aggregate development demand (small cells suppressed without named coverage).',
    grants: { board: ORG, hr: ORG, trainer: ORG },
  },
  'people.read.personal': {
    allows: "See people's records: employee data, levels and their history, ratings, contacts, ambitions.",
    grants: { ...LEADERS, employee: SELF },
  },
  'people.manage': { allows: 'Create, change and delete employee records.', grants: { hr: ORG } },
  'memberships.read': { allows: 'See who belongs to which team, since when.', grants: LEADERS },
  'memberships.manage': {
    allows: 'Add people to teams, change and end their membership.',
    grants: { hr: ORG },
  },
  'assignments.read': { allows: 'See which people hold which role of the catalogue.', grants: LEADERS },
  'assignments.manage': { allows: 'Assign catalogue roles to people and end them.', grants: { hr: ORG } },
  'levels.record': {
    allows: "Record a person's level in an area (never one's own).",
    grants: { hr: ORG, manager: LED },
  },
  'levels.validate': {
    allows: "Approve or reject self-assessed levels (never one's own); see the validation queue.",
    grants: { hr: ORG, manager: LED },
  },
  'certificates.read': {
    allows: "Read the organisation's certificate catalogue (types, validity).",
    grants: EVERY_MEMBER,
  },
  'certificates.catalogue': {
    allows: "Create, change and delete the certificate catalogue's entries.",
    grants: { hr: ORG },
  },
  'certificates.record': {
    allows: "Record people's certificates (validated at once) and validate submitted ones (never one's own).",
    grants: { hr: ORG, manager: LED },
  },
  'certificates.submit': {
    allows: "Submit one's own certificate for validation (pending until validated).",
    grants: { board: SELF, hr: SELF, manager: SELF, trainer: SELF, employee: SELF },
  },
  'reminders.send': {
    allows:
      "Send today's reminder digest of the organisation now (otherwise the daily job sends it; one a day).",
    grants: { hr: ORG },
  },
  'settings.read': {
    allows: "Read the organisation's settings (the reassessment cycle of validated levels).",
    grants: EVERY_MEMBER,
  },
  'settings.manage': {
    allows: "Change the organisation's settings (the reassessment cycle of validated levels).",
    grants: { hr: ORG },
  },
  'exemptions.read': {
    allows: 'See exemptions from team and site requirements (reason, approver, period).',
    grants: LEADERS,
  },
  'exemptions.manage': {
    allows: 'Exempt a team from a requirement, or a person from a certificate requirement, and end it.',
    grants: { hr: ORG },
  },
  'ratings.manage': {
    allows: "Record people's competency ratings and surroundings contacts.",
    grants: { hr: ORG, manager: LED },
  },
  'ambitions.manage': { allows: "Create, change and delete people's ambitions.", grants: { hr: ORG } },
  'ambitions.read.motivation': {
    allows: "Read the motivation of others' ambitions, as far as their owner shared it (see below).",
    grants: { hr: ORG, manager: LED },
  },
  'development.read': {
    allows: 'See development actions (the development plan).',
    grants: { ...LEADERS, employee: SELF },
  },
  'development.manage': {
    allows: 'Plan, change and delete development actions; accept suggestions.',
    grants: { hr: ORG },
  },
  'development.gaps': {
    allows: "See the development plan's gap table: every gap, what is already planned for it, the next step.",
    grants: LEADERS,
  },
  'development.budget': {
    allows: 'See and export the training budget: the costs of development actions per year, site and team.',
    grants: LEADERS,
  },
  'development.suggestions': {
    allows: 'See suggested development actions for gaps.',
    grants: { board: ORG, hr: ORG },
  },
  'members.read': {
    allows: "See the organisation's logins and invitations.",
    grants: { board: ORG, hr: ORG },
  },
  'members.invite': {
    allows: 'Invite people by e-mail and revoke invitations, for the roles one may grant.',
    grants: { board: ORG, hr: ORG },
  },
  'members.manage': {
    allows: 'Change or remove other logins (role, linked employee, led teams), for the roles one may grant.',
    grants: { board: ORG, hr: ORG },
  },
  'audit.read': { allows: 'Read the audit log.', grants: { board: ORG, hr: ORG } },
  'imports.run': { allows: 'Import people, teams and levels from a spreadsheet.', grants: { hr: ORG } },
  'privacy.manage': {
    allows: "Export a person's data and erase a leaver (AVG/GDPR requests).",
    grants: { hr: ORG },
  },
} as const satisfies Record<string, PermissionSpec>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/**
 * Who may grant which role (invite with it, change a login to or from it, remove a login holding
 * it). Board appoints everyone, board members included; hr manages everyone but the board: it may
 * not invite a board member, make anyone board, nor demote or remove a board member.
 */
export const ROLE_GRANTS: Record<MemberRole, readonly MemberRole[]> = {
  board: ['board', 'hr', 'manager', 'trainer', 'employee'],
  hr: ['hr', 'manager', 'trainer', 'employee'],
  manager: [],
  trainer: [],
  employee: [],
};

/** The role of a new organisation's first login, invited by the platform administrator. */
export const FIRST_MEMBER_ROLE: MemberRole = 'hr';

/**
 * Who reads an ambition's motivation, by the visibility its owner chose (the owner always does):
 * 'self' nobody else; 'hr' hr; 'manager' the person's manager and hr. Board and trainers never.
 */
export const MOTIVATION_READERS: Record<'self' | 'hr' | 'manager', readonly MemberRole[]> = {
  self: [],
  hr: ['hr'],
  manager: ['manager', 'hr'],
};
