import type { HeatmapHeader } from './view-model';

/** Lets long area names ("Psychologie/orthopedagogiek") wrap after the slash in narrow columns. */
function breakable(text: string): string {
  return text.replaceAll('/', '/\u200B');
}

const COLUMN_HEAD =
  'border-b border-slate-300 px-2 py-2 text-center align-bottom text-xs font-semibold hyphens-auto';
const GROUP_HEAD =
  'border-x border-b border-slate-200 bg-brand-50 px-2 py-1 text-center text-xs font-semibold text-brand-900';

/**
 * The heatmap's two header rows: team, domain 1's five specialisations under one spanning header,
 * the other 3 domains, then the certificate columns (rule 10) under one "Certificaten" header.
 */
export function HeatmapHead({
  header,
  teamLabel,
  certificatesLabel,
}: {
  header: HeatmapHeader;
  teamLabel: string;
  certificatesLabel: string;
}) {
  const certificates = header.certificates;
  return (
    <thead>
      <tr>
        <th
          scope="col"
          rowSpan={2}
          className="sticky left-0 z-10 border-b border-slate-300 bg-white px-3 py-2 text-left align-bottom"
        >
          {teamLabel}
        </th>
        {header.groups.map((group) =>
          group.kind === 'group' ? (
            <th
              key={group.label}
              scope="colgroup"
              colSpan={group.span}
              title={group.description}
              className={GROUP_HEAD}
            >
              {group.label}
            </th>
          ) : (
            <th
              key={group.column.area}
              scope="col"
              rowSpan={2}
              title={group.column.description}
              className={COLUMN_HEAD}
            >
              {breakable(group.column.label)}
            </th>
          ),
        )}
        {certificates.length > 0 ? (
          <th
            scope="colgroup"
            colSpan={certificates.length}
            data-testid="heatmap-certificates"
            className={`${GROUP_HEAD} border-l-2 border-l-slate-300`}
          >
            {certificatesLabel}
          </th>
        ) : null}
      </tr>
      <tr>
        {header.groups.flatMap((group) =>
          group.kind === 'group'
            ? group.columns.map((column) => (
                <th key={column.area} scope="col" title={column.description} className={COLUMN_HEAD}>
                  {breakable(column.label)}
                </th>
              ))
            : [],
        )}
        {certificates.map((column, index) => (
          <th
            key={column.certificateTypeId}
            scope="col"
            data-certificate={column.certificateTypeId}
            className={`${COLUMN_HEAD} ${index === 0 ? 'border-l-2 border-l-slate-300' : ''}`}
          >
            {breakable(column.label)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
