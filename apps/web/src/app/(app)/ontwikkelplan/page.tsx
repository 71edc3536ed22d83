import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PlanPage, type PlanSearchParams } from '@/features/development-plan/plan-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('development'))('title') };
}

export default async function Page({ searchParams }: { searchParams: Promise<PlanSearchParams> }) {
  return <PlanPage searchParams={await searchParams} />;
}
