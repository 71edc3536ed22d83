import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ExemptionsAdminPage } from '@/features/exemptions/exemptions-admin-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('exemptionsAdmin');
  return { title: t('title') };
}

export default function Page() {
  return <ExemptionsAdminPage />;
}
