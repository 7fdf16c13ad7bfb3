import { describe, expect, it } from 'vitest'
import type { Edit } from '../../../shared/model/editTypes'
import { applyEdits } from '../../../shared/model/edits'
import { deepFreeze, example } from './fixtures'

const EDITS: Edit[] = [
  { op: 'set', path: 'workspace/name', value: 'Renamed' },
  { op: 'set', path: 'features/complex/steps/loop/inputTokens', value: 9000 },
  { op: 'set', path: 'features/simple/floorPct', value: null },
  { op: 'set', path: 'plans/usage/includedUnits/simple', value: 10 },
  {
    op: 'insert',
    path: 'models/gpt-4o/prices',
    value: { from: '2026-01-01', inputPerMTok: 2, outputPerMTok: 8 },
  },
  { op: 'delete', path: 'scenarios/fire-drill/overrides/1' },
  { op: 'delete', path: 'models/gpt-4o-mini', cascade: true },
  { op: 'delete', path: 'features/simple', cascade: true },
  { op: 'delete', path: 'scenarios/price-complex', cascade: true },
]

describe('applyEdits never changes its input', () => {
  it('works on a deeply frozen document (any write to it would throw)', () => {
    const original = example('support-agent')
    const frozen = deepFreeze(structuredClone(original))
    const result = applyEdits(frozen, EDITS)
    expect(result.ok).toBe(true)
    expect(frozen).toStrictEqual(original)
    if (!result.ok) return
    const undone = applyEdits(deepFreeze(result.doc), deepFreeze(result.inverse))
    expect(undone.ok && undone.doc).toStrictEqual(original)
  })

  it('shares every untouched part with the input', () => {
    const doc = example('support-agent')
    const result = applyEdits(doc, [
      { op: 'set', path: 'features/complex/steps/loop/inputTokens', value: 9000 },
    ])
    if (!result.ok) throw new Error('edit failed')
    const after = result.doc
    expect(after).not.toBe(doc)
    expect(after.features).not.toBe(doc.features)
    expect(after.features[1]).not.toBe(doc.features[1])
    expect(after.features[1]?.steps[0]?.mix).toBe(doc.features[1]?.steps[0]?.mix)
    expect(after.features[0]).toBe(doc.features[0])
    expect(after.models).toBe(doc.models)
    expect(after.cohorts).toBe(doc.cohorts)
    expect(after.scenarios).toBe(doc.scenarios)
  })

  it('returns the input itself for an empty batch', () => {
    const doc = example('support-agent')
    const result = applyEdits(doc, [])
    expect(result).toEqual({ ok: true, doc, inverse: [] })
    expect(result.ok && result.doc).toBe(doc)
  })

  it('does not change the values of the edits it applies', () => {
    const value = { id: 'x', name: 'X', unit: 'u', category: 'core', steps: [], components: [] }
    const edits = deepFreeze<Edit[]>([
      { op: 'insert', path: 'features', value },
      { op: 'set', path: 'features/x/name', value: 'Y' },
    ])
    const result = applyEdits(example('support-agent'), edits)
    expect(result.ok && result.doc.features[2]?.name).toBe('Y')
    expect(value.name).toBe('X')
  })
})
