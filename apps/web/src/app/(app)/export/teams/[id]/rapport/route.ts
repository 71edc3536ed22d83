import { proxyDownload, UUID } from '@/features/export/proxy';

/** One team's report as an A4 PDF: proxies GET /api/teams/:id/report.pdf (in the user's language). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) return Response.json({ code: 'not_found' }, { status: 404 });
  return proxyDownload(`/api/teams/${id}/report.pdf`, {});
}
