import { DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS, MAX_SEED } from '../../../../../shared/simulation'
import type { SimulationOptions } from '../../../../../shared/simulation'

/** What the person typed and chose: kept as text so a half-typed number is not snapped back. */
export interface RunSettings {
  draws: string
  seed: string
  month: number
}

export const defaultRunSettings: RunSettings = {
  draws: DEFAULT_DRAWS.toLocaleString('en-US'),
  seed: String(DEFAULT_SEED),
  month: 0,
}

/** A whole number as typed ("10,000" too); null when it is not one within [least, most]. */
function wholeNumberIn(text: string, least: number, most: number): number | null {
  const cleaned = text.replace(/[,\s_]/g, '')
  if (!/^\d+$/.test(cleaned)) return null
  const value = Number(cleaned)
  return value >= least && value <= most ? value : null
}

export interface SettingsProblem {
  field: 'draws' | 'seed'
  message: string
}

export type SettledRun =
  { ok: true; options: SimulationOptions } | { ok: false; problem: SettingsProblem }

/** The run's options, or what to fix before Run: the engine would refuse the same numbers. */
export function settleRun(settings: RunSettings, scenarioId: string | null): SettledRun {
  const draws = wholeNumberIn(settings.draws, 1, MAX_DRAWS)
  if (draws === null) {
    return {
      ok: false,
      problem: {
        field: 'draws',
        message: `Draws: a whole number from 1 to ${MAX_DRAWS.toLocaleString('en-US')}`,
      },
    }
  }
  const seed = wholeNumberIn(settings.seed, 0, MAX_SEED)
  if (seed === null) {
    return {
      ok: false,
      problem: {
        field: 'seed',
        message: `Seed: a whole number from 0 to ${MAX_SEED.toLocaleString('en-US')}`,
      },
    }
  }
  // The fan needs every month of the horizon, as `margin simulate --json` prints it.
  return { ok: true, options: { scenarioId, draws, seed, month: settings.month, forecast: true } }
}
