import type { Locale, TAreaCellStatus } from '@teamspiegel/domain';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { statusLabel } from '@/components/status';
import { HeatmapCellLink } from './heatmap-cell';
import { HeatmapHead } from './heatmap-head';
import {
  type CertificateColumn,
  cellAccessibleName,
  type HeatmapSiteGroup,
  heatmapHeader,
} from './view-model';

/** Width of the table before it scrolls: the team and 8 area columns, plus one per certificate. */
const BASE_WIDTH_REM = 56;
const CERTIFICATE_COLUMN_REM = 6;

/**
 * Teams (rows, grouped by site) × the 8 coverage areas, then the certificate columns (rule 10).
 * A real table: caption, column and row headers with scope, one link per cell with an accessible
 * name that says it all. It scrolls sideways in its own focusable box when it is wider than the screen.
 */
export async function Heatmap({
  groups,
  locale,
  caption,
  certificateColumns = [],
}: {
  groups: HeatmapSiteGroup[];
  locale: Locale;
  caption: string;
  certificateColumns?: CertificateColumn[];
}) {
  const t = await getTranslations('overview');
  const tc = await getTranslations('certificates');
  const header = heatmapHeader(locale, certificateColumns);
  const words = {
    status: (status: TAreaCellStatus) => statusLabel(status, locale),
    ofRequired: (supply: number, required: number) => t('cell.ofRequired', { supply, required }),
  };
  const columnCount = header.columns.length + header.certificates.length + 1;
  const minWidth = `${BASE_WIDTH_REM + CERTIFICATE_COLUMN_REM * header.certificates.length}rem`;
  const gapText = (gap: number) => (gap > 0 ? t('cell.gapShort', { gap }) : null);

  return (
    // Scrolls sideways when narrower than the table: focusable (with a name) so the keyboard can scroll it.
    <section
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className="heatmap-scroll relative overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600 print:overflow-visible print:shadow-none print:ring-0"
    >
      <table
        data-testid="heatmap"
        className="heatmap w-full table-fixed border-collapse text-sm print:min-w-0!"
        style={{ minWidth }}
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
        {header.certificates.length > 0 ? <colgroup span={header.certificates.length} /> : null}
        <HeatmapHead header={header} teamLabel={t('heatmap.team')} certificatesLabel={tc('group')} />
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
                    <HeatmapCellLink
                      key={cell.area}
                      status={cell.status}
                      name={name}
                      title={tiers ? `${name}\n${tiers}` : name}
                      href={cell.href}
                      figure={
                        cell.status === 'none'
                          ? null
                          : `${cell.level ? `${cell.level} ` : ''}${cell.supply}/${cell.required}`
                      }
                      gapText={gapText(cell.gap)}
                      data={{ 'data-area': cell.area, 'data-level': cell.level ?? undefined }}
                    />
                  );
                })}
                {row.certificateCells.map((cell, index) => {
                  const label = header.certificates[index]?.label ?? '';
                  const name = cellAccessibleName(row.teamName, label, { ...cell, level: null }, words);
                  return (
                    <HeatmapCellLink
                      key={cell.certificateTypeId}
                      status={cell.status}
                      name={name}
                      title={name}
                      href={cell.href}
                      figure={cell.status === 'none' ? null : `${cell.supply}/${cell.required}`}
                      gapText={gapText(cell.gap)}
                      data={{ 'data-certificate': cell.certificateTypeId }}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
