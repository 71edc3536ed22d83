import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OwnDevelopmentPage } from '@/features/own-development/own-development-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('ownDevelopment'))('title') };
}

export default function Page() {
  return <OwnDevelopmentPage />;
}
