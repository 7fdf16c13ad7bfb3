/**
 * A feature's cost per unit, explained down to its steps, components and hidden uplift (DESIGN.md
 * §3 "Variable cost per unit", "Features"): variable cost at a token scale or at P95, plus fixed
 * cost shared over the month's units.
 */
import { costPerUnitOf, costPerUnitP95Of } from '../../model/defaults'
import { unitCostP95 } from '../unitCost'
import { MEAN, type CallProfile } from './callExplain'
import { cohortName, linesOf } from './cohortParts'
import type { ExplainContext, FeatureAt } from './context'
import { explainStepCostPerUnit } from './stepExplain'
import { componentCell, featureCell, stepCell, usageCell } from './targets'
import { sumOf, sumTerm, type Explanation, type Term } from './types'

function variableLabel(profile: CallProfile): string {
  if (profile.p95) return 'P95 variable cost / unit'
  return profile.tokenScale === 1
    ? 'Variable cost / unit'
    : `Variable cost / unit at ${profile.tokenScale}× tokens`
}

function stepsTerm(context: ExplainContext, feature: FeatureAt, profile: CallProfile): Term {
  const atCell = !profile.p95 && profile.tokenScale === 1
  const terms = feature.doc.steps.map((step, i): Term => {
    const explain = explainStepCostPerUnit(context, feature, step.id, profile)!
    return {
      key: `s${i}`,
      label: step.name,
      value: explain.value,
      format: 'unitMoney',
      target: atCell ? stepCell(feature.doc.id, step.id, 'costPerUnit') : undefined,
      explain,
    }
  })
  return sumTerm('steps', terms.length === 0 ? 'LLM steps (none)' : 'LLM steps', 'unitMoney', terms)
}

function componentsTerm(feature: FeatureAt, p95: boolean): Term | null {
  const perUnit = p95 ? costPerUnitP95Of : costPerUnitOf
  const terms = feature.doc.components
    .filter((component) => perUnit(component) !== 0)
    .map((component, i): Term => ({
      key: `c${i}`,
      label: component.name,
      value: perUnit(component),
      format: 'unitMoney',
      target: componentCell(feature.doc.id, component.id, p95 ? 'costPerUnitP95' : 'costPerUnit'),
    }))
  if (terms.length === 0) return null
  return sumTerm('components', p95 ? 'Components at P95' : 'Components', 'unitMoney', terms)
}

/** The §3 variable cost per unit: Σ steps + Σ components + hidden uplift. */
export function explainVariableCost(
  context: ExplainContext,
  feature: FeatureAt,
  profile: CallProfile = MEAN,
): Explanation {
  const cost = profile.p95
    ? unitCostP95(feature.compiled, context.ledger.prices)
    : context.ledger.costAt(feature.index, profile.tokenScale)
  const terms: Term[] = [stepsTerm(context, feature, profile)]
  const components = componentsTerm(feature, profile.p95)
  if (components !== null) terms.push(components)
  const { hiddenCostPct } = feature.compiled
  if (hiddenCostPct > 0) {
    const subtotal = cost.variable - cost.hidden
    terms.push({
      key: 'hidden',
      label: 'Hidden cost',
      value: cost.hidden,
      format: 'unitMoney',
      explain: {
        label: 'Hidden cost',
        value: cost.hidden,
        format: 'unitMoney',
        formula: '{pct} × {subtotal}',
        terms: [
          {
            key: 'pct',
            label: 'Hidden cost',
            value: hiddenCostPct,
            format: 'pct',
            target: featureCell(feature.doc.id, 'hiddenCostPct'),
          },
          { key: 'subtotal', label: 'Steps and components', value: subtotal, format: 'unitMoney' },
        ],
      },
    })
  }
  const note = profile.p95
    ? 'P95 calls and tokens, a response-cache miss and P95 component costs, at token scale 1.'
    : undefined
  return sumOf(variableLabel(profile), cost.variable, 'unitMoney', terms, note)
}

