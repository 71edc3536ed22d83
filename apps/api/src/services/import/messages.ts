import type { TImportErrorCode } from '@teamspiegel/domain/api/imports';
import { MAX_ROWS } from './parse.ts';

type Messages = { nl: string; en: string };

/** The Dutch and English text of a row error. */
export function message(code: TImportErrorCode, value: string): Messages {
  switch (code) {
    case 'column_missing':
      return {
        nl: `De kolom "${value}" ontbreekt in de kopregel.`,
        en: `The column "${value}" is missing from the header row.`,
      };
    case 'no_rows':
      return { nl: 'Het bestand bevat geen medewerkers.', en: 'The file contains no employees.' };
    case 'too_many_rows':
      return {
        nl: `Het bestand bevat meer dan ${MAX_ROWS} regels; splits het op.`,
        en: `The file has more than ${MAX_ROWS} rows; split it up.`,
      };
    case 'email_missing':
      return { nl: 'Het e-mailadres ontbreekt.', en: 'The e-mail address is missing.' };
    case 'email_invalid':
      return {
        nl: `"${value}" is geen geldig e-mailadres.`,
        en: `"${value}" is not a valid e-mail address.`,
      };
    case 'email_duplicate':
      return {
        nl: `Het e-mailadres ${value} staat al eerder in het bestand.`,
        en: `The e-mail address ${value} appears earlier in the file.`,
      };
    case 'name_missing':
      return {
        nl: 'Voor een nieuwe medewerker zijn voornaam en achternaam verplicht.',
        en: 'A new employee needs a first and a last name.',
      };
    case 'fte_invalid':
      return { nl: `"${value}" is geen getal.`, en: `"${value}" is not a number.` };
    case 'fte_out_of_range':
      return {
        nl: `De fte ${value} ligt niet tussen 0 en 2.`,
        en: `The FTE ${value} is not between 0 and 2.`,
      };
    case 'active_invalid':
      return { nl: `"${value}" is geen ja of nee.`, en: `"${value}" is not yes (ja) or no (nee).` };
    case 'level_unknown':
      return {
        nl: `"${value}" is geen bekend niveau (in opleiding, starter, ervaren, expert).`,
        en: `"${value}" is not a known level (in training, starter, experienced, expert).`,
      };
    case 'team_unknown':
      return {
        nl: `Het team "${value}" bestaat niet in de organisatie; vul de locatie in om het aan te maken.`,
        en: `The team "${value}" does not exist in the organisation; fill in the site (locatie) to create it.`,
      };
    case 'team_kind_unknown':
      return {
        nl: `"${value}" is geen bekende teamsoort (bijv. babygroep, peutergroep, bovenbouw, BSO, zorgteam).`,
        en: `"${value}" is not a known team kind (e.g. babygroep, peutergroep, bovenbouw, BSO, zorgteam).`,
      };
    case 'team_fte_mismatch': {
      const [values, teams] = value.split('/');
      return {
        nl: `Deze kolom heeft ${values} waarden voor ${teams} teams; geef één waarde, of één per team in de volgorde van de kolom team.`,
        en: `This column has ${values} values for ${teams} teams; give one value, or one per team in the order of the team column.`,
      };
    }
    case 'team_ambiguous':
      return {
        nl: `Het team "${value}" bestaat op meer locaties; vul de locatie in.`,
        en: `The team "${value}" exists at several sites; fill in the site (locatie).`,
      };
    case 'site_unknown':
      return {
        nl: `De locatie "${value}" bestaat niet in de organisatie.`,
        en: `The site "${value}" does not exist in the organisation.`,
      };
    case 'site_archived':
      return {
        nl: `De locatie "${value}" is gearchiveerd; haal haar eerst terug of kies een andere naam.`,
        en: `The site "${value}" is archived; bring it back first or choose another name.`,
      };
    case 'team_archived':
      return {
        nl: `Het team "${value}" is gearchiveerd; haal het eerst terug of kies een andere naam.`,
        en: `The team "${value}" is archived; bring it back first or choose another name.`,
      };
    case 'date_invalid':
      return {
        nl: `"${value}" is geen geldige datum (jjjj-mm-dd of dd-mm-jjjj).`,
        en: `"${value}" is not a valid date (yyyy-mm-dd or dd-mm-yyyy).`,
      };
    case 'text_too_long':
      return { nl: 'De tekst is te lang.', en: 'The text is too long.' };
    case 'employee_unknown':
      return {
        nl: `Er is geen medewerker met het e-mailadres ${value}, in de organisatie of op het blad Medewerkers.`,
        en: `There is no employee with the e-mail address ${value}, in the organisation or on the sheet Medewerkers.`,
      };
    case 'certificate_code_missing':
      return { nl: 'De certificaatcode ontbreekt.', en: 'The certificate code is missing.' };
    case 'certificate_unknown': {
      const split = value.lastIndexOf('|');
      const code = value.slice(0, split);
      const known = value.slice(split + 1) || '—';
      return {
        nl: `"${code}" staat niet in de certificatencatalogus van de organisatie. Bekende codes: ${known}.`,
        en: `"${code}" is not in the organisation's certificate catalogue. Known codes: ${known}.`,
      };
    }
    case 'obtained_on_missing':
      return {
        nl: 'De datum waarop het certificaat is behaald ontbreekt.',
        en: 'The date the certificate was obtained is missing.',
      };
    case 'expiry_before_obtained':
      return {
        nl: `De einddatum ${value} ligt vóór de datum waarop het certificaat is behaald.`,
        en: `The expiry date ${value} is before the date the certificate was obtained.`,
      };
    case 'certificate_duplicate':
      return {
        nl: `Dit certificaat (zelfde medewerker, code en datum behaald) staat al op regel ${value}.`,
        en: `This certificate (same employee, code and date obtained) is already on row ${value}.`,
      };
    case 'text_invalid':
      return {
        nl: 'De tekst bevat stuurtekens (zoals een tab of een regeleinde); verwijder die.',
        en: 'The text contains control characters (such as a tab or a line break); remove them.',
      };
  }
}
