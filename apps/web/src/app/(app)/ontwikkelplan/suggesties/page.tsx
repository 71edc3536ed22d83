import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SuggestionsPage } from '@/features/suggestions/suggestions-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suggestions');
  return { title: t('title') };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <SuggestionsPage searchParams={await searchParams} />;
}
