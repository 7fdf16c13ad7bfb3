/**
 * Money to the cent, for amounts per seat or per customer a month: "$89.27". Totals use
 * formatMoney (whole dollars), unit prices formatUnitMoney (fractions of a cent).
 */
const money2 = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})

export function formatCents(value: number | null | undefined): string {
  return value !== null && value !== undefined && Number.isFinite(value)
    ? money2.format(value)
    : '—'
}
