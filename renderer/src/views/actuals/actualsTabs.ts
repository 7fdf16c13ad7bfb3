import { create } from 'zustand'

/** The Actuals view's pages: what happened, against the plan, the alerts and the review. */
export const actualsTabs = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'plan', label: 'Plan vs actual' },
  { id: 'alerts', label: 'Alerts' },
  { id: 'calibration', label: 'Calibration' },
  { id: 'review', label: 'Weekly review' },
  { id: 'imports', label: 'Imports' },
] as const

export type ActualsTab = (typeof actualsTabs)[number]['id']

interface ActualsTabState {
  tab: ActualsTab
  show(tab: ActualsTab): void
}

/** Kept while the person moves between views, so a link into an alert lands on its tab. */
export const useActualsTab = create<ActualsTabState>()((set) => ({
  tab: 'dashboard',
  show: (tab) => set({ tab }),
}))
