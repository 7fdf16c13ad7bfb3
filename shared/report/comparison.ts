/**
 * Scenarios side by side at one month, each beside its difference from a reference: the
 * baseline, or the scenario it was forked from (its parent), so a board sees what each step of a
 * chain adds. References not among the compared scenarios are evaluated too.
 */
import { evaluateScenarios } from '../engine/evaluateScenarios'
import type { MonthResult } from '../engine/monthResult'
import type { WorkspaceDoc } from '../model/types'
import type { ScenarioRef } from './boardReport'
import type { ColumnKind, ReportColumn, ReportTable } from './reportTable'
import { scenarioName } from './scenarioNames'

/** What a compared scenario's deltas are taken against. */
export const deltaBases = ['baseline', 'parent'] as const
export type DeltaBase = (typeof deltaBases)[number]

export interface ComparedScenario {
  scenario: ScenarioRef
  result: MonthResult
  /** What its deltas are taken against; null for the baseline itself. */
  reference: { scenario: ScenarioRef; result: MonthResult } | null
}

function referenceOf(
  doc: WorkspaceDoc,
  id: string | null,
  base: DeltaBase,
): string | null | undefined {
  if (id === null) return undefined
  if (base === 'baseline') return null
  return doc.scenarios.find((scenario) => scenario.id === id)?.parentId ?? null
}

/** Throws on an unknown scenario or overrides that do not apply (validate the document first). */
export function compareWithDeltas(
  doc: WorkspaceDoc,
  scenarioIds: readonly (string | null)[],
  month: number,
  base: DeltaBase,
  /** Results at this month the caller already has, by scenario id: not evaluated again. */
  known: ReadonlyMap<string | null, MonthResult> = new Map(),
): ComparedScenario[] {
  const references = scenarioIds.map((id) => referenceOf(doc, id, base))
  const needed = [
    ...new Set([...scenarioIds, ...references.filter((id) => id !== undefined)]),
  ].filter((id) => !known.has(id)) as (string | null)[]
  const results = new Map(known)
  evaluateScenarios(doc, needed, month).forEach((result, index) =>
    results.set(needed[index] as string | null, result),
  )
  const ref = (id: string | null) => ({ id, name: scenarioName(doc, id) })
  return scenarioIds.map((id, index) => {
    const referenceId = references[index]
    return {
      scenario: ref(id),
      result: results.get(id) as MonthResult,
      reference:
        referenceId === undefined
          ? null
          : { scenario: ref(referenceId), result: results.get(referenceId) as MonthResult },
    }
  })
}

interface Metric {
  label: string
  kind: ColumnKind
  value: (result: MonthResult) => number | null
}

function metricsOf(features: readonly { id: string; name: string }[]): Metric[] {
  return [
    { label: 'Revenue', kind: 'money', value: (r) => r.portfolio.revenue },
    { label: 'COGS', kind: 'money', value: (r) => r.portfolio.cogs },
    { label: 'Gross profit', kind: 'money', value: (r) => r.portfolio.grossProfit },
    { label: 'Gross margin', kind: 'pct', value: (r) => r.portfolio.grossMarginPct },
    { label: 'AI COGS % of revenue', kind: 'pct', value: (r) => r.portfolio.aiCogsPctOfRevenue },
    {
      label: 'Features below floor',
      kind: 'count',
      value: (r) => r.features.filter((feature) => feature.zone === 'red').length,
    },
    ...features.map((feature): Metric => ({
      label: `${feature.name} margin`,
      kind: 'pct',
      value: (r) => r.features.find((each) => each.id === feature.id)?.grossMarginPct ?? null,
    })),
  ]
}

/** value − reference; null when either is missing. */
export const difference = (value: number | null, reference: number | null) =>
  value === null || reference === null ? null : value - reference

/** Metrics as rows; each scenario a column, followed by its delta column when it has a reference. */
export function comparisonTable(
  features: readonly { id: string; name: string }[],
  compared: readonly ComparedScenario[],
): ReportTable {
  const metrics = metricsOf(features)
  const columns: ReportColumn[] = [{ label: 'Metric', kind: 'text' }]
  for (const { scenario, reference } of compared) {
    columns.push({ label: scenario.name, kind: 'byRow' })
    if (reference) columns.push({ label: `Δ vs ${reference.scenario.name}`, kind: 'byRowDelta' })
  }
  return {
    title: 'Scenario comparison',
    columns,
    rowKinds: metrics.map((metric) => metric.kind),
    rows: metrics.map((metric) => [
      metric.label,
      ...compared.flatMap(({ result, reference }) => {
        const value = metric.value(result)
        return reference ? [value, difference(value, metric.value(reference.result))] : [value]
      }),
    ]),
  }
}
