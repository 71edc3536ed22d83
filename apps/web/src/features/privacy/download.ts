import 'server-only';
import type { TDataExport } from '@teamspiegel/domain/api/privacy';
import { ApiError } from '@/lib/api/errors';
import { exportFileName } from './data';

/**
 * Route-handler helper: fetches the export server-side (the browser never talks to the API) and
 * returns it as a JSON file download.
 */
export async function downloadResponse(load: () => Promise<TDataExport>): Promise<Response> {
  try {
    const data = await load();
    return new Response(`${JSON.stringify(data, null, 2)}\n`, {
      status: 200,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${exportFileName(data)}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof ApiError) {
      return Response.json(
        { code: error.code },
        { status: error.status, headers: { 'cache-control': 'no-store' } },
      );
    }
    throw error;
  }
}
