import type { WorkspaceDoc } from '../../shared/model/types'
import { CliError } from './cliError'

/** A finite number, or exit 2 naming the flag: `--swing: 'ten' is not a number`. */
export function numberFlag(flag: string, text: string): number {
  const value = text.trim() === '' ? Number.NaN : Number(text)
  if (!Number.isFinite(value)) throw new CliError([`--${flag}: '${text}' is not a number`])
  return value
}

/** A forecast month: its index (0 = startMonth) or its 'YYYY-MM', within the horizon. */
export function monthFlag(doc: WorkspaceDoc, text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const month = /^\d+$/.test(text)
    ? Number(text)
    : /^\d{4}-(0[1-9]|1[0-2])$/.test(text)
      ? monthsBetween(doc.startMonth, text)
      : Number.NaN
  if (!Number.isInteger(month) || month < 0 || month >= doc.horizonMonths) {
    throw new CliError([
      `--month: '${text}' is not a month of the forecast (0..${doc.horizonMonths - 1} or YYYY-MM from ${doc.startMonth})`,
    ])
  }
  return month
}

function monthsBetween(start: string, month: string): number {
  const index = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1
  return index(month) - index(start)
}

/** A scenario id the document defines, or exit 2 listing the ones it has. */
export function requireScenario(doc: WorkspaceDoc, flag: string, id: string): string {
  if (doc.scenarios.some((scenario) => scenario.id === id)) return id
  const known = doc.scenarios.map((scenario) => scenario.id).join(', ') || 'none'
  throw new CliError([`--${flag}: no scenario '${id}' in this workspace (scenarios: ${known})`])
}

/** The `--scenario` flag: absent means the baseline. */
export function scenarioFlag(doc: WorkspaceDoc, id: string | undefined): string | undefined {
  return id === undefined ? undefined : requireScenario(doc, 'scenario', id)
}

/** A calendar date 'YYYY-MM-DD', or exit 2 naming the flag. */
export function dateFlag(flag: string, text: string): string {
  const date = new Date(`${text}T00:00:00Z`)
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(text)
  if (!valid) throw new CliError([`--${flag}: '${text}' is not a date (YYYY-MM-DD)`])
  return text
}
