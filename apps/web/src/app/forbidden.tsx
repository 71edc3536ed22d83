import { headers } from 'next/headers';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { homeFor, pagePermissions } from '@/lib/access';
import { getSession } from '@/lib/session';

/** 403: a page the signed-in role may not open (lib/access.ts), saying why, with a way back. */
export default async function Forbidden() {
  const t = await getTranslations();
  const session = await getSession();
  const path = (await headers()).get('x-pathname') ?? '/';
  const needs = pagePermissions(path) ?? [];
  const role = session.role ? t(`nav.roles.${session.role}`) : t('errors.forbiddenNoRole');
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-6 py-16" data-testid="forbidden">
      <h1 className="text-2xl font-semibold">{t('errors.forbiddenTitle')}</h1>
      <p className="mt-2 text-slate-700">{t('errors.forbiddenPage', { role })}</p>
      {needs.length > 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          {t('errors.forbiddenNeeds')}{' '}
          {needs.map((permission, index) => (
            <span key={permission}>
              {index > 0 ? ` ${t('errors.forbiddenOr')} ` : ''}
              <code>{permission}</code>
            </span>
          ))}
        </p>
      ) : null}
      <Link href={homeFor(session.role)} className="mt-6 inline-block font-medium text-brand-700 underline">
        {t('errors.forbiddenBack')}
      </Link>
    </main>
  );
}
