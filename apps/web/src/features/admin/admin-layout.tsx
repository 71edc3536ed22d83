import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

/** Heading of an admin page: back to /beheer, title, intro. */
export async function AdminHeading({ title, intro }: { title: string; intro: string }) {
  const t = await getTranslations('structure');
  return (
    <div>
      <Link href="/beheer" className="text-sm font-medium text-brand-700 underline">
        ← {t('back')}
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">{title}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{intro}</p>
    </div>
  );
}

/** The success message of the last change, announced to screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p
      role="status"
      data-testid="admin-notice"
      className="rounded-md border border-covered bg-covered-soft px-4 py-3 text-sm font-medium text-slate-900"
    >
      {children}
    </p>
  );
}

/** "Huidige | Gearchiveerd" as two links; the current one is marked. */
export async function StatusLinks({
  path,
  archived,
  keep = {},
}: {
  path: string;
  archived: boolean;
  keep?: Record<string, string | undefined>;
}) {
  const t = await getTranslations('structure');
  const href = (status?: string) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...keep, status })) if (v) query.set(k, v);
    const qs = query.toString();
    return qs ? `${path}?${qs}` : path;
  };
  const link = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${active ? 'bg-brand-700 text-white' : 'text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50'}`;
  return (
    <nav aria-label={t('statusFilter')} className="flex flex-wrap gap-2">
      <Link href={href()} aria-current={!archived ? 'page' : undefined} className={link(!archived)}>
        {t('statusActive')}
      </Link>
      <Link
        href={href('gearchiveerd')}
        aria-current={archived ? 'page' : undefined}
        className={link(archived)}
      >
        {t('statusArchived')}
      </Link>
    </nav>
  );
}
