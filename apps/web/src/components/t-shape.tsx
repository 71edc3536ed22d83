import {
  AREA_IDS,
  type AreaId,
  LEVEL_RANK,
  LEVELS,
  type LevelId,
  type Locale,
  label,
} from '@teamspiegel/domain';
import { useLocale, useTranslations } from 'next-intl';
import { areaLabel, levelLabel } from '@/lib/vocabulary';
import { wrapAxisLabel } from './axis-label';

export type TShapeLevels = Partial<
  Record<AreaId, { level: LevelId; status?: 'self_assessed' | 'validated' }>
>;

/** The area a person is deepest in (the stem of the T); null when no level is known. */
export function stemArea(levels: TShapeLevels): AreaId | null {
  let best: AreaId | null = null;
  let bestRank = 0;
  for (const area of AREA_IDS) {
    const entry = levels[area];
    const rank = entry ? LEVEL_RANK[entry.level] : 0;
    // On a tie a validated level beats a self-assessed one.
    const beats =
      rank > bestRank ||
      (rank === bestRank &&
        rank > 0 &&
        entry?.status === 'validated' &&
        best !== null &&
        levels[best]?.status === 'self_assessed');
    if (beats) {
      best = area;
      bestRank = rank;
    }
  }
  return best;
}

/** One sentence naming every area's level, for screen readers and tooltips. */
export function describeTShape(levels: TShapeLevels, locale: Locale, noneText: string): string {
  return AREA_IDS.map((area) => {
    const entry = levels[area];
    return `${areaLabel(area, locale)}: ${entry ? levelLabel(entry.level, locale) : noneText}`;
  }).join('; ');
}

/**
 * A tiny T-shape for table rows: eight bars hanging from a common top line, one per area, as deep
 * as the level; the deepest bar (the stem) is darker. The accessible name lists every level.
 */
