import { AREAS, type AreaId, LEVELS, type LevelId } from '@teamspiegel/domain';
import type { TTeamKind } from '@teamspiegel/domain/api/teams';

/**
 * The import file's columns. Headers are Dutch and stable: HR keeps these files for years.
 * Headers are matched case-insensitively; the English names and area ids are accepted as aliases.
 */
export type BaseColumnKey =
  | 'email'
  | 'firstName'
  | 'lastName'
  | 'jobTitle'
  | 'fte'
  | 'active'
  | 'team'
  | 'site'
  | 'fteShare'
  | 'teamKind'
  | 'startDate';

export type ColumnKey = BaseColumnKey | `area:${AreaId}`;

export type ColumnDef = {
  key: ColumnKey;
  header: string;
  aliases: string[];
  explanation: { nl: string; en: string };
};

/** Team kinds as HR writes them (Dutch first); the ids of ZTeamKind are accepted too. */
export const TEAM_KIND_NAMES: Array<{ kind: TTeamKind; nl: string; en: string; aliases: string[] }> = [
  {
    kind: 'baby_dreumes',
    nl: 'babygroep',
    en: 'baby group',
    aliases: ['baby/dreumes', 'dreumesgroep', 'babies'],
  },
  {
    kind: 'peuter',
    nl: 'peutergroep',
    en: 'toddler group',
    aliases: ['peuters', 'peuteropvang', 'toddlers'],
  },
  { kind: 'unit_3_6', nl: 'unit 3-6', en: 'unit 3-6', aliases: ['unit 3 6', '3-6'] },
  { kind: 'onderbouw', nl: 'onderbouw', en: 'lower school', aliases: ['lower grades'] },
  { kind: 'bovenbouw', nl: 'bovenbouw', en: 'upper school', aliases: ['upper grades'] },
  {
    kind: 'bso',
    nl: 'BSO',
    en: 'out-of-school care',
    aliases: ['buitenschoolse opvang', 'after-school care'],
  },
  { kind: 'zorgteam', nl: 'zorgteam', en: 'care team', aliases: ['zorg'] },
  { kind: 'overig', nl: 'overig', en: 'other', aliases: [] },
];

export const BASE_COLUMNS: ColumnDef[] = [
  {
    key: 'email',
    header: 'e-mail',
    aliases: ['email', 'e-mailadres', 'emailadres'],
    explanation: {
      nl: 'Verplicht. De sleutel: bestaat een medewerker met dit adres, dan wordt die bijgewerkt; anders aangemaakt.',
      en: 'Required. The key: an employee with this address is updated, otherwise created.',
    },
  },
  {
    key: 'firstName',
    header: 'voornaam',
    aliases: ['first name', 'firstname'],
    explanation: {
      nl: 'Verplicht voor nieuwe medewerkers; leeg laat een bestaande naam staan.',
      en: 'Required for new employees; empty keeps an existing name.',
    },
  },
  {
    key: 'lastName',
    header: 'achternaam',
    aliases: ['last name', 'lastname'],
    explanation: {
      nl: 'Verplicht voor nieuwe medewerkers (inclusief tussenvoegsel); leeg laat een bestaande naam staan.',
      en: 'Required for new employees (including prefixes); empty keeps an existing name.',
    },
  },
  {
    key: 'jobTitle',
    header: 'functie',
    aliases: ['job title', 'jobtitle'],
    explanation: {
      nl: 'Optioneel, vrije tekst (bijv. leerkracht, pm-er). Leeg laat een bestaande functie staan.',
      en: 'Optional, free text (e.g. teacher, childcare worker). Empty keeps an existing job title.',
    },
  },
  {
    key: 'fte',
    header: 'fte',
    aliases: [],
    explanation: {
      nl: 'Optioneel, 0 tot en met 2 (komma of punt: 0,8 of 0.8). Leeg: 1 voor nieuwe medewerkers, anders ongewijzigd.',
      en: 'Optional, 0 to 2 (comma or dot: 0,8 or 0.8). Empty: 1 for new employees, otherwise unchanged.',
    },
  },
  {
    key: 'active',
    header: 'actief',
    aliases: ['active'],
    explanation: {
      nl: 'Optioneel: ja of nee. Leeg: ja voor nieuwe medewerkers, anders ongewijzigd.',
      en: 'Optional: ja (yes) or nee (no). Empty: yes for new employees, otherwise unchanged.',
    },
  },
  {
    key: 'team',
    header: 'team',
    aliases: ['teams'],
    explanation: {
      nl: 'Optioneel: een of meer teamnamen, gescheiden door | (bijv. Peutergroep | BSO). Een team dat op de locatie nog niet bestaat, wordt aangemaakt. De medewerker wordt lid van elk team waarvan die nog geen lid is; een lopend lidmaatschap blijft zoals het is.',
      en: 'Optional: one or more team names, separated by | (e.g. Peutergroep | BSO). A team that does not exist at the site yet is created. The employee joins every team they are not a member of yet; a running membership stays as it is.',
    },
  },
  {
    key: 'site',
    header: 'locatie',
    aliases: ['site', 'location', 'ikc'],
    explanation: {
      nl: 'Optioneel: de naam van de locatie (het IKC). Bestaat die nog niet, dan maakt de import haar aan. Nodig om een nieuw team aan te maken, of als dezelfde teamnaam op meer locaties voorkomt.',
      en: 'Optional: the name of the site (the IKC). A site that does not exist yet is created. Needed to create a new team, or when the same team name exists at several sites.',
    },
  },
  {
    key: 'startDate',
    header: 'startdatum in team',
    aliases: ['start date in team', 'startdatum', 'start date'],
    explanation: {
      nl: 'Optioneel: de startdatum van nieuwe lidmaatschappen, jjjj-mm-dd of dd-mm-jjjj. Leeg: vandaag.',
      en: 'Optional: the start date of new memberships, yyyy-mm-dd or dd-mm-yyyy. Empty: today.',
    },
  },
  {
    key: 'fteShare',
    header: 'fte in team',
    aliases: ['fte per team', 'fte share', 'fte-aandeel', 'fte aandeel', 'fte in teams'],
    explanation: {
      nl: 'Optioneel: het deel van de fte per team (groter dan 0, hoogstens 2), in de volgorde van de kolom team en ook gescheiden door | (bijv. 0,6 | 0,2). Eén getal geldt voor elk team. Leeg: niet vastgelegd.',
      en: 'Optional: the FTE share per team (above 0, at most 2), in the order of the team column and also separated by | (e.g. 0,6 | 0,2). One number applies to every team. Empty: not recorded.',
    },
  },
  {
    key: 'teamKind',
    header: 'teamsoort',
    aliases: ['team kind', 'soort team', 'kind'],
    explanation: {
      nl: `Optioneel, alleen voor teams die de import aanmaakt: ${TEAM_KIND_NAMES.map((kind) => kind.nl).join(', ')}. Eén waarde, of per team gescheiden door |. Leeg: overig. Een bestaand team houdt zijn soort.`,
      en: `Optional, only for teams the import creates: ${TEAM_KIND_NAMES.map((kind) => kind.en).join(', ')}. One value, or one per team separated by |. Empty: other. An existing team keeps its kind.`,
    },
  },
];

