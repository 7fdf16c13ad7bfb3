/**
 * Plan vs actual (DESIGN.md §9): per feature and month, the plan's units, cost, cost per unit and
 * margin (the §5 result of that month) beside the actual month to date and the month projected to
 * its end at the trailing-7-day rate, and the sentence that says where that lands.
 *
 * `asOf` is the last day with usage, `firstDay` the first. The data covers firstDay … asOf; the
 * months compared are those it covers at least one day of. The trailing rate averages the days of
 * the window in max(asOf−6, firstDay) … asOf. A month's actuals are those of its covered days; the
 * projection fills the days it does not cover, after asOf and before firstDay alike, at one rate
 * per day: the trailing rate while the month runs past asOf, else (a month that ended by asOf but
 * starts before firstDay) the average of its own covered days. A month covered from its first to
 * its last day is complete: its projection is what it cost. The portfolio sums the features, plan
 * and actual alike (the plan's non-AI platform cost and unattributed revenue have no actual
 * counterpart).
 */
import { marginPct, ratioOrNull } from '../../engine/margins'
import type { FeatureResult } from '../../engine/results'
import type { WorkspaceDoc } from '../../model/types'
import { formatMoney, formatPct } from '../../report/format'
import type { DailyFacts, FeatureDay } from '../facts'
import { addDays, daysInMonth, monthOf } from '../days'
import { plusKnown } from './dayTable'
import { planMonths } from './planMonths'

export interface MonthFigures {
  units: number
  cost: number
  costPerUnit: number | null
  revenue: number | null
  grossMarginPct: number | null
}

export interface PlanVsActualMonth {
  /** 'YYYY-MM'. */
  month: string
  planned: MonthFigures
  monthToDate: MonthFigures
  projected: MonthFigures
  /** (projected − planned cost)/planned cost·100; null when the plan has no cost. */
  overPlanPct: number | null
  /** The day of the month the actual-then-projected cost first exceeds the plan; null if never. */
  crossingDay: number | null
  /**
   * The month's first day the data covers ('YYYY-MM-DD'; its 1st unless the data starts later in
   * it) and how many of its days the data covers (coveredFrom … asOf or the month's end). Always
   * set by `planVsActual`; optional only so months made by hand elsewhere need not state them.
   */
  coveredFrom?: string
  daysCovered?: number
  /**
   * "At this rate the month costs $X, Y% over plan, crossing the plan on day D."; "The month
   * cost …" once complete; "From the 16th at this rate the month costs …" when the data starts
   * after the month's first day.
   */
  summary: string
}

/** A month as `planVsActual` gives it: with its coverage. */
export type ComparedMonth = PlanVsActualMonth &
  Required<Pick<PlanVsActualMonth, 'coveredFrom' | 'daysCovered'>>

export interface PlanVsActual {
  /** The last day with usage; null without any (then there are no months). */
  asOf: string | null
  features: (ComparedMonth & { featureId: string })[]
  /** All features together. */
  portfolio: ComparedMonth[]
}

export interface PlanVsActualInput {
  doc: WorkspaceDoc
  facts: DailyFacts
  /** The plan compared with; null or absent: the baseline. */
  scenarioId?: string | null
}

/** A day's actuals as the comparison reads them. */
type DayActual = Pick<FeatureDay, 'units' | 'cost' | 'revenue'>

const NOTHING: DayActual = { units: 0, cost: 0, revenue: null }

const plus = (a: DayActual, b: DayActual): DayActual => ({
  units: a.units + b.units,
  cost: a.cost + b.cost,
  revenue: plusKnown(a.revenue, b.revenue),
})

function figures({ units, cost, revenue }: DayActual): MonthFigures {
  return {
    units,
    cost,
    costPerUnit: ratioOrNull(cost, units),
    revenue,
    grossMarginPct: revenue === null ? null : marginPct(revenue, cost),
  }
}

/** Actual days (through asOf) summed by day. */
function byDay(rows: readonly FeatureDay[]): Map<string, DayActual> {
  const days = new Map<string, DayActual>()
  for (const row of rows) days.set(row.day, plus(days.get(row.day) ?? NOTHING, row))
  return days
}

const sumOver = (days: readonly string[], actuals: ReadonlyMap<string, DayActual>) =>
  days.reduce((sum, day) => plus(sum, actuals.get(day) ?? NOTHING), NOTHING)

const dayIn = (month: string, day: number) => `${month}-${String(day).padStart(2, '0')}`

