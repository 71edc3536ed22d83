import {
  type TDevelopmentActionUpdate,
  ZDevelopmentActionUpdate,
} from '@teamspiegel/domain/api/development-actions';

/**
 * An amount in euros as people type it, to cents: Dutch "1.250,50" and "12,5", or "1250.50"
 * (one dot with at most two decimals is a decimal point). Empty is null; anything else 'invalid'.
 */
export function parseEuros(input: string): number | null | 'invalid' {
  const text = input.replace(/[€\s\u00a0]/g, '');
  if (text === '') return null;
  let normal: string;
  if (text.includes(',')) normal = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d+\.\d{1,2}$/.test(text)) normal = text;
  else normal = text.replace(/\./g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) return 'invalid';
  return Math.round(Number(normal) * 100);
}

/** Cents as the edit field shows them: "1250,50" in Dutch, "1250.50" in English; empty for none. */
export function centsToInput(cents: number | null, locale: 'nl' | 'en'): string {
  if (cents === null) return '';
  const text = (cents / 100).toFixed(2);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

export type EditFields = {
  provider: string;
  cost: string;
  startDate: string;
  expectedEndDate: string;
  notes: string;
  status: string;
};

export type EditPayload =
  | { ok: true; body: TDevelopmentActionUpdate }
  | { ok: false; fieldErrors: Record<string, string> };

/**
 * The edit form's fields as a PATCH body, checked with the shared contract: empty texts and dates
 * clear the field (null); the status is sent only when it changes.
 */
export function editPayload(fields: EditFields, currentStatus: string): EditPayload {
  const cost = parseEuros(fields.cost);
  if (cost === 'invalid') return { ok: false, fieldErrors: { costCents: 'invalid' } };
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  const parsed = ZDevelopmentActionUpdate.safeParse({
    provider: orNull(fields.provider),
    costCents: cost,
    startDate: orNull(fields.startDate),
    expectedEndDate: orNull(fields.expectedEndDate),
    notes: orNull(fields.notes),
    ...(fields.status && fields.status !== currentStatus ? { status: fields.status } : {}),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] = 'invalid';
    return { ok: false, fieldErrors };
  }
  return { ok: true, body: parsed.data };
}
