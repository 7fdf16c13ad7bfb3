/**
 * Following an explanation's link: the view, the rows that must be selected for the cell's grid
 * to show it (a step's feature, a price's model), then a focus request for the cell itself.
 */
import type { CellTarget } from '../../../shared/engine/explain'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { useNavigation, type SelectionKind } from '../frame/navigation'
import { useFocusRequest, type FocusRequest } from './focusRequest'

type Selections = [SelectionKind, string][]

interface Resolved {
  select: Selections
  focus: FocusRequest
}

/** What a target path selects and which grid row shows it; null for a path it does not know. */
function resolve(doc: WorkspaceDoc, { path, column }: CellTarget): Resolved | null {
  const parts = path.split('/')
  const [collection, id = '', sub, subId = '', leaf, leafId = ''] = parts
  const focus = (gridId: string, rowId: string, scope?: string): FocusRequest => ({
    gridId,
    rowId,
    columnId: column,
    ...(scope === undefined ? {} : { scope }),
  })
  if (collection === 'features') {
    if (sub === undefined) return { select: [['feature', id]], focus: focus('grid-features', id) }
    if (sub === 'components') {
      return {
        select: [
          ['feature', id],
          ['component', subId],
        ],
        focus: focus('grid-components', subId, id),
      }
    }
    const select: Selections = [
      ['feature', id],
      ['step', subId],
    ]
    if (leaf !== 'mix') return { select, focus: focus('grid-steps', subId, id) }
    const step = doc.features.find((f) => f.id === id)?.steps.find((s) => s.id === subId)
    const index = step?.mix.findIndex((entry) => entry.modelId === leafId) ?? -1
    return index < 0 ? null : { select, focus: focus('grid-mix', String(index), `${id}/${subId}`) }
  }
  if (collection === 'cohorts') {
    if (sub === 'usage') {
      const gridId = column === 'tokenScale' ? 'grid-token-scale' : 'grid-usage'
      return { select: [['cohort', id]], focus: { gridId, rowId: id, columnId: subId } }
    }
    return { select: [['cohort', id]], focus: focus('grid-cohorts', id) }
  }
  if (collection === 'plans') return { select: [['plan', id]], focus: focus('grid-plans', id) }
  if (collection === 'models' && sub === 'prices') {
    return {
      select: [
        ['model', id],
        ['price', subId],
      ],
      focus: focus('grid-prices', subId, id),
    }
  }
  return null
}

/** Shows the target's view and focuses its cell. */
export function goToCell(doc: WorkspaceDoc, target: CellTarget): void {
  const resolved = resolve(doc, target)
  if (resolved === null) return
  const navigation = useNavigation.getState()
  navigation.go(target.view)
  for (const [kind, id] of resolved.select) navigation.select(kind, id)
  useFocusRequest.getState().ask(resolved.focus)
}
