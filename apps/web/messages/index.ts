import enAccessAdmin from './en/access-admin.json';
import enAdmin from './en/admin.json';
import enCertificates from './en/certificates.json';
import enCommon from './en/common.json';
import enCompliance from './en/compliance.json';
import enDemand from './en/demand.json';
import enDevelopment from './en/development.json';
import enExport from './en/export.json';
import enImport from './en/import.json';
import enOverview from './en/overview.json';
import enOverviewAnswer from './en/overview-answer.json';
import enOwnDevelopment from './en/own-development.json';
import enPendingLevels from './en/pending-levels.json';
import enPeople from './en/people.json';
import enPeopleAdmin from './en/people-admin.json';
import enPlanTargets from './en/plan-targets.json';
import enPlanTool from './en/plan-tool.json';
import enPolish from './en/polish.json';
import enPrivacy from './en/privacy.json';
import enProfile from './en/profile.json';
import enRolesAdmin from './en/roles-admin.json';
import enStructure from './en/structure.json';
import enSuggestions from './en/suggestions.json';
import enTeam from './en/team.json';
import enTeamMatrix from './en/team-matrix.json';
import enTrend from './en/trend.json';
import nlAccessAdmin from './nl/access-admin.json';
import nlAdmin from './nl/admin.json';
import nlCertificates from './nl/certificates.json';
import nlCommon from './nl/common.json';
import nlCompliance from './nl/compliance.json';
import nlDemand from './nl/demand.json';
import nlDevelopment from './nl/development.json';
import nlExport from './nl/export.json';
import nlImport from './nl/import.json';
import nlOverview from './nl/overview.json';
import nlOverviewAnswer from './nl/overview-answer.json';
import nlOwnDevelopment from './nl/own-development.json';
import nlPendingLevels from './nl/pending-levels.json';
import nlPeople from './nl/people.json';
import nlPeopleAdmin from './nl/people-admin.json';
import nlPlanTargets from './nl/plan-targets.json';
import nlPlanTool from './nl/plan-tool.json';
import nlPolish from './nl/polish.json';
import nlPrivacy from './nl/privacy.json';
import nlProfile from './nl/profile.json';
import nlRolesAdmin from './nl/roles-admin.json';
import nlStructure from './nl/structure.json';
import nlSuggestions from './nl/suggestions.json';
import nlTeam from './nl/team.json';
import nlTeamMatrix from './nl/team-matrix.json';
import nlTrend from './nl/trend.json';

/**
 * Messages per locale, one JSON file per feature namespace (so features do not edit one big file).
 * Add a feature: import its nl and en files and spread them into both objects.
 */
export const MESSAGES = {
  nl: {
    ...nlCommon,
    ...nlImport,
    ...nlExport,
    ...nlPeople,
    ...nlDevelopment,
    ...nlProfile,
    ...nlAdmin,
    ...nlOverview,
    ...nlOverviewAnswer,
    ...nlOwnDevelopment,
    ...nlDemand,
    ...nlTeam,
    ...nlTrend,
    ...nlSuggestions,
    ...nlPrivacy,
    ...nlStructure,
    ...nlPendingLevels,
    ...nlPlanTargets,
    ...nlPlanTool,
    ...nlRolesAdmin,
    ...nlAccessAdmin,
    ...nlPeopleAdmin,
    ...nlTeamMatrix,
    ...nlCertificates,
    ...nlPolish,
    ...nlCompliance,
  },
  en: {
    ...enCommon,
    ...enImport,
    ...enExport,
    ...enPeople,
    ...enDevelopment,
    ...enProfile,
    ...enAdmin,
    ...enOverview,
    ...enOverviewAnswer,
    ...enOwnDevelopment,
    ...enDemand,
    ...enTeam,
    ...enTrend,
    ...enSuggestions,
    ...enPrivacy,
    ...enStructure,
    ...enPendingLevels,
    ...enPlanTargets,
    ...enPlanTool,
    ...enRolesAdmin,
    ...enAccessAdmin,
    ...enPeopleAdmin,
    ...enTeamMatrix,
    ...enCertificates,
    ...enPolish,
    ...enCompliance,
  },
} as const;
