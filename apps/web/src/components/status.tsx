import {
  COVERAGE_STATUSES,
  coverageStatusItem,
  coverageStatusLabel,
  type TAreaCellStatus,
} from '@teamspiegel/domain';
import type { CSSProperties } from 'react';

/**
 * Coverage status visuals. Ids, order, labels and colours come from the domain
 * (packages/domain, model/coverage-status.ts): the same words and colours as the API's exports.
 * Colour is never the only cue: every status has its own icon shape and gaps carry a stripe
 * pattern that survives greyscale print.
 */
export const STATUS_ORDER: readonly TAreaCellStatus[] = COVERAGE_STATUSES.map((s) => s.id);

/** The one label of a status (e.g. "Geen reserve" / "No margin"). */
export function statusLabel(status: string, locale: 'nl' | 'en'): string {
  return coverageStatusLabel(status, locale);
}

/** Background, text colour and print settings of a status; gaps get diagonal stripes. */
export function statusStyle(status: TAreaCellStatus): CSSProperties {
  const { colour } = coverageStatusItem(status);
  return {
    color: colour.text,
    backgroundColor: colour.background,
    borderColor: colour.border,
    printColorAdjust: 'exact',
    WebkitPrintColorAdjust: 'exact',
    ...(status === 'gap'
      ? {
          backgroundImage:
            'repeating-linear-gradient(135deg, rgba(180,35,24,0.14) 0 4px, transparent 4px 9px)',
        }
      : {}),
  };
}

export const STATUS_STYLE: Record<TAreaCellStatus, CSSProperties> = Object.fromEntries(
  STATUS_ORDER.map((status) => [status, statusStyle(status)]),
) as Record<TAreaCellStatus, CSSProperties>;

export function StatusIcon({
  status,
  className = 'h-4 w-4',
}: {
  status: TAreaCellStatus;
  className?: string;
}) {
  const common = {
    className: `${className} shrink-0`,
    viewBox: '0 0 20 20',
    focusable: false,
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 2,
    strokeLinecap: 'round' as const,
    strokeLinejoin: 'round' as const,
  };
  switch (status) {
    case 'covered':
      return (
        <svg aria-hidden="true" {...common}>
          <circle cx="10" cy="10" r="8" />
          <path d="M6 10.5l2.6 2.6L14 7.6" />
        </svg>
      );
    case 'single_point':
      return (
        <svg aria-hidden="true" {...common}>
          <path d="M10 2.5L18 17H2z" />
          <path d="M10 8v4" />
          <path d="M10 14.6v.1" />
        </svg>
      );
    case 'no_margin':
      return (
        <svg aria-hidden="true" {...common}>
          <circle cx="10" cy="10" r="8" />
          <path d="M6 10h8" />
        </svg>
      );
    case 'gap':
      return (
        <svg aria-hidden="true" {...common}>
          <rect x="2" y="2" width="16" height="16" rx="3" />
          <path d="M6.5 6.5l7 7M13.5 6.5l-7 7" />
        </svg>
      );
    case 'exempt':
      // A pause sign: the requirement is set aside for a while (rule 17).
      return (
        <svg aria-hidden="true" {...common}>
          <circle cx="10" cy="10" r="8" />
          <path d="M8 6.5v7M12 6.5v7" />
        </svg>
      );
    default:
      return (
        <svg aria-hidden="true" {...common}>
          <path d="M5 10h10" />
        </svg>
      );
  }
}

/**
 * Icon + text label of a status, coloured. `tag` (default) is the compact square tag of the
 * overview and report; `pill` is the bordered, rounded pill of the team and what-if tables.
 */
export function StatusBadge({
  status,
  label,
  variant = 'tag',
}: {
  status: TAreaCellStatus;
  label: string;
  variant?: 'tag' | 'pill';
}) {
  const shape = variant === 'pill' ? 'whitespace-nowrap rounded-full border px-2' : 'rounded px-1.5';
  return (
    <span
      className={`inline-flex items-center gap-1 py-0.5 text-xs font-semibold ${shape}`}
      style={STATUS_STYLE[status]}
      data-status={status}
    >
      <StatusIcon status={status} className="h-3.5 w-3.5" />
      {label}
    </span>
  );
}
