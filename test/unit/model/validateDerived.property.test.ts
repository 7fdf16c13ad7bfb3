import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyEdits } from '../../../shared/model/edits'
import { validateDocument } from '../../../shared/model/validate'
import { EXAMPLE_NAMES, deepFreeze, example } from './fixtures'
import { editFor, type Choice } from './randomEdits'

// Out-of-range numbers (negative shares, prices) as well as valid ones, so some results are invalid.
const choice = fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: -5, max: 100_000 }))

describe('validateDocument derivedFrom: walking only what the edits touched', () => {
  it('finds exactly what a full validation finds, after any random edits', () => {
    const ran = { valid: 0, invalid: 0 }
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLE_NAMES),
        fc.array(choice, { minLength: 1, maxLength: 6 }),
        (name, choices: Choice[]) => {
          const original = deepFreeze(example(name))
          let counter = 0
          const fresh = () => `new-${++counter}`
          let current = original
          for (const pick of choices) {
            const step = applyEdits(current, [editFor(current, pick, fresh)])
            if (step.ok) current = step.doc
          }
          const full = validateDocument(current)
          expect(validateDocument(current, { derivedFrom: original })).toStrictEqual(full)
          if (full.ok) ran.valid++
          else ran.invalid++
        },
      ),
      { numRuns: 600 },
    )
    // Both outcomes must be exercised for the comparison to mean something.
    expect(ran.valid + ran.invalid).toBe(600)
    expect(ran.valid).toBeGreaterThanOrEqual(60)
    expect(ran.invalid).toBeGreaterThanOrEqual(60)
  })

  it('still finds an untouched feature naming a model the edit deleted (ids differ)', () => {
    const original = deepFreeze(example('support-agent'))
    const deleted = applyEdits(original, [{ op: 'delete', path: 'models/gpt-4o' }])
    if (!deleted.ok) throw new Error('the delete itself was refused')
    const derived = validateDocument(deleted.doc, { derivedFrom: original })
    expect(derived).toStrictEqual(validateDocument(deleted.doc))
    expect(derived.ok ? [] : derived.problems.map((problem) => problem.path)).toContain(
      'features[simple].steps[loop].mix[gpt-4o].modelId',
    )
  })
})
