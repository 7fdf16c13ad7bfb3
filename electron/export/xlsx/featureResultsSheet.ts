/** Feature results: DESIGN.md §3 "Features" and §5 `features`, summed from the Lines sheet. */
import type { Worksheet } from 'exceljs'
import { formula, writeTable, type RowValues, zoneFormula } from './cells'
import type { WorkbookContext } from './context'
import { FORMAT } from './styles'
import { Table } from './table'
import type { LinesKey } from './linesSheet'

const LAYERS = ['Inference', 'Orchestration', 'Infrastructure', 'Support'] as const
type Layer = (typeof LAYERS)[number]

export type FeatureResultKey =
  | 'id'
  | 'name'
  | 'units'
  | 'revenue'
  | 'variableCogs'
  | 'fixed'
  | 'cogs'
  | 'grossProfit'
  | 'grossMarginPct'
  | 'floorPct'
  | 'zone'
  | 'revenuePerUnit'
  | 'costPerUnit'
  | 'costPerUnitP95'
  | 'p95MarginPct'
  | 'breakevenPriceAtFloor'
  | 'breakevenPriceAtZero'
  | 'breakevenUnits'
  | 'variableCostPerUnit'
  | 'inference'
  | 'orchestration'
  | 'infrastructure'
  | 'support'
  | 'hidden'
  | 'callsPerUnit'
  | `comp${Layer}`
  | `comp${Layer}P95`
  | 'tokenCost'
  | 'tokenCostP95'
  | 'variableP95'

const money = FORMAT.money
const unit = FORMAT.unitMoney
const pct = FORMAT.pct

export function featureResultsTable(count: number): Table<FeatureResultKey> {
  return new Table<FeatureResultKey>(
    'Feature results',
    'Results. Per feature at the as-of month, all formulas; blank where a ratio has no denominator.',
    [
      { key: 'id', header: 'Feature id' },
      { key: 'name', header: 'Name' },
      { key: 'units', header: 'Units', format: FORMAT.count },
      {
        key: 'revenue',
        header: 'Revenue',
        format: money,
        note: 'usage + overage + attributed AI subscription, over cohorts',
      },
      { key: 'variableCogs', header: 'Variable COGS', format: money },
      { key: 'fixed', header: 'Fixed monthly', format: money },
      { key: 'cogs', header: 'COGS', format: money, note: 'variable COGS + fixed monthly' },
      { key: 'grossProfit', header: 'Gross profit', format: money },
      {
        key: 'grossMarginPct',
        header: 'Gross margin %',
        format: pct,
        note: '(revenue − COGS)/revenue × 100; blank without revenue',
      },
      { key: 'floorPct', header: 'Floor %', format: pct },
      {
        key: 'zone',
        header: 'Zone',
        note: 'red below the floor, yellow below floor + band, else green; none without margin',
      },
      { key: 'revenuePerUnit', header: 'Revenue per unit', format: unit },
      { key: 'costPerUnit', header: 'Cost per unit', format: unit, note: 'COGS / units' },
      {
        key: 'costPerUnitP95',
        header: 'Cost per unit P95',
        format: unit,
        note: 'P95 variable cost per unit + fixed / units',
      },
      { key: 'p95MarginPct', header: 'P95 margin %', format: pct },
      {
        key: 'breakevenPriceAtFloor',
        header: 'Breakeven price at floor',
        format: unit,
        note: 'cost per unit / (1 − floor/100)',
      },
      { key: 'breakevenPriceAtZero', header: 'Breakeven price at 0%', format: unit },
      {
        key: 'breakevenUnits',
        header: 'Breakeven units',
        format: FORMAT.count,
        note: 'fixed / (usage price − variable cost per unit), for features with fixed cost and a usage price; blank when that is not positive',
      },
      {
        key: 'variableCostPerUnit',
        header: 'Variable cost per unit (token scale 1)',
        format: unit,
      },
      { key: 'inference', header: 'Inference', format: money },
      { key: 'orchestration', header: 'Orchestration', format: money },
      { key: 'infrastructure', header: 'Infrastructure', format: money },
      { key: 'support', header: 'Support', format: money },
      { key: 'hidden', header: 'Hidden', format: money },
      { key: 'callsPerUnit', header: 'Calls per unit (Σ steps)', format: FORMAT.fraction },
      ...LAYERS.map((layer) => ({
        key: `comp${layer}` as const,
        header: `${layer} components per unit`,
        format: unit,
      })),
      ...LAYERS.map((layer) => ({
        key: `comp${layer}P95` as const,
        header: `${layer} components per unit P95`,
        format: unit,
      })),
      {
        key: 'tokenCost',
        header: 'Token cost per unit before cache hits and retries',
        format: unit,
        note: 'Σ Calls rows of calls × share × cost per call',
      },
      { key: 'tokenCostP95', header: 'Token cost per unit P95 before retries', format: unit },
      {
        key: 'variableP95',
        header: 'P95 variable cost per unit',
        format: unit,
        note: 'P95 tokens and calls, a response-cache miss, P95 component costs, token scale 1, with retries and hidden uplift',
      },
    ],
    count,
  )
}

