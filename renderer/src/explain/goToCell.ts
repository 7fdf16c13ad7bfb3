/**
 * Following an explanation's link: the view, the rows that must be selected for the cell's grid
 * to show it (a step's feature, a price's model), then a focus request for the cell itself.
 */
import type { CellTarget } from '../../../shared/engine/explain'
import { segmentRoles } from '../../../shared/model/paths/walk'
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
  const items = (segmentRoles(path) ?? []).flatMap((role) =>
    role.role === 'item' ? [{ collection: role.collection, key: role.segment }] : [],
  )
  const keyOf = (collection: string): string =>
    items.find((item) => item.collection === collection)?.key ?? ''
  const focus = (gridId: string, rowId: string, scope?: string): FocusRequest => ({
    gridId,
    rowId,
    columnId: column,
    ...(scope === undefined ? {} : { scope }),
  })
  const [feature, step, cohort] = [keyOf('features'), keyOf('steps'), keyOf('cohorts')]
  // The deepest item the path names is the row to focus; the ones above it are selected first.
  switch (items.at(-1)?.collection) {
    case 'features':
      return { select: [['feature', feature]], focus: focus('grid-features', feature) }
    case 'components': {
      const component = keyOf('components')
      return {
        select: [
          ['feature', feature],
          ['component', component],
        ],
        focus: focus('grid-components', component, feature),
      }
    }
    case 'steps':
      return {
        select: [
          ['feature', feature],
          ['step', step],
        ],
        focus: focus('grid-steps', step, feature),
      }
    case 'mix': {
      const mix = doc.features.find((f) => f.id === feature)?.steps.find((s) => s.id === step)?.mix
      const index = mix?.findIndex((entry) => entry.modelId === keyOf('mix')) ?? -1
      if (index < 0) return null
      return {
        select: [
          ['feature', feature],
          ['step', step],
        ],
        focus: focus('grid-mix', String(index), `${feature}/${step}`),
      }
    }
    case 'usage': {
      const gridId = column === 'tokenScale' ? 'grid-token-scale' : 'grid-usage'
      return {
        select: [['cohort', cohort]],
        focus: { gridId, rowId: cohort, columnId: keyOf('usage') },
      }
    }
    case 'cohorts':
      return { select: [['cohort', cohort]], focus: focus('grid-cohorts', cohort) }
    case 'plans':
      return { select: [['plan', keyOf('plans')]], focus: focus('grid-plans', keyOf('plans')) }
    case 'prices': {
      const [model, price] = [keyOf('models'), keyOf('prices')]
      return {
        select: [
          ['model', model],
          ['price', price],
        ],
        focus: focus('grid-prices', price, model),
      }
    }
    default:
      return null
  }
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
