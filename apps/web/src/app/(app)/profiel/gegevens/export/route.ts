import { fetchOwnExport } from '@/features/privacy/data';
import { downloadResponse } from '@/features/privacy/download';

/** "Mijn gegevens downloaden": proxies GET /api/me/data-export as a file download. */
export async function GET() {
  return downloadResponse(fetchOwnExport);
}
