import type { AreaId, CircleId, CompetencyId, LevelId } from '@teamspiegel/domain';
import type { MemberRole, TeamKind } from '../../generated/prisma/enums.ts';
import { ARCHETYPES } from './archetypes.ts';
import { areaLevelRows } from './area-level-rows.ts';
import { addDays, addMonths } from './dates.ts';
import type { DemoLogin } from './demo-logins.ts';
import {
  type AmbitionInput,
  ambitionRow,
  type DevelopmentActionInput,
  developmentActionRow,
} from './development-rows.ts';
import { seedId } from './ids.ts';
import { pickName } from './names.ts';
import { personFte, personLevels, startYearsFor, uniqueEmailLocalPart } from './person-profile.ts';
import {
  type ContactInput,
  competencyRatingId,
  competencyRatingRows,
  contactKey,
  contactRow,
  membershipRow,
  membershipRows,
  roleAssignmentRows,
  typicalContacts,
} from './person-rows.ts';
import type { PersonSpec, PersonState, Roster } from './person-spec.ts';
import { emptyPlan, type PlannedUser, type TenantPlan } from './plan.ts';
import type { Random } from './prng.ts';
import { type RequirementInput, requirementRow } from './requirement-rows.ts';
import { catalogueRoleDefinitions } from './roles.ts';
import type { RowContext } from './row-context.ts';

type Options = {
  slug: string;
  name: string;
  emailDomain: string;
  anchor: Date;
  random: Random;
  /** When false, skip per-person detail (ratings, contacts, history) — used by the benchmark tenant. */
  detail?: boolean;
};

/**
 * Builds a TenantPlan row by row with deterministic ids (seedId(slug, table, key)) and a seeded
 * PRNG, so two runs produce identical rows. The builder keeps what spans rows (names and e-mail
 * addresses taken, logins, team managers, contacts made); the rows themselves are planned by
 * person-profile, person-rows, area-level-rows, development-rows and requirement-rows.
 */
export class TenantBuilder implements RowContext {
  readonly plan: TenantPlan;
  readonly users: PlannedUser[] = [];
  readonly people = new Map<string, PersonState>();
  private readonly usedNames = new Set<string>();
  private readonly usedEmails = new Set<string>();
  private readonly userIdByRole = new Map<MemberRole, string>();
  private readonly teamManager = new Map<string, string>();
  private readonly contactKeys = new Set<string>();
  private unkeyedActions = 0;

  constructor(private readonly options: Options) {
    this.plan = emptyPlan({
      id: seedId('organisation', options.slug),
      slug: options.slug,
      name: options.name,
    });
  }

  get slug(): string {
    return this.options.slug;
  }

  get organisationId(): string {
    return this.plan.organisation.id;
  }

  get anchor(): Date {
    return this.options.anchor;
  }

  get random(): Random {
    return this.options.random;
  }

  rowId(table: string, key: string | number): string {
    return seedId(this.options.slug, table, key);
  }

  siteId(key: string): string {
    return this.rowId('site', key);
  }

  teamId(key: string): string {
    return this.rowId('team', key);
  }

  employeeId(key: string): string {
    return this.rowId('employee', key);
  }

  person(key: string): PersonState {
    const state = this.people.get(key);
    if (!state) throw new Error(`unknown person ${key}`);
    return state;
  }

  membersOf(teamKey: string): PersonState[] {
    return [...this.people.values()].filter((p) => p.teams.includes(teamKey));
  }

  roleDefinitions(): void {
    this.plan.roleDefinitions.push(...catalogueRoleDefinitions(this.options.slug, this.organisationId));
  }

  site(key: string, name: string, city: string): void {
    this.plan.sites.push({ id: this.siteId(key), organisationId: this.organisationId, name, city });
  }

  team(key: string, siteKey: string, name: string, kind: TeamKind, description?: string): void {
    this.plan.teams.push({
      id: this.teamId(key),
      organisationId: this.organisationId,
      siteId: this.siteId(siteKey),
      name,
      kind,
      description: description ?? null,
      // The teams exist since before the trend's window, so past months have requirements (rule 6).
      createdAt: this.teamsSince,
    });
  }

