import { scenarioName } from '../../../shared/report/scenarioNames'
import { useWorkspace } from '../store/workspaceStore'
import { useNavigation, viewList } from './navigation'

const printedOn = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' })

/**
 * What a printed page is of — workspace, scenario, screen and the day — since the top bar that
 * says so on screen is left off paper. Hidden on screen (print.css shows it).
 */
export function PrintHeader() {
  const name = useWorkspace((state) => state.doc?.name)
  const scenario = useWorkspace((state) =>
    state.doc ? scenarioName(state.doc, state.activeScenarioId) : null,
  )
  const view = useNavigation((state) => state.view)
  if (name === undefined || scenario === null) return null
  const screen = viewList.find((each) => each.id === view)?.label ?? ''
  return (
    <header className="print-header" data-testid="print-header">
      <span className="print-header__workspace">{name}</span>
      <span>Scenario: {scenario}</span>
      <span>{screen}</span>
      <span className="print-header__date">Printed {printedOn.format(new Date())}</span>
    </header>
  )
}
