import enAdmin from './en/admin.json';
import enCommon from './en/common.json';
import enDevelopment from './en/development.json';
import enPeople from './en/people.json';
import enDemand from './en/demand.json';
import enOverview from './en/overview.json';
import enProfile from './en/profile.json';
import nlAdmin from './nl/admin.json';
import nlCommon from './nl/common.json';
import nlDevelopment from './nl/development.json';
import nlPeople from './nl/people.json';
import nlDemand from './nl/demand.json';
import nlOverview from './nl/overview.json';
import nlProfile from './nl/profile.json';

/**
 * Messages per locale, one JSON file per feature namespace (so features do not edit one big file).
 * Add a feature: import its nl and en files and spread them into both objects.
 */
export const MESSAGES = {
  nl: { ...nlCommon, ...nlPeople, ...nlDevelopment, ...nlProfile, ...nlAdmin, ...nlOverview, ...nlDemand },
  en: { ...enCommon, ...enPeople, ...enDevelopment, ...enProfile, ...enAdmin, ...enOverview, ...enDemand },
} as const;
