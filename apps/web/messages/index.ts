import enAdmin from './en/admin.json';
import enCommon from './en/common.json';
import enProfile from './en/profile.json';
import nlAdmin from './nl/admin.json';
import nlCommon from './nl/common.json';
import nlProfile from './nl/profile.json';

/**
 * Messages per locale, one JSON file per feature namespace (so features do not edit one big file).
 * Add a feature: import its nl and en files and spread them into both objects.
 */
export const MESSAGES = {
  nl: { ...nlCommon, ...nlProfile, ...nlAdmin },
  en: { ...enCommon, ...enProfile, ...enAdmin },
} as const;
