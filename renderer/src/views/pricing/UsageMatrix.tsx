import type { Cohort, Feature, UsageEntry, WorkspaceDoc } from '../../../../shared/model/types'
import type { GridColumn } from '../../grids/gridColumn'
import { GridPanel } from '../../grids/GridPanel'
import { plural } from '../../plural'
import { useCommitCells } from '../../grids/useCommitCells'
import { usageEdits } from './usageEdits'
import { useColumnsOf } from '../../grids/useColumnsOf'
import { paths } from '../../../../shared/model/paths/build'

const usageOf = (cohort: Cohort, featureId: string): UsageEntry | undefined =>
  cohort.usage.find((entry) => entry.featureId === featureId)

function nameColumn(): GridColumn<Cohort> {
  return {
    id: 'name',
    label: 'Cohort',
    kind: 'text',
    pinned: true,
    width: 180,
    value: (cohort) => cohort.name,
  }
}

function unitsColumns(features: readonly Feature[]): GridColumn<Cohort>[] {
  return [
    nameColumn(),
    ...features.map((feature): GridColumn<Cohort> => ({
      id: feature.id,
      label: feature.name,
      unit: `${plural(feature.unit)} / seat`,
      kind: 'number',
      optional: true,
      width: 132,
      value: (cohort) => usageOf(cohort, feature.id)?.unitsPerSeat,
      path: (cohort) => paths.usage(cohort.id, feature.id, 'unitsPerSeat'),
      headerTooltip: `${feature.name}: ${plural(feature.unit)} per seat per month; blank = not used`,
    })),
  ]
}

function tokenScaleColumns(features: readonly Feature[]): GridColumn<Cohort>[] {
  return [
    nameColumn(),
    ...features.map((feature): GridColumn<Cohort> => ({
      id: feature.id,
      label: `${feature.name} token scale`,
      unit: '×',
      kind: 'number',
      optional: true,
      width: 132,
      value: (cohort) => usageOf(cohort, feature.id)?.tokenScale,
      fallback: (cohort) => (usageOf(cohort, feature.id) ? 1 : undefined),
      // Only a cohort that uses the feature has a token scale for it.
      path: (cohort) =>
        usageOf(cohort, feature.id) ? paths.usage(cohort.id, feature.id, 'tokenScale') : null,
      headerTooltip: `${feature.name}: tokens per call relative to the step's (1 = as mapped)`,
    })),
  ]
}

const rowId = (cohort: Cohort) => cohort.id
const rowName = (cohort: Cohort) => cohort.name

/** The matrices' columns name each feature and its unit. */
const featureLabel = { label: (feature: Feature) => `${feature.name}\u0000${feature.unit}` }

/** Units per seat per month for each cohort and feature; a blank cell is a feature not used. */
export function UsageMatrix({ doc }: { doc: WorkspaceDoc }) {
  const columns = useColumnsOf(doc.features, () => unitsColumns(doc.features), featureLabel)
  const commitCells = useCommitCells('grid-usage', usageEdits)
  return (
    <GridPanel
      title="Usage per seat"
      hint="Units per seat per month. Type into a blank cell to start using a feature; clear it to stop. Paste blocks from a spreadsheet."
      panelLabel="Usage"
      gridId="grid-usage"
      gridTitle="Usage: units per seat per month, cohorts by features"
      rows={doc.cohorts}
      rowId={rowId}
      rowName={rowName}
      columns={columns}
      commitCells={commitCells}
      autoHeight
      emptyText="Add a cohort above to enter its usage."
    />
  )
}

/** How much bigger (or smaller) each cohort's calls are than the step's mapped token counts. */
export function TokenScaleMatrix({ doc }: { doc: WorkspaceDoc }) {
  const columns = useColumnsOf(doc.features, () => tokenScaleColumns(doc.features), featureLabel)
  return (
    <GridPanel
      title="Token scale"
      hint="Heavy users send longer prompts: 2 doubles the input, output and reasoning tokens of every call."
      gridId="grid-token-scale"
      gridTitle="Token scale per cohort and feature"
      rows={doc.cohorts}
      rowId={rowId}
      rowName={rowName}
      columns={columns}
      autoHeight
      emptyText="Add a cohort above first."
    />
  )
}
