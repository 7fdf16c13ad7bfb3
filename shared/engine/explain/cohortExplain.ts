/** A cohort's month (DESIGN.md §3 "Cohorts at month t"): revenue, COGS, margin, per seat. */
import type { CohortAt, ExplainContext } from './context'
import { featureName } from './context'
import { lineUnitsTerm, seatsTerm } from './cohortParts'
import { cohortCell, featureCell, planCell, usageCell } from './targets'
import { marginOf, sumOf, sumTerm, type Explanation, type Term } from './types'

const planId = (cohort: CohortAt) => cohort.doc.planId

function subscriptionTerm(cohort: CohortAt): Term {
  const { month } = cohort
  const { plan } = month.cohort
  const terms: Term[] = []
  let formula = '{seats} × {seatPrice}'
  if (plan.platformFee !== 0) {
    terms.push(
      {
        key: 'customers',
        label: 'Customers',
        value: month.customers,
        format: 'count',
        target: cohortCell(cohort.doc.id, 'customers'),
      },
      {
        key: 'platformFee',
        label: 'Platform fee',
        value: plan.platformFee,
        format: 'cents',
        target: planCell(planId(cohort), 'platformFee'),
      },
    )
    formula = `{customers} × {platformFee} + ${formula}`
  }
  terms.push(seatsTerm(month), {
    key: 'seatPrice',
    label: 'Seat price',
    value: plan.seatPrice,
    format: 'cents',
    target: planCell(planId(cohort), 'seatPrice'),
  })
  const label = 'Subscriptions'
  const value = month.subscription
  return {
    key: 'subscription',
    label,
    value,
    format: 'money',
    explain: { label, value, format: 'money', formula, terms },
  }
}

/** One term per feature the cohort uses, of what `pick` takes from its usage line. */
function perFeatureTerm(
  context: ExplainContext,
  cohort: CohortAt,
  key: string,
  label: string,
  pick: (line: CohortAt['month']['lines'][number]) => { value: number; explain?: Explanation },
): Term | null {
  const terms: Term[] = []
  cohort.month.lines.forEach((line, i) => {
    const part = pick(line)
    if (part.value === 0) return
    const name = featureName(context, line.usage.feature)
    terms.push({
      key: `f${i}`,
      label: name,
      value: part.value,
      format: 'money',
      ...(part.explain ? { explain: { ...part.explain, label: name } } : {}),
    })
  })
  if (terms.length === 0) return null
  return sumTerm(key, label, 'money', terms)
}

function featureIdOf(context: ExplainContext, index: number) {
  return context.compiled.features[index]!.id
}

export function explainCohortRevenue(context: ExplainContext, cohort: CohortAt): Explanation {
  const terms: Term[] = [subscriptionTerm(cohort)]
  const usage = perFeatureTerm(context, cohort, 'usage', 'Usage revenue', (line) => {
    const featureId = featureIdOf(context, line.usage.feature)
    const price = context.compiled.features[line.usage.feature]!.pricePerUnit
    return {
      value: line.usageRevenue,
      explain: {
        label: '',
        value: line.usageRevenue,
        format: 'money',
        formula: '{units} × {price}',
        terms: [
          lineUnitsTerm(cohort.month, line, featureId),
          {
            key: 'price',
            label: 'Price / unit',
            value: price,
            format: 'unitMoney',
            target: featureCell(featureId, 'pricePerUnit'),
          },
        ],
      },
    }
  })
  if (usage !== null) terms.push(usage)
  const overage = perFeatureTerm(context, cohort, 'overage', 'Overage', (line) => ({
    value: line.overage,
  }))
  if (overage !== null) terms.push(overage)
  return sumOf('Revenue / month', cohort.result.revenue, 'money', terms)
}

