import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TrendPage } from '@/features/trend/trend-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('trend');
  return { title: t('title') };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <TrendPage searchParams={await searchParams} />;
}
