import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export async function StatusBadge({ status }: { status: 'self_assessed' | 'validated' }) {
  const t = await getTranslations('person');
  return status === 'validated' ? (
    <span className="inline-flex items-center gap-1 rounded bg-covered-soft px-1.5 py-0.5 text-xs font-medium text-covered">
      <span aria-hidden>✓</span> {t('validated')}
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 rounded bg-spof-soft px-1.5 py-0.5 text-xs font-medium text-spof">
      <span aria-hidden>✎</span> {t('selfAssessed')}
    </span>
  );
}
