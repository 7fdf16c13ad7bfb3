/** Workspace: the document-level inputs, each a named cell the formulas use (AsOfMonth, …). */
import type { Workbook, Worksheet } from 'exceljs'
import {
  annualPriceDeclinePctOf,
  horizonMonthsOf,
  PORTFOLIO_YELLOW_BAND_PTS,
  portfolioFloorPctOf,
} from '../../../shared/model/defaults'
import { formula } from './cells'
import type { WorkbookContext } from './context'
import { KeyValueSheet, type KeyValueRow } from './keyValue'
import { FORMAT } from './styles'

const KEYS = [
  'Workspace',
  'Scenario',
  'StartMonth',
  'AsOfMonthLabel',
  'AsOfMonth',
  'HorizonMonths',
  'PortfolioFloorPct',
  'PortfolioYellowBandPts',
  'AnnualPriceDeclinePct',
  'DeclineFactorAsOf',
]

export const workspaceSheet = () =>
  new KeyValueSheet(
    'Workspace',
    'Input. Workspace settings; numeric ones are named cells the formulas use.',
    ['Name', 'Value', 'What it is'],
    KEYS,
  )

export function writeWorkspace(workbook: Workbook, sheet: Worksheet, ctx: WorkbookContext): void {
  const { doc } = ctx
  const input = (key: string, label: string, value: number, format: string): KeyValueRow => ({
    key,
    label,
    value,
    format,
    input: true,
    name: key,
  })
  ctx.tables.workspace.write(workbook, sheet, [
    { key: 'Workspace', label: 'Workspace name', value: doc.name },
    {
      key: 'Scenario',
      label: 'Scenario whose values the input sheets hold',
      value: ctx.scenarioLabel,
    },
    { key: 'StartMonth', label: 'Month 0 of the forecast', value: doc.startMonth },
    { key: 'AsOfMonthLabel', label: 'The as-of month of the result sheets', value: ctx.asOfLabel },
    {
      ...input(
        'AsOfMonth',
        'Months from the start month to the as-of month',
        ctx.month,
        FORMAT.count,
      ),
      note: 'Drives cohort growth and the price decline on the result sheets. The dated prices in force and the scenario overrides were picked for this month at export: changing it does not re-pick them.',
    },
    input('HorizonMonths', 'Forecast length in months', horizonMonthsOf(doc), FORMAT.count),
    input('PortfolioFloorPct', 'Portfolio margin floor %', portfolioFloorPctOf(doc), FORMAT.pct),
    input(
      'PortfolioYellowBandPts',
      'Yellow band above the floor, points',
      PORTFOLIO_YELLOW_BAND_PTS,
      FORMAT.fraction,
    ),
    input(
      'AnnualPriceDeclinePct',
      'Yearly decline of API model prices %',
      annualPriceDeclinePctOf(doc),
      FORMAT.pct,
    ),
    {
      key: 'DeclineFactorAsOf',
      label: 'API price multiplier at the as-of month',
      value: formula('(1-AnnualPriceDeclinePct/100)^(AsOfMonth/12)'),
      format: FORMAT.factor,
      name: 'DeclineFactorAsOf',
      note: '(1 − AnnualPriceDeclinePct/100)^(AsOfMonth/12)',
    },
  ])
}
