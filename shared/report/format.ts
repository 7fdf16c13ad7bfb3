/**
 * Display formatting. Engine numbers are unrounded float64; rounding happens only here, at the
 * edge, so every screen shows the same figure the same way.
 */

const MISSING = '—'

const money0 = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
})
const money2 = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})
const money4 = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
})
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })

function isShown(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value)
}

/** Whole dollars for totals: "$1,234,567". */
export function formatMoney(value: number | null | undefined): string {
  return isShown(value) ? money0.format(value) : MISSING
}

/** Unit prices and costs, which live in cents and fractions of cents: "$0.0123". */
export function formatUnitMoney(value: number | null | undefined): string {
  if (!isShown(value)) return MISSING
  return Math.abs(value) >= 100 ? money2.format(value) : money4.format(value)
}

const moneySignificant = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumSignificantDigits: 3,
})

/**
 * The cost of one call, often a fraction of a cent: as formatUnitMoney from a cent up, below that
 * to three significant digits, so $0.000218 is not shown as $0.0002.
 */
export function formatCallMoney(value: number | null | undefined): string {
  if (!isShown(value)) return MISSING
  return Math.abs(value) >= 0.01 || value === 0
    ? formatUnitMoney(value)
    : moneySignificant.format(value)
}

/** Percent values as the engine holds them (77.5 means 77.5%): "77.5%". */
export function formatPct(value: number | null | undefined, digits = 1): string {
  return isShown(value) ? `${value.toFixed(digits)}%` : MISSING
}

/** Percent to two decimals without trailing zeros, as the grids show inputs: "12.5%", "3%". */
export function formatPctTrimmed(value: number | null | undefined): string {
  return formatPct(value, 2).replace(/\.?0+%$/, '%')
}

/** Plain counts with thousands separators: "12,500" (up to `digits` decimals). */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  return isShown(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits }) : MISSING
}

/** Large volumes in charts and tiles: "1.2M", "340K". */
export function formatCompact(value: number | null | undefined): string {
  return isShown(value) ? compact.format(value) : MISSING
}

/**
 * Money to the cent, for amounts per seat or per customer a month: "$89.27". Totals use
 * formatMoney (whole dollars), unit prices formatUnitMoney (fractions of a cent).
 */
export function formatCents(value: number | null | undefined): string {
  return isShown(value) ? money2.format(value) : MISSING
}

const compactMoney = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
})

/** Large amounts where space is short, a slide's side panel: "$12.7M", "$858.9K". */
export function formatCompactMoney(value: number | null | undefined): string {
  return isShown(value) ? compactMoney.format(value) : MISSING
}
