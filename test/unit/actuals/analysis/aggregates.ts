/** Hand-made daily aggregates for the analysis tests: each states only what its arithmetic uses. */
import type { DailyAggregate } from '../../../../shared/actuals/types'
import { NO_USAGE } from '../../../../shared/actuals/aggregate'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { exampleDocument } from '../../../fixtures/documents'

/** One aggregate of the support agent's `simple` loop on gpt-4o, for customer acme of `all`. */
export function aggregate(fields: Partial<DailyAggregate> & { day: string }): DailyAggregate {
  return {
    featureId: 'simple',
    stepId: 'loop',
    modelId: 'gpt-4o',
    sourceModel: 'gpt-4o-2024-08-06',
    customerId: 'acme',
    cohortId: 'all',
    ...NO_USAGE,
    ...fields,
  }
}

/**
 * The support agent (gpt-4o at $2.50 in, $1.25 cached read, $10 out per million, 50% batch
 * discount; simple and complex resolutions at $2 a ticket), starting in April 2027 (30 days).
 */
export function supportAgent(): WorkspaceDoc {
  return { ...exampleDocument('support-agent.json'), startMonth: '2027-04' }
}
