/**
 * The edit stream of the crash test: batch k renames the workspace and every feature after k,
 * sets the first step's input tokens of every feature to 1000 + k, and swaps the extra step
 * `crash-(k-1)` of the first feature for `crash-k`. A file holds the state after exactly one
 * batch, so a batch half applied (or one lost) shows as a document that is no `stateAfter(k)`.
 */
import type { Edit } from '../../../shared/model/editTypes'
import type { Step, WorkspaceDoc } from '../../../shared/model/types'

const WORKSPACE_NAME = /^Crash batch (\d+)$/

function crashStep(k: number): Step {
  return {
    id: `crash-${k}`,
    name: `Crash step ${k}`,
    callsPerUnit: 1,
    inputTokens: k,
    outputTokens: 1,
    mix: [{ modelId: 'gpt-4o-mini', sharePct: 100 }],
  }
}

/** The edits of batch k (k ≥ 1), made on the state after batch k − 1. */
export function batchEdits(start: WorkspaceDoc, k: number): Edit[] {
  const first = start.features[0]!
  const edits: Edit[] = [{ op: 'set', path: 'workspace/name', value: `Crash batch ${k}` }]
  for (const feature of start.features) {
    edits.push({ op: 'set', path: `features/${feature.id}/name`, value: `${feature.name} #${k}` })
    const step = feature.steps[0]
    if (step) {
      const path = `features/${feature.id}/steps/${step.id}/inputTokens`
      edits.push({ op: 'set', path, value: 1000 + k })
    }
  }
  edits.push({
    op: 'insert',
    path: `features/${first.id}/steps`,
    value: { ...crashStep(k), mix: [{ modelId: 'gpt-4o-mini', sharePct: 100 }] },
  })
  if (k > 1) edits.push({ op: 'delete', path: `features/${first.id}/steps/crash-${k - 1}` })
  return edits
}

/** The document after batches 1..k over `start` (k = 0: `start` itself), built without edits. */
export function stateAfter(start: WorkspaceDoc, k: number): WorkspaceDoc {
  const doc = structuredClone(start)
  if (k === 0) return doc
  doc.name = `Crash batch ${k}`
  for (const feature of doc.features) {
    feature.name = `${feature.name} #${k}`
    if (feature.steps[0]) feature.steps[0].inputTokens = 1000 + k
  }
  doc.features[0]!.steps.push(crashStep(k))
  return doc
}

/** The batch a file's document claims to be after, from its name (0 for the start). */
export function claimedBatch(doc: WorkspaceDoc): number {
  const match = WORKSPACE_NAME.exec(doc.name)
  return match ? Number(match[1]) : 0
}
