/** One figure column of a month table: its header, and whether a value above 0 is shown as a gap. */
export type MonthFigureColumn = { header: string; gapWhenPositive?: boolean };
export type MonthFigureRow = { month: string; label: string; values: readonly number[] };

/**
 * A table of figures per month, one row a month (the month is the row header), as the trend page
 * shows the team totals and the site requirements: one markup for both.
 */
export function MonthFiguresTable({
  caption,
  captionClassName,
  monthHeader,
  columns,
  rows,
}: {
  caption: string;
  captionClassName: string;
  monthHeader: string;
  columns: readonly MonthFigureColumn[];
  rows: readonly MonthFigureRow[];
}) {
  // The last column has no right padding: the table ends there.
  const cellClass = (index: number) =>
    index === columns.length - 1 ? 'py-1 text-right' : 'py-1 pr-3 text-right';
  return (
    <table className="w-full text-sm">
      <caption className={captionClassName}>{caption}</caption>
      <thead className="text-left text-xs uppercase tracking-wide text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-3">
            {monthHeader}
          </th>
          {columns.map((column, index) => (
            <th key={column.header} scope="col" className={cellClass(index)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.month} className="border-t border-slate-100">
            <th scope="row" className="py-1 pr-3 text-left font-normal">
              {row.label}
            </th>
            {columns.map((column, index) => {
              const value = row.values[index] ?? 0;
              const gap = column.gapWhenPositive ? ` ${value > 0 ? 'font-semibold text-gap' : ''}` : '';
              return (
                <td key={column.header} className={`${cellClass(index)} tabular-nums${gap}`}>
                  {value}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
