import type { TAreaCellStatus } from '@teamspiegel/domain';
import type { CSSProperties } from 'react';

/**
 * Coverage status visuals. Colour is never the only cue: every status has its own icon shape
 * (check, warning triangle, cross, dash) and gaps carry a stripe pattern that survives greyscale print.
 */
export const STATUS_ORDER: readonly TAreaCellStatus[] = ['gap', 'single_point_of_failure', 'covered', 'none'];

/**
 * `text-covered` (#1e7b45) on `bg-covered-soft` is 4.3:1, under AA for small text; a darker green
 * of the same hue (#166534, 5.9:1) is used for the text instead.
 */
export const STATUS_CLASSES: Record<TAreaCellStatus, string> = {
  covered: 'bg-covered-soft text-[#166534]',
  single_point_of_failure: 'bg-spof-soft text-spof',
  gap: 'bg-gap-soft text-gap',
  none: 'bg-none-soft text-none',
};

/** Diagonal stripes for gaps; `print-color-adjust` keeps backgrounds when printing. */
export const STATUS_STYLE: Record<TAreaCellStatus, CSSProperties> = {
  covered: { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
  single_point_of_failure: { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
  gap: {
    printColorAdjust: 'exact',
    WebkitPrintColorAdjust: 'exact',
    backgroundImage: 'repeating-linear-gradient(135deg, rgba(180,35,24,0.14) 0 4px, transparent 4px 9px)',
  },
  none: { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
};

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
    case 'single_point_of_failure':
      return (
        <svg aria-hidden="true" {...common}>
          <path d="M10 2.5L18 17H2z" />
          <path d="M10 8v4" />
          <path d="M10 14.6v.1" />
        </svg>
      );
    case 'gap':
      return (
        <svg aria-hidden="true" {...common}>
          <rect x="2" y="2" width="16" height="16" rx="3" />
          <path d="M6.5 6.5l7 7M13.5 6.5l-7 7" />
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

/** Border colour per status, used by the `pill` variant. */
const STATUS_BORDER: Record<TAreaCellStatus, string> = {
  covered: 'border-covered',
  single_point_of_failure: 'border-spof',
  gap: 'border-gap',
  none: 'border-none',
};

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
  const shape =
    variant === 'pill'
      ? `whitespace-nowrap rounded-full border px-2 ${STATUS_BORDER[status]}`
      : 'rounded px-1.5';
  return (
    <span
      className={`inline-flex items-center gap-1 py-0.5 text-xs font-semibold ${shape} ${STATUS_CLASSES[status]}`}
      style={STATUS_STYLE[status]}
    >
      <StatusIcon status={status} className="h-3.5 w-3.5" />
      {label}
    </span>
  );
}
