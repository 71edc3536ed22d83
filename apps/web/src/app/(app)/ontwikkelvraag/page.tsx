import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DemandPage } from '@/features/demand/demand-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('demand');
  return { title: t('title') };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <DemandPage searchParams={await searchParams} />;
}
