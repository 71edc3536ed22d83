import { actionTargetFor, actionTargetsGap, type TPlannableAction } from '@teamspiegel/domain';
import type { TPlanGap, TPlannedAction } from '@teamspiegel/domain/api/development-plan';
import type { TDevelopmentSuggestion } from '@teamspiegel/domain/api/development-suggestions';
import { isoDate } from '../../lib/http.ts';
import type { Db } from '../../plugins/app/prisma.ts';
import type { CoverageSnapshot } from '../../services/coverage-snapshot.ts';
import { organisationCoverage } from '../../services/coverage-views.ts';
import { developmentSuggestions } from '../development-suggestions/service.ts';

/** The fields of an open action that "al in het plan" and its line in the gap table need. */
export const OPEN_ACTION_FIELDS = {
  id: true,
  title: true,
  type: true,
  status: true,
  employeeId: true,
  teamId: true,
  area: true,
  targetLevel: true,
  targetRoleDefinitionId: true,
  targetCompetency: true,
  targetCircle: true,
  targetCertificateTypeId: true,
  expectedEndDate: true,
} as const;

type OpenAction = TPlannableAction & {
  id: string;
  title: string;
  type: TPlannedAction['type'];
  status: TPlannedAction['status'];
  targetLevel: TPlannedAction['targetLevel'];
  targetCompetency: TPlannedAction['targetCompetency'];
  targetCircle: TPlannedAction['targetCircle'];
  targetRoleDefinitionId: string | null;
  targetCertificateTypeId: string | null;
  expectedEndDate: Date | null;
};

/** An open action as a line of "al in het plan"; one without a person is a vacancy. */
export function plannedActionView(action: OpenAction, snapshot: CoverageSnapshot): TPlannedAction {
  return {
    id: action.id,
    title: action.title,
    type: action.type,
    status: action.status,
    employeeId: action.employeeId,
    employeeName: action.employeeId ? (snapshot.people.get(action.employeeId)?.name ?? null) : null,
    targetLevel: action.targetLevel,
    targetRoleDefinitionId: action.targetRoleDefinitionId,
    targetCompetency: action.targetCompetency,
    targetCircle: action.targetCircle,
    targetCertificateTypeId: action.targetCertificateTypeId,
    expectedEndDate: isoDate(action.expectedEndDate),
    vacancy: action.employeeId === null,
  };
}

/**
 * The plan's gap list (rule 7): every requirement with status gap in the given teams, in the
 * ranking's order — the same rows the overview counts — each with the open actions that target it
 * (the domain's actionTargetsGap: the area and a level at or above the requirement's, or the role,
 * competency or circle; of the team itself or of one of its members; hires without a person are
 * vacancies) and the first suggestion of the suggestions engine.
 */
export async function planGaps(db: Db, snapshot: CoverageSnapshot, teamIds: string[]): Promise<TPlanGap[]> {
  const coverage = organisationCoverage(snapshot, teamIds);
  const memberIds = new Set<string>();
  for (const teamId of teamIds) {
    for (const member of snapshot.teams.get(teamId)?.members ?? []) memberIds.add(member.employeeId);
  }
  const [suggestions, actions] = await Promise.all([
    developmentSuggestions(db, snapshot, teamIds),
    db.developmentAction.findMany({
      where: {
        organisationId: snapshot.organisationId,
        status: { in: ['planned', 'in_progress'] },
        OR: [{ teamId: { in: teamIds } }, { employeeId: { in: [...memberIds] } }],
      },
      select: OPEN_ACTION_FIELDS,
      orderBy: [{ expectedEndDate: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const firstSuggestion = new Map<string, TDevelopmentSuggestion>();
  for (const suggestion of suggestions) {
    const key = `${suggestion.teamId}|${suggestion.requirementId}`;
    if (!firstSuggestion.has(key)) firstSuggestion.set(key, suggestion);
  }

  const gaps: TPlanGap[] = [];
  for (const entry of coverage.ranking) {
    if (entry.status !== 'gap') continue;
    const team = snapshot.teams.get(entry.teamId);
    if (!team) continue;
    const members = new Set(team.members.map((member) => member.employeeId));
    const planned: TPlannedAction[] = [];
    const isMember = (employeeId: string) => members.has(employeeId);
    for (const action of actions) {
      if (!actionTargetsGap(action, entry, isMember)) continue;
      planned.push(plannedActionView(action, snapshot));
    }
    gaps.push({
      ...entry,
      teamName: entry.teamName ?? team.name,
      siteName: entry.siteId ? (snapshot.sites.get(entry.siteId) ?? null) : null,
      roleLabel: entry.roleId ? (snapshot.roleLabels.get(entry.roleId) ?? null) : null,
      plannedActions: planned,
      coveredByPlan: planned.length >= entry.gap,
      suggestion: firstSuggestion.get(`${entry.teamId}|${entry.requirementId}`) ?? null,
      // The fields are copied from the gap's own (typed) role, competency, circle or certificate.
      hireTarget: actionTargetFor(entry) as TPlanGap['hireTarget'],
    });
  }
  return gaps;
}