/** When the data starts and stops and which days the trailing rate averages. */
interface Horizon {
  firstDay: string
  asOf: string
  trailingDays: readonly string[]
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st … 31st. */
function ordinal(day: number): string {
  const suffix =
    day % 100 >= 11 && day % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th')
  return `${day}${suffix}`
}

/** The first day of the month on which the cumulative cost exceeds the planned cost. */
function crossingDay(month: string, costOn: (day: string) => number, planned: number) {
  let cumulative = 0
  for (let day = 1; day <= daysInMonth(month); day++) {
    cumulative += costOn(dayIn(month, day))
    if (cumulative > planned) return day
  }
  return null
}

function summary(month: Omit<ComparedMonth, 'summary'>, complete: boolean): string {
  const from = Number(month.coveredFrom.slice(8))
  const lead =
    from > 1
      ? `From the ${ordinal(from)} at this rate the month costs`
      : complete
        ? 'The month cost'
        : 'At this rate the month costs'
  const cost = formatMoney(month.projected.cost)
  const over = month.overPlanPct
  if (over === null) return `${lead} ${cost}, against no planned cost.`
  const rounded = Math.round(over)
  const against =
    rounded === 0
      ? 'on plan'
      : `${formatPct(Math.abs(rounded), 0)} ${rounded > 0 ? 'over' : 'under'} plan`
  const crossing =
    month.crossingDay === null ? '' : `, crossing the plan on day ${month.crossingDay}`
  return `${lead} ${cost}, ${against}${crossing}.`
}

/** One month of one feature (or of the portfolio): its daily actuals against its plan. */
function compareMonth(
  month: string,
  actuals: ReadonlyMap<string, DayActual>,
  planned: MonthFigures,
  { firstDay, asOf, trailingDays }: Horizon,
): ComparedMonth {
  const monthDays = Array.from({ length: daysInMonth(month) }, (_, index) =>
    dayIn(month, index + 1),
  )
  const isCovered = (day: string) => day >= firstDay && day <= asOf
  const covered = monthDays.filter(isCovered)
  const toDate = sumOver(covered, actuals)
  const daysLeft = monthDays.filter((day) => day > asOf).length
  const uncovered = monthDays.length - covered.length
  // The days left run at the trailing rate; a month that ended fills its start at its own average.
  const rateDays = daysLeft > 0 ? trailingDays : covered
  const rate = sumOver(rateDays, actuals)
  const perDay = (value: number) => (rateDays.length === 0 ? 0 : value / rateDays.length)
  const projected = figures({
    units: toDate.units + uncovered * perDay(rate.units),
    cost: toDate.cost + uncovered * perDay(rate.cost),
    revenue:
      toDate.revenue === null ? null : toDate.revenue + uncovered * perDay(rate.revenue ?? 0),
  })
  const costOn = (day: string) =>
    isCovered(day) ? (actuals.get(day)?.cost ?? 0) : perDay(rate.cost)
  const comparison = {
    month,
    planned,
    monthToDate: figures(toDate),
    projected,
    overPlanPct: planned.cost === 0 ? null : ((projected.cost - planned.cost) / planned.cost) * 100,
    crossingDay: crossingDay(month, costOn, planned.cost),
    coveredFrom: covered[0] ?? monthDays[0]!,
    daysCovered: covered.length,
  }
  return { ...comparison, summary: summary(comparison, uncovered === 0) }
}

const plannedFigures = (result: FeatureResult): MonthFigures => ({
  units: result.units,
  cost: result.cogs,
  costPerUnit: result.costPerUnit,
  revenue: result.revenue,
  grossMarginPct: result.grossMarginPct,
})

export function planVsActual(input: PlanVsActualInput): PlanVsActual {
  const { doc, facts } = input
  const usageDays = facts.features
    .filter((row) => row.units > 0 || row.calls > 0)
    .map((row) => row.day)
  const asOf = usageDays.reduce<string | null>(
    (last, day) => (last !== null && last > day ? last : day),
    null,
  )
  const firstDay = usageDays.reduce<string | null>(
    (first, day) => (first !== null && first < day ? first : day),
    null,
  )
  if (asOf === null || firstDay === null) return { asOf: null, features: [], portfolio: [] }
  const plan = planMonths(doc, input.scenarioId ?? null)
  const inData = (day: string) => day >= firstDay && day <= asOf
  const counted = facts.features.filter((row) => inData(row.day))
  const trailingFrom = addDays(asOf, -6)
  const horizon: Horizon = {
    firstDay,
    asOf,
    trailingDays: facts.days.filter((day) => day >= trailingFrom && inData(day)),
  }
  const actualsOf = new Map(
    doc.features.map((feature) => [
      feature.id,
      byDay(counted.filter((row) => row.featureId === feature.id)),
    ]),
  )
  const portfolioActuals = byDay(counted)
  const features: PlanVsActual['features'] = []
  const portfolio: ComparedMonth[] = []
  const months = new Set(facts.days.filter(inData).map(monthOf))
  for (const month of months) {
    const results = doc.features.flatMap(
      (feature) => plan.featureOn(`${month}-01`, feature.id) ?? [],
    )
    for (const result of results) {
      const actuals = actualsOf.get(result.id) ?? new Map<string, DayActual>()
      features.push({
        featureId: result.id,
        ...compareMonth(month, actuals, plannedFigures(result), horizon),
      })
    }
    const plannedTotal = results.reduce(
      (sum, result) =>
        plus(sum, { units: result.units, cost: result.cogs, revenue: result.revenue }),
      NOTHING,
    )
    portfolio.push(compareMonth(month, portfolioActuals, figures(plannedTotal), horizon))
  }
  return { asOf, features, portfolio }
}
