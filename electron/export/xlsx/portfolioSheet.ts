/** Portfolio: DESIGN.md §3 "Portfolio" and the COGS layers, over cohort and feature results. */
import type { Workbook, Worksheet } from 'exceljs'
import { formula, type CellInput, zoneFormula } from './cells'
import type { WorkbookContext } from './context'
import { KeyValueSheet, type KeyValueRow } from './keyValue'
import { FORMAT } from './styles'

export const LAYER_KEYS = [
  'inference',
  'orchestration',
  'infrastructure',
  'support',
  'hidden',
  'fixed',
  'platform',
] as const

const KEYS = [
  'revenue',
  'cogs',
  'grossProfit',
  'grossMarginPct',
  'aiCogs',
  'aiCogsPctOfRevenue',
  'floorPct',
  'zone',
  'unallocatedFixed',
  ...LAYER_KEYS.map((layer) => `layers.${layer}`),
]

export const portfolioSheet = () =>
  new KeyValueSheet(
    'Portfolio',
    'Results. The portfolio at the as-of month; COGS by layer sums to COGS.',
    ['Key', 'Value', 'What it is'],
    KEYS,
  )

export function writePortfolio(workbook: Workbook, sheet: Worksheet, ctx: WorkbookContext): void {
  const { portfolio, featureResults, cohortResults } = ctx.tables
  const at = (key: string) => portfolio.ref(key)
  const sumOf = (range: string | null): CellInput => (range ? formula(`SUM(${range})`) : 0)
  const featureLayer = (
    key: 'inference' | 'orchestration' | 'infrastructure' | 'support' | 'hidden' | 'fixed',
  ) => sumOf(featureResults.all(key))
  const [units, fixed] = [featureResults.all('units'), featureResults.all('fixed')]
  const [revenue, cogs] = [at('revenue'), at('cogs')]
  const margin = at('grossMarginPct')
  const rows: KeyValueRow[] = [
    {
      key: 'revenue',
      label: 'Revenue',
      value: sumOf(cohortResults.all('revenue')),
      format: FORMAT.money,
    },
    {
      key: 'cogs',
      label: 'COGS: cohorts plus fixed cost of features nobody uses',
      value: formula(
        `${cohortResults.all('cogs') ? `SUM(${cohortResults.all('cogs')})` : '0'}+${at('unallocatedFixed')}`,
      ),
      format: FORMAT.money,
    },
    {
      key: 'grossProfit',
      label: 'Gross profit',
      value: formula(`${revenue}-${cogs}`),
      format: FORMAT.money,
    },
    {
      key: 'grossMarginPct',
      label: 'Gross margin % (blank without revenue)',
      value: formula(`IF(${revenue}=0,"",(${revenue}-${cogs})/${revenue}*100)`),
      format: FORMAT.pct,
    },
    {
      key: 'aiCogs',
      label: 'AI COGS: COGS less non-AI (platform) COGS',
      value: formula(`${cogs}-${at('layers.platform')}`),
      format: FORMAT.money,
    },
    {
      key: 'aiCogsPctOfRevenue',
      label: 'AI COGS % of revenue',
      value: formula(`IF(${revenue}=0,"",${at('aiCogs')}/${revenue}*100)`),
      format: FORMAT.pct,
    },
    {
      key: 'floorPct',
      label: 'Portfolio floor %',
      value: formula('PortfolioFloorPct'),
      format: FORMAT.pct,
    },
    {
      key: 'zone',
      label: 'Zone against the floor (band PortfolioYellowBandPts)',
      value: zoneFormula(margin, 'PortfolioFloorPct', 'PortfolioYellowBandPts'),
    },
    {
      key: 'unallocatedFixed',
      label: 'Fixed cost of features without units (stays in the portfolio)',
      value: units && fixed ? formula(`SUMIF(${units},0,${fixed})`) : 0,
      format: FORMAT.money,
    },
    {
      key: 'layers.inference',
      label: 'Inference: tokens and inference components',
      value: featureLayer('inference'),
      format: FORMAT.money,
    },
    {
      key: 'layers.orchestration',
      label: 'Orchestration components',
      value: featureLayer('orchestration'),
      format: FORMAT.money,
    },
    {
      key: 'layers.infrastructure',
      label: 'Infrastructure components',
      value: featureLayer('infrastructure'),
      format: FORMAT.money,
    },
    {
      key: 'layers.support',
      label: 'Support components',
      value: featureLayer('support'),
      format: FORMAT.money,
    },
    {
      key: 'layers.hidden',
      label: 'Hidden cost uplift',
      value: featureLayer('hidden'),
      format: FORMAT.money,
    },
    {
      key: 'layers.fixed',
      label: 'Fixed monthly costs, whatever their layer',
      value: featureLayer('fixed'),
      format: FORMAT.money,
    },
    {
      key: 'layers.platform',
      label: 'Non-AI COGS per seat × seats',
      value: sumOf(cohortResults.all('platformCogs')),
      format: FORMAT.money,
    },
  ]
  portfolio.write(workbook, sheet, rows)
}
