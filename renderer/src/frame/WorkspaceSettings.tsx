import { useState } from 'react'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { EditableGrid } from '../grids/EditableGrid'
import { fieldColumns } from '../grids/fieldColumns'
import type { GridColumn } from '../grids/gridColumn'
import { useViewDoc } from '../store/hooks'
import { Modal } from './Modal'

const field = fieldColumns<WorkspaceDoc, WorkspaceDoc>(
  (doc) => doc,
  () => 'workspace',
  'workspace',
)

const settingsColumns: GridColumn<WorkspaceDoc>[] = [
  field('name', 'Workspace name', 'text', { width: 220 }),
  field('startMonth', 'Start month', 'text', {
    width: 110,
    headerTooltip: 'Month 0 of the forecast, as YYYY-MM',
  }),
  field('horizonMonths', 'Horizon', 'integer', { unit: 'months', width: 100 }),
  field('portfolioFloorPct', 'Portfolio floor', 'percent', {
    unit: '%',
    optional: true,
    width: 112,
  }),
  field('annualPriceDeclinePct', 'API price decline', 'percent', {
    unit: '%/year',
    optional: true,
    width: 130,
    headerTooltip: "Applied to API models' prices over the forecast",
  }),
]

const rowId = () => 'workspace'
const rowName = () => 'Workspace'

/** The workspace's own fields, behind the name in the top bar. */
export function WorkspaceSettingsButton() {
  const doc = useViewDoc()
  const [open, setOpen] = useState(false)
  if (doc === null) return null
  return (
    <>
      <button
        type="button"
        className="workspace-name"
        // A long name ends in "…" in the bar: the tooltip carries it whole.
        title={`${doc.name}\nWorkspace settings: name, start month, horizon, portfolio floor, price decline`}
        onClick={() => setOpen(true)}
      >
        <span className="workspace-name-text" data-testid="workspace-name">
          {doc.name}
        </span>
        <span className="workspace-name-hint" aria-hidden="true">
          ⚙
        </span>
      </button>
      {open && (
        <Modal
          title="Workspace settings"
          testId="workspace-settings"
          wide
          onClose={() => setOpen(false)}
          footer={
            <button type="button" className="button-primary" onClick={() => setOpen(false)}>
              Done
            </button>
          }
        >
          <EditableGrid
            gridId="grid-workspace"
            title="Workspace settings"
            rows={[doc]}
            rowId={rowId}
            rowName={rowName}
            columns={settingsColumns}
            autoHeight
          />
          <p className="field-hint">
            Blank floor: 55%. Blank decline: prices stay as entered. Changes apply at once and can
            be undone.
          </p>
        </Modal>
      )}
    </>
  )
}
