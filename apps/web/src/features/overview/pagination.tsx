import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** Previous / next links that keep the other query parameters; plain links, so no JavaScript is needed. */
export async function Pagination({
  basePath,
  params,
  page,
  pages,
  pageParam = 'pagina',
  label,
}: {
  basePath: string;
  params: Record<string, string | undefined>;
  page: number;
  pages: number;
  pageParam?: string;
  label: string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations('common');
  const href = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (target > 1) query.set(pageParam, String(target));
    const qs = query.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  const linkClass =
    'rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50';
  return (
    <nav aria-label={label} className="no-print flex items-center gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          {t('previous')}
        </Link>
      ) : null}
      <span className="text-sm text-slate-700" aria-current="page">
        {t('page', { page, pages })}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  );
}
