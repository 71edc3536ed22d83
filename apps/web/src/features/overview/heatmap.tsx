import type { Locale, TAreaCellStatus } from '@teamspiegel/domain';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { STATUS_STYLE, StatusIcon, statusLabel } from '@/components/status';
import { cellAccessibleName, type HeatmapSiteGroup, heatmapHeader } from './view-model';

/** Lets long area names ("Psychologie/orthopedagogiek") wrap after the slash in narrow columns. */
function breakable(text: string): string {
  return text.replaceAll('/', '/\u200B');
}

/**
 * Teams (rows, grouped by site) × the 8 coverage areas (columns). A real table: caption, column
 * and row headers with scope, one link per cell with an accessible name that says it all.
 */
export async function Heatmap({
  groups,
  locale,
  caption,
}: {
  groups: HeatmapSiteGroup[];
  locale: Locale;
  caption: string;
}) {
  const t = await getTranslations('overview');
  const header = heatmapHeader(locale);
  const words = {
    status: (status: TAreaCellStatus) => statusLabel(status, locale),
    ofRequired: (supply: number, required: number) => t('cell.ofRequired', { supply, required }),
  };
  const columnCount = header.columns.length + 1;

  return (
    <div className="heatmap-scroll relative overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200 print:overflow-visible print:shadow-none print:ring-0">
      <table
        data-testid="heatmap"
        className="heatmap w-full min-w-[56rem] table-fixed border-collapse text-sm print:min-w-0"
      >
        <caption className="px-3 py-2 text-left text-sm text-slate-600">{caption}</caption>
        <colgroup>
          <col className="w-48" />
        </colgroup>
        {header.groups.map((group) =>
          group.kind === 'group' ? (
            <colgroup key={group.label} span={group.span} />
          ) : (
            <colgroup key={group.column.area} />
          ),
        )}
        <thead>
          <tr>
            <th
              scope="col"
              rowSpan={2}
              className="sticky left-0 z-10 border-b border-slate-300 bg-white px-3 py-2 text-left align-bottom"
            >
              {t('heatmap.team')}
            </th>
            {header.groups.map((group) =>
              group.kind === 'group' ? (
                <th
                  key={group.label}
                  scope="colgroup"
                  colSpan={group.span}
                  title={group.description}
                  className="border-x border-b border-slate-200 bg-brand-50 px-2 py-1 text-center text-xs font-semibold text-brand-900"
                >
                  {group.label}
                </th>
              ) : (
                <th
                  key={group.column.area}
                  scope="col"
                  rowSpan={2}
                  title={group.column.description}
                  className="border-b border-slate-300 px-2 py-2 text-center align-bottom text-xs font-semibold hyphens-auto"
                >
                  {breakable(group.column.label)}
                </th>
              ),
            )}
          </tr>
          <tr>
            {header.groups.flatMap((group) =>
              group.kind === 'group'
                ? group.columns.map((column) => (
                    <th
                      key={column.area}
                      scope="col"
                      title={column.description}
                      className="border-b border-slate-300 px-2 py-2 text-center align-bottom text-xs font-semibold hyphens-auto"
                    >
                      {breakable(column.label)}
                    </th>
                  ))
                : [],
            )}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.bySite ? (group.siteId ?? 'none') : 'all'} className="break-inside-avoid">
            {group.bySite ? (
              <tr>
                <th
                  scope="rowgroup"
                  colSpan={columnCount}
                  className="border-b border-slate-200 bg-slate-100 px-3 py-1.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-700"
                >
                  {group.siteName ?? t('heatmap.noSite')}
                </th>
              </tr>
            ) : null}
            {group.rows.map((row) => (
              <tr key={row.teamId} className="border-b border-slate-100">
                <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-1.5 text-left font-medium">
                  <Link href={row.href} className="text-brand-700 underline-offset-2 hover:underline">
                    {row.teamName}
                  </Link>
                  {group.bySite ? null : (
                    <span className="block text-xs font-normal text-slate-500">
                      {row.siteName ?? t('heatmap.noSite')}
                    </span>
                  )}
                </th>
                {row.cells.map((cell, index) => {
                  const column = header.columns[index];
                  const name = cellAccessibleName(row.teamName, column?.label ?? cell.area, cell, words);
                  const tiers = cell.tiers
                    .map((tier) =>
                      t('cell.tier', { level: tier.level, headcount: tier.headcount, count: tier.count }),
                    )
                    .join('\n');
                  return (
                    <td
                      key={cell.area}
                      data-status={cell.status}
                      data-area={cell.area}
                      data-level={cell.level ?? undefined}
                      className="border border-white p-0 text-center"
                      style={STATUS_STYLE[cell.status]}
                    >
                      <Link
                        href={cell.href}
                        title={tiers ? `${name}\n${tiers}` : name}
                        className="flex min-h-11 flex-col items-center justify-center gap-0.5 px-1 py-1 focus-visible:outline-offset-[-3px]"
                      >
                        {/* The full sentence for screen readers; the visible numbers stay part of the name. */}
                        <span className="sr-only">{name}: </span>
                        <span className="flex items-center gap-1 font-semibold tabular-nums">
                          <StatusIcon status={cell.status} className="h-3.5 w-3.5" />
                          {cell.status === 'none' ? null : (
                            <span data-testid="cell-figure">
                              {cell.level ? `${cell.level} ` : ''}
                              {cell.supply}/{cell.required}
                            </span>
                          )}
                        </span>
                        {cell.gap > 0 ? (
                          <span className="text-xs font-bold tabular-nums">
                            {t('cell.gapShort', { gap: cell.gap })}
                          </span>
                        ) : null}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
