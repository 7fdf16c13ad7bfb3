import { expect, it } from 'vitest'
import { rangeProblems } from '../../../../renderer/src/views/uncertainty/ranges/rangeCommit'
import { exampleDocument } from '../../../fixtures/documents'

it('names the range field a problem is about, and the inputs it quotes in words', () => {
  const doc = exampleDocument('demo-workspace.json')
  const problems = rangeProblems(doc, [
    {
      path: 'scenarios[route-to-mini].ranges[0].high',
      message: 'must be between 0 and 100 for features/support-agent/responseCacheHitPct',
    },
    { path: 'ranges[1]', message: 'low, likely and high must be in order' },
    { path: 'features[support-agent].pricePerUnit', message: 'must not be negative' },
  ])
  expect(problems).toEqual([
    {
      field: 'high',
      text: 'High: must be between 0 and 100 for Support agent · response cache hit %',
    },
    { field: null, text: 'low, likely and high must be in order' },
    { field: null, text: 'Support agent · price per unit: must not be negative' },
  ])
})
