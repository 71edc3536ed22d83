import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ExportButtons } from '@/features/export/export-buttons';
import { TeamPage } from '@/features/team/team-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('team');
  return { title: t('metaTitle') };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <>
      <ExportButtons className="mb-3" scope="team" teamId={id} />
      <TeamPage teamId={id} />
    </>
  );
}
