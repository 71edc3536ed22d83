import type { Locale } from '@teamspiegel/domain';
import type { TTeamMemberProfile } from '@teamspiegel/domain/api/coverage';
import { AREA_IDS, type AreaId, areaAbbreviation, areaLabel, levelLabel, levelRankOf } from './vocabulary';

const COLUMN = 14;
const GAP = 4;
const UNIT = 9;
const TOP = 4;
const LABEL_SPACE = 12;

/** The area with the highest level (first in canonical order on a tie): the stem of the T. */
export function deepestArea(levels: TTeamMemberProfile['levels']): AreaId | null {
  let best: AreaId | null = null;
  let bestRank = 0;
  for (const area of AREA_IDS) {
    const rank = levelRankOf(levels[area]);
    if (rank > bestRank) {
      best = area;
      bestRank = rank;
    }
  }
  return best;
}

/** The T-shape in words: the deepest area first, then the others with a level, then the empty ones. */
export function describeTShape(
  name: string,
  levels: TTeamMemberProfile['levels'],
  locale: Locale,
  words: { deepest: string; without: string; noLevels: string },
): string {
  const stem = deepestArea(levels);
  if (!stem) return `${name}: ${words.noLevels}`;
  const parts: string[] = [];
  const stemLevel = levels[stem];
  if (stemLevel)
    parts.push(`${words.deepest}: ${areaLabel(stem, locale)} (${levelLabel(stemLevel, locale)})`);
  const others = AREA_IDS.filter((a) => a !== stem && levels[a]).map((a) => {
    const level = levels[a];
    return `${areaLabel(a, locale)} (${level ? levelLabel(level, locale) : ''})`;
  });
  if (others.length > 0) parts.push(others.join(', '));
  const empty = AREA_IDS.filter((a) => !levels[a]).map((a) => areaLabel(a, locale));
  if (empty.length > 0) parts.push(`${words.without}: ${empty.join(', ')}`);
  return `${name}: ${parts.join('; ')}`;
}

/**
 * A member's T-shape: the 8 areas as columns hanging from a common top line, bar length = level
 * rank (0–4). The deepest area is drawn dark (the stem); the others light (the crossbar).
 */
export function TShape({
  levels,
  description,
  locale,
  size = 'small',
}: {
  levels: TTeamMemberProfile['levels'];
  description: string;
  locale: Locale;
  size?: 'small' | 'medium' | 'large';
}) {
  const stem = deepestArea(levels);
  const width = AREA_IDS.length * (COLUMN + GAP) - GAP;
  const height = TOP + 4 * UNIT + LABEL_SPACE + 2;
  const scale = size === 'large' ? 2 : size === 'medium' ? 1.4 : 1;
  return (
    <svg
      role="img"
      aria-label={description}
      width={width * scale}
      height={height * scale}
      viewBox={`0 0 ${width} ${height}`}
      className="shrink-0 overflow-visible"
    >
      <title>{description}</title>
      <line x1={0} x2={width} y1={TOP - 1} y2={TOP - 1} stroke="#94a3b8" strokeWidth={1} />
      {AREA_IDS.map((area, index) => {
        const rank = levelRankOf(levels[area]);
        const x = index * (COLUMN + GAP);
        const isStem = area === stem;
        return (
          <g key={area}>
            <rect x={x} y={TOP} width={COLUMN} height={4 * UNIT} fill="#f1f5f9" />
            {rank > 0 ? (
              <rect
                x={x}
                y={TOP}
                width={COLUMN}
                height={rank * UNIT}
                fill={isStem ? 'var(--color-brand-700)' : '#7fb8b1'}
                stroke={isStem ? 'var(--color-brand-900)' : 'none'}
              />
            ) : null}
            <text x={x + COLUMN / 2} y={TOP + 4 * UNIT + 9} textAnchor="middle" fontSize={6.5} fill="#475569">
              {areaAbbreviation(area, locale)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
