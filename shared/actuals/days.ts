/**
 * Calendar days as 'YYYY-MM-DD' text, counted with integer arithmetic (days since 1970-01-01 in
 * the proleptic Gregorian calendar). No `Date`: a local time zone can never shift a day.
 */

/** Days from 1970-01-01 to `day` (negative before it). Howard Hinnant's days_from_civil. */
export function dayNumber(day: string): number {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number)
  // A year that starts in March puts the leap day last, so month lengths follow one formula.
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0')

/** The 'YYYY-MM-DD' of a day number: the inverse of dayNumber (civil_from_days). */
export function dayOfNumber(number: number): string {
  const shifted = number + 719_468
  const era = Math.floor(shifted / 146_097)
  const dayOfEra = shifted - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153)
  const date = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`
}

export const addDays = (day: string, days: number): string => dayOfNumber(dayNumber(day) + days)

/** `to` − `from` in days: 1 from a day to the next. */
export const dayDiff = (from: string, to: string): number => dayNumber(to) - dayNumber(from)

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: string, to: string): string[] {
  const first = dayNumber(from)
  return Array.from({ length: Math.max(0, dayNumber(to) - first + 1) }, (_, i) =>
    dayOfNumber(first + i),
  )
}

/** The Monday on or before `day` (ISO weeks start on Monday). */
export function isoWeekStart(day: string): string {
  const number = dayNumber(day)
  // Day 0, 1970-01-01, was a Thursday: three days after a Monday.
  const sinceMonday = (((number + 3) % 7) + 7) % 7
  return dayOfNumber(number - sinceMonday)
}

/** 'YYYY-MM' of a day ('YYYY-MM-DD') or of a month. */
export const monthOf = (day: string): string => day.slice(0, 7)

/** How many days the month of `monthOrDay` ('YYYY-MM' or 'YYYY-MM-DD') has. */
export function daysInMonth(monthOrDay: string): number {
  // Arithmetic on the digits: this runs for every aggregate of a year of actuals.
  const year = Number(monthOrDay.slice(0, 4))
  const month = Number(monthOrDay.slice(5, 7))
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return leap ? 29 : 28
}
