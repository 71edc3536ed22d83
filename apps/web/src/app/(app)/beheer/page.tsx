import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminHome } from '@/features/admin/admin-home';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminHome');
  return { title: t('title') };
}

export default function Page() {
  return <AdminHome />;
}
