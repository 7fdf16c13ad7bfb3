/**
 * The fire drill (issue #9): one scenario saying "provider X raises prices by N% from month M".
 *
 * Every token price of the provider's models is scaled by 1 + N/100 from `fromMonth`, through
 * `models/provider:<X>/prices/*` overrides. A cache or reasoning price that a price point leaves
 * out stands for its input or output price (§2), and an override on an absent field starts from
 * the value it stands for *as the overrides before it left it* (§4). So a derived price is scaled
 * before the price it derives from: scaling the input price first would make an absent cache
 * price start from the raised input price and be raised twice. A derived price that no point of
 * the provider sets is left alone: it follows its base price, already raised.
 */
import { monthName } from '../report/labels'
import { firstFree, uniqueId } from './freeNames'
import { slugify } from '../report/fileNames'
import type { Override, PricePoint, Scenario, WorkspaceDoc } from './types'
import { paths, providerSelector } from './paths/build'

export interface FireDrillInput {
  provider: string
  /** Percent: 20 means prices rise by 20%. */
  raisePct: number
  /** Months from startMonth; the rise applies from this month on. */
  fromMonth: number
}

/** A rise beyond this is a typo rather than a drill (an eleven-fold price). */
const MAX_FIRE_DRILL_RAISE_PCT = 1000

/** The distinct providers of the workspace's models, in the order they first appear. */
export function modelProviders(doc: WorkspaceDoc): string[] {
  return [...new Set(doc.models.map((model) => model.provider))]
}

/** Why `input` cannot make a drill, each message naming its field; empty when it can. */
export function fireDrillProblems(doc: WorkspaceDoc, input: FireDrillInput): string[] {
  const problems: string[] = []
  if (!doc.models.some((model) => model.provider === input.provider)) {
    problems.push(`Provider: no model in this workspace comes from "${input.provider}"`)
  } else if (input.provider.includes('/')) {
    // The drill names the provider in override paths (`models/provider:<name>/…`).
    problems.push(`Provider: "${input.provider}" contains "/", which an override path cannot hold`)
  }
  const { raisePct } = input
  if (!Number.isFinite(raisePct) || raisePct <= 0) {
    problems.push('Price rise: enter a percent above 0')
  } else if (raisePct > MAX_FIRE_DRILL_RAISE_PCT) {
    problems.push(`Price rise: at most ${MAX_FIRE_DRILL_RAISE_PCT}%`)
  }
  const { fromMonth } = input
  if (!Number.isInteger(fromMonth) || fromMonth < 0 || fromMonth >= doc.horizonMonths) {
    problems.push(`From month: pick a month of the ${doc.horizonMonths}-month forecast`)
  }
  return problems
}

const percentText = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** "anthropic raises prices 20% from Mar 2027". */
export function fireDrillName(doc: WorkspaceDoc, input: FireDrillInput): string {
  const pct = `${percentText.format(input.raisePct)}%`
  return `${input.provider} raises prices ${pct} from ${monthName(doc, input.fromMonth)}`
}

type PriceField = keyof PricePoint
type TierField = keyof NonNullable<PricePoint['longContext']>

/** Derived prices before the prices they default to; only derived ones are ever absent. */
const POINT_FIELDS: { field: PriceField; derived: boolean }[] = [
  { field: 'cacheReadPerMTok', derived: true },
  { field: 'cacheWritePerMTok', derived: true },
  { field: 'reasoningPerMTok', derived: true },
  { field: 'inputPerMTok', derived: false },
  { field: 'outputPerMTok', derived: false },
]
const TIER_FIELDS: { field: TierField; derived: boolean }[] = [
  { field: 'cacheReadPerMTok', derived: true },
  { field: 'cacheWritePerMTok', derived: true },
  { field: 'inputPerMTok', derived: false },
  { field: 'outputPerMTok', derived: false },
]

/** The override paths the drill needs, in the order they must apply. */
function drillPaths(doc: WorkspaceDoc, provider: string): string[] {
  const points = doc.models
    .filter((model) => model.provider === provider)
    .flatMap((model) => model.prices)
  const tiers = points.flatMap((point) => (point.longContext ? [point.longContext] : []))
  const selector = providerSelector(provider)
  const pointPaths = POINT_FIELDS.filter(
    ({ field, derived }) => !derived || points.some((point) => point[field] !== undefined),
  ).map(({ field }) => paths.price(selector, '*', field))
  const tierPaths = TIER_FIELDS.filter(
    ({ field, derived }) => !derived || tiers.some((tier) => tier[field] !== undefined),
  ).map(({ field }) => paths.longContext(selector, '*', field))
  return tiers.length === 0 ? pointPaths : [...pointPaths, ...tierPaths]
}

/**
 * The scenario "provider X raises prices by N% from month M", on the baseline (no parent). Throws
 * on input `fireDrillProblems` refuses.
 */
export function fireDrillScenario(doc: WorkspaceDoc, input: FireDrillInput): Scenario {
  const problems = fireDrillProblems(doc, input)
  if (problems.length > 0) throw new Error(problems.join('; '))
  // The drill's own name, else "… (2)", "… (3)"; its id the name's slug, else "…-2".
  const base = fireDrillName(doc, input)
  const name = firstFree(
    doc.scenarios.map((s) => s.name),
    (n) => (n === 1 ? base : `${base} (${n})`),
  )
  const id = uniqueId(
    slugify(name),
    doc.scenarios.map((s) => s.id),
  )
  const value = 1 + input.raisePct / 100
  const from = input.fromMonth === 0 ? {} : { fromMonth: input.fromMonth }
  const overrides: Override[] = drillPaths(doc, input.provider).map((path) => ({
    path,
    op: 'scale',
    value,
    ...from,
  }))
  return { id, name, overrides }
}
