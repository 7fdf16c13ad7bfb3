/**
 * Sensitivity (the tornado chart): every driver of the workspace moved down and up by N%, one at a
 * time, each as a `scale` override after the scenario's, and the portfolio's blended gross margin
 * at each end. Bars come biggest swing first.
 */
import { scenarioOverrides } from '../model/overrides'
import type { WorkspaceDoc } from '../model/types'
import { groupByReach, monthTotals, SliceTotals, usageIndex } from './driverSlice'
import { listDrivers, type Driver } from './drivers'
import { marginPct } from './margins'
import { assertMonth, docAtMonth } from './monthResult'

export interface SensitivityOptions {
  /** Null or absent: the baseline. */
  scenarioId?: string | null
  /** How far each driver moves either way, in percent; default 10. */
  swingPct?: number
  /** Months from startMonth; default 0. */
  month?: number
}

export interface TornadoBar {
  path: string
  label: string
  baseValue: number
  /** The driver's value moved down by swingPct, and up. */
  lowValue: number
  highValue: number
  /** Portfolio gross margin (%) with the driver at lowValue / highValue; null without revenue. */
  marginAtLow: number | null
  marginAtHigh: number | null
  /** |marginAtHigh − marginAtLow| in percentage points; 0 when either end has no margin. */
  swing: number
}

export interface SensitivityResult {
  baseMarginPct: number | null
  swingPct: number
  bars: TornadoBar[]
}

export const DEFAULT_SWING_PCT = 10

/** Code-unit order: the same on every machine, unlike a locale compare. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Throws on a bad swing, month or scenario (callers validate the document first). */
export function sensitivity(
  doc: WorkspaceDoc,
  options: SensitivityOptions = {},
): SensitivityResult {
  const month = options.month ?? 0
  const swingPct = options.swingPct ?? DEFAULT_SWING_PCT
  assertMonth(month)
  if (!(swingPct > 0 && swingPct <= 100)) {
    throw new Error(`swingPct must be greater than 0 and at most 100, got ${swingPct}`)
  }
  const applied = docAtMonth(doc, scenarioOverrides(doc, options.scenarioId ?? null), month)
  const base = monthTotals(applied, month)
  const index = usageIndex(applied)
  const low = 1 - swingPct / 100
  const high = 1 + swingPct / 100

  const bars: TornadoBar[] = []
  for (const group of groupByReach(listDrivers(applied, month))) {
    const slice = new SliceTotals(base, applied, (group[0] as Driver).reach, month, index)
    for (const driver of group) {
      const marginAt = (factor: number): number | null => {
        const { revenue, cogs } = slice.moved({ path: driver.path, op: 'scale', value: factor })
        return marginPct(revenue, cogs)
      }
      const marginAtLow = marginAt(low)
      const marginAtHigh = marginAt(high)
      bars.push({
        path: driver.path,
        label: driver.label,
        baseValue: driver.value,
        lowValue: driver.value * low,
        highValue: driver.value * high,
        marginAtLow,
        marginAtHigh,
        swing:
          marginAtLow === null || marginAtHigh === null ? 0 : Math.abs(marginAtHigh - marginAtLow),
      })
    }
  }
  bars.sort(
    (a, b) => b.swing - a.swing || compareText(a.label, b.label) || compareText(a.path, b.path),
  )
  return { baseMarginPct: marginPct(base.revenue, base.cogs), swingPct, bars }
}
