import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PeoplePage, type PeopleSearchParams } from '@/features/people/people-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('people'))('title') };
}

export default async function Page({ searchParams }: { searchParams: Promise<PeopleSearchParams> }) {
  return <PeoplePage searchParams={await searchParams} />;
}
