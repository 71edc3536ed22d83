import type { Locale } from '@teamspiegel/domain';
import type { TRequirementCoverageView } from '@teamspiegel/domain/api/coverage';
import { StatusBadge, statusLabel } from '@/components/status';
import { ExemptionCell } from '@/features/exemptions/exemption-cell';
import { formatFte, levelLabel } from '@/lib/vocabulary';
import { CertificateNotes } from './certificate-notes';
import {
  CellLabel,
  type Formatter,
  Pipeline,
  RoleNotes,
  STACK_CELL,
  Suppliers,
  type Translator,
} from './requirement-cells';
import { projectionChanges, rowTone } from './requirements-table-model';

type Row = TRequirementCoverageView;

export type Exempting = { teamId: string; canManage: boolean; people: { id: string; name: string }[] };

/** What every row of the team's tables shares: who looks, in which language, and what they may do. */
export type RowContext = {
  anonymised: boolean;
  locale: Locale;
  t: Translator;
  format: Formatter;
  teamId: string;
  /** Whether the caller may plan development actions (a refresher course for a lapsing certificate). */
  mayPlan: boolean;
  exempting: Exempting;
};

export function RequirementRow({
  row,
  heading,
  context,
}: {
  row: Row;
  heading: string;
  context: RowContext;
}) {
  const { anonymised, locale, t, format, teamId, mayPlan, exempting } = context;
  const status = row.status;
  const onlyOne = status === 'single_point' ? row.suppliers[0]?.name : null;
  const projectedChanged = projectionChanges(row);
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

export function ColumnHeads({ t }: { t: Translator }) {
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
