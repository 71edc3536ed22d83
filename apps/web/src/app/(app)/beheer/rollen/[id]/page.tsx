import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RolePage } from '@/features/roles-admin/role-page';
import { first, isUuid } from '@/lib/params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rolesAdmin'))('roleTitle') };
}

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ aangemaakt?: string | string[] }>;
}) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  return <RolePage id={id} created={first((await searchParams).aangemaakt) === '1'} />;
}
