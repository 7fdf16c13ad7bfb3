import { create } from 'zustand'

export const viewList = [
  { id: 'overview', label: 'Overview' },
  { id: 'features', label: 'Features' },
  { id: 'models', label: 'Models' },
  { id: 'pricing', label: 'Pricing & cohorts' },
  { id: 'scenarios', label: 'Scenarios' },
  { id: 'uncertainty', label: 'Uncertainty' },
  { id: 'opportunities', label: 'Opportunities' },
  { id: 'selfhost', label: 'Self-host' },
  { id: 'actuals', label: 'Actuals' },
  { id: 'reports', label: 'Reports' },
] as const

export type ViewId = (typeof viewList)[number]['id']

const viewIds = new Set<string>(viewList.map((item) => item.id))

export const isViewId = (view: string | undefined): view is ViewId =>
  view !== undefined && viewIds.has(view)

export type SelectionKind =
  'feature' | 'step' | 'component' | 'model' | 'price' | 'plan' | 'cohort' | 'selfHost' | 'override'

/** Which row each grid has focused; kept while the person moves between views. */
export type Selection = Partial<Record<SelectionKind, string>>

interface NavigationState {
  view: ViewId
  selection: Selection
  go(view: ViewId): void
  select(kind: SelectionKind, id: string | undefined): void
}

export const useNavigation = create<NavigationState>()((set) => ({
  view: 'overview',
  selection: {},
  go: (view) => set({ view }),
  select: (kind, id) => set((state) => ({ selection: { ...state.selection, [kind]: id } })),
}))
