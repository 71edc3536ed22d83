import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TeamsListPage } from '@/features/teams-list/teams-list-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('teamsList');
  return { title: t('title') };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <TeamsListPage searchParams={await searchParams} />;
}