export function writeFeatureResults(sheet: Worksheet, ctx: WorkbookContext): void {
  const { featureResults: table, features, lines, calls, steps, components } = ctx.tables
  writeTable(
    sheet,
    table,
    (f): RowValues<FeatureResultKey> => {
      const feature = ctx.doc.features[f]!
      const at = (key: FeatureResultKey) => table.local(key, f)
      const input = (key: Parameters<typeof features.ref>[0]) => features.ref(key, f)
      const fromLines = (key: LinesKey) => {
        const [byFeature, values] = [lines.all('featureNo'), lines.all(key)]
        return byFeature && values ? formula(`SUMIF(${byFeature},${f + 1},${values})`) : 0
      }
      const mix = ctx.index.mixBlocks[f]!
      const sumOfProducts = (a: 'weight' | 'weightP95', b: 'callCost' | 'callCostP95') => {
        const [left, right] = [
          calls.range(a, mix.from, mix.count),
          calls.range(b, mix.from, mix.count),
        ]
        return left && right ? formula(`SUMPRODUCT(${left},${right})`) : 0
      }
      const comps = ctx.index.componentBlocks[f]!
      const layerSum = (layer: Layer, column: 'costPerUnit' | 'costPerUnitP95') => {
        const layers = components.range('layer', comps.from, comps.count)
        const costs = components.range(column, comps.from, comps.count)
        return layers && costs ? formula(`SUMIF(${layers},"${layer.toLowerCase()}",${costs})`) : 0
      }
      const stepBlock = ctx.index.stepBlocks[f]!
      const callsRange = steps.range('calls', stepBlock.from, stepBlock.count)
      const fixedRange = components.range('fixedMonthly', comps.from, comps.count)
      const [hit, retry, hidden] = [
        input('responseCacheHitPct'),
        input('retryRatePct'),
        input('hiddenCostPct'),
      ]
      const perUnit = (token: string, suffix: '' | 'P95') =>
        `(${token}+${at(`compInference${suffix}`)}+${at(`compOrchestration${suffix}`)}+` +
        `${at(`compInfrastructure${suffix}`)}+${at(`compSupport${suffix}`)})*(1+${hidden}/100)`
      const units = at('units')
      const perUnitVariable = `IF(${units}>0,${at('variableCogs')}/${units},${at('variableCostPerUnit')})`
      const price = input('pricePerUnit')
      const margin = at('grossMarginPct')
      const floor = at('floorPct')
      return {
        id: feature.id,
        name: feature.name,
        units: fromLines('units'),
        revenue: fromLines('revenue'),
        variableCogs: fromLines('variableCost'),
        fixed: fixedRange ? formula(`SUM(${fixedRange})`) : 0,
        cogs: formula(`${at('variableCogs')}+${at('fixed')}`),
        grossProfit: formula(`${at('revenue')}-${at('cogs')}`),
        grossMarginPct: formula(
          `IF(${at('revenue')}=0,"",(${at('revenue')}-${at('cogs')})/${at('revenue')}*100)`,
        ),
        floorPct: formula(input('floorPct')),
        zone: zoneFormula(margin, floor, input('yellowBandPts')),
        revenuePerUnit: formula(`IF(${units}=0,"",${at('revenue')}/${units})`),
        costPerUnit: formula(`IF(${units}=0,"",${at('cogs')}/${units})`),
        costPerUnitP95: formula(`IF(${units}=0,"",${at('variableP95')}+${at('fixed')}/${units})`),
        p95MarginPct: formula(
          `IF(${units}=0,"",IF(${at('revenuePerUnit')}=0,"",(${at('revenuePerUnit')}-${at('costPerUnitP95')})/${at('revenuePerUnit')}*100))`,
        ),
        breakevenPriceAtFloor: formula(`IF(${units}=0,"",${at('costPerUnit')}/(1-${floor}/100))`),
        breakevenPriceAtZero: formula(`IF(${units}=0,"",${at('costPerUnit')})`),
        breakevenUnits: formula(
          `IF(AND(${at('fixed')}>0,${price}>0),IF(${price}-${perUnitVariable}>0,${at('fixed')}/(${price}-${perUnitVariable}),""),"")`,
        ),
        variableCostPerUnit: formula(
          perUnit(`(1-${hit}/100)*(1+${retry}/100)*${at('tokenCost')}`, ''),
        ),
        inference: fromLines('inferenceCost'),
        orchestration: formula(`${units}*${at('compOrchestration')}`),
        infrastructure: formula(`${units}*${at('compInfrastructure')}`),
        support: formula(`${units}*${at('compSupport')}`),
        hidden: fromLines('hiddenCost'),
        callsPerUnit: callsRange ? formula(`SUM(${callsRange})`) : 0,
        compInference: layerSum('Inference', 'costPerUnit'),
        compOrchestration: layerSum('Orchestration', 'costPerUnit'),
        compInfrastructure: layerSum('Infrastructure', 'costPerUnit'),
        compSupport: layerSum('Support', 'costPerUnit'),
        compInferenceP95: layerSum('Inference', 'costPerUnitP95'),
        compOrchestrationP95: layerSum('Orchestration', 'costPerUnitP95'),
        compInfrastructureP95: layerSum('Infrastructure', 'costPerUnitP95'),
        compSupportP95: layerSum('Support', 'costPerUnitP95'),
        tokenCost: sumOfProducts('weight', 'callCost'),
        tokenCostP95: sumOfProducts('weightP95', 'callCostP95'),
        variableP95: formula(perUnit(`(1+${retry}/100)*${at('tokenCostP95')}`, 'P95')),
      }
    },
    2,
  )
}
