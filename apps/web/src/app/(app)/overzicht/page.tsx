import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CertificateExportLinks } from '@/features/certificates/export-links';
import { ExportButtons } from '@/features/export/export-buttons';
import { OverviewPage } from '@/features/overview/overview-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('overview');
  return { title: t('title') };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  return (
    <>
      <ExportButtons
        className="mb-3"
        scope="organisation"
        siteId={typeof query.locatie === 'string' ? query.locatie : null}
      />
      <CertificateExportLinks />
      <OverviewPage searchParams={query} />
    </>
  );
}
