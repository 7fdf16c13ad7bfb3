/**
 * The alert rules' budget (issue #11, DESIGN.md §10): a year of daily facts for 50 features and
 * 200 customers in 5 cohorts, every rule on, evaluated whole (the Actuals view does so on each
 * import and each rule edit). Exits 1 when the median misses 200 ms.
 */
import { evaluateAlerts, type AlertInput } from '../../shared/actuals/alerts'
import { addDays, eachDay } from '../../shared/actuals/days'
import type { CustomerDay, FeatureDay } from '../../shared/actuals/facts'
import type { FeatureCategory } from '../../shared/model/types'
import { apiModel, feature, step, workspace } from '../unit/engine/builders'
import { budgetRow, printBudgetTable, sampleMs } from './measure'

const RUNS = 30
const WARMUP_RUNS = 5
const BUDGET_MS = 200
const FEATURES = 50
const CUSTOMERS = 200
const COHORTS = 5
const MODELS = 5
const FROM = '2025-01-01'
const TO = '2025-12-31'

/** mulberry32: the same facts on every run, so timings compare. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function benchInput(): AlertInput {
  const random = seeded(11)
  const days = eachDay(FROM, TO)
  const categories: FeatureCategory[] = ['growth', 'core', 'premium']
  const featureIds = Array.from({ length: FEATURES }, (_, f) => `f${String(f).padStart(2, '0')}`)
  // Each feature's cost per unit steps up for a while now and then: the jump and margin rules fire.
  const features: FeatureDay[] = featureIds.flatMap((featureId, f) => {
    const surgeFrom = Math.floor(random() * 300)
    return days.map((day, d): FeatureDay => {
      const units = 200 + Math.floor(random() * 800)
      const surge = d >= surgeFrom && d < surgeFrom + 20 ? 1.6 : 1
      const drivers = {
        'step:draft': units * (0.2 + random() * 0.05) * surge,
        [`model:m${f % MODELS}`]: units * 0.1,
        'component:kb': units * 0.05,
      }
      const cost = Object.values(drivers).reduce((sum, value) => sum + value, 0)
      return {
        day,
        featureId,
        units,
        calls: units * 2,
        tokenCost: cost,
        expectedCost: cost,
        cost,
        revenue: d % 90 === 45 ? null : units * (0.9 + random() * 0.3),
        revenueEstimated: false,
        drivers,
      }
    })
  })
  const customers: CustomerDay[] = Array.from({ length: CUSTOMERS }, (_, c) =>
    days.map((day) => ({
      day,
      customerId: `c${c}`,
      cohortId: `k${c % COHORTS}`,
      units: 10,
      cost: 5 + random() * 4,
      revenue: 10,
      revenueEstimated: false,
    })),
  ).flat()
  const models = Array.from({ length: MODELS }, (_, m) =>
    apiModel(
      `m${m}`,
      { inputPerMTok: 1, outputPerMTok: 4 },
      {
        prices: Array.from({ length: 6 }, (_, p) => ({
          from: addDays('2024-12-01', 60 * p),
          inputPerMTok: 1 + ((p + m) % 3),
          outputPerMTok: 4,
        })),
      },
    ),
  )
  const doc = workspace({
    models,
    features: featureIds.map((id, f) =>
      feature(id, {
        category: categories[f % categories.length]!,
        steps: [step('draft', `m${f % MODELS}`)],
      }),
    ),
  })
  return { doc, facts: { from: FROM, to: TO, days, features, customers, cohorts: [] } }
}

const input = benchInput()
const alerts = evaluateAlerts(input)
const samples = await sampleMs(() => evaluateAlerts(input), { runs: RUNS, warmup: WARMUP_RUNS })
const row = budgetRow(
  `alerts: 365 d × ${FEATURES} features, ${CUSTOMERS} customers`,
  samples,
  BUDGET_MS,
)

const raised = new Map<string, number>()
for (const alert of alerts) raised.set(alert.rule, (raised.get(alert.rule) ?? 0) + 1)

console.log(
  `\nAlerts bench: ${input.facts.features.length} feature days, ${input.facts.customers.length} ` +
    `customer days; raised ${[...raised].map(([rule, n]) => `${rule} ${n}`).join(', ')}\n`,
)
printBudgetTable([row])
if (!row.pass) process.exitCode = 1