export function MiniTShape({ levels }: { levels: TShapeLevels }) {
  const locale = useLocale() as Locale;
  const t = useTranslations('tshape');
  const stem = stemArea(levels);
  const barWidth = 9;
  const gap = 2;
  const unit = 6;
  const width = AREA_IDS.length * (barWidth + gap) - gap;
  const height = 4 * unit + 3;
  return (
    <svg
      role="img"
      aria-label={`${t('miniLabel')}: ${describeTShape(levels, locale, t('none'))}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="inline-block align-middle"
    >
      <title>{describeTShape(levels, locale, t('none'))}</title>
      <rect x={0} y={0} width={width} height={2} className="fill-slate-300" />
      {AREA_IDS.map((area, index) => {
        const entry = levels[area];
        const rank = entry ? LEVEL_RANK[entry.level] : 0;
        const x = index * (barWidth + gap);
        return (
          <g key={area}>
            <rect x={x} y={2} width={barWidth} height={4 * unit} className="fill-slate-100" />
            {rank > 0 ? (
              <rect
                x={x}
                y={2}
                width={barWidth}
                height={rank * unit}
                className={area === stem ? 'fill-brand-900' : 'fill-brand-600'}
                opacity={entry?.status === 'self_assessed' ? 0.55 : 1}
              />
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

/**
 * A person's T-shape profile: the 8 coverage areas as columns hanging from the top bar (breadth),
 * each as deep as the level's rank; the deepest area is the stem. Self-assessed levels are hatched
 * and marked in text. A table with the same data follows for screen readers and print.
 */
/** Characters per line of an area's axis label (a column is 92 units wide). */
const LABEL_CHARS = 15;

export function TShapeChart({ levels, personName }: { levels: TShapeLevels; personName: string }) {
  const locale = useLocale() as Locale;
  const t = useTranslations('tshape');
  const stem = stemArea(levels);
  const colWidth = 92;
  const barWidth = 52;
  const unit = 44;
  const top = 16;
  const left = 160;
  const labelLines = AREA_IDS.map((area) => wrapAxisLabel(areaLabel(area, locale), LABEL_CHARS));
  // Room for the longest label: no axis label is cut off.
  const labelHeight = 24 + Math.max(...labelLines.map((lines) => lines.length)) * 13;
  const width = left + AREA_IDS.length * colWidth + 8;
  const height = top + 4 * unit + labelHeight;
  const titleId = 'tshape-title';
  const descId = 'tshape-desc';
  return (
    // Scrolls sideways on a phone: focusable (named by the chart's title) so the keyboard can scroll it too.
    <figure
      aria-labelledby={titleId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className="relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full min-w-[640px] max-w-4xl"
      >
        <title id={titleId}>{t('chartTitle', { name: personName })}</title>
        <desc id={descId}>{describeTShape(levels, locale, t('none'))}</desc>
        <defs>
          <pattern
            id="tshape-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="fill-brand-100" />
            <line x1="0" y1="0" x2="0" y2="6" className="stroke-brand-600" strokeWidth="3" />
          </pattern>
        </defs>
        {/* Level grid: rank 1..4 from the top line downwards. */}
        {LEVELS.map((level) => {
          const y = top + level.rank * unit;
          return (
            <g key={level.id}>
              <line
                x1={left - 6}
                x2={width - 8}
                y1={y}
                y2={y}
                className="stroke-slate-200"
                strokeDasharray="3 3"
              />
              <text
                x={left - 10}
                y={y - unit / 2 + 4}
                textAnchor="end"
                className="fill-slate-600 text-[11px]"
              >
                {label(level, locale)}
              </text>
            </g>
          );
        })}
        <rect
          x={left - 6}
          y={top - 6}
          width={width - left - 2}
          height={6}
          rx={2}
          className="fill-slate-400"
        />
        {AREA_IDS.map((area, index) => {
          const entry = levels[area];
          const rank = entry ? LEVEL_RANK[entry.level] : 0;
          const x = left + index * colWidth + (colWidth - barWidth) / 2;
          const isStem = area === stem;
          const selfAssessed = entry?.status === 'self_assessed';
          const words = labelLines[index] ?? [];
          return (
            <g key={area}>
              {rank > 0 ? (
                <rect
                  x={x}
                  y={top}
                  width={barWidth}
                  height={rank * unit}
                  rx={3}
                  fill={selfAssessed ? 'url(#tshape-hatch)' : undefined}
                  className={selfAssessed ? 'stroke-brand-600' : isStem ? 'fill-brand-900' : 'fill-brand-600'}
                  strokeWidth={selfAssessed ? 1.5 : 0}
                />
              ) : (
                <text
                  x={x + barWidth / 2}
                  y={top + 18}
                  textAnchor="middle"
                  className="fill-slate-600 text-[11px]"
                >
                  {t('none')}
                </text>
              )}
              {isStem ? (
                <text
                  x={x + barWidth / 2}
                  y={top + rank * unit - 8}
                  textAnchor="middle"
                  className={
                    selfAssessed ? 'fill-brand-900 text-[10px] font-bold' : 'fill-white text-[10px] font-bold'
                  }
                >
                  {t('stem')}
                </text>
              ) : null}
              <text
                x={left + index * colWidth + colWidth / 2}
                y={top + 4 * unit + 16}
                textAnchor="middle"
                className="fill-slate-800 text-[12px]"
              >
                {words.map((word, i) => (
                  <tspan
                    key={`${area}-${word}`}
                    x={left + index * colWidth + colWidth / 2}
                    dy={i === 0 ? 0 : 13}
                  >
                    {word}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-xs text-slate-600">
        <span className="flex items-center gap-1">
          <span aria-hidden className="inline-block h-3 w-3 rounded-sm bg-brand-600" /> {t('legendValidated')}
        </span>
        <span className="flex items-center gap-1">
          <span
            aria-hidden
            className="inline-block h-3 w-3 rounded-sm border border-brand-600 bg-brand-100"
          />{' '}
          {t('legendSelf')}
        </span>
        <span className="flex items-center gap-1">
          <span aria-hidden className="inline-block h-3 w-3 rounded-sm bg-brand-900" /> {t('legendStem')}
        </span>
      </figcaption>
      {/* sr-only on a wrapper: a table box ignores width and overflow, so on the table itself it widened the page. */}
      <div className="sr-only print:not-sr-only print:mt-2 print:text-sm">
        <table>
          <caption>{t('tableCaption', { name: personName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('area')}</th>
              <th scope="col">{t('level')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {AREA_IDS.map((area) => {
              const entry = levels[area];
              return (
                <tr key={area}>
                  <th scope="row">
                    {areaLabel(area, locale)}
                    {area === stem ? ` (${t('stem')})` : ''}
                  </th>
                  <td>{entry ? levelLabel(entry.level, locale) : t('none')}</td>
                  <td>
                    {entry ? (entry.status === 'self_assessed' ? t('selfAssessed') : t('validated')) : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
