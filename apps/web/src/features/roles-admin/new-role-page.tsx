import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { RoleProfileForm } from './role-profile-form';

/** /beheer/rollen/nieuw: an own role next to the catalogue's (key, labels, area profile). */
export async function NewRolePage() {
  const t = await getTranslations('rolesAdmin');
  return (
    <div className="space-y-6">
      <nav aria-label={t('breadcrumb')} className="text-sm">
        <Link href="/beheer/rollen" className="text-brand-700 underline">
          {t('title')}
        </Link>
      </nav>
      <header>
        <h1 className="text-2xl font-semibold">{t('newRoleTitle')}</h1>
        <p className="mt-1 text-slate-600">{t('newRoleIntro')}</p>
      </header>
      <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <RoleProfileForm editable />
      </section>
    </div>
  );
}
