import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OwnDataPage } from '@/features/privacy/own-data-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy');
  return { title: t('own.title') };
}

export default async function Page() {
  return <OwnDataPage />;
}
