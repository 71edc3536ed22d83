import { proxyDownload } from '@/features/export/proxy';

/** The board report as an A4 PDF: proxies GET /api/reports/board.pdf (in the user's language). */
export async function GET() {
  return proxyDownload('/api/reports/board.pdf', {});
}
