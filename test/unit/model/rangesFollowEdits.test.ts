/** Ranges name inputs by path: they follow a renamed id and go with a deleted entity. */
import { describe, expect, it } from 'vitest'
import { renameEdits } from '../../../shared/model/renameId'
import type { Range, WorkspaceDoc } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'
import { exampleDocument } from '../../fixtures/documents'
import { applyOk } from './editHelpers'

const pert = (path: string, low: number, likely: number, high: number): Range => ({
  path,
  low,
  likely,
  high,
  shape: 'pert',
})

/** support-agent whose "simple" feature has the id the app makes from "New feature". */
function withRanges(): WorkspaceDoc {
  const text = JSON.stringify(exampleDocument('support-agent.json'))
    .replaceAll('"simple"', '"new-feature"')
    .replaceAll('"Simple resolution"', '"New feature"')
  const doc = JSON.parse(text) as WorkspaceDoc
  doc.ranges = [
    pert('features/new-feature/steps/loop/outputTokens', 1000, 2000, 4000),
    pert('cohorts/all/usage/new-feature/unitsPerSeat', 300, 400, 600),
    pert('features/complex/pricePerUnit', 1, 2, 3),
  ]
  doc.scenarios[1]!.ranges = [pert('features/new-feature/retryRatePct', 0, 2, 10)]
  return doc
}

describe('ranges and edits', () => {
  it('follow a renamed feature id, in the baseline and in scenarios', () => {
    const doc = withRanges()
    const { doc: after } = applyOk(doc, renameEdits(doc, 'features/new-feature', 'Triage').edits)
    expect(after.ranges?.map((range) => range.path)).toEqual([
      'features/triage/steps/loop/outputTokens',
      'cohorts/all/usage/triage/unitsPerSeat',
      'features/complex/pricePerUnit',
    ])
    expect(after.scenarios[1]!.ranges?.map((range) => range.path)).toEqual([
      'features/triage/retryRatePct',
    ])
    expect(validateDocument(after).ok).toBe(true)
  })

  it('go with a feature deleted with its references, and come back on undo', () => {
    const doc = withRanges()
    const { doc: after } = applyOk(doc, [
      { op: 'delete', path: 'features/new-feature', cascade: true },
    ])
    expect(after.ranges?.map((range) => range.path)).toEqual(['features/complex/pricePerUnit'])
    expect(after.scenarios[1]!.ranges).toEqual([])
    expect(validateDocument(after).ok).toBe(true)
  })
})
