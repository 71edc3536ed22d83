import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PersonPage } from '@/features/person/person-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('person'))('title') };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <PersonPage id={(await params).id} />;
}
