/**
 * An override's value as its field reads: `set` to $0.12 or 35%, `scale` by ×1.2, `add` +500.
 * The unit follows the field's name (DESIGN.md §2 naming: `…Pct` is a percent, prices and costs
 * are dollars); what it applies to is said by the "Changes" column.
 */
import { lastSegment } from '../../../../shared/model/paths/build'
import type { Override } from '../../../../shared/model/types'
import { formatNumber, formatUnitMoney } from '../../../../shared/report/format'

/**
 * The dollar fields of §2, by name: counts per seat or per unit (`unitsPerSeat`, `callsPerUnit`)
 * read as plain numbers, however their names end.
 */
const MONEY_FIELD =
  /^(seatPrice|platformFee|nonAiCogsPerSeat|pricePerUnit|costPerUnit|costPerUnitP95|fixedMonthly|fixedMonthlyCost|gpuHourlyCost|setupCost|\w+PerMTok)$/
const PERCENT_FIELD = /Pct$/

/** A number as the field at `path` reads; mix shares are percents, overage prices dollars. */
export function formatFieldValue(path: string, value: number): string {
  const field = lastSegment(path)
  if (MONEY_FIELD.test(field) || path.includes('/overagePrice/')) return formatUnitMoney(value)
  if (PERCENT_FIELD.test(field) || path.includes('/mix/')) return `${formatNumber(value)}%`
  return formatNumber(value)
}

export function formatOverrideValue(override: Override): string {
  switch (override.op) {
    case 'insert':
    case 'remove':
      return ''
    case 'scale':
      return `×${formatNumber(override.value, 4)}`
    case 'add':
      return `${override.value < 0 ? '−' : '+'}${formatFieldValue(override.path, Math.abs(override.value))}`
    case 'set':
      return formatFieldValue(override.path, override.value)
  }
}
