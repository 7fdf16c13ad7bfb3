import type { WorkspaceDoc } from '../../../shared/model/types'
import type { Db } from '../connection'
import { WorkspaceError } from '../workspaceError'
import { optionalField, orNull, type TableRows } from './rows'

/** The document's own fields: everything but its collections. */
export type WorkspaceFields = Omit<
  WorkspaceDoc,
  | 'models'
  | 'features'
  | 'plans'
  | 'cohorts'
  | 'selfHost'
  | 'scenarios'
  | 'alertRules'
  | 'actualsMappings'
>

type WorkspaceRow = {
  id: number
  name: string
  currency: string
  start_month: string
  horizon_months: number
  portfolio_floor_pct: number | null
  annual_price_decline_pct: number | null
}

export function workspaceTables(doc: WorkspaceDoc): TableRows[] {
  const row: WorkspaceRow = {
    id: 1,
    name: doc.name,
    currency: doc.currency,
    start_month: doc.startMonth,
    horizon_months: doc.horizonMonths,
    portfolio_floor_pct: orNull(doc.portfolioFloorPct),
    annual_price_decline_pct: orNull(doc.annualPriceDeclinePct),
  }
  return [{ spec: { name: 'workspace', key: ['id'] }, rows: [row] }]
}

export function readWorkspaceFields(db: Db): WorkspaceFields {
  const row = db.prepare('SELECT * FROM workspace WHERE id = 1').get() as WorkspaceRow | undefined
  if (!row) {
    throw new WorkspaceError('io', 'The file holds no workspace (its workspace record is missing)')
  }
  return {
    format: 'ai-margin-workspace',
    version: 1,
    name: row.name,
    currency: row.currency as WorkspaceDoc['currency'],
    startMonth: row.start_month,
    horizonMonths: row.horizon_months,
    ...optionalField('portfolioFloorPct', row.portfolio_floor_pct),
    ...optionalField('annualPriceDeclinePct', row.annual_price_decline_pct),
  }
}
