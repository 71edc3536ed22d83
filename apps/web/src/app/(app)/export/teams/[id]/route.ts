import { formatOf, proxyDownload, UUID } from '@/features/export/proxy';

/** One team's coverage as XLSX or CSV: proxies GET /api/exports/teams/:id/coverage. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) return Response.json({ code: 'not_found' }, { status: 404 });
  const format = formatOf(new URL(request.url).searchParams.get('format'));
  return proxyDownload(`/api/exports/teams/${id}/coverage`, { format });
}
