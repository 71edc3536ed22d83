import { formatOf, proxyDownload, UUID } from '@/features/export/proxy';

/** Organisation coverage as XLSX or CSV: proxies GET /api/exports/organisation-coverage. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const siteId = params.get('siteId');
  return proxyDownload('/api/exports/organisation-coverage', {
    format: formatOf(params.get('format')),
    siteId: siteId && UUID.test(siteId) ? siteId : null,
    part: params.get('part') === 'gaps' ? 'gaps' : null,
  });
}
