import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RequirementsEditorPage } from '@/features/requirements-editor/editor-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('requirementsEditor');
  return { title: t('metaTitle') };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RequirementsEditorPage teamId={id} />;
}
