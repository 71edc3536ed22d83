import type { ReactNode } from 'react';

/** One fact of a description list (a term and its value), as the person pages show them. */
export function Fact({
  term,
  numeric = false,
  children,
}: {
  term: string;
  numeric?: boolean;
  children: ReactNode;
}) {
  return (
    <div>
      <dt className="text-slate-600">{term}</dt>
      <dd className={numeric ? 'font-medium tabular-nums' : 'font-medium'}>{children}</dd>
    </div>
  );
}