  /** When the seeded teams and their target profiles started: three school years before the anchor. */
  private get teamsSince(): Date {
    return addMonths(this.anchor, -36);
  }

  /** Creates the users and memberships of the tenant's demo logins (call before adding people). */
  logins(logins: readonly DemoLogin[]): void {
    for (const login of logins) {
      if (login.role === 'platform_admin') continue;
      const userId = seedId('user', login.email);
      this.users.push({ id: userId, email: login.email, name: login.name, isPlatformAdmin: false });
      this.userIdByRole.set(login.role, userId);
      this.plan.members.push({
        id: this.rowId('member', login.email),
        organisationId: this.organisationId,
        userId,
        role: login.role,
        employeeId: null,
      });
    }
  }

  /** Links a login to an employee record (OrganisationMember.employeeId and Employee.userId). */
  linkLogin(role: MemberRole, personKey: string): void {
    const userId = this.userId(role);
    const employeeId = this.employeeId(personKey);
    const member = this.plan.members.find((m) => m.userId === userId);
    const employee = this.plan.employees.find((e) => e.id === employeeId);
    if (!member || !employee) throw new Error(`cannot link ${role} to ${personKey}`);
    member.employeeId = employeeId;
    employee.userId = userId;
  }

  manages(teamKeys: string[]): void {
    const userId = this.userId('manager');
    const member = this.plan.members.find((m) => m.userId === userId);
    if (!member?.id) throw new Error('no manager login');
    for (const teamKey of teamKeys) {
      this.plan.managedTeams.push({
        organisationId: this.organisationId,
        memberId: member.id,
        teamId: this.teamId(teamKey),
      });
      this.teamManager.set(teamKey, userId);
    }
  }

  userId(role: MemberRole): string {
    const id = this.userIdByRole.get(role);
    if (!id) throw new Error(`no ${role} login in ${this.options.slug}`);
    return id;
  }

  private optionalUserId(role: MemberRole): string | null {
    return this.userIdByRole.get(role) ?? null;
  }

  /** Who validates and rates a person: the manager of their first team, else HR. */
  private assessorOf(person: PersonState): string | null {
    return this.teamManager.get(person.teams[0] ?? '') ?? this.optionalUserId('hr');
  }

  addPerson(spec: PersonSpec): PersonState {
    const random = this.options.random;
    const archetype = spec.archetype ? ARCHETYPES[spec.archetype] : null;
    const seniority = spec.seniority ?? 'medior';
    const name = spec.name ?? pickName(random, this.usedNames);
    this.usedNames.add(`${name.firstName} ${name.lastName}`);
    const id = this.employeeId(spec.key);
    const levels = personLevels(random, archetype, seniority, spec);
    const fte = personFte(random, archetype, spec);
    const startYearsAgo = spec.startYearsAgo ?? startYearsFor(random, seniority);
    const startDate = addDays(addMonths(this.anchor, -Math.round(startYearsAgo * 12)), -random.int(0, 20));
    const local = uniqueEmailLocalPart(name, this.usedEmails);

    this.plan.employees.push({
      id,
      organisationId: this.organisationId,
      firstName: name.firstName,
      lastName: name.lastName,
      email: `${local}@${this.options.emailDomain}`,
      jobTitle: spec.jobTitle ?? archetype?.jobTitle ?? null,
      fte,
      active: true,
      startDate,
      userId: null,
    });
    this.plan.teamMemberships.push(
      ...membershipRows(this, spec, {
        id,
        startDate,
        startYearsAgo,
        archetypeJobTitle: archetype?.jobTitle ?? null,
      }),
    );
    this.plan.roleAssignments.push(...roleAssignmentRows(this, spec, id, archetype));

    const state: PersonState = {
      id,
      key: spec.key,
      name,
      archetype: spec.archetype ?? null,
      teams: spec.teams.map((t) => t.team),
      levels,
    };
    this.people.set(spec.key, state);
    const detail = this.options.detail !== false;
    this.plan.areaLevels.push(
      ...areaLevelRows(this, state, { spec, seniority, detail, validator: this.assessorOf(state) }),
    );
    if (detail) {
      this.plan.competencyRatings.push(
        ...competencyRatingRows(this, state, archetype?.strengths ?? [], this.assessorOf(state)),
      );
      if (archetype)
        for (const contact of typicalContacts(this, spec.key, archetype.contacts)) this.addContact(contact);
    }
    return state;
  }

