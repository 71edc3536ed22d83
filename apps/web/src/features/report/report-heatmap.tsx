import { AREA_IDS, type TAreaCellStatus } from '@teamspiegel/domain';
import type { TOrganisationCoverageView } from '@teamspiegel/domain/api/coverage';
import { getTranslations } from 'next-intl/server';
import { STATUS_ORDER, STATUS_STYLE, StatusBadge, StatusIcon, statusLabel } from '@/components/status';
import { areaLabel, type Locale, levelLabel } from '@/lib/vocabulary';

const cell = 'px-2 py-1';

/** One printed cell: status colour and icon, the status in words for screen readers, "level n/m". */
function ReportCell({ status, figure, locale }: { status: TAreaCellStatus; figure: string; locale: Locale }) {
  return (
    <td className={cell} style={STATUS_STYLE[status]} data-status={status}>
      <span className="inline-flex items-center gap-1">
        <StatusIcon status={status} className="h-3.5 w-3.5" />
        <span className="sr-only">{statusLabel(status, locale)}: </span>
        {status === 'none' ? '' : figure}
      </span>
    </td>
  );
}

/**
 * The board report's heatmap: teams × the 8 areas, then the certificate columns (rule 10),
 * each cell as the coverage API computed it.
 */
export async function ReportHeatmap({ view, locale }: { view: TOrganisationCoverageView; locale: Locale }) {
  const t = await getTranslations('report');
  const tc = await getTranslations('certificates');
  const certificates = view.certificateColumns;
  return (
    <>
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse text-xs">
          <caption className="mb-2 text-left text-sm text-slate-600">{t('heatmap.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${cell} text-left`}>
                {t('team')}
              </th>
              {AREA_IDS.map((area) => (
                <th key={area} scope="col" className={`${cell} text-left align-bottom font-medium`}>
                  {areaLabel(area, locale)}
                </th>
              ))}
              {certificates.map((column) => (
                <th
                  key={column.certificateTypeId}
                  scope="col"
                  className={`${cell} text-left align-bottom font-medium`}
                >
                  <span className="block text-[10px] font-normal text-slate-500">{tc('group')}</span>
                  {column.label[locale] || column.label.nl}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.matrix.items.map((row) => (
              <tr key={row.teamId} className="border-t border-slate-100">
                <th scope="row" className={`${cell} text-left font-medium`}>
                  {row.teamName}
                  <span className="block text-[10px] font-normal text-slate-500">{row.siteName}</span>
                </th>
                {AREA_IDS.map((area) => {
                  const value = row.cells[area];
                  const level = value?.minLevel ? `${levelLabel(value.minLevel, locale)} ` : '';
                  return (
                    <ReportCell
                      key={area}
                      status={value?.status ?? 'none'}
                      figure={`${level}${value?.supply ?? 0}/${value?.required ?? 0}`}
                      locale={locale}
                    />
                  );
                })}
                {certificates.map((column) => {
                  const value = row.certificateCells[column.certificateTypeId];
                  return (
                    <ReportCell
                      key={column.certificateTypeId}
                      status={value?.status ?? 'none'}
                      figure={`${value?.supply ?? 0}/${value?.required ?? 0}`}
                      locale={locale}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 flex flex-wrap gap-3 text-xs">
        {STATUS_ORDER.map((status) => (
          <StatusBadge key={status} status={status} label={statusLabel(status, locale)} />
        ))}
        <span className="text-slate-600">{t('heatmap.legend')}</span>
      </p>
    </>
  );
}
