import type { FastifyReply } from 'fastify';

/** `teamspiegel-<name>-<yyyy-mm-dd>.<ext>`: ASCII only, so every browser keeps it. */
export function datedFileName(name: string, extension: string, at = new Date()): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `teamspiegel-${slug || 'export'}-${at.toISOString().slice(0, 10)}.${extension}`;
}

/** Sends a file download with Content-Type and an attachment Content-Disposition. */
export function sendDownload(
  reply: FastifyReply,
  file: { body: Buffer; contentType: string; fileName: string },
) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}
