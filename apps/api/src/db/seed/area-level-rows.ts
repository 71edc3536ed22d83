import { AREA_IDS, type AreaId, LEVEL_IDS, type LevelId } from '@teamspiegel/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Rank, Seniority } from './archetypes.ts';
import { addDays, addMonths } from './dates.ts';
import type { PersonSpec, PersonState } from './person-spec.ts';
import type { RowContext } from './row-context.ts';

export function levelId(rank: Rank): LevelId {
  const id = LEVEL_IDS[rank - 1];
  if (!id) throw new Error(`no level with rank ${rank}`);
  return id;
}

type AreaLevelOptions = {
  spec: PersonSpec;
  seniority: Seniority;
  /** With detail, some people get a random self-assessment or grown level besides the spec's. */
  detail: boolean;
  /** Who validated the levels: the first team's manager, else HR. */
  validator: string | null;
};

/**
 * One current row per area the person has a level in; a self-assessed or grown area also gets the
 * earlier, one lower validated row it replaced (closed when the current one started).
 */
export function areaLevelRows(
  context: RowContext,
  person: PersonState,
  { spec, seniority, detail, validator }: AreaLevelOptions,
): Prisma.AreaLevelCreateManyInput[] {
  const random = context.random;
  const selfAssessed = new Set(spec.selfAssessed ?? []);
  const grewIn = new Set(spec.grewIn ?? []);
  const areas = AREA_IDS.filter((area) => (person.levels[area] ?? 0) > 0);
  if (detail && !spec.exact && areas.length > 0) {
    // About one in six people has a self-assessment awaiting validation, one in four a grown level.
    if (random.chance(0.17)) selfAssessed.add(random.pick(areas));
    if (seniority !== 'junior' && random.chance(0.25)) grewIn.add(random.pick(areas));
  }
  const rows: Prisma.AreaLevelCreateManyInput[] = [];
  for (const area of areas) {
    const rank = person.levels[area] ?? 0;
    const currentFrom = addDays(context.anchor, -random.int(20, 540));
    const isSelfAssessed = selfAssessed.has(area);
    const hasHistory = (isSelfAssessed || grewIn.has(area)) && rank > 1;
    if (hasHistory) {
      const earlierFrom = addMonths(currentFrom, -random.int(12, 36));
      rows.push({
        ...areaLevelKey(context, person, area, (rank - 1) as Rank),
        status: 'validated',
        validFrom: earlierFrom,
        validTo: currentFrom,
        isCurrent: null,
        validatedByUserId: validator,
        validatedAt: addDays(earlierFrom, 14),
        comment: 'Vastgesteld in het jaargesprek.',
      });
    }
    rows.push({
      ...areaLevelKey(context, person, area, rank),
      status: isSelfAssessed ? 'self_assessed' : 'validated',
      validFrom: currentFrom,
      validTo: null,
      isCurrent: true,
      validatedByUserId: isSelfAssessed ? null : validator,
      validatedAt: isSelfAssessed ? null : addDays(currentFrom, 14),
      comment: isSelfAssessed
        ? 'Zelfinschatting, wacht op bespreking met de leidinggevende.'
        : hasHistory
          ? 'Gegroeid na scholing en ervaring in de praktijk.'
          : null,
    });
  }
  return rows;
}

function areaLevelKey(context: RowContext, person: PersonState, area: AreaId, rank: Rank) {
  return {
    id: context.rowId('area-level', `${person.key}/${area}/${rank}`),
    organisationId: context.organisationId,
    employeeId: person.id,
    area,
    level: levelId(rank),
  };
}
