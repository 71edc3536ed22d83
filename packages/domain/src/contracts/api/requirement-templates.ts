import { z } from 'zod';
import type { AreaId } from '../../model/areas.js';
import type { CircleId } from '../../model/circles.js';
import type { CompetencyId } from '../../model/competencies.js';
import { deepFreeze } from '../../model/freeze.js';
import type { LevelId } from '../../model/levels.js';
import type { LocalizedText } from '../../model/types.js';
import { ZLocalizedText } from '../model.js';
import { ZId } from './common.js';
import { ZTeamRequirementLine } from './team-requirements.js';
import { ZTeamKind } from './teams.js';

/** A line of a built-in template. Role lines name a catalogue role key; the API resolves it per organisation. */
export type TemplateLine =
  | { readonly kind: 'area'; readonly area: AreaId; readonly minLevel: LevelId; readonly count: number }
  | { readonly kind: 'role'; readonly roleKey: string; readonly count: number }
  | {
      readonly kind: 'competency';
      readonly competency: CompetencyId;
      readonly minScore: number;
      readonly count: number;
    }
  | { readonly kind: 'circle'; readonly circle: CircleId; readonly count: number };

export type RequirementTemplate = {
  readonly id: string;
  /** The Team.kind the template suits. */
  readonly teamKind: 'baby_dreumes' | 'peuter' | 'unit_3_6' | 'onderbouw' | 'bovenbouw' | 'bso' | 'zorgteam';
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly lines: readonly TemplateLine[];
};

/**
 * Starting points for a team's target profile. They are our reading of typical IKC teams of
 * modest size; the requirements editor copies one and the organisation adjusts the counts.
 */
export const REQUIREMENT_TEMPLATES: readonly RequirementTemplate[] = deepFreeze([
  {
    id: 'unit_3_6',
    teamKind: 'unit_3_6',
    label: { nl: 'Unit 3–6 jaar', en: 'Unit 3–6 years' },
    description: {
      nl: 'Opvang en onderwijs samen voor kinderen van 3 tot 6 jaar: leerkrachten en pm-ers met een coördinator.',
      en: 'Childcare and education together for children aged 3 to 6: teachers and childcare workers with a coordinator.',
    },
    lines: [
      { kind: 'area', area: 'pedagogiek', minLevel: 'ervaren', count: 4 },
      { kind: 'area', area: 'pedagogiek', minLevel: 'expert', count: 1 },
      { kind: 'area', area: 'didactiek', minLevel: 'ervaren', count: 3 },
      { kind: 'area', area: 'psychologie_orthopedagogiek', minLevel: 'starter', count: 1 },
      { kind: 'area', area: 'organisatie_samenwerking', minLevel: 'ervaren', count: 1 },
      { kind: 'role', roleKey: 'coordinator_unit_3_6', count: 1 },
      { kind: 'role', roleKey: 'leerkracht', count: 2 },
      { kind: 'role', roleKey: 'pedagogisch_medewerker', count: 2 },
      { kind: 'competency', competency: 'samenwerkingsgerichtheid', minScore: 4, count: 2 },
    ],
  },
  {
    id: 'bso',
    teamKind: 'bso',
    label: { nl: 'Buitenschoolse opvang (bso)', en: 'After-school care' },
    description: {
      nl: 'Bso-team met pm-ers, aandacht voor beweging en gezondheid en contacten in de buurt.',
      en: 'After-school team of childcare workers, with attention to exercise and health and contacts in the neighbourhood.',
    },
    lines: [
      { kind: 'area', area: 'pedagogiek', minLevel: 'ervaren', count: 3 },
      { kind: 'area', area: 'gezondheid', minLevel: 'starter', count: 1 },
      { kind: 'area', area: 'organisatie_samenwerking', minLevel: 'starter', count: 1 },
      { kind: 'role', roleKey: 'bso_medewerker', count: 4 },
      { kind: 'competency', competency: 'creativiteit', minScore: 4, count: 2 },
      { kind: 'circle', circle: 'buurt', count: 1 },
    ],
  },
  {
    id: 'baby_dreumes',
    teamKind: 'baby_dreumes',
    label: { nl: 'Baby- en dreumesgroep', en: 'Baby and toddler group' },
    description: {
      nl: 'Jonge kinderen: pedagogiek en verzorging op niveau, gezondheidsbeleid en contact met het consultatiebureau.',
      en: 'Young children: pedagogy and care at level, health policy and contact with the child health clinic.',
    },
    lines: [
      { kind: 'area', area: 'pedagogiek', minLevel: 'ervaren', count: 3 },
      { kind: 'area', area: 'verzorging', minLevel: 'ervaren', count: 3 },
      { kind: 'area', area: 'verzorging', minLevel: 'expert', count: 1 },
      { kind: 'area', area: 'gezondheid', minLevel: 'ervaren', count: 1 },
      { kind: 'role', roleKey: 'pedagogisch_medewerker', count: 4 },
      { kind: 'competency', competency: 'omgevingssensitiviteit', minScore: 4, count: 2 },
      { kind: 'circle', circle: 'partners', count: 1 },
    ],
  },
  {
    id: 'zorgteam',
    teamKind: 'zorgteam',
    label: { nl: 'Zorgteam', en: 'Care team' },
    description: {
      nl: 'Intern begeleiders en orthopedagoog: signaleren, begeleiden en onderzoeken, met jeugdhulp en wetenschap.',
      en: 'Care coordinators and a remedial educationalist: signalling, guiding and research, with youth care and science.',
    },
    lines: [
      { kind: 'area', area: 'psychologie_orthopedagogiek', minLevel: 'ervaren', count: 2 },
      { kind: 'area', area: 'psychologie_orthopedagogiek', minLevel: 'expert', count: 1 },
      { kind: 'area', area: 'professionele_versterking', minLevel: 'ervaren', count: 2 },
      { kind: 'area', area: 'onderzoek_innovatie', minLevel: 'starter', count: 1 },
      { kind: 'role', roleKey: 'intern_begeleider', count: 2 },
      { kind: 'role', roleKey: 'orthopedagoog', count: 1 },
      { kind: 'circle', circle: 'samenleving', count: 1 },
      { kind: 'circle', circle: 'wetenschap', count: 1 },
    ],
  },
  {
    id: 'onderbouw',
    teamKind: 'onderbouw',
    label: { nl: 'Onderbouw', en: 'Lower primary' },
    description: {
      nl: 'Leerkrachten en een onderwijsassistent, met een doorlopende lijn vanuit de opvang.',
      en: 'Teachers and a teaching assistant, with a continuous line from childcare.',
    },
    lines: [
      { kind: 'area', area: 'didactiek', minLevel: 'ervaren', count: 4 },
      { kind: 'area', area: 'didactiek', minLevel: 'expert', count: 1 },
      { kind: 'area', area: 'pedagogiek', minLevel: 'ervaren', count: 2 },
      { kind: 'area', area: 'psychologie_orthopedagogiek', minLevel: 'starter', count: 1 },
      { kind: 'role', roleKey: 'leerkracht', count: 4 },
      { kind: 'role', roleKey: 'onderwijsassistent', count: 1 },
      { kind: 'competency', competency: 'onderzoekende_houding', minScore: 4, count: 2 },
    ],
  },
  {
    id: 'bovenbouw',
    teamKind: 'bovenbouw',
    label: { nl: 'Bovenbouw', en: 'Upper primary' },
    description: {
      nl: 'Leerkrachten met vakdidactische expertise, begeleiding van stagiaires en contacten met partners.',
      en: 'Teachers with subject-didactic expertise, guidance of interns and contacts with partners.',
    },
    lines: [
      { kind: 'area', area: 'didactiek', minLevel: 'ervaren', count: 5 },
      { kind: 'area', area: 'didactiek', minLevel: 'expert', count: 1 },
      { kind: 'area', area: 'professionele_versterking', minLevel: 'starter', count: 1 },
      { kind: 'area', area: 'organisatie_samenwerking', minLevel: 'starter', count: 1 },
      { kind: 'role', roleKey: 'leerkracht', count: 5 },
      { kind: 'circle', circle: 'partners', count: 1 },
    ],
  },
]);