function aiCogsTerm(context: ExplainContext, cohort: CohortAt): Term | null {
  return perFeatureTerm(context, cohort, 'ai', 'AI features', (line) => {
    const featureId = featureIdOf(context, line.usage.feature)
    const value = line.variableCost + line.fixedCost
    const scaled = line.usage.tokenScale !== 1
    const terms: Term[] = [
      lineUnitsTerm(cohort.month, line, featureId),
      {
        key: 'variable',
        label: scaled
          ? `Variable cost / unit at ${line.usage.tokenScale}× tokens`
          : 'Variable cost / unit',
        value: line.cost.variable,
        format: 'unitMoney',
        // A scaled cost is not the Features grid's: it links to the cohort's token scale instead.
        target: scaled
          ? usageCell(cohort.doc.id, featureId, 'tokenScale')
          : featureCell(featureId, 'variableCostPerUnit'),
      },
    ]
    let formula = '{units} × {variable}'
    if (line.fixedCost !== 0) {
      terms.push({
        key: 'fixed',
        label: 'Share of fixed cost',
        value: line.fixedCost,
        format: 'money',
      })
      formula += ' + {fixed}'
    }
    return { value, explain: { label: '', value, format: 'money', formula, terms } }
  })
}

function platformTerm(cohort: CohortAt): Term {
  const { month } = cohort
  const value = month.platformCogs
  const label = 'Non-AI COGS'
  return {
    key: 'platform',
    label,
    value,
    format: 'money',
    explain: {
      label,
      value,
      format: 'money',
      formula: '{seats} × {perSeat}',
      terms: [
        seatsTerm(month),
        {
          key: 'perSeat',
          label: 'Non-AI COGS / seat',
          value: month.cohort.plan.nonAiCogsPerSeat,
          format: 'cents',
          target: planCell(planId(cohort), 'nonAiCogsPerSeat'),
        },
      ],
    },
  }
}

export function explainCohortCogs(context: ExplainContext, cohort: CohortAt): Explanation {
  const terms: Term[] = []
  const ai = aiCogsTerm(context, cohort)
  if (ai !== null) terms.push(ai)
  if (cohort.month.platformCogs !== 0) terms.push(platformTerm(cohort))
  return sumOf('COGS / month', cohort.result.cogs, 'money', terms)
}

const revenueTerm = (context: ExplainContext, cohort: CohortAt): Term => ({
  key: 'revenue',
  label: 'Revenue / month',
  value: cohort.result.revenue,
  format: 'money',
  target: cohortCell(cohort.doc.id, 'revenue'),
  explain: explainCohortRevenue(context, cohort),
})

const cogsTerm = (context: ExplainContext, cohort: CohortAt): Term => ({
  key: 'cogs',
  label: 'COGS / month',
  value: cohort.result.cogs,
  format: 'money',
  target: cohortCell(cohort.doc.id, 'cogs'),
  explain: explainCohortCogs(context, cohort),
})

export function explainCohortMargin(context: ExplainContext, cohort: CohortAt): Explanation {
  return marginOf(
    'Margin',
    cohort.result.grossMarginPct,
    revenueTerm(context, cohort),
    cogsTerm(context, cohort),
    'No revenue this month: a margin needs revenue.',
  )
}

/** `numerator ÷ {seats}`: a month's figure per seat, shown in cents. */
function perSeat(
  cohort: CohortAt,
  label: string,
  value: number | null,
  numerator: string,
  terms: Term[],
): Explanation {
  return {
    label,
    value,
    format: 'cents',
    formula: `${numerator} ÷ {seats}`,
    terms: [...terms, seatsTerm(cohort.month)],
    ...(value === null ? { note: 'No seats this month.' } : {}),
  }
}

export const explainRevenuePerSeat = (context: ExplainContext, cohort: CohortAt): Explanation =>
  perSeat(cohort, 'Revenue / seat', cohort.result.revenuePerSeat, '{revenue}', [
    revenueTerm(context, cohort),
  ])

export const explainCogsPerSeat = (context: ExplainContext, cohort: CohortAt): Explanation =>
  perSeat(cohort, 'COGS / seat', cohort.result.cogsPerSeat, '{cogs}', [cogsTerm(context, cohort)])

export const explainAiCogsPerSeat = (context: ExplainContext, cohort: CohortAt): Explanation =>
  perSeat(cohort, 'AI COGS / seat', cohort.result.aiCogsPerSeat, '({cogs} − {platform})', [
    cogsTerm(context, cohort),
    platformTerm(cohort),
  ])
