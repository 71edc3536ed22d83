import { formatOf, proxyDownload } from '@/features/export/proxy';

/** People's certificates as XLSX or CSV: proxies GET /api/exports/certificates. */
export async function GET(request: Request) {
  return proxyDownload('/api/exports/certificates', {
    format: formatOf(new URL(request.url).searchParams.get('format')),
  });
}
