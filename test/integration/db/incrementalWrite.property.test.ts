import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readDocument, writeDocument } from '../../../electron/db/queries/document'
import { openWorkspaceDb } from '../../../electron/db/workspaceDb'
import { applyEdits } from '../../../shared/model/edits'
import { validateDocument } from '../../../shared/model/validate'
import { useTempDirs } from '../../fixtures/tempDir'
import { EXAMPLE_NAMES, example } from '../../unit/model/fixtures'
import { editFor, type Choice } from '../../unit/model/randomEdits'

const tempDir = useTempDirs()
const choice = fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 10_000 }))

describe('writing only the entities an edit touched', () => {
  it('reads back exactly the edited document, edit after edit', async () => {
    let written = 0
    for (const name of EXAMPLE_NAMES) {
      const db = await openWorkspaceDb(join(tempDir(), `${name}.marginplan`), 'new')
      let saved = example(name)
      writeDocument(db, null, saved)
      fc.assert(
        fc.property(fc.array(choice, { minLength: 1, maxLength: 4 }), (choices: Choice[]) => {
          let counter = 0
          let next = saved
          for (const pick of choices) {
            const step = applyEdits(next, [
              editFor(next, pick, () => `added-${written}-${++counter}`),
            ])
            if (step.ok && validateDocument(step.doc).ok) next = step.doc
          }
          if (next === saved) return
          writeDocument(db, saved, next)
          expect(readDocument(db)).toStrictEqual(next)
          saved = next
          written++
        }),
        { numRuns: 60 },
      )
      db.close()
    }
    // Most batches hold a valid edit: count the documents really written and read back.
    expect(written).toBeGreaterThanOrEqual(EXAMPLE_NAMES.length * 30)
  })
})
