import { AREA_IDS, type AreaId, type Locale } from '@teamspiegel/domain';
import type { TCoverageTrendPoint } from '@teamspiegel/domain/api/trend';
import { first } from '@/lib/params';
import { areaLabel } from '@/lib/vocabulary';

export type { Locale };

export const TREND_MONTH_OPTIONS = [6, 12, 24, 36] as const;
export const DEFAULT_TREND_MONTHS = 12;

export function parseMonths(value: string | string[] | undefined): number {
  const number = Number(first(value));
  return (TREND_MONTH_OPTIONS as readonly number[]).includes(number) ? number : DEFAULT_TREND_MONTHS;
}

/** 'YYYY-MM' → "jan. 2026" / "Jan 2026" (UTC, so the month never shifts). */
export function monthLabel(month: string, locale: Locale, style: 'short' | 'long' = 'short'): string {
  const [year, mm] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (mm ?? 1) - 1, 1));
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export type ChartRow = { month: string; label: string; gaps: number; spof: number; totalGap: number };

export function chartRows(points: readonly TCoverageTrendPoint[], locale: Locale): ChartRow[] {
  return points.map((point) => ({
    month: point.month,
    label: monthLabel(point.month, locale),
    gaps: point.totals.gaps,
    spof: point.totals.singlePoints,
    totalGap: point.totals.totalGap,
  }));
}

export type SiteRequirementRow = {
  month: string;
  label: string;
  requirements: number;
  gaps: number;
  totalGap: number;
  exempt: number;
};

/**
 * Site certificate requirements per month (rule 18), as the API measured them; null when no month
 * had any, so the page leaves the section out.
 */
export function siteRequirementRows(
  points: readonly TCoverageTrendPoint[],
  locale: Locale,
): SiteRequirementRow[] | null {
  if (!points.some((point) => point.siteRequirements.totals.requirements > 0)) return null;
  return points.map((point) => {
    const totals = point.siteRequirements.totals;
    return {
      month: point.month,
      label: monthLabel(point.month, locale, 'long'),
      requirements: totals.requirements,
      gaps: totals.gaps,
      totalGap: totals.totalGap,
      exempt: totals.exempt,
    };
  });
}

export type AreaSeries = {
  area: AreaId;
  label: string;
  values: number[];
  first: number;
  last: number;
  max: number;
};

/** One small series per coverage area: requirements with a gap per month. */
export function areaSeries(points: readonly TCoverageTrendPoint[], locale: Locale): AreaSeries[] {
  return AREA_IDS.map((area) => {
    const values = points.map((point) => point.byArea[area] ?? 0);
    return {
      area,
      label: areaLabel(area, locale),
      values,
      first: values[0] ?? 0,
      last: values.at(-1) ?? 0,
      max: Math.max(0, ...values),
    };
  });
}

/** Change from the first to the last month: 'better' when there are fewer gaps now. */
export function direction(first: number, last: number): 'better' | 'worse' | 'same' {
  if (last < first) return 'better';
  if (last > first) return 'worse';
  return 'same';
}

/** Points of an SVG polyline for a sparkline of width × height. */
export function sparklinePoints(
  values: readonly number[],
  width: number,
  height: number,
  max: number,
): string {
  if (values.length === 0) return '';
  const top = Math.max(1, max);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values
    .map((value, index) => {
      const x = values.length > 1 ? index * step : width / 2;
      const y = height - (value / top) * (height - 2) - 1;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}
