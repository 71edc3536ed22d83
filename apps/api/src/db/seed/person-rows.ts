import { type CircleId, COMPETENCY_IDS, type CompetencyId } from '@teamspiegel/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Archetype } from './archetypes.ts';
import { addMonths } from './dates.ts';
import type { PersonSpec, PersonState } from './person-spec.ts';
import { roleDefinitionId } from './roles.ts';
import type { RowContext } from './row-context.ts';

/*
 * The rows of one seeded person besides their levels: team memberships, role assignments,
 * competency ratings and contacts. Random draws happen in row order; keep it.
 */

/** The first team since the start date, later teams since `monthsAgo` (random 3–30 months without it). */
export function membershipRows(
  context: RowContext,
  spec: PersonSpec,
  person: { id: string; startDate: Date; startYearsAgo: number; archetypeJobTitle: string | null },
): Prisma.TeamMembershipCreateManyInput[] {
  return spec.teams.map((slot, index) => {
    const monthsAgo =
      slot.monthsAgo ?? (index === 0 ? Math.round(person.startYearsAgo * 12) : context.random.int(3, 30));
    return membershipRow(context, {
      personKey: spec.key,
      employeeId: person.id,
      team: slot.team,
      startDate: index === 0 ? person.startDate : addMonths(context.anchor, -monthsAgo),
      roleInTeam: slot.roleInTeam ?? person.archetypeJobTitle,
    });
  });
}

export function membershipRow(
  context: RowContext,
  input: { personKey: string; employeeId: string; team: string; startDate: Date; roleInTeam: string | null },
): Prisma.TeamMembershipCreateManyInput {
  return {
    id: context.rowId('membership', `${input.personKey}/${input.team}`),
    organisationId: context.organisationId,
    teamId: context.teamId(input.team),
    employeeId: input.employeeId,
    startDate: input.startDate,
    endDate: null,
    roleInTeam: input.roleInTeam,
  };
}

/** The spec's roles, or the archetype's held in the first team; each started 2–48 months ago. */
export function roleAssignmentRows(
  context: RowContext,
  spec: PersonSpec,
  employeeId: string,
  archetype: Archetype | null,
): Prisma.RoleAssignmentCreateManyInput[] {
  const roles = spec.roles ?? (archetype?.roles ?? []).map((role) => ({ role, team: spec.teams[0]?.team }));
  return roles.map(({ role, team }) => ({
    id: context.rowId('role-assignment', `${spec.key}/${role}/${team ?? 'organisation'}`),
    organisationId: context.organisationId,
    employeeId,
    roleDefinitionId: roleDefinitionId(context.slug, role),
    teamId: team ? context.teamId(team) : null,
    startDate: addMonths(context.anchor, -context.random.int(2, 48)),
    endDate: null,
  }));
}

/** A score of 1–5 per competency: 3, one more for the archetype's strengths, and a random step. */
export function competencyRatingRows(
  context: RowContext,
  person: PersonState,
  strengths: readonly CompetencyId[],
  ratedBy: string | null,
): Prisma.CompetencyRatingCreateManyInput[] {
  return COMPETENCY_IDS.map((competency) => {
    const base = 3 + (strengths.includes(competency) ? 1 : 0) + context.random.pick([-1, 0, 0, 0, 1]);
    return {
      id: competencyRatingId(context, person.key, competency),
      organisationId: context.organisationId,
      employeeId: person.id,
      competency,
      score: Math.min(5, Math.max(1, base)),
      ratedByUserId: ratedBy,
    };
  });
}

export function competencyRatingId(context: RowContext, personKey: string, competency: CompetencyId): string {
  return context.rowId('competency-rating', `${personKey}/${competency}`);
}

export type ContactInput = { personKey: string; circle: CircleId; partnerName: string; description?: string };

/** The archetype's typical contacts this person has: the first one in 55%, the others in 30%. */
export function typicalContacts(
  context: RowContext,
  personKey: string,
  contacts: Archetype['contacts'],
): ContactInput[] {
  const chosen: ContactInput[] = [];
  contacts.forEach((contact, index) => {
    if (!context.random.chance(index === 0 ? 0.55 : 0.3)) return;
    chosen.push({
      personKey,
      circle: contact.circle,
      partnerName: context.random.pick(contact.partners),
      description: contact.description,
    });
  });
  return chosen;
}

/** The contact's key: one contact per person, circle and partner. */
export function contactKey(input: ContactInput): string {
  return `${input.personKey}/${input.circle}/${input.partnerName}`;
}

export function contactRow(
  context: RowContext,
  input: ContactInput,
): Prisma.SurroundingsContactCreateManyInput {
  return {
    id: context.rowId('contact', contactKey(input)),
    organisationId: context.organisationId,
    employeeId: context.employeeId(input.personKey),
    circle: input.circle,
    partnerName: input.partnerName,
    description: input.description ?? null,
  };
}