export const AREA_COLUMNS: ColumnDef[] = AREAS.map((area) => ({
  key: `area:${area.id}` as const,
  header: area.label.nl,
  aliases: [area.id, area.label.en],
  explanation: {
    nl: `Niveau in ${area.label.nl}: een niveau-id of -naam (Nederlands of Engels, hoofdletters maakt niet uit). Leeg: geen niveau (een bestaand niveau blijft staan).`,
    en: `Level in ${area.label.en}: a level id or name (Dutch or English, case-insensitive). Empty: no level (an existing level stays).`,
  },
}));

export const COLUMNS: ColumnDef[] = [...BASE_COLUMNS, ...AREA_COLUMNS];
export const HEADERS: string[] = COLUMNS.map((column) => column.header);

export function headerOf(key: ColumnKey): string {
  return COLUMNS.find((column) => column.key === key)?.header ?? key;
}

const normalise = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

const HEADER_LOOKUP = new Map<string, ColumnDef>();
for (const column of COLUMNS) {
  for (const name of [column.header, ...column.aliases]) HEADER_LOOKUP.set(normalise(name), column);
}

/** The column a header cell names, or undefined for a column we do not import. */
export function columnForHeader(header: string): ColumnDef | undefined {
  return HEADER_LOOKUP.get(normalise(header));
}

const LEVEL_LOOKUP = new Map<string, LevelId>();
for (const level of LEVELS) {
  const names = [level.id, level.label.nl, level.label.en, level.id.replaceAll('_', ' ')];
  // "In opleiding (stagiaire)" → also "In opleiding" and "stagiaire"; "In training (intern)" likewise.
  for (const text of [level.label.nl, level.label.en]) {
    const match = /^(.*?)\s*\((.*)\)\s*$/.exec(text);
    if (match?.[1]) names.push(match[1]);
    if (match?.[2]) names.push(match[2]);
  }
  for (const name of names) LEVEL_LOOKUP.set(normalise(name), level.id);
}

/** A level id from an id or a Dutch/English label (case-insensitive); undefined when unknown. */
export function parseLevel(value: string): LevelId | undefined {
  return LEVEL_LOOKUP.get(normalise(value));
}

const TEAM_KIND_LOOKUP = new Map<string, TTeamKind>();
for (const name of TEAM_KIND_NAMES) {
  for (const text of [name.kind, name.kind.replaceAll('_', ' '), name.nl, name.en, ...name.aliases]) {
    TEAM_KIND_LOOKUP.set(normalise(text), name.kind);
  }
}

/** A team kind from its id or a Dutch/English name (case-insensitive); undefined when unknown. */
export function parseTeamKind(value: string): TTeamKind | undefined {
  return TEAM_KIND_LOOKUP.get(normalise(value));
}

/** Cells that hold one value per team: "a | b | c" (empty parts dropped). */
export function splitList(value: string): string[] {
  return value
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
