import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DevelopmentRequestsPage } from '@/features/development-requests/requests-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('developmentRequests'))('title') };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const { status } = await searchParams;
  return <DevelopmentRequestsPage status={status} />;
}
