import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SitesAdminPage } from '@/features/admin/sites/sites-admin-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sitesAdmin');
  return { title: t('title') };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <SitesAdminPage searchParams={await searchParams} />;
}
