import {
  AREA_IDS,
  type AreaId,
  type CircleId,
  COMPETENCY_IDS,
  type CompetencyId,
  LEVEL_IDS,
  type LevelId,
} from '@teamspiegel/domain';
import type {
  AmbitionDirection,
  AmbitionStatus,
  AmbitionVisibility,
  DevelopmentActionType,
  DevelopmentStatus,
  MemberRole,
  TeamKind,
} from '../../generated/prisma/enums.ts';
import { ARCHETYPES, type ArchetypeKey, type LevelProfile, type Rank, type Seniority } from './archetypes.ts';

/** Per team: how many people of which archetype and seniority. */
export type Roster = Array<[ArchetypeKey, Seniority, number]>;

import { addDays, addMonths } from './dates.ts';
import type { DemoLogin } from './demo-logins.ts';
import { seedId } from './ids.ts';
import { emailLocalPart, type PersonName, pickName } from './names.ts';
import { emptyPlan, type PlannedUser, type TenantPlan } from './plan.ts';
import type { Random } from './prng.ts';
import { catalogueRoleDefinitions, roleDefinitionId } from './roles.ts';

export function levelId(rank: Rank): LevelId {
  const id = LEVEL_IDS[rank - 1];
  if (!id) throw new Error(`no level with rank ${rank}`);
  return id;
}

export type TeamSlot = { team: string; roleInTeam?: string; monthsAgo?: number };

export type PersonSpec = {
  key: string;
  name?: PersonName;
  archetype?: ArchetypeKey;
  seniority?: Seniority;
  jobTitle?: string;
  fte?: number;
  teams: TeamSlot[];
  /** Levels that replace or add to the archetype's (0 removes an area). */
  levels?: LevelProfile;
  /** Catalogue role keys with the team the role is held in; defaults to the archetype's roles. */
  roles?: Array<{ role: string; team?: string }>;
  /** Areas whose current row is a self-assessment awaiting validation (earlier validated row closed). */
  selfAssessed?: AreaId[];
  /** Areas with an earlier, lower validated level (closed). */
  grewIn?: AreaId[];
  /** Skip the random history and self-assessments, for hand-made story people. */
  exact?: boolean;
  startYearsAgo?: number;
};

export type PersonState = {
  id: string;
  key: string;
  name: PersonName;
  archetype: ArchetypeKey | null;
  teams: string[];
  levels: LevelProfile;
};

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
 * PRNG, so two runs produce identical rows.
 */
export class TenantBuilder {
  readonly plan: TenantPlan;
  readonly users: PlannedUser[] = [];
  readonly people = new Map<string, PersonState>();
  private readonly usedNames = new Set<string>();
  private readonly usedEmails = new Set<string>();
  private readonly userIdByRole = new Map<MemberRole, string>();
  private readonly teamManager = new Map<string, string>();
  private readonly contactKeys = new Set<string>();
  private counter = 0;

