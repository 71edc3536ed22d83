import { z } from 'zod';
import { ZAreaId } from '../model.js';
import { ZId, ZPageQuery } from './common.js';
import { ZCurrentLevels } from './employees.js';

/**
 * The team matrix (GET /api/teams/:id/matrix): today's members × the coverage areas, each cell the
 * person's current level with its status (self-assessed levels are pending validation). Paginated.
 */
export const ZTeamMatrixQuery = ZPageQuery.extend({
  /** Sort by the level in this area (highest first with `dir=desc`), otherwise by name. */
  sort: z.union([z.literal('name'), ZAreaId]).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type TTeamMatrixQuery = z.infer<typeof ZTeamMatrixQuery>;

export const ZTeamMatrixRow = z.object({
  employeeId: ZId,
  name: z.string(),
  jobTitle: z.string().nullable(),
  /** FTE share in this team when recorded, else the person's contract FTE. */
  fte: z.number(),
  levels: ZCurrentLevels,
});
export type TTeamMatrixRow = z.infer<typeof ZTeamMatrixRow>;

export const ZTeamMatrix = z.object({
  team: z.object({ id: ZId, name: z.string() }),
  areas: z.array(ZAreaId),
  items: z.array(ZTeamMatrixRow),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type TTeamMatrix = z.infer<typeof ZTeamMatrix>;
