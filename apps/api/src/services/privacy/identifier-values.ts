import type { Tx } from '../../plugins/app/prisma.ts';
import { type Json, normalise, pgRegexLiteral, REDACTED, type Redactor, SECRET_COLUMN } from './redaction.ts';

export type RedactedField = { table: string; column: string; rows: number };

function quoteIdent(name: string) {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Outside the person's own rows: replaces every value of this organisation that *is* one of the
 * person's identifiers (say, a training's contact person set to their e-mail address), in every
 * text and JSON column of every tenant table (found through information_schema, so new tables
 * are covered too). Never hash or token columns, never the audit trail (redacted separately),
 * never a piece of a longer text. Returns where it replaced what, without the values.
 */
export async function redactIdentifierValues(
  tx: Tx,
  organisationId: string,
  identifiers: string[],
  redact: Redactor,
): Promise<RedactedField[]> {
  if (identifiers.length === 0) return [];
  const exact = [...new Set(identifiers.map(normalise))];
  const columns = await tx.$queryRaw<Array<{ table: string; column: string; type: string }>>`
    SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS "type"
    FROM information_schema.columns c
    JOIN information_schema.tables t
      ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = 'public'
      AND c.data_type IN ('text', 'character varying', 'json', 'jsonb')
      AND c.table_name <> 'AuditEvent'
      AND EXISTS (
        SELECT 1 FROM information_schema.columns o
        WHERE o.table_schema = 'public' AND o.table_name = c.table_name AND o.column_name = 'organisationId'
      )
    ORDER BY c.table_name, c.column_name`;
  const fields: RedactedField[] = [];
  // Identifiers JSON would escape cannot be found in a JSON column's text: those are skipped there.
  const jsonSafe = identifiers.filter((value) => !/["\\\p{Cc}]/u.test(value));
  const jsonPattern = jsonSafe.map(pgRegexLiteral).join('|');
  for (const { table, column, type } of columns) {
    if (SECRET_COLUMN.test(column)) continue;
    const t = quoteIdent(table);
    const c = quoteIdent(column);
    let rows = 0;
    if (type === 'json' || type === 'jsonb') {
      if (!jsonPattern) continue;
      const candidates = await tx.$queryRawUnsafe<Array<{ ctid: string; value: Json }>>(
        `SELECT ctid::text AS ctid, ${c} AS value FROM ${t} WHERE "organisationId" = $1::uuid AND ${c}::text ~* $2`,
        organisationId,
        jsonPattern,
      );
      for (const candidate of candidates) {
        const after = redact.json(candidate.value, false);
        if (JSON.stringify(after) === JSON.stringify(candidate.value)) continue;
        rows += await tx.$executeRawUnsafe(
          `UPDATE ${t} SET ${c} = $3::text::${type} WHERE "organisationId" = $1::uuid AND ctid = $2::tid`,
          organisationId,
          candidate.ctid,
          JSON.stringify(after),
        );
      }
    } else {
      rows = await tx.$executeRawUnsafe(
        `UPDATE ${t} SET ${c} = $3 WHERE "organisationId" = $1::uuid
           AND lower(regexp_replace(btrim(${c}), '\\s+', ' ', 'g')) = ANY($2::text[])`,
        organisationId,
        exact,
        REDACTED,
      );
    }
    if (rows > 0) fields.push({ table, column, rows });
  }
  return fields;
}
