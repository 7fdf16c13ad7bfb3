/**
 * Generated workspaces for the analysis properties: the engine tests' random workspaces, with a
 * scenario so analyses also run on scenario-applied documents.
 */
import fc from 'fast-check'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { workspaceArb } from '../engine/arbitraries'

export const WHAT_IF = 'what-if'

/** Prices, usage prices and (from month 1) customers moved by a generated factor. */
export const scenarioWorkspaceArb: fc.Arbitrary<WorkspaceDoc> = fc
  .tuple(workspaceArb, fc.integer({ min: 50, max: 200 }), fc.integer({ min: 0, max: 100 }))
  .map(([doc, percent, cents]) => ({
    ...doc,
    scenarios: [
      {
        id: WHAT_IF,
        name: 'What if',
        overrides: [
          { path: 'models/*/prices/*/inputPerMTok', op: 'scale', value: percent / 100 },
          { path: 'features/*/pricePerUnit', op: 'add', value: cents / 100 },
          { path: 'cohorts/*/customers', op: 'scale', value: percent / 100, fromMonth: 1 },
        ],
      },
    ],
  }))

/**
 * Without the two places where cost or revenue is not linear in an input: long-context tiers
 * (a call's price jumps when its input passes the threshold) and overage allowances (revenue
 * bends where usage passes the included units). What is left makes portfolio revenue and COGS
 * linear in each driver.
 */
export function withoutKinks(doc: WorkspaceDoc): WorkspaceDoc {
  return {
    ...doc,
    models: doc.models.map((model) => ({
      ...model,
      prices: model.prices.map(({ longContext: _tier, ...point }) => point),
    })),
    plans: doc.plans.map(({ includedUnits: _included, overagePrice: _price, ...plan }) => plan),
  }
}
