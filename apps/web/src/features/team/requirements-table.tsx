import type { Locale } from '@teamspiegel/domain';
import type { TRequirementCoverageView, TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import { getFormatter, getTranslations } from 'next-intl/server';
import { can } from '@/lib/access';
import { getSession } from '@/lib/session';
import { circleLabel, competencyLabel, scoreLabel } from '@/lib/vocabulary';
import { AreaRequirements } from './area-requirements';
import { ColumnHeads, RequirementRow, type RowContext } from './requirement-row';
import { groupRequirementRows } from './requirements-table-model';
import { tableClass, tableWrapClass } from './requirements-table-styles';

type Row = TRequirementCoverageView;

/** A group of requirements other than areas (roles, competencies, …) in its own table; nothing when empty. */
function RequirementGroup({
  id,
  caption,
  rows,
  heading,
  context,
}: {
  id: string;
  caption: string;
  rows: Row[];
  heading: (row: Row) => string;
  context: RowContext;
}) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-kop`} className="space-y-2">
      <h3 id={`${id}-kop`} className="text-lg font-semibold">
        {caption}
      </h3>
      <div className={tableWrapClass}>
        <table className={tableClass}>
          <caption className="sr-only">{caption}</caption>
          <ColumnHeads t={context.t} />
          <tbody className="max-sm:block">
            {rows.map((row) => (
              <RequirementRow key={row.requirement.id} row={row} heading={heading(row)} context={context} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Every requirement of the team against its supply, grouped: areas (with anchors), roles, competencies, circles. */
export async function RequirementsTable({
  view,
  locale,
  canExempt = false,
}: {
  view: TTeamCoverageView;
  locale: Locale;
  canExempt?: boolean;
}) {
  const t = await getTranslations('team');
  const tc = await getTranslations('certificates');
  const context: RowContext = {
    anonymised: view.anonymised,
    locale,
    t,
    format: await getFormatter(),
    teamId: view.team.id,
    mayPlan: can((await getSession()).role, 'development.manage'),
    exempting: {
      teamId: view.team.id,
      canManage: canExempt && !view.anonymised,
      people: view.members.map((member) => ({ id: member.employeeId, name: member.name })),
    },
  };
  const groups = groupRequirementRows(view.requirements, locale);

  return (
    <div className="space-y-8">
      <AreaRequirements view={view} areas={groups.areas} context={context} />
      <RequirementGroup
        id="rollen"
        caption={t('groups.roles')}
        rows={groups.roles}
        heading={(row) => (row.roleLabel ? row.roleLabel[locale] : t('table.unknownRole'))}
        context={context}
      />
      <RequirementGroup
        id="competenties"
        caption={t('groups.competencies')}
        rows={groups.competencies}
        heading={(row) =>
          row.requirement.kind === 'competency'
            ? `${competencyLabel(row.requirement.competency, locale)} · ≥ ${scoreLabel(row.requirement.minScore, locale)}`
            : ''
        }
        context={context}
      />
      <RequirementGroup
        id="omgeving"
        caption={t('groups.circles')}
        rows={groups.circles}
        heading={(row) =>
          row.requirement.kind === 'circle' ? circleLabel(row.requirement.circle, locale) : ''
        }
        context={context}
      />
      <RequirementGroup
        id="certificaten"
        caption={tc('group')}
        rows={groups.certificates}
        heading={(row) => row.certificateLabel?.[locale] ?? ''}
        context={context}
      />
    </div>
  );
}
