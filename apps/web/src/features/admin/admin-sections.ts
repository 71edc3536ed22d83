import type { Permission } from '@teamspiegel/domain/access';

/**
 * The sections of the admin area (/beheer), in the order the landing page lists them. A section
 * shows (in the menu's "Beheer" item, on the landing page) and opens only for a role that holds one
 * of its permissions. `messages` names the section's own message namespace, which carries `sectionTitle`
 * and `sectionIntro`. Add a section: one line here, its page, its two messages.
 */
export type AdminSection = { href: string; needs: readonly Permission[]; messages: string };

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { href: '/beheer/locaties', needs: ['sites.manage'], messages: 'sitesAdmin' },
  { href: '/beheer/teams', needs: ['teams.manage'], messages: 'teamsAdmin' },
  { href: '/beheer/mensen', needs: ['people.manage'], messages: 'peopleAdmin' },
  { href: '/beheer/rollen', needs: ['roles.manage', 'assignments.read'], messages: 'rolesAdmin' },
  { href: '/beheer/toegang', needs: ['members.read'], messages: 'accessAdmin' },
  // Issue 14: exemptions from requirements (rule 17) and the reassessment cycle (rule 16).
  { href: '/beheer/vrijstellingen', needs: ['exemptions.manage'], messages: 'exemptionsAdmin' },
  { href: '/beheer/instellingen', needs: ['settings.manage'], messages: 'settingsAdmin' },
];

/** Any of these opens the admin area. */
export const ADMIN_PERMISSIONS: readonly Permission[] = [...new Set(ADMIN_SECTIONS.flatMap((s) => s.needs))];
