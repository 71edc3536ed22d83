import type { TCoverageStatus } from '@teamspiegel/domain';

const STYLES: Record<TCoverageStatus | 'none', string> = {
  // A darker green than `covered` keeps 12px text at ≥ 4.5:1 on the soft background.
  covered: 'border-covered bg-covered-soft text-[#15603a]',
  single_point_of_failure: 'border-spof bg-spof-soft text-spof',
  gap: 'border-gap bg-gap-soft text-gap',
  none: 'border-none bg-none-soft text-none',
};

/** The status icon: a check, a warning triangle or a cross, so status never depends on colour. */
export function StatusIcon({ status }: { status: TCoverageStatus | 'none' }) {
  const common = {
    focusable: false,
    width: 14,
    height: 14,
    viewBox: '0 0 16 16',
    className: 'shrink-0',
  } as const;
  switch (status) {
    case 'covered':
      return (
        <svg aria-hidden="true" {...common}>
          <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.2" />
        </svg>
      );
    case 'single_point_of_failure':
      return (
        <svg aria-hidden="true" {...common}>
          <path d="M8 1.5l7 13H1z" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M8 6v4M8 11.5v1.5" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      );
    case 'gap':
      return (
        <svg aria-hidden="true" {...common}>
          <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" stroke="currentColor" strokeWidth="2.2" />
        </svg>
      );
    default:
      return (
        <svg aria-hidden="true" {...common}>
          <path d="M3 8h10" stroke="currentColor" strokeWidth="2" />
        </svg>
      );
  }
}

/** A coverage status as icon + text on its status colour. */
export function StatusBadge({ status, text }: { status: TCoverageStatus | 'none'; text: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}
    >
      <StatusIcon status={status} />
      {text}
    </span>
  );
}
