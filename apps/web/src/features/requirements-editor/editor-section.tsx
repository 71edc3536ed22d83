'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Kind } from './editor-model';
import { buttonClass } from './editor-styles';

/** One kind of line (areas, roles, …): its heading and hint, its lines as a table, and "add". */
export function EditorSection({
  uid,
  kind,
  count,
  columns,
  canAdd,
  onAdd,
  children,
}: {
  uid: string;
  kind: Kind;
  count: number;
  columns: string[];
  canAdd: boolean;
  onAdd: () => void;
  children: ReactNode;
}) {
  const t = useTranslations('requirementsEditor');
  return (
    <section
      aria-labelledby={`${uid}-${kind}-kop`}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid={`editor-section-${kind}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${uid}-${kind}-kop`} className="text-lg font-semibold">
          {t(`sections.${kind}.title`)} <span className="text-sm font-normal text-slate-600">({count})</span>
        </h2>
        <p className="text-sm text-slate-600">{t(`sections.${kind}.hint`)}</p>
      </div>
      {count > 0 ? (
        <table className="mt-3 w-full text-sm">
          <thead className="text-left text-xs uppercase tracking-wide text-slate-600">
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" className="pb-1 pr-2">
                  {c}
                </th>
              ))}
              <th scope="col" className="pb-1">
                <span className="sr-only">{t('columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t('noLines')}</p>
      )}
      <button type="button" className={`${buttonClass} mt-3`} onClick={onAdd} disabled={!canAdd}>
        {t(`sections.${kind}.add`)}
      </button>
    </section>
  );
}
