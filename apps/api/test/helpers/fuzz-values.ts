import { randomUUID } from 'node:crypto';

/**
 * A small, seeded generator of request parts from the OpenAPI document's JSON schemas: values
 * that look valid (to get past validation and into the handlers) and hostile ones (wrong types,
 * control characters, huge strings, bad UUIDs and dates). Same seed, same requests.
 */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
};

/** mulberry32: tiny, fast, good enough to pick cases reproducibly. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
export type Rng = ReturnType<typeof prng>;

const HUGE = 'x'.repeat(100_000);
/** Strings that broke (or would break) something somewhere. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  '   ',
  'a\u0000b',
  '\u0000',
  'tab\tnew\nline\rcr',
  '\u001b[31mred\u001b[0m',
  '\u0085\u009f\u007f',
  HUGE,
  '😀'.repeat(2000),
  '\ud800',
  '\'; DROP TABLE "Employee"; --',
  '../../etc/passwd',
  '%00%ff',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '0000-01-01',
  '2024-13-45',
  '99999-12-31',
  '1899-12-31',
  '0000-01-01T00:00:00Z',
  '2026-02-30T25:61:00+99:00',
  'NaN',
  '-1',
  '1e309',
  'true',
  'null',
];

const NASTY_OTHERS: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  [],
  [null],
  ['a\u0000'],
  {},
  { $gt: '' },
  { nested: { deeper: { deepest: ['x'] } } },
  Array.from({ length: 1000 }, (_, i) => i),
];

export function nastyValue(rng: Rng): unknown {
  return rng.next() < 0.6 ? rng.pick(NASTY_STRINGS) : rng.pick(NASTY_OTHERS);
}

/** Raw bodies that are not JSON, or not what the content type says. */
export const NASTY_BODIES: ReadonlyArray<{ contentType?: string; body: string }> = [
  { contentType: 'application/json', body: '{"name":' },
  { contentType: 'application/json', body: '{' },
  { contentType: 'application/json', body: '' },
  { contentType: 'application/json', body: '\u0000' },
  { contentType: 'application/json', body: '{"a":"\\u0000"}' },
  { contentType: 'application/json', body: `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}` },
  { contentType: 'application/json', body: '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}' },
  { contentType: 'text/plain', body: '{"name":"x"}' },
  { contentType: 'application/xml', body: '<name>x</name>' },
  { contentType: 'application/x-www-form-urlencoded', body: 'name=x&email=y' },
  { contentType: 'multipart/form-data; boundary=zz', body: '--zz\r\nbroken' },
  { contentType: 'multipart/form-data', body: 'no boundary at all' },
  { contentType: 'application/json; charset=latin1', body: '{"name":"x"}' },
  { body: '{"name":"x"}' },
];

/** Real ids of the seeded tenant, by kind, so generated requests reach the handlers. */
export type IdPool = Record<string, string[]>;

function stringFor(schema: JsonSchema, rng: Rng, ids: string[], counter: number): string {
  switch (schema.format) {
    case 'uuid':
      return ids.length > 0 && rng.next() < 0.8 ? rng.pick(ids) : randomUUID();
    case 'date':
      return rng.pick(['2026-01-15', '2025-09-01', '2027-07-31']);
    case 'date-time':
      return new Date(Date.UTC(2026, rng.int(12), 1 + rng.int(28))).toISOString();
    case 'email':
      return `fuzz.${counter}@example.nl`;
    default: {
      const text = `Fuzz ${counter}`;
      const min = schema.minLength ?? 0;
      const max = schema.maxLength ?? 200;
      return text.padEnd(min, 'x').slice(0, Math.max(min, Math.min(max, text.length)));
    }
  }
}

let counter = 0;

/** A value that satisfies the schema as far as a generator can tell (patterns aside). */
export function validValue(schema: JsonSchema, rng: Rng, ids: string[], depth = 0): unknown {
  counter++;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum && schema.enum.length > 0) return rng.pick(schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options && options.length > 0) {
    const concrete = options.filter((option) => option.type !== 'null');
    return validValue(rng.pick(concrete.length > 0 ? concrete : options), rng, ids, depth);
  }
  if (schema.allOf && schema.allOf.length > 0) {
    return validValue(Object.assign({}, ...schema.allOf), rng, ids, depth);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return stringFor(schema, rng, ids, counter);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? 1;
      const max = schema.maximum ?? min + 10;
      const value = min + rng.int(Math.max(1, Math.min(max - min, 10) + 1));
      return type === 'integer' ? Math.floor(value) : value === 0 ? 0.5 : value;
    }
    case 'boolean':
      return rng.next() < 0.5;
    case 'null':
      return null;
    case 'array': {
      if (depth > 4 || !schema.items) return [];
      const length = Math.max(schema.minItems ?? 0, rng.int(3));
      return Array.from({ length }, () => validValue(schema.items as JsonSchema, rng, ids, depth + 1));
    }
    case 'object': {
      if (depth > 4) return {};
      const out: Record<string, unknown> = {};
      const required = new Set(schema.required ?? []);
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (required.has(key) || rng.next() < 0.5) out[key] = validValue(property, rng, ids, depth + 1);
      }
      return out;
    }
    default:
      return schema.default ?? 'x';
  }
}
