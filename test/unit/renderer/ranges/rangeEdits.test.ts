import { describe, expect, it } from 'vitest'
import type { Edit } from '../../../../shared/model/editTypes'
import { applyEdits } from '../../../../shared/model/edits'
import type { Range, WorkspaceDoc } from '../../../../shared/model/types'
import { validateDocument } from '../../../../shared/model/validate'
import {
  editedRange,
  rangeCellEdits,
  rangeCellPath,
  removeRangeEdit,
  saveRangeEdit,
} from '../../../../renderer/src/views/uncertainty/ranges/rangeEdits'
import { exampleDocument } from '../../../fixtures/documents'

const tokens = 'features/support-agent/steps/triage/inputTokens'
const price = 'features/support-agent/pricePerUnit'
const scenarioId = 'route-to-mini'

const pert = (path: string, low: number, likely: number, high: number): Range => ({
  path,
  low,
  likely,
  high,
  shape: 'pert',
})

function withBaselineRanges(): WorkspaceDoc {
  return {
    ...structuredClone(exampleDocument('demo-workspace.json')),
    ranges: [pert(tokens, 1000, 1800, 3000)],
  }
}

/** The document the edits leave, checked as the store checks a commit. */
function applied(doc: WorkspaceDoc, edits: Edit[]): WorkspaceDoc {
  const result = applyEdits(doc, edits)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  const checked = validateDocument(result.doc, { derivedFrom: doc })
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems))
  return result.doc
}

describe('saving a range', () => {
  it('sets the baseline’s whole list: a path’s range replaced, a new one appended', () => {
    const doc = withBaselineRanges()
    const changed = pert(tokens, 1200, 1800, 2500)
    expect(saveRangeEdit(doc, null, changed)).toEqual({
      op: 'set',
      path: 'ranges',
      value: [changed],
    })
    const added = pert(price, 0.8, 0.99, 1.2)
    expect(applied(doc, [saveRangeEdit(doc, null, added)]).ranges).toEqual([doc.ranges![0], added])
  })

  it('goes to the active scenario’s own list, leaving the baseline alone', () => {
    const doc = withBaselineRanges()
    const own = pert(tokens, 1500, 1800, 2000)
    const after = applied(doc, [saveRangeEdit(doc, scenarioId, own)])
    expect(after.ranges).toEqual(doc.ranges)
    expect(after.scenarios.find((s) => s.id === scenarioId)?.ranges).toEqual([own])
  })
})

describe('removing a range', () => {
  it('drops the active layer’s own one, and the list with its last range', () => {
    const doc = withBaselineRanges()
    const edit = removeRangeEdit(doc, null, tokens)
    expect(edit).toEqual({ op: 'set', path: 'ranges', value: null })
    expect(applied(doc, [edit!]).ranges).toBeUndefined()
  })

  it('has nothing to drop where the range is inherited', () => {
    expect(removeRangeEdit(withBaselineRanges(), scenarioId, tokens)).toBeNull()
  })
})

describe('one field of a range', () => {
  const lognormal: Range = { path: price, low: 0.5, likely: 7, high: 2, shape: 'lognormal' }

  it('leaving lognormal brings a stray likely to the median', () => {
    expect(editedRange(lognormal, 'shape', 'pert')).toEqual({
      ...lognormal,
      likely: 1,
      shape: 'pert',
    })
    const inOrder = { ...lognormal, likely: 1.5 }
    expect(editedRange(inOrder, 'shape', 'uniform').likely).toBe(1.5)
  })

  it('a blank group drops it; a typed one is trimmed', () => {
    const grouped = editedRange(lognormal, 'group', '  prices ')
    expect(grouped.group).toBe('prices')
    expect(editedRange(grouped, 'group', null)).toEqual(lognormal)
  })
})

describe('cells of the Ranges grid', () => {
  it('change the stored range, several cells in one edit', () => {
    const doc = withBaselineRanges()
    const result = rangeCellEdits(doc, null, [
      { path: rangeCellPath('ranges/0', 'low'), value: 900, field: 'Low' },
      { path: rangeCellPath('ranges/0', 'high'), value: 4000, field: 'High' },
    ])
    expect(result).toEqual({
      ok: true,
      edits: [{ op: 'set', path: 'ranges', value: [pert(tokens, 900, 1800, 4000)] }],
    })
  })

  it('copy an inherited range into the active scenario, changed there only', () => {
    const doc = withBaselineRanges()
    const result = rangeCellEdits(doc, scenarioId, [
      { path: rangeCellPath('ranges/0', 'shape'), value: 'uniform', field: 'Shape' },
    ])
    if (!result.ok) throw new Error(result.reason)
    const after = applied(doc, result.edits)
    expect(after.ranges).toEqual(doc.ranges)
    expect(after.scenarios.find((s) => s.id === scenarioId)?.ranges).toEqual([
      { ...pert(tokens, 1000, 1800, 3000), shape: 'uniform' },
    ])
  })

  it('are refused where no range is stored', () => {
    const result = rangeCellEdits(withBaselineRanges(), null, [
      { path: rangeCellPath('ranges/5', 'low'), value: 1, field: 'Low' },
    ])
    expect(result).toEqual({ ok: false, reason: 'Low: no range there' })
  })
})
