import { proxyDownload, UUID } from '@/features/export/proxy';

/** The file of a finished export job: proxies GET /api/exports/:id/file. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) return Response.json({ code: 'not_found' }, { status: 404 });
  return proxyDownload(`/api/exports/${id}/file`, {});
}