  constructor(private readonly options: Options) {
    this.plan = emptyPlan({
      id: seedId('organisation', options.slug),
      slug: options.slug,
      name: options.name,
    });
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

  private id(table: string, key: string | number): string {
    return seedId(this.options.slug, table, key);
  }

  siteId(key: string): string {
    return this.id('site', key);
  }

  teamId(key: string): string {
    return this.id('team', key);
  }

  employeeId(key: string): string {
    return this.id('employee', key);
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
        id: this.id('member', login.email),
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

  addPerson(spec: PersonSpec): PersonState {
    const random = this.options.random;
    const archetype = spec.archetype ? ARCHETYPES[spec.archetype] : null;
    const seniority = spec.seniority ?? 'medior';
    const name = spec.name ?? pickName(random, this.usedNames);
    this.usedNames.add(`${name.firstName} ${name.lastName}`);
    const id = this.employeeId(spec.key);

    // Levels: archetype core, random extras on top, then the spec's overrides.
    const levels: LevelProfile = { ...(archetype?.core[seniority] ?? {}) };
    if (archetype && 'extras' in archetype && !spec.exact) {
      for (const [area, range] of Object.entries(archetype.extras) as Array<
        [AreaId, readonly [Rank, Rank]]
      >) {
        const rank = random.int(range[0], range[1]) as Rank;
        if (rank > (levels[area] ?? 0)) levels[area] = rank;
      }
    }
    for (const [area, rank] of Object.entries(spec.levels ?? {}) as Array<[AreaId, Rank]>) {
      if (rank === 0) delete levels[area];
      else levels[area] = rank;
    }

    const [fteMin, fteMax] = archetype?.fte ?? [0.6, 1.0];
    const fte = spec.fte ?? Math.round((fteMin + random.next() * (fteMax - fteMin)) * 10) / 10;
    const startYearsAgo = spec.startYearsAgo ?? this.startYearsFor(seniority);
    const startDate = addDays(addMonths(this.anchor, -Math.round(startYearsAgo * 12)), -random.int(0, 20));

    let local = emailLocalPart(name);
    for (let n = 2; this.usedEmails.has(local); n++) local = `${emailLocalPart(name)}${n}`;
    this.usedEmails.add(local);

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

    spec.teams.forEach((slot, index) => {
      const monthsAgo = slot.monthsAgo ?? (index === 0 ? Math.round(startYearsAgo * 12) : random.int(3, 30));
      const membershipStart = index === 0 ? startDate : addMonths(this.anchor, -monthsAgo);
      this.plan.teamMemberships.push({
        id: this.id('membership', `${spec.key}/${slot.team}`),
        organisationId: this.organisationId,
        teamId: this.teamId(slot.team),
        employeeId: id,
        startDate: membershipStart,
        endDate: null,
        roleInTeam: slot.roleInTeam ?? archetype?.jobTitle ?? null,
      });
    });

    const roles = spec.roles ?? (archetype?.roles ?? []).map((role) => ({ role, team: spec.teams[0]?.team }));
    for (const { role, team } of roles) {
      this.plan.roleAssignments.push({
        id: this.id('role-assignment', `${spec.key}/${role}/${team ?? 'organisation'}`),
        organisationId: this.organisationId,
        employeeId: id,
        roleDefinitionId: roleDefinitionId(this.options.slug, role),
        teamId: team ? this.teamId(team) : null,
        startDate: addMonths(this.anchor, -random.int(2, 48)),
        endDate: null,
      });
    }

    const state: PersonState = {
      id,
      key: spec.key,
      name,
      archetype: spec.archetype ?? null,
      teams: spec.teams.map((t) => t.team),
      levels,
    };
    this.people.set(spec.key, state);
    this.writeLevels(state, spec, seniority);
    if (this.options.detail !== false) {
      this.writeRatings(state, archetype?.strengths ?? []);
      if (archetype) this.writeContacts(state, archetype.contacts);
    }
    return state;
  }

  private startYearsFor(seniority: Seniority): number {
    const random = this.options.random;
    if (seniority === 'junior') return random.int(0, 2) + random.next();
    if (seniority === 'medior') return random.int(3, 9) + random.next();
    return random.int(10, 25) + random.next();
  }

  private writeLevels(state: PersonState, spec: PersonSpec, seniority: Seniority): void {
    const random = this.options.random;
    const detail = this.options.detail !== false;
    const selfAssessed = new Set(spec.selfAssessed ?? []);
    const grewIn = new Set(spec.grewIn ?? []);
    const areas = AREA_IDS.filter((area) => (state.levels[area] ?? 0) > 0);
    if (detail && !spec.exact && areas.length > 0) {
      // About one in six people has a self-assessment awaiting validation, one in four a grown level.
      if (random.chance(0.17)) selfAssessed.add(random.pick(areas));
      if (seniority !== 'junior' && random.chance(0.25)) grewIn.add(random.pick(areas));
    }
    const validator = this.teamManager.get(state.teams[0] ?? '') ?? this.optionalUserId('hr');
    for (const area of areas) {
      const rank = state.levels[area] ?? 0;
      const currentFrom = addDays(this.anchor, -random.int(20, 540));
      const isSelfAssessed = selfAssessed.has(area);
      const hasHistory = (isSelfAssessed || grewIn.has(area)) && rank > 1;
      if (hasHistory) {
        const earlierFrom = addMonths(currentFrom, -random.int(12, 36));
        this.plan.areaLevels.push({
          id: this.id('area-level', `${state.key}/${area}/${rank - 1}`),
          organisationId: this.organisationId,
          employeeId: state.id,
          area,
          level: levelId((rank - 1) as Rank),
          status: 'validated',
          validFrom: earlierFrom,
          validTo: currentFrom,
          isCurrent: null,
          validatedByUserId: validator,
          validatedAt: addDays(earlierFrom, 14),
          comment: 'Vastgesteld in het jaargesprek.',
        });
      }
      this.plan.areaLevels.push({
        id: this.id('area-level', `${state.key}/${area}/${rank}`),
        organisationId: this.organisationId,
        employeeId: state.id,
        area,
        level: levelId(rank),
        status: isSelfAssessed ? 'self_assessed' : 'validated',
        validFrom: currentFrom,
        validTo: null,
        isCurrent: true,
        validatedByUserId: isSelfAssessed ? null : validator,
        validatedAt: isSelfAssessed ? null : addDays(currentFrom, 14),
        comment: isSelfAssessed
          ? 'Zelfinschatting, wacht op bespreking met de leidinggevende.'
          : hasHistory
            ? 'Gegroeid na scholing en ervaring in de praktijk.'
            : null,
      });
    }
  }

  private writeRatings(state: PersonState, strengths: readonly CompetencyId[]): void {
    const random = this.options.random;
    const ratedBy = this.teamManager.get(state.teams[0] ?? '') ?? this.optionalUserId('hr');
    for (const competency of COMPETENCY_IDS) {
      const base = 3 + (strengths.includes(competency) ? 1 : 0) + random.pick([-1, 0, 0, 0, 1]);
      this.plan.competencyRatings.push({
        id: this.id('competency-rating', `${state.key}/${competency}`),
        organisationId: this.organisationId,
        employeeId: state.id,
        competency,
        score: Math.min(5, Math.max(1, base)),
        ratedByUserId: ratedBy,
      });
    }
  }

  private writeContacts(
    state: PersonState,
    contacts: ReadonlyArray<{ circle: CircleId; partners: readonly string[]; description: string }>,
  ): void {
    const random = this.options.random;
    contacts.forEach((contact, index) => {
      if (!random.chance(index === 0 ? 0.55 : 0.3)) return;
      this.contact(state.key, contact.circle, random.pick(contact.partners), contact.description);
    });
  }

  /** Overrides a competency score (for hand-made story people). */
  rating(personKey: string, competency: CompetencyId, score: number): void {
    const id = this.id('competency-rating', `${personKey}/${competency}`);
    const row = this.plan.competencyRatings.find((r) => r.id === id);
    if (row) row.score = score;
  }

  contact(personKey: string, circle: CircleId, partnerName: string, description?: string): void {
    const key = `${personKey}/${circle}/${partnerName}`;
    if (this.contactKeys.has(key)) return;
    this.contactKeys.add(key);
    this.plan.surroundingsContacts.push({
      id: this.id('contact', key),
      organisationId: this.organisationId,
      employeeId: this.employeeId(personKey),
      circle,
      partnerName,
      description: description ?? null,
    });
  }

  /** Adds an existing person to a second team. */
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

  addToTeam(personKey: string, team: string, roleInTeam: string, monthsAgo: number): void {
    const person = this.person(personKey);
    person.teams.push(team);
    this.plan.teamMemberships.push({
      id: this.id('membership', `${personKey}/${team}`),
      organisationId: this.organisationId,
      teamId: this.teamId(team),
      employeeId: person.id,
      startDate: addMonths(this.anchor, -monthsAgo),
      endDate: null,
      roleInTeam,
    });
  }

  ambition(input: {
    person: string;
    direction: AmbitionDirection;
    area: AreaId;
    targetLevel: LevelId;
    monthsAhead: number | null;
    motivation: string;
    visibility?: AmbitionVisibility;
    status?: AmbitionStatus;
  }): void {
    const id = this.id('ambition', `${input.person}/${input.area}/${input.targetLevel}`);
    // One ambition per person, area and target level.
    if (this.plan.ambitions.some((a) => a.id === id)) return;
    this.plan.ambitions.push({
      id,
      organisationId: this.organisationId,
      employeeId: this.employeeId(input.person),
      direction: input.direction,
      area: input.area,
      targetLevel: input.targetLevel,
      horizonDate: input.monthsAhead === null ? null : addMonths(this.anchor, input.monthsAhead),
      motivation: input.motivation,
      visibility: input.visibility ?? 'manager',
      status: input.status ?? 'active',
    });
  }

  action(input: {
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
  }): void {
    const start = input.startMonths === undefined ? null : addMonths(this.anchor, input.startMonths);
    const end = start && input.durationMonths ? addMonths(start, input.durationMonths) : null;
    const key =
      input.key ?? `${input.person ?? input.team}/${input.type}/${input.area ?? 'none'}/${this.counter++}`;
    this.plan.developmentActions.push({
      id: this.id('development-action', key),
      organisationId: this.organisationId,
      type: input.type,
      title: input.title,
      employeeId: input.person ? this.employeeId(input.person) : null,
      teamId: input.team ? this.teamId(input.team) : null,
      area: input.area ?? null,
      targetLevel: input.targetLevel ?? null,
      targetRoleDefinitionId: input.targetRole ? roleDefinitionId(this.options.slug, input.targetRole) : null,
      targetCompetency: input.targetCompetency ?? null,
      targetCircle: input.targetCircle ?? null,
      provider: input.provider ?? null,
      status: input.status,
      startDate: start,
      expectedEndDate: end,
      // Never completed in the future (rule 8): a course that ran past the anchor finished early.
      completedAt: input.status === 'completed' ? (end && end > this.anchor ? this.anchor : end) : null,
      costCents: input.costEuros === undefined ? null : input.costEuros * 100,
      notes: input.notes ?? null,
      createdByUserId: this.optionalUserId('hr'),
    });
  }

  requireArea(team: string, area: AreaId, minLevel: LevelId, count: number, note?: string): void {
    this.requirement(team, `area/${area}/${minLevel}`, { kind: 'area', area, minLevel, count, note });
  }

  requireRole(team: string, role: string, count: number, note?: string): void {
    this.requirement(team, `role/${role}`, {
      kind: 'role',
      roleDefinitionId: roleDefinitionId(this.options.slug, role),
      count,
      note,
    });
  }

  requireCompetency(
    team: string,
    competency: CompetencyId,
    minScore: number,
    count: number,
    note?: string,
  ): void {
    this.requirement(team, `competency/${competency}`, {
      kind: 'competency',
      competency,
      minScore,
      count,
      note,
    });
  }

  requireCircle(team: string, circle: CircleId, count: number, note?: string): void {
    this.requirement(team, `circle/${circle}`, { kind: 'circle', circle, count, note });
  }

  private requirement(
    team: string,
    key: string,
    fields: {
      kind: 'area' | 'role' | 'competency' | 'circle';
      area?: AreaId;
      minLevel?: LevelId;
      roleDefinitionId?: string;
      competency?: CompetencyId;
      minScore?: number;
      circle?: CircleId;
      count: number;
      note: string | undefined;
    },
  ): void {
    this.plan.teamRequirements.push({
      id: this.id('requirement', `${team}/${key}`),
      organisationId: this.organisationId,
      teamId: this.teamId(team),
      kind: fields.kind,
      area: fields.area ?? null,
      minLevel: fields.minLevel ?? null,
      roleDefinitionId: fields.roleDefinitionId ?? null,
      competency: fields.competency ?? null,
      minScore: fields.minScore ?? null,
      circle: fields.circle ?? null,
      count: fields.count,
      note: fields.note ?? null,
      createdAt: this.teamsSince,
    });
  }
}