/** The fixed monthly cost shared over the month's units. */
function fixedPerUnitTerm(feature: FeatureAt): Term {
  const { fixedMonthly } = feature.compiled
  const { units } = feature.result
  const value = fixedMonthly / units
  const components = feature.doc.components
    .filter((component) => (component.fixedMonthly ?? 0) !== 0)
    .map((component, i): Term => ({
      key: `f${i}`,
      label: component.name,
      value: component.fixedMonthly!,
      format: 'money',
      target: componentCell(feature.doc.id, component.id, 'fixedMonthly'),
    }))
  return {
    key: 'fixed',
    label: 'Fixed cost / unit',
    value,
    format: 'unitMoney',
    explain: {
      label: 'Fixed cost / unit',
      value,
      format: 'unitMoney',
      formula: '{fixed} ÷ {units}',
      terms: [
        {
          key: 'fixed',
          label: 'Fixed cost / month',
          value: fixedMonthly,
          format: 'money',
          explain: sumOf('Fixed cost / month', fixedMonthly, 'money', components),
        },
        {
          key: 'units',
          label: 'Units / month',
          value: units,
          format: 'count',
          target: featureCell(feature.doc.id, 'units'),
        },
      ],
    },
  }
}

/** Mean variable cost per unit over the cohorts, each at its own token scale. */
function averageVariableTerm(context: ExplainContext, feature: FeatureAt): Term {
  const lines = linesOf(context, feature).filter(({ line }) => line.units > 0)
  const { units } = feature.result
  if (lines.every(({ line }) => line.usage.tokenScale === 1)) {
    const explain = explainVariableCost(context, feature)
    return {
      key: 'variable',
      label: explain.label,
      value: explain.value,
      format: 'unitMoney',
      target: featureCell(feature.doc.id, 'variableCostPerUnit'),
      explain,
    }
  }
  const terms = lines.map(({ month, line }, i): Term => {
    const cohortId = month.cohort.id
    const name = cohortName(context, cohortId)
    const share = line.units / units
    const variable = explainVariableCost(context, feature, {
      p95: false,
      tokenScale: line.usage.tokenScale,
    })
    const weighted = share * variable.value!
    return {
      key: `c${i}`,
      label: name,
      value: weighted,
      format: 'unitMoney',
      explain: {
        label: `${name}: its share of units at its variable cost`,
        value: weighted,
        format: 'unitMoney',
        formula: '{share} × {variable}',
        terms: [
          { key: 'share', label: 'Share of units', value: share * 100, format: 'pct' },
          {
            key: 'variable',
            label: variable.label,
            value: variable.value,
            format: 'unitMoney',
            target:
              line.usage.tokenScale === 1
                ? undefined
                : usageCell(cohortId, feature.doc.id, 'tokenScale'),
            explain: variable,
          },
        ],
      },
    }
  })
  return sumTerm(
    'variable',
    'Variable cost / unit, averaged over cohorts',
    'unitMoney',
    terms,
    'Cohorts with a token scale send bigger or smaller calls.',
  )
}

const NO_UNITS = 'No cohort uses this feature this month: a cost per unit needs units.'

/** Cost / unit = variable cost (over the cohorts) + fixed cost ÷ units. */
export function explainCostPerUnit(context: ExplainContext, feature: FeatureAt): Explanation {
  const label = 'Cost / unit'
  const { costPerUnit } = feature.result
  if (costPerUnit === null) {
    const variable = explainVariableCost(context, feature)
    const term: Term = {
      key: 'variable',
      label: variable.label,
      value: variable.value,
      format: 'unitMoney',
      target: featureCell(feature.doc.id, 'variableCostPerUnit'),
      explain: variable,
    }
    return { label, value: null, format: 'unitMoney', formula: '', terms: [term], note: NO_UNITS }
  }
  const terms = [averageVariableTerm(context, feature)]
  if (feature.compiled.fixedMonthly !== 0) terms.push(fixedPerUnitTerm(feature))
  return sumOf(label, costPerUnit, 'unitMoney', terms)
}

/** P95 cost / unit = P95 variable cost + fixed cost ÷ units. */
export function explainCostPerUnitP95(context: ExplainContext, feature: FeatureAt): Explanation {
  const label = 'P95 cost / unit'
  const variable = explainVariableCost(context, feature, { p95: true, tokenScale: 1 })
  const variableTerm: Term = {
    key: 'variable',
    label: variable.label,
    value: variable.value,
    format: 'unitMoney',
    explain: variable,
  }
  const { costPerUnitP95 } = feature.result
  if (costPerUnitP95 === null) {
    return {
      label,
      value: null,
      format: 'unitMoney',
      formula: '',
      terms: [variableTerm],
      note: NO_UNITS,
    }
  }
  const terms = [variableTerm]
  if (feature.compiled.fixedMonthly !== 0) terms.push(fixedPerUnitTerm(feature))
  return sumOf(label, costPerUnitP95, 'unitMoney', terms)
}