  /** Overrides a competency score (for hand-made story people). */
  rating(personKey: string, competency: CompetencyId, score: number): void {
    const id = competencyRatingId(this, personKey, competency);
    const row = this.plan.competencyRatings.find((r) => r.id === id);
    if (row) row.score = score;
  }

  contact(personKey: string, circle: CircleId, partnerName: string, description?: string): void {
    this.addContact({ personKey, circle, partnerName, description });
  }

  /** Adds a contact unless the person already has one in that circle with that partner. */
  private addContact(contact: ContactInput): void {
    const key = contactKey(contact);
    if (this.contactKeys.has(key)) return;
    this.contactKeys.add(key);
    this.plan.surroundingsContacts.push(contactRow(this, contact));
  }

  /** Adds each team's people by archetype and seniority, keyed `<team>-01`, `<team>-02`, … */
  addRosters(rosters: Record<string, Roster>): void {
    for (const [team, roster] of Object.entries(rosters)) {
      let n = 0;
      for (const [archetype, seniority, count] of roster) {
        for (let i = 0; i < count; i++) {
          n++;
          this.addPerson({
            key: `${team}-${String(n).padStart(2, '0')}`,
            archetype,
            seniority,
            teams: [{ team, roleInTeam: ARCHETYPES[archetype].jobTitle }],
          });
        }
      }
    }
  }

  /** Adds an existing person to another team, since `monthsAgo`. */
  addToTeam(personKey: string, team: string, roleInTeam: string, monthsAgo: number): void {
    const person = this.person(personKey);
    person.teams.push(team);
    this.plan.teamMemberships.push(
      membershipRow(this, {
        personKey,
        employeeId: person.id,
        team,
        startDate: addMonths(this.anchor, -monthsAgo),
        roleInTeam,
      }),
    );
  }

  /** Adds an ambition, unless the person already has one for that area and target level. */
  ambition(input: AmbitionInput): void {
    const row = ambitionRow(this, input);
    if (this.plan.ambitions.some((a) => a.id === row.id)) return;
    this.plan.ambitions.push(row);
  }

  action(input: DevelopmentActionInput): void {
    const key =
      input.key ??
      `${input.person ?? input.team}/${input.type}/${input.area ?? 'none'}/${this.unkeyedActions++}`;
    this.plan.developmentActions.push(developmentActionRow(this, key, input, this.optionalUserId('hr')));
  }

  requireArea(team: string, area: AreaId, minLevel: LevelId, count: number, note?: string): void {
    this.requirement(team, { kind: 'area', area, minLevel }, count, note);
  }

  requireRole(team: string, role: string, count: number, note?: string): void {
    this.requirement(team, { kind: 'role', role }, count, note);
  }

  requireCompetency(
    team: string,
    competency: CompetencyId,
    minScore: number,
    count: number,
    note?: string,
  ): void {
    this.requirement(team, { kind: 'competency', competency, minScore }, count, note);
  }

  requireCircle(team: string, circle: CircleId, count: number, note?: string): void {
    this.requirement(team, { kind: 'circle', circle }, count, note);
  }

  private requirement(team: string, target: RequirementInput, count: number, note: string | undefined): void {
    this.plan.teamRequirements.push(
      requirementRow(this, team, { ...target, count, note, since: this.teamsSince }),
    );
  }
}
