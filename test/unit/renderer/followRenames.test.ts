import { afterEach, describe, expect, it } from 'vitest'
import { followRenames } from '../../../renderer/src/frame/followRenames'
import { useNavigation } from '../../../renderer/src/frame/navigation'
import { editsForCells } from '../../../renderer/src/store/cellEdits'
import { exampleDocument } from '../../fixtures/documents'

afterEach(() => useNavigation.setState({ selection: {} }))

describe('the selection follows a renamed row', () => {
  it('moves a selected step to the id it followed; two names typed at once move nothing', () => {
    const doc = structuredClone(exampleDocument('support-agent.json'))
    doc.features[0]!.steps[0]!.id = 'new-step'
    doc.features[0]!.steps[0]!.name = 'New step'
    useNavigation.setState({ selection: { step: 'new-step', feature: 'simple' } })
    const renamed = editsForCells(doc, null, [
      { path: 'features/simple/steps/new-step/name', value: 'Classify', field: 'Step' },
    ])
    followRenames(renamed.ok ? (renamed.moved ?? []) : [])
    expect(useNavigation.getState().selection).toEqual({ step: 'classify', feature: 'simple' })

    // Typed ids keep theirs: renaming both features at once leaves the selection where it was.
    const both = editsForCells(doc, null, [
      { path: 'features/simple/name', value: 'Easy', field: 'Feature' },
      { path: 'features/complex/name', value: 'Hard', field: 'Feature' },
    ])
    expect(both.ok && both.moved).toEqual([])
    followRenames(both.ok ? (both.moved ?? []) : [])
    expect(useNavigation.getState().selection.feature).toBe('simple')
  })
})
