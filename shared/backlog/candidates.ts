/**
 * Candidate levers (§12): every generator run on the document as the active scenario leaves it at
 * the month. A lever proposed for a later month starts then: its overrides apply from that month,
 * so a scenario made from it leaves the months before as they were.
 */
import { assertMonth } from '../engine/monthResult'
import type { WorkspaceDoc } from '../model/types'
import { addOverageLevers } from './addOverage'
import { batchLevers } from './batch'
import { candidateContext, type CandidateContext } from './candidateContext'
import { capOutputLevers } from './capOutput'
import { compressInputLevers } from './compressInput'
import { priceToFloorLevers } from './priceToFloor'
import { promptCacheLevers } from './promptCache'
import { responseCacheLevers } from './responseCache'
import { routeCheaperModelLevers } from './routeCheaperModel'
import { selfHostLevers } from './selfHost'
import type { Lever } from './types'

const GENERATORS: readonly ((context: CandidateContext) => Lever[])[] = [
  routeCheaperModelLevers,
  responseCacheLevers,
  promptCacheLevers,
  batchLevers,
  compressInputLevers,
  capOutputLevers,
  priceToFloorLevers,
  addOverageLevers,
  selfHostLevers,
]

const startingAt = (lever: Lever, month: number): Lever => ({
  ...lever,
  overrides: lever.overrides.map((override) => ({
    ...override,
    fromMonth: Math.max(override.fromMonth ?? 0, month),
  })),
})

/** Throws, as the engine does, on an unknown scenario or overrides that do not apply. */
export function candidateLevers(doc: WorkspaceDoc, scenarioId: string | null, month = 0): Lever[] {
  assertMonth(month)
  const context = candidateContext(doc, scenarioId, month)
  const levers = GENERATORS.flatMap((generate) => generate(context))
  return month === 0 ? levers : levers.map((lever) => startingAt(lever, month))
}
