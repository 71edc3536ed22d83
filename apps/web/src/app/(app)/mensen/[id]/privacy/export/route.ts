import { fetchEmployeeExport, UUID } from '@/features/privacy/data';
import { downloadResponse } from '@/features/privacy/download';

/** "Gegevens downloaden (JSON)": proxies GET /api/employees/:id/data-export as a file download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) return Response.json({ code: 'not_found' }, { status: 404 });
  return downloadResponse(() => fetchEmployeeExport(id));
}
