import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ExportButtons } from '@/features/export/export-buttons';
import { excludesOverdue } from '@/features/reassessment/overdue-toggle';
import { TeamPage } from '@/features/team/team-page';
import { type MatrixSearchParams, matrixSortFrom } from '@/features/team-matrix/view-model';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('team');
  return { title: t('metaTitle') };
}

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<MatrixSearchParams & { verlopen?: string }>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return (
    <>
      <ExportButtons className="mb-3" scope="team" teamId={id} />
      <TeamPage teamId={id} matrix={matrixSortFrom(query)} excludeOverdue={excludesOverdue(query)} />
    </>
  );
}
