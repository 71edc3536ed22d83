import type { FastifyInstance } from 'fastify';
import adminRoutes from './admin/index.ts';
import ambitionRoutes from './ambitions/index.ts';
import areaLevelRoutes from './area-levels/index.ts';
import auditEventRoutes from './audit-events/index.ts';
import authRoutes from './auth/index.ts';
import certificateExportRoutes from './certificate-exports/index.ts';
import certificateTypeRoutes from './certificate-types/index.ts';
import competencyRatingRoutes from './competency-ratings/index.ts';
import complianceRoutes from './compliance/index.ts';
import coverageRoutes from './coverage/index.ts';
import developmentActionRoutes from './development-actions/index.ts';
import developmentPlanRoutes from './development-plan/index.ts';
import developmentRequestRoutes from './development-requests/index.ts';
import developmentSuggestionRoutes from './development-suggestions/index.ts';
import employeeRoutes from './employees/index.ts';
import exemptionRoutes from './exemptions/index.ts';
import exportRoutes from './exports/index.ts';
import healthRoutes from './health/index.ts';
import importRoutes from './imports/index.ts';
import invitationRoutes from './invitations/index.ts';
import meRoutes from './me/index.ts';
import ownDevelopmentRoutes from './me/own-development.ts';
import memberRoutes from './members/index.ts';
import membershipRoutes from './memberships/index.ts';
import personCertificateRoutes from './person-certificates/index.ts';
import privacyRoutes from './privacy/index.ts';
import reassessmentRoutes from './reassessments/index.ts';
import reminderRoutes from './reminders/index.ts';
import reportRoutes from './reports/index.ts';
import roleAssignmentRoutes from './role-assignments/index.ts';
import roleDefinitionRoutes from './role-definitions/index.ts';
import siteRequirementRoutes from './site-requirements/index.ts';
import siteRoutes from './sites/index.ts';
import surroundingsContactRoutes from './surroundings-contacts/index.ts';
import teamMatrixRoutes from './team-matrix/index.ts';
import teamRequirementRoutes from './team-requirements/index.ts';
import teamRoutes from './teams/index.ts';
import trendRoutes from './trend/index.ts';

/** Every route folder, registered in this order by app.ts. */
export const routes: Array<(fastify: FastifyInstance) => Promise<void>> = [
  healthRoutes,
  authRoutes,
  siteRoutes,
  siteRequirementRoutes,
  coverageRoutes,
  teamRoutes,
  teamMatrixRoutes,
  employeeRoutes,
  membershipRoutes,
  roleDefinitionRoutes,
  roleAssignmentRoutes,
  teamRequirementRoutes,
  developmentActionRoutes,
  memberRoutes,
  invitationRoutes,
  auditEventRoutes,
  adminRoutes,
  areaLevelRoutes,
  competencyRatingRoutes,
  surroundingsContactRoutes,
  ambitionRoutes,
  meRoutes,
  // Issue 15 (employee): own development and notifications.
  ownDevelopmentRoutes,
  developmentRequestRoutes,
  trendRoutes,
  developmentSuggestionRoutes,
  developmentPlanRoutes,
  privacyRoutes,
  importRoutes,
  exportRoutes,
  reportRoutes,
  certificateTypeRoutes,
  personCertificateRoutes,
  complianceRoutes,
  reminderRoutes,
  certificateExportRoutes,
  // Issue 14, items 4 and 5: reassessment cycle and exemptions.
  reassessmentRoutes,
  exemptionRoutes,
];
