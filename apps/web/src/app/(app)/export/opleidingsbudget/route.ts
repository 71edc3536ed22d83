import { formatOf, proxyDownload, UUID } from '@/features/export/proxy';

/** The training budget as XLSX or CSV: proxies GET /api/development-plan/budget/export. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const teamId = params.get('teamId');
  const year = params.get('year');
  return proxyDownload('/api/development-plan/budget/export', {
    format: formatOf(params.get('format')),
    teamId: teamId && UUID.test(teamId) ? teamId : null,
    year: year && /^\d{4}$/.test(year) ? year : null,
  });
}
