export {
  budgetTeam,
  budgetYear,
  type TBudgetAction,
  type TBudgetLine,
  type TBudgetOptions,
  type TBudgetSiteLine,
  type TBudgetTeam,
  type TBudgetTeamLine,
  type TBudgetYear,
  type TTrainingBudget,
  trainingBudget,
} from './budget.js';
export { isActionOverdue, type TOverdueInput } from './overdue.js';
