import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

type PaginationProps = {
  page: number;
  pages: number;
  /** Accessible name of the nav (default: "Pagina 2 van 5"). */
  label?: string;
  /** Extra classes on the nav (spacing). */
  className?: string;
} & (
  | {
      /** Path the links point to, e.g. '/mensen'. */
      path: string;
      /** Query parameters to keep; empty values are left out. */
      params?: Record<string, string | undefined>;
      /** Name of the page parameter (left out for page 1). */
      pageParam?: string;
      href?: never;
    }
  | {
      /** Builds the link to a page where the feature owns its URLs. */
      href: (page: number) => string;
      path?: never;
      params?: never;
      pageParam?: never;
    }
);

/** The link to page `target` of `path`, keeping `params`; the page parameter is left out for page 1. */
export function pageHref(
  path: string,
  params: Record<string, string | undefined>,
  target: number,
  pageParam = 'pagina',
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (target > 1) query.set(pageParam, String(target));
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

const linkClass =
  'rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50';

/**
 * Previous / next links around "Pagina 2 van 5" (the current page, aria-current) in a labelled nav.
 * Plain links, so no JavaScript is needed; nothing is rendered when there is only one page.
 */
export async function Pagination(props: PaginationProps) {
  const { page, pages, label, className } = props;
  if (pages <= 1) return null;
  const t = await getTranslations('common');
  const href =
    props.href ?? ((target: number) => pageHref(props.path, props.params ?? {}, target, props.pageParam));
  const current = t('page', { page, pages });
  return (
    <nav
      aria-label={label ?? current}
      className={['no-print flex items-center gap-3', className].filter(Boolean).join(' ')}
    >
      {page > 1 ? (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          {t('previous')}
        </Link>
      ) : null}
      <span className="text-sm text-slate-700" aria-current="page">
        {current}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  );
}
