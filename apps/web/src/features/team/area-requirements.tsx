import type { AreaId } from '@teamspiegel/domain';
import type { TRequirementCoverageView, TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import { StatusBadge, statusLabel } from '@/components/status';
import { areaLabel, levelLabel } from '@/lib/vocabulary';
import { ColumnHeads, RequirementRow, type RowContext } from './requirement-row';
import { type LevelCounts, levelMix, peopleWithLevel } from './requirements-table-model';
import { tableClass, tableWrapClass } from './requirements-table-styles';

type Row = TRequirementCoverageView;

/** One area's rows: a heading row (anchor, the area's cell, the levels in the team), then its tiers. */
function AreaGroup({
  area,
  tiers,
  cell,
  byLevel,
  context,
}: {
  area: AreaId;
  tiers: Row[];
  cell: TTeamCoverageView['cells'][AreaId] | undefined;
  byLevel: LevelCounts | undefined;
  context: RowContext;
}) {
  const { locale, t } = context;
  const withLevel = peopleWithLevel(byLevel);
  return (
    <tbody id={area} className="scroll-mt-20 max-sm:block" data-testid={`area-${area}`}>
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
                levels: levelMix(byLevel)
                  .map(({ level, count }) => `${count} × ${levelLabel(level, locale).toLowerCase()}`)
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
            context={context}
          />
        ))
      )}
    </tbody>
  );
}

/** The area requirements: one table, a row group per area of the model (with an anchor). */
export function AreaRequirements({
  view,
  areas,
  context,
}: {
  view: TTeamCoverageView;
  areas: { area: AreaId; tiers: Row[] }[];
  context: RowContext;
}) {
  const { t } = context;
  const byLevelOf = new Map(view.profile.areas.map((a) => [a.area, a.byLevel]));
  return (
    <section aria-labelledby="gebieden-kop" className="space-y-2">
      <h3 id="gebieden-kop" className="text-lg font-semibold">
        {t('groups.areas')}
      </h3>
      <div className={tableWrapClass}>
        <table className={tableClass}>
          <caption className="sr-only">{t('groups.areas')}</caption>
          <ColumnHeads t={t} />
          {areas.map(({ area, tiers }) => (
            <AreaGroup
              key={area}
              area={area}
              tiers={tiers}
              cell={view.cells[area]}
              byLevel={byLevelOf.get(area)}
              context={context}
            />
          ))}
        </table>
      </div>
    </section>
  );
}
