const YEAR_MONTH = /^(\d{4})-(\d{2})$/
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function isMonth(month: number): boolean {
  return month >= 1 && month <= 12
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone shifts.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** 'YYYY-MM' naming a real month. */
export function isYearMonth(text: string): boolean {
  const match = YEAR_MONTH.exec(text)
  return match !== null && isMonth(Number(match[2]))
}

/** 'YYYY-MM-DD' naming a real day (no 2025-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = CALENDAR_DATE.exec(text)
  if (match === null) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  return isMonth(month) && day >= 1 && day <= daysInMonth(year, month)
}
