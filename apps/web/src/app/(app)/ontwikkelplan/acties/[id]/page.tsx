import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionPage } from '@/features/development-plan/action-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('planTool.action'))('edit') };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <ActionPage id={(await params).id} />;
}
