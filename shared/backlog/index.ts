/** The margin improvement backlog (DESIGN.md §12): propose levers, judge them in dollars, keep them. */
export { candidateLevers } from './candidates'
export { evaluateLevers, type EvaluateOptions } from './evaluate'
export { backlogItemFromLever, leverAsScenario } from './keep'
export { plannedTotal, type PlannedTotal } from './plannedTotal'
export type * from './types'
