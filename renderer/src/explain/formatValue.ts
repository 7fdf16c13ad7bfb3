/** An explanation's numbers, formatted as the grids format the same figures. */
import type { ValueFormat } from '../../../shared/engine/explain'
import {
  formatCallMoney,
  formatCents,
  formatMoney,
  formatNumber,
  formatPctTrimmed,
  formatUnitMoney,
} from '../../../shared/report/format'

export function formatValue(value: number | null, format: ValueFormat): string {
  switch (format) {
    case 'money':
      return formatMoney(value)
    case 'cents':
      return formatCents(value)
    case 'unitMoney':
      return formatUnitMoney(value)
    case 'callMoney':
      return formatCallMoney(value)
    case 'perMTok':
      return `${formatUnitMoney(value)} / MTok`
    case 'pct':
      return formatPctTrimmed(value)
    case 'tokens':
      return `${formatNumber(value, 0)} tokens`
    case 'times':
      return `${formatNumber(value, 2)}×`
    default:
      return formatNumber(value, 2)
  }
}
