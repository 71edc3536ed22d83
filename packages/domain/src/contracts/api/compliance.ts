import { z } from 'zod';
import { ZDateInput, ZId, ZIsoDate } from './common.js';

const ZIkkFigures = z.object({
  kindercentra: z.number().int(),
  pmFte: z.number(),
  requiredHours: z.number(),
  assignedHours: z.number(),
  shortfallHours: z.number(),
  covered: z.boolean(),
});

/** Wet IKK coach hours (rule 15): required versus assigned, for the organisation and per site. */
export const ZIkkCoachHours = z.object({
  /** The day the count is taken (1 January of the year unless asked otherwise). */
  peildatum: ZIsoDate,
  rule: z.object({
    hoursPerKindercentrum: z.number(),
    hoursPerPmFte: z.number(),
    source: z.object({ title: z.string(), url: z.string(), checkedOn: ZIsoDate }),
  }),
  organisation: ZIkkFigures.extend({ unallocatedHours: z.number() }),
  sites: z.array(ZIkkFigures.extend({ siteId: ZId, name: z.string() })),
});
export type TIkkCoachHours = z.infer<typeof ZIkkCoachHours>;

export const ZIkkCoachHoursQuery = z.object({
  /** Count on this day instead of 1 January of the current year. */
  on: ZDateInput.optional(),
});
