import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** Previous / next links that keep the other query parameters; `param` names the page parameter. */
export async function Pagination({
  path,
  params,
  page,
  pageSize,
  total,
  param = 'pagina',
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
  param?: string;
}) {
  const t = await getTranslations('common');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
    search.set(param, String(target));
    return `${path}?${search.toString()}`;
  };
  const linkClass =
    'rounded-md px-3 py-1.5 font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50';
  return (
    <nav aria-label={t('page', { page, pages })} className="no-print mt-4 flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          {t('previous')}
        </Link>
      ) : null}
      <span className="text-slate-600">{t('page', { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  );
}
