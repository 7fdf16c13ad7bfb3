/**
 * A Monte Carlo run over a workspace's ranges (DESIGN.md §11): N seeded draws, each setting every
 * range's value as a `set` override after the scenario's and evaluating the §5 results. Synchronous;
 * a worker calls it and posts the progress it reports.
 */
import type { WorkspaceDoc } from '../model/types'
import { rangeQuantile } from './distributions'
import { DrawEvaluator } from './drawEvaluator'
import { DrawStore } from './drawStore'
import { rangesInForce } from './effectiveRanges'
import { PlanRecord } from './planRecord'
import { settledOptions } from './options'
import { seededUniform } from './random'
import { drawSources } from './sources'
import { summarize } from './summary'
import type {
  SimulationOptions,
  SimulationProgress,
  SimulationResult,
  SimulationSamples,
} from './types'

export interface SimulationHooks {
  onProgress?(progress: SimulationProgress): void
  /** Draws between progress reports; default 250. */
  progressEvery?: number
}

const DEFAULT_PROGRESS_EVERY = 250

function progressEveryOf(hooks: SimulationHooks): number {
  const every = hooks.progressEvery ?? DEFAULT_PROGRESS_EVERY
  if (!Number.isInteger(every) || every < 1) {
    throw new Error(`progressEvery must be a whole number at least 1, got ${every}`)
  }
  return every
}

/**
 * Throws, naming what is wrong, on a bad option, an unknown scenario, overrides that do not apply,
 * or a range that names nothing or whose drawn value cannot be set (a mix share with nothing left
 * to rescale).
 */
export function simulate(
  doc: WorkspaceDoc,
  options: Partial<SimulationOptions>,
  hooks: SimulationHooks = {},
): { result: SimulationResult; samples: SimulationSamples } {
  const settled = settledOptions(options)
  const progressEvery = progressEveryOf(hooks)
  const { draws } = settled
  const inForce = rangesInForce(doc, settled.scenarioId)
  const ranges = inForce.map((each) => each.range)
  const sources = drawSources(ranges)
  const evaluator = new DrawEvaluator(doc, inForce, settled)

  // The plan itself — the scenario as `compute` gives it — is the line the draws spread around.
  const plan = new PlanRecord()
  new DrawEvaluator(doc, [], settled).evaluate(new Float64Array(0), plan)

  const forecastMonths = settled.forecast ? evaluator.horizonMonths : 0
  const store = new DrawStore(draws, forecastMonths, evaluator.featureIds.length)
  const uniforms = new Float64Array(sources.length * draws)
  const values = new Float64Array(ranges.length)
  const uniform = seededUniform(settled.seed)
  for (let draw = 0; draw < draws; draw++) {
    // One uniform per source, sources in order: the same seed gives the same draws however the
    // run is reported in chunks.
    sources.forEach((source, s) => {
      const u = uniform()
      uniforms[s * draws + draw] = u
      for (const r of source.ranges) values[r] = rangeQuantile(ranges[r]!, u)
    })
    evaluator.evaluate(values, store.at(draw))
    const done = draw + 1
    if (done % progressEvery === 0 || done === draws) hooks.onProgress?.({ done, total: draws })
  }

  const result = summarize({
    options: settled,
    ranges,
    sources,
    monthLabels: evaluator.monthLabels,
    featureIds: evaluator.featureIds,
    store,
    plan,
    uniforms,
  })
  return { result, samples: { portfolioMarginPct: store.marginPct } }
}
