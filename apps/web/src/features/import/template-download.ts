import 'server-only';
import { proxyDownload } from '../export/proxy';

/** The import template from GET /api/imports/template, passed on as a download. */
export function templateDownload(format: string | null): Promise<Response> {
  return proxyDownload('/api/imports/template', { format: format === 'csv' ? 'csv' : 'xlsx', locale: 'nl' });
}
