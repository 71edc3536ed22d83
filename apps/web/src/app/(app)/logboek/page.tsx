import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditLogPage } from '@/features/audit-log/audit-log-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <AuditLogPage searchParams={await searchParams} />;
}
