import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Edit } from '../../../shared/model/editTypes'
import { applyEdits } from '../../../shared/model/edits'
import { EXAMPLE_NAMES, deepFreeze, example } from './fixtures'
import { editFor, type Choice } from './randomEdits'

const choice = fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: -5, max: 100_000 }))

describe('applyEdits: the inverse undoes any batch exactly', () => {
  it('restores the original after random edits on the examples', () => {
    // Refused edits are dropped: count the batches and edits that were really undone.
    const ran = { emptyBatches: 0, batches: 0, edits: 0 }
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLE_NAMES),
        fc.array(choice, { minLength: 1, maxLength: 8 }),
        (name, choices: Choice[]) => {
          const original = deepFreeze(example(name))
          let counter = 0
          const fresh = () => `new-${++counter}`
          // Each edit is chosen on the document left by the ones before; refused ones are dropped.
          const edits: Edit[] = []
          let current = original
          for (const pick of choices) {
            const edit = editFor(current, pick, fresh)
            const step = applyEdits(current, [edit])
            if (!step.ok) continue
            edits.push(edit)
            current = step.doc
          }

          if (edits.length === 0) ran.emptyBatches++
          else ran.batches++
          ran.edits += edits.length
          const batch = applyEdits(original, edits)
          expect(batch.ok).toBe(true)
          if (!batch.ok) return
          expect(batch.doc).toStrictEqual(current)
          const undone = applyEdits(batch.doc, batch.inverse)
          expect(undone.ok).toBe(true)
          if (undone.ok) expect(undone.doc).toStrictEqual(example(name))
        },
      ),
      { numRuns: 1000 },
    )
    // At least 90% of the batches keep an edit, and on average at least two edits are undone.
    expect(ran.emptyBatches + ran.batches).toBe(1000)
    expect(ran.batches).toBeGreaterThanOrEqual(900)
    expect(ran.edits).toBeGreaterThanOrEqual(2 * 1000)
  })
})
