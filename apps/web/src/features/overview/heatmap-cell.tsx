import type { TAreaCellStatus } from '@teamspiegel/domain';
import Link from 'next/link';
import { STATUS_STYLE, StatusIcon } from '@/components/status';

/** One heatmap cell: status colour and icon, "level present/required", people missing; a link to the team. */
export function HeatmapCellLink({
  status,
  name,
  title,
  href,
  figure,
  gapText,
  data,
}: {
  status: TAreaCellStatus;
  /** The accessible name: team, column, status and figures in words. */
  name: string;
  title: string;
  href: string;
  /** The visible figure ("Expert 5/6", "0/1"); null for an empty cell. */
  figure: string | null;
  /** The visible people missing ("tekort 1"); null without a gap. */
  gapText: string | null;
  data: Record<`data-${string}`, string | undefined>;
}) {
  return (
    <td
      {...data}
      data-status={status}
      className="border border-white p-0 text-center"
      style={STATUS_STYLE[status]}
    >
      <Link
        href={href}
        title={title}
        className="flex min-h-11 flex-col items-center justify-center gap-0.5 px-1 py-1 focus-visible:outline-offset-[-3px]"
      >
        {/* The full sentence for screen readers; the visible numbers stay part of the name. */}
        <span className="sr-only">{name}: </span>
        <span className="flex items-center gap-1 font-semibold tabular-nums">
          <StatusIcon status={status} className="h-3.5 w-3.5" />
          {figure === null ? null : <span data-testid="cell-figure">{figure}</span>}
        </span>
        {gapText === null ? null : <span className="text-xs font-bold tabular-nums">{gapText}</span>}
      </Link>
    </td>
  );
}
