/** Everything a sheet writer needs: the document as of the month, where rows are, every layout. */
import type { ForecastRow } from '../../../shared/engine/results'
import type { WorkspaceDoc } from '../../../shared/model/types'
import type { ForecastPlan } from './forecastPlan'
import type { KeyValueSheet } from './keyValue'
import type { RowIndex } from './rowIndex'
import type { Table } from './table'
import type { CallsKey } from './callsSheet'
import type { CohortResultKey } from './cohortResultsSheet'
import type { ComponentKey, FeatureKey, MixKey, StepKey } from './featureInputs'
import type { FeatureResultKey } from './featureResultsSheet'
import type { ForecastKey } from './forecastSheet'
import type { LinesKey } from './linesSheet'
import type { AllowanceKey, CohortKey, PlanKey, UsageKey } from './customerInputs'
import type { ModelKey, PeriodPriceKey } from './modelSheets'

export interface Tables {
  workspace: KeyValueSheet
  models: Table<ModelKey>
  pricePeriods: Table<PeriodPriceKey>
  features: Table<FeatureKey>
  steps: Table<StepKey>
  mix: Table<MixKey>
  components: Table<ComponentKey>
  plans: Table<PlanKey>
  allowances: Table<AllowanceKey>
  cohorts: Table<CohortKey>
  usage: Table<UsageKey>
  calls: Table<CallsKey>
  lines: Table<LinesKey>
  featureResults: Table<FeatureResultKey>
  cohortResults: Table<CohortResultKey>
  portfolio: KeyValueSheet
  forecast: Table<ForecastKey>
}

export interface WorkbookContext {
  /** The document at the as-of month with the scenario's overrides in force then. */
  doc: WorkspaceDoc
  scenarioLabel: string
  month: number
  /** 'YYYY-MM' of the as-of month. */
  asOfLabel: string
  index: RowIndex
  plan: ForecastPlan
  /** The engine's forecast: the values of months the formulas cannot cover. */
  engineForecast: ForecastRow[]
  tables: Tables
}
