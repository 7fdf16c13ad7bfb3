import { describe, expect, it } from 'vitest'
import { renameEdits } from '../../../shared/model/renameId'
import { renamedIds } from '../../../renderer/src/frame/followRenames'
import { exampleDocument } from '../../fixtures/documents'

describe('renamedIds', () => {
  it('reads the new id of a row whose id followed its name, and nothing for one that kept it', () => {
    const doc = structuredClone(exampleDocument('support-agent.json'))
    doc.features[0]!.steps[0]!.id = 'new-step'
    doc.features[0]!.steps[0]!.name = 'New step'
    const followed = renameEdits(doc, 'features/simple/steps/new-step', 'Classify')
    expect(renamedIds(['features/simple/steps/new-step/name'], followed)).toEqual(
      new Map([['new-step', 'classify']]),
    )
    const kept = renameEdits(doc, 'features/complex', 'Hard tickets')
    expect(renamedIds(['features/complex/name'], kept)).toEqual(new Map())
  })
})
