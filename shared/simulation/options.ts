/** A run's options (DESIGN.md §11), checked and completed with their defaults. */
import { DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS, MAX_SEED, type SimulationOptions } from './types'

function wholeNumberIn(name: string, value: unknown, least: number, most: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < least || value > most) {
    const bounds = Number.isFinite(most) ? `between ${least} and ${most}` : `at least ${least}`
    throw new Error(`${name} must be a whole number ${bounds}, got ${String(value)}`)
  }
  return value
}

/**
 * The options with defaults filled in; throws naming the first bad one. Whether the month is
 * within the horizon is known only with the document (see DrawEvaluator).
 */
export function settledOptions(options: Partial<SimulationOptions>): SimulationOptions {
  const scenarioId = options.scenarioId ?? null
  if (scenarioId !== null && typeof scenarioId !== 'string') {
    throw new Error(`scenarioId must be a scenario's id or null, got ${String(scenarioId)}`)
  }
  const forecast = options.forecast ?? true
  if (typeof forecast !== 'boolean') {
    throw new Error(`forecast must be true or false, got ${String(forecast)}`)
  }
  return {
    scenarioId,
    draws: wholeNumberIn('draws', options.draws ?? DEFAULT_DRAWS, 1, MAX_DRAWS),
    seed: wholeNumberIn('seed', options.seed ?? DEFAULT_SEED, 0, MAX_SEED),
    month: wholeNumberIn('month', options.month ?? 0, 0, Infinity),
    forecast,
  }
}
