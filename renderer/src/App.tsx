import { lazy, Suspense, useEffect, type ReactNode } from 'react'
import { ModelPickerHost } from './catalog/ModelPicker'
import { ChoiceDialog } from './frame/ChoiceDialog'
import { ConfirmDialog } from './frame/ConfirmDialog'
import { EmptyState } from './frame/EmptyState'
import { NavBar } from './frame/NavBar'
import { useNavigation, type ViewId } from './frame/navigation'
import { NoticeBar } from './frame/NoticeBar'
import { PrintHeader } from './frame/PrintHeader'
import { ReadOnlyBanner } from './frame/ReadOnlyBanner'
import { usePrintShortcut } from './frame/printMode'
import { useHistoryShortcuts } from './frame/shortcuts'
import { StatusBar } from './frame/StatusBar'
import { TopBar } from './frame/TopBar'
import { useFileWatch } from './frame/useFileWatch'
import { useRememberedView } from './frame/useRememberedView'
import { useWorkspace } from './store/workspaceStore'
import { FeaturesView } from './views/features/FeaturesView'
import { ModelsView } from './views/models/ModelsView'
import { OverviewScreen } from './views/OverviewScreen'
import { PricingView } from './views/pricing/PricingView'
import { ReportsView } from './views/reports/ReportsView'
import { ScenariosView } from './views/scenarios/ScenariosView'
import { SelfHostView } from './views/selfhost/SelfHostView'

/**
 * Actuals (imports, their worker, four pages of charts) load when first opened: a workspace
 * without actuals never pays for them, and the first load stays small.
 */
const ActualsView = lazy(() =>
  import('./views/actuals/ActualsView').then((module) => ({ default: module.ActualsView })),
)

/** Ranges and Monte Carlo (§11): its worker and charts load when first opened. */
const UncertaintyView = lazy(() =>
  import('./views/uncertainty/UncertaintyView').then((module) => ({
    default: module.UncertaintyView,
  })),
)

/** The margin improvement backlog (§12), loaded when first opened. */
const OpportunitiesView = lazy(() =>
  import('./views/opportunities/OpportunitiesView').then((module) => ({
    default: module.OpportunitiesView,
  })),
)

const screens: Record<ViewId, () => ReactNode> = {
  overview: () => <OverviewScreen />,
  features: () => <FeaturesView />,
  models: () => <ModelsView />,
  pricing: () => <PricingView />,
  scenarios: () => <ScenariosView />,
  uncertainty: () => (
    <Suspense fallback={<div className="loading">Opening Uncertainty…</div>}>
      <UncertaintyView />
    </Suspense>
  ),
  opportunities: () => (
    <Suspense fallback={<div className="loading">Opening Opportunities…</div>}>
      <OpportunitiesView />
    </Suspense>
  ),
  selfhost: () => <SelfHostView />,
  actuals: () => (
    <Suspense fallback={<div className="loading">Opening Actuals…</div>}>
      <ActualsView />
    </Suspense>
  ),
  reports: () => <ReportsView />,
}

function NoWorkspace() {
  const status = useWorkspace((state) => state.saveStatus)
  if (status === 'loading') return <div className="loading">Opening the workspace…</div>
  return (
    <EmptyState title="No workspace is open" testId="no-workspace">
      Use <strong>File</strong> to create a workspace from the demo, start a blank one, or open a
      .marginplan file.
    </EmptyState>
  )
}

export function App() {
  const hasDoc = useWorkspace((state) => state.doc !== null)
  const name = useWorkspace((state) => state.doc?.name)
  const view = useNavigation((state) => state.view)
  useHistoryShortcuts()
  usePrintShortcut()
  useFileWatch()
  useRememberedView()

  useEffect(() => {
    document.title = name ? `${name} — AI Margin Planner` : 'AI Margin Planner'
  }, [name])

  return (
    <div className="app">
      <NavBar />
      <div className="main">
        <PrintHeader />
        <TopBar />
        <ReadOnlyBanner />
        <NoticeBar />
        <main className={`view view-${view}`} data-testid={`view-${view}`}>
          {hasDoc ? screens[view]() : <NoWorkspace />}
        </main>
        <StatusBar />
      </div>
      <ConfirmDialog />
      <ChoiceDialog />
      <ModelPickerHost />
    </div>
  )
}
