import { useEffect, useMemo, useState } from 'react'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { scenarioName } from '../../../../../shared/report/scenarioNames'
import { effectiveRanges } from '../../../../../shared/simulation'
import { loadPlotly } from '../../../charts/loadPlotly'
import { monthWithin } from '../../../frame/MonthSelect'
import { useWorkspace } from '../../../store/workspaceStore'
import { RunStatus } from './RunStatus'
import { defaultRunSettings, settleRun, type RunSettings } from './runSettings'
import { SimulationControls } from './SimulationControls'
import { SimulationResults } from './SimulationResults'
import { useSimulationRun } from './useSimulationRun'
import './simulation.css'

/** How many ranges a run of the scenario would draw; null when they cannot be read (the run says why). */
function rangesInForce(doc: WorkspaceDoc, scenarioId: string | null): number | null {
  try {
    return effectiveRanges(doc, scenarioId).length
  } catch {
    return null
  }
}

/**
 * Charts appear the moment a run finishes; Plotly is loaded while the view idles beforehand, so
 * parsing it never holds the page then.
 */
function usePlotlyWarmUp(): void {
  useEffect(() => {
    const idle = requestIdleCallback(() => void loadPlotly(), { timeout: 2000 })
    return () => cancelIdleCallback(idle)
  }, [])
}

function NoRangesNote() {
  return (
    <p className="simulation-note" data-testid="simulation-no-ranges">
      No ranges yet: every input is a single number, so every draw is the plan. Add ranges above.
    </p>
  )
}

/**
 * A Monte Carlo run of the active scenario (DESIGN.md §11), in a worker. A run is explicit: edits
 * afterwards mark its result stale instead of starting another.
 */
export function SimulationSection() {
  const doc = useWorkspace((state) => state.doc)
  const scenarioId = useWorkspace((state) => state.activeScenarioId)
  const [settings, setSettings] = useState<RunSettings>(defaultRunSettings)
  const { progress, last, error, run, cancel } = useSimulationRun()
  usePlotlyWarmUp()
  const rangeCount = useMemo(
    () => (doc === null ? null : rangesInForce(doc, scenarioId)),
    [doc, scenarioId],
  )
  if (doc === null) return null

  const month = monthWithin(settings.month, doc.horizonMonths)
  const settled = settleRun({ ...settings, month }, scenarioId)
  const start = settled.ok ? () => run(doc, settled.options) : null
  const stale = last !== null && (last.doc !== doc || last.options.scenarioId !== scenarioId)
  return (
    <section className="simulation" data-testid="simulation-section" aria-labelledby="sim-title">
      <header className="simulation__header">
        <h2 id="sim-title" className="simulation__title">
          Monte Carlo
        </h2>
        <p className="simulation__intro">
          Draws every range at once, many times over, and shows where margin lands: the spread, the
          chance of ending below the floor, and which ranges the spread comes from.
        </p>
      </header>
      <SimulationControls
        doc={doc}
        scenarioName={scenarioName(doc, scenarioId)}
        settings={{ ...settings, month }}
        onSettings={setSettings}
        problem={settled.ok ? null : settled.problem}
        running={progress !== null}
        onRun={() => start?.()}
        onCancel={cancel}
      />
      {rangeCount === 0 && <NoRangesNote />}
      <RunStatus progress={progress} last={last} error={error} stale={stale} onRunAgain={start} />
      {last !== null && <SimulationResults run={last} stale={stale} />}
    </section>
  )
}
