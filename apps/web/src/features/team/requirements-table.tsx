import { AREA_IDS, CIRCLE_IDS, COMPETENCY_IDS, type Locale } from '@teamspiegel/domain';
import type { TRequirementCoverageView, TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import { getFormatter, getTranslations } from 'next-intl/server';
import { StatusBadge, statusLabel } from '@/components/status';
import { ExemptionCell } from '@/features/exemptions/exemption-cell';
import { can } from '@/lib/access';
import { getSession } from '@/lib/session';
import {
  actionTypeLabel,
  areaLabel,
  circleLabel,
  competencyLabel,
  formatFte,
  levelLabel,
  levelRankOf,
  scoreLabel,
} from '@/lib/vocabulary';
import { CertificateNotes } from './certificate-notes';

type Row = TRequirementCoverageView;
type Translator = Awaited<ReturnType<typeof getTranslations<'team'>>>;
type Formatter = Awaited<ReturnType<typeof getFormatter>>;

const SHOW_NAMES_INLINE = 5;

function rowTone(status: Row['status']) {
  if (status === 'gap') return 'bg-gap-soft/40';
  if (status === 'single_point' || status === 'no_margin') return 'bg-spof-soft/50';
  return '';
}

/**
 * On a phone (below 640 px) the tables stack: every row a card, every cell a line named by its
 * column head, so nothing scrolls sideways (issue 15, item 8).
 */
const STACK_CELL = 'max-sm:block max-sm:px-3 max-sm:py-1';

function CellLabel({ children }: { children: string }) {
  return (
    <span className="block text-xs font-semibold uppercase tracking-wide text-slate-600 sm:hidden">
      {children}
    </span>
  );
}

/** Role rows: qualifying non-holders (candidates) and holders who no longer qualify (flagged). */
function RoleNotes({ row, t }: { row: Row; t: Translator }) {
  const names = (list: Row['candidates']) => list.map((s) => s.name ?? t('table.unnamed')).join(', ');
  return (
    <>
      {row.unqualifiedHolders.length > 0 ? (
        <div className="mt-1 text-xs font-semibold text-gap" data-testid="unqualified-holders">
          {t('table.unqualifiedHolders', { names: names(row.unqualifiedHolders) })}
        </div>
      ) : null}
      {row.candidates.length > 0 ? (
        <div className="mt-1 text-xs text-slate-600" data-testid="role-candidates">
          {t('table.candidates', { names: names(row.candidates) })}
        </div>
      ) : null}
    </>
  );
}

function Suppliers({ row, anonymised, t }: { row: Row; anonymised: boolean; t: Translator }) {
  const count = row.supply.headcount;
  if (count === 0) return <span className="text-slate-600">{t('table.nobody')}</span>;
  if (anonymised) return <span>{t('table.people', { count })}</span>;
  const names = row.suppliers.map((s) => s.name ?? t('table.unnamed'));
  if (names.length <= SHOW_NAMES_INLINE) return <span>{names.join(', ')}</span>;
  return (
    <details>
      <summary className="cursor-pointer text-brand-700 underline-offset-2 underline underline-offset-2">
        {t('table.people', { count })}
      </summary>
      <ul className="mt-1 list-disc pl-4">
        {names.map((name, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: names may repeat; the order is stable
          <li key={index}>{name}</li>
        ))}
      </ul>
    </details>
  );
}

function Pipeline({
  row,
  locale,
  t,
  format,
}: {
  row: Row;
  locale: Locale;
  t: Translator;
  format: Formatter;
}) {
  if (row.pipeline.length === 0) {
    if (row.vacancies.length > 0) return null;
    return <span className="text-slate-600">{t('table.noPipeline')}</span>;
  }
  return (
    <ul className="space-y-1">
      {row.pipeline.map((entry) => {
        const how =
          entry.source === 'ambition'
            ? t('table.ambition')
            : entry.actionType
              ? actionTypeLabel(entry.actionType, locale)
              : t('table.action');
        const target = entry.targetLevel ? ` → ${levelLabel(entry.targetLevel, locale)}` : '';
        const when = entry.expectedDate
          ? t('table.expected', {
              date: format.dateTime(new Date(entry.expectedDate), { dateStyle: 'medium' }),
            })
          : t('table.noDate');
        return (
          <li key={`${entry.employeeId}-${entry.sourceId ?? entry.source}`}>
            <span className="font-medium">{entry.name ?? t('table.unnamed')}</span>
            <span className="text-slate-600">
              : {how}
              {target}, {when}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

type Exempting = { teamId: string; canManage: boolean; people: { id: string; name: string }[] };

function RequirementRow({
  row,
  heading,
  anonymised,
  locale,
  t,
  format,
  teamId,
  mayPlan,
  exempting,
}: {
  row: Row;
  heading: string;
  anonymised: boolean;
  locale: Locale;
  t: Translator;
  format: Formatter;
  teamId: string;
  /** Whether the caller may plan development actions (a refresher course for a lapsing certificate). */
  mayPlan: boolean;
  exempting: Exempting;
}) {
  const status = row.status;
  const onlyOne = status === 'single_point' ? row.suppliers[0]?.name : null;
  const projectedChanged = row.projected.status !== row.status || row.projected.gap !== row.gap;
  return (
    <tr
      data-testid={`requirement-${row.requirement.id}`}
      data-status={status}
      className={`border-t border-slate-200 align-top max-sm:block max-sm:py-2 ${rowTone(status)}`}
    >
      <th scope="row" className={`px-3 py-2 text-left font-medium ${STACK_CELL}`}>
        {heading}
        <div className="text-xs font-normal text-slate-600">
          {t('table.needed', { count: row.requirement.count })}
        </div>
      </th>
      <td className={`px-3 py-2 ${STACK_CELL}`}>
        <CellLabel>{t('table.status')}</CellLabel>
        <StatusBadge status={status} label={statusLabel(status, locale)} variant="pill" />
        {status === 'single_point' ? (
          <div className="mt-1 text-xs font-semibold text-spof">
            {onlyOne ? t('table.onlyPerson', { name: onlyOne }) : t('table.onlyOne')}
          </div>
        ) : null}
        {status === 'no_margin' ? (
          <div className="mt-1 text-xs font-semibold text-spof">
            {t('table.noSlack', { count: row.supply.headcount })}
          </div>
        ) : null}
        <ExemptionCell row={row} {...exempting} locale={locale} />
      </td>
      <td className={`px-3 py-2 tabular-nums ${STACK_CELL}`}>
        <CellLabel>{t('table.supply')}</CellLabel>
        {row.supply.headcount}
        <div className="text-xs text-slate-600">
          {t('table.fte', { fte: formatFte(row.supply.fte, locale) })}
        </div>
      </td>
      <td className={`px-3 py-2 tabular-nums ${STACK_CELL} ${row.gap > 0 ? 'font-semibold text-gap' : ''}`}>
        <CellLabel>{t('table.gap')}</CellLabel>
        {row.gap}
      </td>
      <td className={`px-3 py-2 ${STACK_CELL}`}>
        <CellLabel>{t('table.suppliers')}</CellLabel>
        <Suppliers row={row} anonymised={anonymised} t={t} />
        {row.requirement.kind === 'role' ? <RoleNotes row={row} t={t} /> : null}
        {row.requirement.kind === 'certificate' ? (
          <CertificateNotes row={row} teamId={teamId} anonymised={anonymised} mayPlan={mayPlan} />
        ) : null}
      </td>
      <td className={`px-3 py-2 ${STACK_CELL}`}>
        <CellLabel>{t('table.pipeline')}</CellLabel>
        <Pipeline row={row} locale={locale} t={t} format={format} />
        {row.vacancies.length > 0 ? (
          <ul className="mt-1 space-y-1 text-xs" data-testid="vacancies">
            {row.vacancies.map((vacancy) => (
              <li key={vacancy.actionId}>
                {t('table.vacancy', { level: levelLabel(vacancy.level, locale) })}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
      <td className={`px-3 py-2 ${STACK_CELL}`}>
        <CellLabel>{t('table.projected')}</CellLabel>
        {projectedChanged ? (
          <>
            <StatusBadge
              status={row.projected.status}
              label={statusLabel(row.projected.status, locale)}
              variant="pill"
            />
            <div className="mt-1 text-xs text-slate-600">
              {t('table.projectedSupply', { count: row.projected.supply.headcount, gap: row.projected.gap })}
            </div>
          </>
        ) : (
          <span className="text-xs text-slate-600">{t('table.unchanged')}</span>
        )}
      </td>
    </tr>
  );
}

function ColumnHeads({ t }: { t: Translator }) {
  return (
    <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600 max-sm:sr-only">
      <tr>
        <th scope="col" className="px-3 py-2">
          {t('table.requirement')}
        </th>
        <th scope="col" className="px-3 py-2">
          {t('table.status')}
        </th>
        <th scope="col" className="px-3 py-2">
          {t('table.supply')}
        </th>
        <th scope="col" className="px-3 py-2">
          {t('table.gap')}
        </th>
        <th scope="col" className="px-3 py-2">
          {t('table.suppliers')}
        </th>
        <th scope="col" className="px-3 py-2">
          {t('table.pipeline')}
        </th>
        <th scope="col" className="px-3 py-2">
          {t('table.projected')}
        </th>
      </tr>
    </thead>
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
  const exempting: Exempting = {
    teamId: view.team.id,
    canManage: canExempt && !view.anonymised,
    people: view.members.map((member) => ({ id: member.employeeId, name: member.name })),
  };
  const t = await getTranslations('team');
  const tc = await getTranslations('certificates');
  const format = await getFormatter();
  const anonymised = view.anonymised;
  const mayPlan = can((await getSession()).role, 'development.manage');
  const rows = view.requirements;
  const areaRows = (area: string) =>
    rows
      .filter((r) => r.requirement.kind === 'area' && r.requirement.area === area)
      .sort(
        (a, b) =>
          (a.requirement.kind === 'area' ? levelRankOf(a.requirement.minLevel) : 0) -
          (b.requirement.kind === 'area' ? levelRankOf(b.requirement.minLevel) : 0),
      );
  const roleRows = rows
    .filter((r) => r.requirement.kind === 'role')
    .sort((a, b) => (a.roleLabel?.[locale] ?? '').localeCompare(b.roleLabel?.[locale] ?? '', locale));
  const competencyRows = rows
    .filter((r) => r.requirement.kind === 'competency')
    .sort(
      (a, b) =>
        COMPETENCY_IDS.indexOf(
          a.requirement.kind === 'competency' ? a.requirement.competency : 'creativiteit',
        ) -
        COMPETENCY_IDS.indexOf(
          b.requirement.kind === 'competency' ? b.requirement.competency : 'creativiteit',
        ),
    );
  const circleRows = rows
    .filter((r) => r.requirement.kind === 'circle')
    .sort(
      (a, b) =>
        CIRCLE_IDS.indexOf(a.requirement.kind === 'circle' ? a.requirement.circle : 'buurt') -
        CIRCLE_IDS.indexOf(b.requirement.kind === 'circle' ? b.requirement.circle : 'buurt'),
    );
  const certificateRows = rows
    .filter((r) => r.requirement.kind === 'certificate')
    .sort((a, b) =>
      (a.certificateLabel?.[locale] ?? '').localeCompare(b.certificateLabel?.[locale] ?? '', locale),
    );
  const byLevelOf = new Map(view.profile.areas.map((a) => [a.area, a.byLevel]));

  const tableClass = 'w-full border-collapse text-sm max-sm:block sm:min-w-[56rem]';
  const wrapClass = 'rounded-xl border border-slate-200 bg-white shadow-sm sm:overflow-x-auto';

  const simpleTable = (id: string, caption: string, list: Row[], heading: (row: Row) => string) =>
    list.length === 0 ? null : (
      <section aria-labelledby={`${id}-kop`} className="space-y-2">
        <h3 id={`${id}-kop`} className="text-lg font-semibold">
          {caption}
        </h3>
        <div className={wrapClass}>
          <table className={tableClass}>
            <caption className="sr-only">{caption}</caption>
            <ColumnHeads t={t} />
            <tbody className="max-sm:block">
              {list.map((row) => (
                <RequirementRow
                  key={row.requirement.id}
                  row={row}
                  heading={heading(row)}
                  anonymised={anonymised}
                  locale={locale}
                  t={t}
                  format={format}
                  teamId={view.team.id}
                  mayPlan={mayPlan}
                  exempting={exempting}
                />
              ))}
            </tbody>
          </table>
        </div>
      </section>
    );

  return (
    <div className="space-y-8">
      <section aria-labelledby="gebieden-kop" className="space-y-2">
        <h3 id="gebieden-kop" className="text-lg font-semibold">
          {t('groups.areas')}
        </h3>
        <div className={wrapClass}>
          <table className={tableClass}>
            <caption className="sr-only">{t('groups.areas')}</caption>
            <ColumnHeads t={t} />
            {AREA_IDS.map((area) => {
              const tiers = areaRows(area);
              const cell = view.cells[area];
              const byLevel = byLevelOf.get(area);
              const withLevel = byLevel
                ? byLevel.in_opleiding + byLevel.starter + byLevel.ervaren + byLevel.expert
                : 0;
              return (
                <tbody
                  key={area}
                  id={area}
                  className="scroll-mt-20 max-sm:block"
                  data-testid={`area-${area}`}
                >
                  <tr className="border-t-2 border-slate-300 bg-brand-50 max-sm:block">
                    <th
                      scope="rowgroup"
                      colSpan={7}
                      className="px-3 py-2 text-left text-base font-semibold text-brand-900 max-sm:block"
                    >
                      <a href={`#${area}`} className="underline underline-offset-2">
                        {areaLabel(area, locale)}
                      </a>
                      {cell && cell.status !== 'none' && cell.minLevel ? (
                        <span
                          className="ml-2 inline-flex items-center gap-2 align-middle text-sm font-normal"
                          data-testid={`area-cell-${area}`}
                          data-status={cell.status}
                        >
                          <StatusBadge status={cell.status} label={statusLabel(cell.status, locale)} />
                          <span className="font-semibold tabular-nums">
                            {t('table.cellSummary', {
                              level: levelLabel(cell.minLevel, locale),
                              supply: cell.supply,
                              required: cell.required,
                            })}
                          </span>
                          {cell.gap > 0 ? (
                            <span className="text-gap">{t('table.cellMissing', { count: cell.gap })}</span>
                          ) : null}
                        </span>
                      ) : null}
                      {byLevel && withLevel > 0 ? (
                        <span className="ml-2 text-xs font-normal text-slate-600">
                          {t('table.levelsInTeam', {
                            levels: (['expert', 'ervaren', 'starter', 'in_opleiding'] as const)
                              .filter((level) => byLevel[level] > 0)
                              .map(
                                (level) => `${byLevel[level]} × ${levelLabel(level, locale).toLowerCase()}`,
                              )
                              .join(', '),
                          })}
                        </span>
                      ) : null}
                    </th>
                  </tr>
                  {tiers.length === 0 ? (
                    <tr className="border-t border-slate-200 max-sm:block">
                      <td colSpan={7} className="px-3 py-2 text-slate-600 max-sm:block">
                        {t('table.noAreaRequirement', { count: withLevel })}
                      </td>
                    </tr>
                  ) : (
                    tiers.map((row) => (
                      <RequirementRow
                        key={row.requirement.id}
                        row={row}
                        heading={
                          row.requirement.kind === 'area'
                            ? t('table.atLeast', { level: levelLabel(row.requirement.minLevel, locale) })
                            : ''
                        }
                        anonymised={anonymised}
                        locale={locale}
                        t={t}
                        format={format}
                        teamId={view.team.id}
                        mayPlan={mayPlan}
                        exempting={exempting}
                      />
                    ))
                  )}
                </tbody>
              );
            })}
          </table>
        </div>
      </section>
      {simpleTable('rollen', t('groups.roles'), roleRows, (row) =>
        row.roleLabel ? row.roleLabel[locale] : t('table.unknownRole'),
      )}
      {simpleTable('competenties', t('groups.competencies'), competencyRows, (row) =>
        row.requirement.kind === 'competency'
          ? `${competencyLabel(row.requirement.competency, locale)} · ≥ ${scoreLabel(row.requirement.minScore, locale)}`
          : '',
      )}
      {simpleTable('omgeving', t('groups.circles'), circleRows, (row) =>
        row.requirement.kind === 'circle' ? circleLabel(row.requirement.circle, locale) : '',
      )}
      {simpleTable(
        'certificaten',
        tc('group'),
        certificateRows,
        (row) => row.certificateLabel?.[locale] ?? '',
      )}
    </div>
  );
}
