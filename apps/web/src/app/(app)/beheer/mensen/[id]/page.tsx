import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PersonAdminPage } from '@/features/people-admin/person-admin-page';
import { isUuid } from '@/lib/params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('peopleAdmin'))('title') };
}

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ aangemaakt?: string }>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!isUuid(id)) notFound();
  return <PersonAdminPage id={id} created={query.aangemaakt === '1'} />;
}
