import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/problem-state';
import { can } from '@/lib/access';
import { getSession } from '@/lib/session';
import { ADMIN_SECTIONS } from './admin-sections';

/** /beheer: the admin sections the role may open, each with its title and what it does. */
export async function AdminHome() {
  const t = await getTranslations('adminHome');
  const messages = await getTranslations();
  const session = await getSession();
  const sections = ADMIN_SECTIONS.filter((section) =>
    section.needs.some((permission) => can(session.role, permission)),
  );
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t('intro')}</p>
      </div>
      {sections.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <ul aria-label={t('sectionsLabel')} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {sections.map((section) => (
            <li key={section.href}>
              <Link
                href={section.href}
                className="block h-full rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-600 hover:bg-brand-50"
              >
                {/* Each section's messages live in its own namespace (see admin-sections.ts). */}
                <span className="block text-lg font-semibold text-brand-700">
                  {messages(`${section.messages}.sectionTitle` as never)}
                </span>
                <span className="mt-1 block text-sm text-slate-700">
                  {messages(`${section.messages}.sectionIntro` as never)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
