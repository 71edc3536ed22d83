import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TeamsAdminPage } from '@/features/admin/teams/teams-admin-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('teamsAdmin');
  return { title: t('title') };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <TeamsAdminPage searchParams={await searchParams} />;
}
