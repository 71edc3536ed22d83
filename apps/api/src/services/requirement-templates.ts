import { REQUIREMENT_TEMPLATES } from '@teamspiegel/domain/api/requirement-templates';
import type { TTeamRequirementLine } from '@teamspiegel/domain/api/team-requirements';
import { writeAudits } from '../lib/audit.ts';
import { notFound } from '../lib/problem.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db, Tx } from '../plugins/app/prisma.ts';

export type ResolvedTemplate = {
  id: string;
  teamKind: string;
  label: { nl: string; en: string };
  description: { nl: string; en: string };
  requirements: TTeamRequirementLine[];
  unresolvedRoleKeys: string[];
};

/** The built-in templates with role lines resolved to the organisation's role definitions. */
export async function resolveTemplates(db: Db | Tx, organisationId: string): Promise<ResolvedTemplate[]> {
  const keys = [
    ...new Set(
      REQUIREMENT_TEMPLATES.flatMap((t) => t.lines.flatMap((l) => (l.kind === 'role' ? [l.roleKey] : []))),
    ),
  ];
  const roles = await db.roleDefinition.findMany({
    where: { organisationId, key: { in: keys } },
    select: { id: true, key: true },
  });
  const idByKey = new Map(roles.map((r) => [r.key, r.id]));
  return REQUIREMENT_TEMPLATES.map((template) => {
    const unresolved: string[] = [];
    const requirements: TTeamRequirementLine[] = [];
    for (const line of template.lines) {
      if (line.kind !== 'role') {
        requirements.push({ ...line });
        continue;
      }
      const roleDefinitionId = idByKey.get(line.roleKey);
      if (roleDefinitionId) requirements.push({ kind: 'role', roleDefinitionId, count: line.count });
      else unresolved.push(line.roleKey);
    }
    return {
      id: template.id,
      teamKind: template.teamKind,
      label: { ...template.label },
      description: { ...template.description },
      requirements,
      unresolvedRoleKeys: unresolved,
    };
  });
}

export async function resolveTemplate(db: Db | Tx, organisationId: string, templateId: string) {
  const template = (await resolveTemplates(db, organisationId)).find((t) => t.id === templateId);
  if (!template) throw notFound('Requirement template');
  return template;
}

/** The columns of one line: those of its own kind set, all others null (the CHECK constraint's rule). */
export function requirementColumns(line: TTeamRequirementLine) {
  return {
    kind: line.kind,
    area: line.kind === 'area' ? line.area : null,
    minLevel: line.kind === 'area' ? line.minLevel : null,
    roleDefinitionId: line.kind === 'role' ? line.roleDefinitionId : null,
    competency: line.kind === 'competency' ? line.competency : null,
    minScore: line.kind === 'competency' ? line.minScore : null,
    circle: line.kind === 'circle' ? line.circle : null,
    certificateTypeId: line.kind === 'certificate' ? line.certificateTypeId : null,
    count: line.count,
    note: line.note ?? null,
  };
}

type Columns = ReturnType<typeof requirementColumns>;
const signature = (rows: readonly Columns[]) =>
  rows
    .map((row) =>
      [
        row.kind,
        row.area,
        row.minLevel,
        row.roleDefinitionId,
        row.competency,
        row.minScore,
        row.circle,
        row.certificateTypeId,
        row.count,
        row.note,
      ].join('|'),
    )
    .sort()
    .join('\n');

/**
 * Replaces the target profile of each team with `lines`, inside the caller's transaction: one
 * query to read every current profile, then per changed team a delete, an insert and a version bump
 * (the history trigger records the versions), and one audit row per changed team. Teams whose
 * profile already equals the lines stay untouched, so applying twice changes nothing the second time.
 */
export async function replaceProfiles(
  tx: Tx,
  actor: Actor,
  teamIds: readonly string[],
  lines: readonly TTeamRequirementLine[],
  auditAction = 'replace_requirements',
): Promise<string[]> {
  const organisationId = actor.organisationId;
  const target = lines.map(requirementColumns);
  const wanted = signature(target);
  const current = await tx.teamRequirement.findMany({
    where: { organisationId, teamId: { in: [...teamIds] } },
  });
  const byTeam = new Map<string, typeof current>();
  for (const row of current) byTeam.set(row.teamId, [...(byTeam.get(row.teamId) ?? []), row]);
  const changed = teamIds.filter((teamId) => signature(byTeam.get(teamId) ?? []) !== wanted);
  if (changed.length === 0) return [];
  await tx.teamRequirement.deleteMany({ where: { organisationId, teamId: { in: changed } } });
  if (target.length > 0) {
    await tx.teamRequirement.createMany({
      data: changed.flatMap((teamId) => target.map((columns) => ({ organisationId, teamId, ...columns }))),
    });
  }
  await tx.team.updateMany({
    where: { organisationId, id: { in: changed } },
    data: { version: { increment: 1 } },
  });
  await writeAudits(
    tx,
    actor,
    changed.map((teamId) => ({
      entity: 'Team',
      entityId: teamId,
      action: auditAction,
      before: byTeam.get(teamId) ?? [],
      after: target,
    })),
  );
  return changed;
}
