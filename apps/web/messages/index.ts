import enCommon from './en/common.json';
import nlCommon from './nl/common.json';

/**
 * Messages per locale, one JSON file per feature namespace (so features do not edit one big file).
 * Add a feature: import its nl and en files and spread them into both objects.
 */
export const MESSAGES = {
  nl: { ...nlCommon },
  en: { ...enCommon },
} as const;