/** A template as the API returns it: role lines resolved to the organisation's role definitions. */
export const ZRequirementTemplate = z.object({
  id: z.string(),
  teamKind: z.string(),
  label: ZLocalizedText,
  description: ZLocalizedText,
  /** Ready to send to PUT /api/teams/:id/requirements. */
  requirements: z.array(ZTeamRequirementLine),
  /** Catalogue role keys of the template that the organisation has no role definition for (left out). */
  unresolvedRoleKeys: z.array(z.string()),
});
export type TRequirementTemplate = z.infer<typeof ZRequirementTemplate>;

export const ZRequirementTemplateList = z.object({ items: z.array(ZRequirementTemplate) });

/**
 * Apply a template to teams: the listed teams, or every current team of a kind or of a site (exactly
 * one of the three). All or nothing; teams whose profile already equals the template stay unchanged.
 */
export const ZRequirementTemplateApply = z
  .object({
    teamIds: z.array(ZId).min(1).max(1000).optional(),
    kind: ZTeamKind.optional(),
    siteId: ZId.optional(),
  })
  .refine((body) => [body.teamIds, body.kind, body.siteId].filter((v) => v !== undefined).length === 1, {
    message: 'Name exactly one of teamIds, kind or siteId',
    path: ['teamIds'],
  });
export type TRequirementTemplateApply = z.infer<typeof ZRequirementTemplateApply>;

export const ZRequirementTemplateApplyResult = z.object({
  templateId: z.string(),
  /** Teams the request named or selected. */
  matched: z.number().int().min(0),
  /** Teams whose target profile changed (the others already had exactly these lines). */
  changed: z.number().int().min(0),
  changedTeamIds: z.array(ZId),
  unresolvedRoleKeys: z.array(z.string()),
});
export type TRequirementTemplateApplyResult = z.infer<typeof ZRequirementTemplateApplyResult>;
