import { AREAS, LEVELS, type Locale, label } from '@teamspiegel/domain';
import { getTranslations } from 'next-intl/server';
import type { TShapeColumn } from './view-model';

const COLUMN = 64;
const GAP = 12;
const STEP = 34;
const TOP = 28;
const LEFT = 108;
const GROUP_GAP = 24;

/**
 * The employee's own T-shape: 8 area columns (5 specialisations of domain 1, then domains 2–4),
 * height = level. Self-assessed levels are striped (not only a different colour); a table beside
 * it carries the same facts for screen readers.
 */
export async function TShape({
  columns,
  name,
  locale,
}: {
  columns: TShapeColumn[];
  name: string;
  locale: Locale;
}) {
  const t = await getTranslations('profile.tshape');
  const tl = await getTranslations('profile.levels');
  const chartHeight = STEP * 4;
  const x = (index: number) => LEFT + index * (COLUMN + GAP) + (index >= 5 ? GROUP_GAP : 0);
  const width = x(7) + COLUMN + 8;
  const height = TOP + chartHeight + 22;
  const areaLabel = (id: string) => {
    const area = AREAS.find((a) => a.id === id);
    return area ? label(area, locale) : id;
  };
  const levelLabel = (id: string | null) => {
    const level = LEVELS.find((l) => l.id === id);
    return level ? label(level, locale) : tl('none');
  };
  const patternId = 'tshape-self-assessed';
  return (
    <figure className="rounded-xl border border-slate-200 bg-white p-4">
      <figcaption className="mb-2">
        <span className="block text-lg font-semibold">{t('title')}</span>
        <span className="block text-sm text-slate-600">{t('intro')}</span>
      </figcaption>
      <div className="overflow-x-auto">
        <svg
          role="img"
          aria-labelledby="tshape-title tshape-desc"
          viewBox={`0 0 ${width} ${height}`}
          className="h-auto w-full min-w-[40rem] max-w-3xl"
        >
          <title id="tshape-title">{t('svgTitle', { name })}</title>
          <desc id="tshape-desc">{t('svgDesc')}</desc>
          <defs>
            <pattern
              id={patternId}
              width="8"
              height="8"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="8" height="8" fill="var(--color-brand-100)" />
              <line x1="0" y1="0" x2="0" y2="8" stroke="var(--color-brand-600)" strokeWidth="4" />
            </pattern>
          </defs>
          {/* Level grid lines with labels. */}
          {LEVELS.map((level) => {
            const y = TOP + chartHeight - level.rank * STEP;
            return (
              <g key={level.id}>
                <line x1={LEFT - 4} x2={width - 4} y1={y} y2={y} stroke="#e2e8f0" />
                <text x={LEFT - 8} y={y + 4} textAnchor="end" fontSize="11" fill="#475569">
                  {label(level, locale).replace(/ \(.*\)$/, '')}
                </text>
              </g>
            );
          })}
          <line x1={LEFT - 4} x2={width - 4} y1={TOP + chartHeight} y2={TOP + chartHeight} stroke="#64748b" />
          {/* Group labels. */}
          <text x={x(0)} y={14} fontSize="12" fontWeight="600" fill="#334155">
            {t('domain1')}
          </text>
          <text x={x(5)} y={14} fontSize="12" fontWeight="600" fill="#334155">
            {t('otherDomains')}
          </text>
          {columns.map((column, index) => {
            const barHeight = column.rank * STEP;
            const y = TOP + chartHeight - barHeight;
            return (
              <g key={column.area}>
                {column.rank > 0 ? (
                  <rect
                    x={x(index)}
                    y={y}
                    width={COLUMN}
                    height={barHeight}
                    rx="3"
                    fill={column.validated ? 'var(--color-brand-700)' : `url(#${patternId})`}
                    stroke="var(--color-brand-700)"
                    strokeWidth="1.5"
                  />
                ) : (
                  <rect x={x(index)} y={TOP + chartHeight - 3} width={COLUMN} height={3} fill="#cbd5e1" />
                )}
                <text
                  x={x(index) + COLUMN / 2}
                  y={TOP + chartHeight + 16}
                  textAnchor="middle"
                  fontSize="12"
                  fill="#334155"
                >
                  {index + 1}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      {/* Column labels as HTML so long names wrap; aligned under the SVG columns on wide screens. */}
      <ol className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4" aria-hidden>
        {columns.map((column, index) => (
          <li key={column.area} className="flex min-w-0 gap-2 [overflow-wrap:anywhere]">
            <span className="shrink-0 font-semibold text-slate-500">{index + 1}.</span>
            <span>
              {areaLabel(column.area)}: <span className="font-medium">{levelLabel(column.level)}</span>
              {column.level && !column.validated ? <span className="text-spof"> ◔</span> : null}
            </span>
          </li>
        ))}
      </ol>
      <p className="mt-3 flex flex-wrap gap-4 text-sm text-slate-700" aria-hidden>
        <span className="inline-flex items-center gap-2">
          <span className="inline-block h-3 w-5 rounded-sm bg-brand-700" /> {t('legendValidated')}
        </span>
        <span className="inline-flex items-center gap-2">
          <svg width="20" height="12" aria-hidden>
            <rect width="20" height="12" fill={`url(#${patternId})`} stroke="var(--color-brand-700)" />
          </svg>
          {t('legendSelf')} ◔
        </span>
      </p>
      <table className="sr-only">
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('area')}</th>
            <th scope="col">{t('level')}</th>
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.area}>
              <th scope="row">{areaLabel(column.area)}</th>
              <td>{levelLabel(column.level)}</td>
              <td>{column.level ? (column.validated ? tl('validated') : tl('selfAssessed')) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
