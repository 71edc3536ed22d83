import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ImportPage } from '@/features/import/import-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('import'))('title') };
}

export default function Page() {
  return <ImportPage />;
}
