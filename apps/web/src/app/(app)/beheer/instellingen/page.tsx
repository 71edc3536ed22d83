import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SettingsAdminPage } from '@/features/reassessment/settings-admin-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('settingsAdmin');
  return { title: t('title') };
}

export default function Page() {
  return <SettingsAdminPage />;
}
