import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessPage, type AccessSearchParams } from '@/features/access-admin/access-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accessAdmin'))('title') };
}

export default async function Page({ searchParams }: { searchParams: Promise<AccessSearchParams> }) {
  return <AccessPage searchParams={await searchParams} />;
}
