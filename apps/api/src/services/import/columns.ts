import { AREAS, type AreaId, LEVELS, type LevelId } from '@teamspiegel/domain';

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
  | 'startDate';

export type ColumnKey = BaseColumnKey | `area:${AreaId}`;

export type ColumnDef = {
  key: ColumnKey;
  header: string;
  aliases: string[];
  explanation: { nl: string; en: string };
};

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
    aliases: [],
    explanation: {
      nl: 'Optioneel: de naam van een bestaand team in de organisatie. De medewerker wordt lid als die dat nog niet is.',
      en: 'Optional: the name of an existing team in the organisation. The employee joins it unless already a member.',
    },
  },
  {
    key: 'site',
    header: 'locatie',
    aliases: ['site', 'location'],
    explanation: {
      nl: 'Optioneel: de naam van de locatie van het team; nodig als dezelfde teamnaam op meer locaties voorkomt.',
      en: "Optional: the name of the team's site; needed when the same team name exists at several sites.",
    },
  },
  {
    key: 'startDate',
    header: 'startdatum in team',
    aliases: ['start date in team', 'startdatum', 'start date'],
    explanation: {
      nl: 'Optioneel: jjjj-mm-dd of dd-mm-jjjj. Leeg: vandaag.',
      en: 'Optional: yyyy-mm-dd or dd-mm-yyyy. Empty: today.',
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
