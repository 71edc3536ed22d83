import { computeIkkCoachHours, IKK_COACH_HOURS_RULE, ikkPeildatum } from '@teamspiegel/domain';
import type { TIkkCoachHours } from '@teamspiegel/domain/api/compliance';
import { isoDate, parseDate } from '../lib/http.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db } from '../plugins/app/prisma.ts';

/** A period (membership, role assignment, contract) that runs on `day`. */
const runsOn = (day: Date) => ({
  startDate: { lte: day },
  OR: [{ endDate: null }, { endDate: { gte: day } }],
});

/**
 * Wet IKK coach hours (docs/coverage-rules.md, rule 15): loads the organisation's facts on the
 * peildatum in four queries and lets the domain compute required against assigned hours.
 */
export async function ikkCoachHours(db: Db, actor: Actor, on?: string): Promise<TIkkCoachHours> {
  const organisationId = actor.organisationId;
  const today = new Date().toISOString().slice(0, 10);
  const peildatum = on ?? ikkPeildatum(today);
  const day = parseDate(peildatum);
  const yearStart = parseDate(`${peildatum.slice(0, 4)}-01-01`);
  const yearEnd = parseDate(`${peildatum.slice(0, 4)}-12-31`);
  const rule = IKK_COACH_HOURS_RULE;

  const [sites, pmAssignments, coachAssignments] = await Promise.all([
    db.site.findMany({
      where: { organisationId, archivedAt: null },
      select: { id: true, name: true, teams: { where: { archivedAt: null }, select: { kind: true } } },
      orderBy: { name: 'asc' },
    }),
    db.roleAssignment.findMany({
      where: {
        organisationId,
        ...runsOn(day),
        roleDefinition: { key: { in: [...rule.pmRoleKeys] } },
        employee: { active: true, erasedAt: null },
      },
      select: { employeeId: true },
    }),
    // The hours on a coach's assignment are hers for the year: every assignment running in the year counts.
    db.roleAssignment.findMany({
      where: {
        organisationId,
        coachHoursPerYear: { not: null },
        roleDefinition: { key: { in: [...rule.coachRoleKeys] } },
        startDate: { lte: yearEnd },
        OR: [{ endDate: null }, { endDate: { gte: yearStart } }],
      },
      select: { coachHoursPerYear: true, team: { select: { siteId: true, archivedAt: true } } },
    }),
  ]);
  const pmIds = [...new Set(pmAssignments.map((row) => row.employeeId))];
  const pms = await db.employee.findMany({
    where: {
      organisationId,
      id: { in: pmIds },
      AND: [
        { OR: [{ startDate: null }, { startDate: { lte: day } }] },
        { OR: [{ endDate: null }, { endDate: { gte: day } }] },
      ],
    },
    select: {
      fte: true,
      memberships: {
        where: { ...runsOn(day), team: { archivedAt: null } },
        select: { fte: true, team: { select: { siteId: true } } },
      },
    },
  });
  const result = computeIkkCoachHours(
    {
      sites: sites.map((site) => ({
        siteId: site.id,
        name: site.name,
        teamKinds: site.teams.map((team) => team.kind),
      })),
      pms: pms.map((pm) => ({
        fte: pm.fte,
        memberships: pm.memberships.map((m) => ({ siteId: m.team.siteId, fte: m.fte })),
      })),
      coaches: coachAssignments.map((row) => ({
        hoursPerYear: row.coachHoursPerYear ?? 0,
        siteId: row.team && row.team.archivedAt === null ? row.team.siteId : null,
      })),
    },
    rule,
  );
  return {
    peildatum: isoDate(day) ?? peildatum,
    rule: {
      hoursPerKindercentrum: rule.hoursPerKindercentrum,
      hoursPerPmFte: rule.hoursPerPmFte,
      source: rule.source,
    },
    ...result,
    sites: [...result.sites],
  };
}
