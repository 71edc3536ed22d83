import { proxyDownload, UUID } from '@/features/export/proxy';

/** The conversation sheet as an A4 PDF: proxies GET /api/employees/:id/conversation-sheet.pdf (user's language). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) return Response.json({ code: 'not_found' }, { status: 404 });
  return proxyDownload(`/api/employees/${id}/conversation-sheet.pdf`, {});
}
