/** An explanation's link: the rows it selects and the cell it asks a grid to focus, per target. */
import { afterEach, describe, expect, it } from 'vitest'
import {
  cohortCell,
  componentCell,
  featureCell,
  mixShareCell,
  planCell,
  priceCell,
  stepCell,
  usageCell,
} from '../../../shared/engine/explain/targets'
import { goToCell } from '../../../renderer/src/explain/goToCell'
import { useFocusRequest } from '../../../renderer/src/explain/focusRequest'
import { useNavigation } from '../../../renderer/src/frame/navigation'
import { exampleDocument } from '../../fixtures/documents'

const doc = exampleDocument('support-agent.json')

afterEach(() => {
  useNavigation.setState({ view: 'overview', selection: {} })
  useFocusRequest.setState({ request: null })
})

describe('goToCell', () => {
  it.each([
    [
      featureCell('complex', 'costPerUnit'),
      { feature: 'complex' },
      { gridId: 'grid-features', rowId: 'complex', columnId: 'costPerUnit' },
    ],
    [
      stepCell('complex', 'loop', 'callCost'),
      { feature: 'complex', step: 'loop' },
      { gridId: 'grid-steps', rowId: 'loop', columnId: 'callCost', scope: 'complex' },
    ],
    [
      componentCell('simple', 'db', 'costPerUnit'),
      { feature: 'simple', component: 'db' },
      { gridId: 'grid-components', rowId: 'db', columnId: 'costPerUnit', scope: 'simple' },
    ],
    [
      mixShareCell('complex', 'loop', 'gpt-4o'),
      { feature: 'complex', step: 'loop' },
      { gridId: 'grid-mix', rowId: '0', columnId: 'sharePct', scope: 'complex/loop' },
    ],
    [
      cohortCell('all', 'customers'),
      { cohort: 'all' },
      { gridId: 'grid-cohorts', rowId: 'all', columnId: 'customers' },
    ],
    [
      usageCell('all', 'simple', 'tokenScale'),
      { cohort: 'all' },
      { gridId: 'grid-token-scale', rowId: 'all', columnId: 'simple' },
    ],
    [
      planCell('usage', 'seatPrice'),
      { plan: 'usage' },
      { gridId: 'grid-plans', rowId: 'usage', columnId: 'seatPrice' },
    ],
    [
      priceCell('gpt-4o', 0, 'inputPerMTok'),
      { model: 'gpt-4o', price: '0' },
      { gridId: 'grid-prices', rowId: '0', columnId: 'inputPerMTok', scope: 'gpt-4o' },
    ],
  ])('%o selects its rows and asks for its cell', (target, selection, request) => {
    goToCell(doc, target)
    expect(useNavigation.getState().view).toBe(target.view)
    expect(useNavigation.getState().selection).toEqual(selection)
    expect(useFocusRequest.getState().request).toEqual(request)
  })

  it('does nothing for a share of a model no longer in the mix', () => {
    goToCell(doc, mixShareCell('simple', 'loop', 'gpt-4o-mini'))
    expect(useFocusRequest.getState().request).toBeNull()
    expect(useNavigation.getState().view).toBe('overview')
  })
})
