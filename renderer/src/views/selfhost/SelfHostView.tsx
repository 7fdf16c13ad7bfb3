import { useMemo } from 'react'
import { selfHostVolumeCurve } from '../../../../shared/engine/selfHostCurve'
import { useNavigation } from '../../frame/navigation'
import { useResult, useViewDoc } from '../../store/hooks'
import { useWorkspace } from '../../store/workspaceStore'
import { SelfHostCharts } from './SelfHostCharts'
import { SelfHostGrid } from './SelfHostGrid'

export function SelfHostView() {
  const viewDoc = useViewDoc()
  const result = useResult()
  const baseline = useWorkspace((state) => state.doc)
  const scenarioId = useWorkspace((state) => state.activeScenarioId)
  const selectedId = useNavigation((state) => state.selection.selfHost)
  const select = useNavigation((state) => state.select)
  const option = viewDoc?.selfHost.find((o) => o.id === selectedId) ?? viewDoc?.selfHost[0]
  const curve = useMemo(() => {
    if (baseline === null || option === undefined) return null
    try {
      return selfHostVolumeCurve(baseline, option.id, { scenarioId })
    } catch {
      // An option whose overrides do not apply has no curve; the status bar names the problem.
      return null
    }
  }, [baseline, option, scenarioId])
  if (viewDoc === null) return null
  return (
    <div className="view-stack">
      <SelfHostGrid doc={viewDoc} selected={option} onSelect={(id) => select('selfHost', id)} />
      <SelfHostCharts
        option={option ?? null}
        result={result?.selfHost.find((r) => r.id === option?.id) ?? null}
        curve={curve}
      />
    </div>
  )
}
