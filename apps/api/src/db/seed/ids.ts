import { createHash } from 'node:crypto';

/** Fixed namespace for every id the seed derives; never change it, or every seeded id changes. */
const SEED_NAMESPACE = 'b6f1c0de-7e3a-5c1b-9d2e-0a4f5e6d7c8b';

function uuidToBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replaceAll('-', ''), 'hex');
}

/** RFC 4122 UUID version 5 (SHA-1, name-based) of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = SEED_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidToBytes(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A stable id for a seeded row, from the parts that name it (tenant slug, table, natural key). */
export function seedId(...parts: ReadonlyArray<string | number>): string {
  return uuidV5(parts.join('/'));
}
