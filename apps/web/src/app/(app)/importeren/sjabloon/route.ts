import { templateDownload } from '@/features/import/template-download';

/** "Sjabloon downloaden": proxies GET /api/imports/template with the user's token. */
export async function GET(request: Request) {
  return templateDownload(new URL(request.url).searchParams.get('format'));
}
