import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RolesListPage } from '@/features/roles-admin/roles-list-page';
import { first } from '@/lib/params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rolesAdmin'))('title') };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const q = first((await searchParams).q)
    ?.trim()
    .slice(0, 200);
  return <RolesListPage q={q || undefined} />;
}
