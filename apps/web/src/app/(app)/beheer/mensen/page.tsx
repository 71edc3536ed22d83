import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NewPersonPage } from '@/features/people-admin/new-person-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('peopleAdmin'))('title') };
}

export default function Page() {
  return <NewPersonPage />;
}
