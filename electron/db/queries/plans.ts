import type { Plan } from '../../../shared/model/types'
import type { Db } from '../connection'
import { groupBy, optionalField, orNull, type Row, type TableRows } from './rows'

type PlanRow = {
  id: string
  position: number
  name: string
  seat_price: number
  platform_fee: number | null
  ai_revenue_share_pct: number
  attribution: string
  non_ai_cogs_per_seat: number | null
  has_included_units: number
  has_overage_price: number
  converts_to_plan_id: string | null
}

/** A plan's includedUnits and overagePrice entries for one feature, each with its record order. */
type PlanFeatureTermsRow = {
  plan_id: string
  feature_id: string
  included_units: number | null
  included_position: number | null
  overage_price: number | null
  overage_position: number | null
}

export function planTables(plans: Plan[]): TableRows[] {
  return [
    { spec: { name: 'plans', key: ['id'] }, rows: plans.map(planRow) },
    {
      spec: { name: 'plan_feature_terms', key: ['plan_id', 'feature_id'] },
      rows: plans.flatMap(termRows),
    },
  ]
}

function planRow(plan: Plan, position: number): PlanRow {
  return {
    id: plan.id,
    position,
    name: plan.name,
    seat_price: plan.seatPrice,
    platform_fee: orNull(plan.platformFee),
    ai_revenue_share_pct: plan.aiRevenueSharePct,
    attribution: plan.attribution,
    non_ai_cogs_per_seat: orNull(plan.nonAiCogsPerSeat),
    has_included_units: plan.includedUnits ? 1 : 0,
    has_overage_price: plan.overagePrice ? 1 : 0,
    converts_to_plan_id: orNull(plan.convertsToPlanId),
  }
}

function termRows(plan: Plan): Row[] {
  const rows = new Map<string, PlanFeatureTermsRow>()
  const rowFor = (featureId: string): PlanFeatureTermsRow => {
    const existing = rows.get(featureId)
    if (existing) return existing
    const row: PlanFeatureTermsRow = {
      plan_id: plan.id,
      feature_id: featureId,
      included_units: null,
      included_position: null,
      overage_price: null,
      overage_position: null,
    }
    rows.set(featureId, row)
    return row
  }
  Object.entries(plan.includedUnits ?? {}).forEach(([featureId, units], position) => {
    Object.assign(rowFor(featureId), { included_units: units, included_position: position })
  })
  Object.entries(plan.overagePrice ?? {}).forEach(([featureId, price], position) => {
    Object.assign(rowFor(featureId), { overage_price: price, overage_position: position })
  })
  return [...rows.values()]
}

export function readPlans(db: Db): Plan[] {
  const plans = db.prepare('SELECT * FROM plans ORDER BY position').all() as PlanRow[]
  const terms = groupBy(
    db.prepare('SELECT * FROM plan_feature_terms').all() as PlanFeatureTermsRow[],
    (row) => row.plan_id,
  )
  return plans.map((row) => {
    const planTerms = terms.get(row.id) ?? []
    return {
      id: row.id,
      name: row.name,
      seatPrice: row.seat_price,
      ...optionalField('platformFee', row.platform_fee),
      aiRevenueSharePct: row.ai_revenue_share_pct,
      attribution: row.attribution as Plan['attribution'],
      ...optionalField('nonAiCogsPerSeat', row.non_ai_cogs_per_seat),
      ...optionalField(
        'includedUnits',
        row.has_included_units ? record(planTerms, 'included_units', 'included_position') : null,
      ),
      ...optionalField(
        'overagePrice',
        row.has_overage_price ? record(planTerms, 'overage_price', 'overage_position') : null,
      ),
      ...optionalField('convertsToPlanId', row.converts_to_plan_id),
    }
  })
}

/** Rebuilds one record (featureId → number) in the key order it was written in. */
function record(
  terms: PlanFeatureTermsRow[],
  value: 'included_units' | 'overage_price',
  position: 'included_position' | 'overage_position',
): Record<string, number> {
  const entries: [string, number, number][] = []
  for (const term of terms) {
    const amount = term[value]
    const order = term[position]
    if (amount !== null && order !== null) entries.push([term.feature_id, amount, order])
  }
  entries.sort((a, b) => a[2] - b[2])
  return Object.fromEntries(entries.map(([featureId, amount]) => [featureId, amount]))
}
