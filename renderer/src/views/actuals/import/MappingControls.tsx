import { CSV_FIELDS } from '../../../../../shared/actuals/formats'
import type { ActualsMapping, WorkspaceDoc } from '../../../../../shared/model/types'
import { withColumn } from './mappingDraft'
import type { MappingPreview } from './mappingPreview'
import { RuleSource, type SourceChoice } from './RuleSource'
import { ValueTable } from './ValueTable'

const FEATURE_SOURCES: SourceChoice[] = [
  { from: 'traceName', label: 'Trace name' },
  { from: 'tag', label: 'A tag' },
  { from: 'metadata', label: 'A metadata key' },
  { from: 'observationName', label: 'Observation name' },
  { from: 'projectId', label: 'Project id' },
  { from: 'apiKeyId', label: 'API key id' },
]
const STEP_SOURCES: SourceChoice[] = [
  { from: 'observationName', label: 'Observation name' },
  { from: 'metadata', label: 'A metadata key' },
  { from: 'tag', label: 'A tag' },
  { from: 'traceName', label: 'Trace name' },
]
const CUSTOMER_SOURCES: SourceChoice[] = [
  { from: 'userId', label: 'User id' },
  { from: 'metadata', label: 'A metadata key' },
  { from: 'tag', label: 'A tag' },
  { from: 'projectId', label: 'Project id' },
  { from: 'apiKeyId', label: 'API key id' },
]
const UNITS = [
  { value: 'traceId', label: 'A trace' },
  { value: 'sessionId', label: 'A session' },
  { value: 'requestId', label: 'A request' },
] as const

interface MappingControlsProps {
  doc: WorkspaceDoc
  mapping: ActualsMapping
  preview: MappingPreview
  /** A CSV's header, for the generic CSV's columns. */
  headers: readonly string[]
  onChange(mapping: ActualsMapping): void
}

/** Where each of feature, step, unit, customer, cohort and model comes from, and value tables. */
export function MappingControls({
  doc,
  mapping,
  preview,
  headers,
  onChange,
}: MappingControlsProps) {
  const set = (change: Partial<ActualsMapping>) => onChange({ ...mapping, ...change })
  return (
    <div className="import-controls" data-testid="import-mapping">
      {mapping.id === 'csv' && <ColumnTable headers={headers} mapping={mapping} onChange={set} />}
      <section>
        <h3>Feature</h3>
        <RuleSource
          label="Read the feature from"
          rule={mapping.feature}
          choices={FEATURE_SOURCES}
          defaultLabel="Trace name, tag or metadata"
          defaultKey="feature"
          onChange={(feature) => set({ feature })}
          testId="import-feature-source"
        />
        {mapping.feature === undefined ? (
          <p className="field-hint">
            The feature whose id or name is the trace name, one of the tags or the metadata
            “feature” value.
            {preview.unmatchedValues.length > 0 &&
              ' To assign rows that name none, choose where the feature comes from.'}
          </p>
        ) : (
          <ValueTable
            caption="Value → feature"
            values={preview.unmatchedValues}
            entries={mapping.feature.values}
            options={doc.features}
            unsetLabel="No feature"
            onChange={(values) => set({ feature: { ...mapping.feature!, values } })}
            testId="import-feature-values"
          />
        )}
      </section>
      <section>
        <h3>Step and unit</h3>
        <RuleSource
          label="Read the step from"
          rule={mapping.step}
          choices={STEP_SOURCES}
          defaultLabel="Observation name or metadata"
          defaultKey="step"
          onChange={(step) => set({ step })}
          testId="import-step-source"
        />
        <label className="field">
          <span className="field-label">One billable unit is</span>
          <select
            value={mapping.unit ?? ''}
            data-testid="import-unit"
            onChange={(event) =>
              set({ unit: (event.target.value || undefined) as ActualsMapping['unit'] })
            }
          >
            <option value="">A trace (else a request)</option>
            {UNITS.map((unit) => (
              <option key={unit.value} value={unit.value}>
                {unit.label}
              </option>
            ))}
          </select>
        </label>
      </section>
      <section>
        <h3>Customer and cohort</h3>
        <RuleSource
          label="Read the customer from"
          rule={mapping.customer}
          choices={CUSTOMER_SOURCES}
          defaultLabel="User id"
          defaultKey="customer"
          onChange={(customer) => set({ customer })}
          testId="import-customer-source"
        />
        <label className="field">
          <span className="field-label">Cohort of customers not listed below</span>
          <select
            value={mapping.defaultCohortId ?? ''}
            data-testid="import-default-cohort"
            onChange={(event) => set({ defaultCohortId: event.target.value || undefined })}
          >
            <option value="">
              {doc.cohorts.length === 1 ? `${doc.cohorts[0]!.name} (the only cohort)` : 'None'}
            </option>
            {doc.cohorts.map((cohort) => (
              <option key={cohort.id} value={cohort.id}>
                {cohort.name}
              </option>
            ))}
          </select>
        </label>
        <ValueTable
          caption="Customer → cohort"
          values={preview.customers}
          entries={mapping.cohorts}
          options={doc.cohorts}
          unsetLabel="Default cohort"
          onChange={(cohorts) => set({ cohorts })}
          testId="import-cohort-values"
        />
      </section>
      <ValueTable
        caption="Model name → workspace model"
        values={preview.unknownModels}
        entries={mapping.models}
        options={doc.models}
        unsetLabel="Not re-costed"
        onChange={(models) => set({ models })}
        testId="import-model-values"
      />
    </div>
  )
}

interface ColumnTableProps {
  headers: readonly string[]
  mapping: ActualsMapping
  onChange(change: Partial<ActualsMapping>): void
}

/** The generic CSV: which usage field each column of the file fills. */
function ColumnTable({ headers, mapping, onChange }: ColumnTableProps) {
  return (
    <section>
      <h3>Columns</h3>
      <table className="import-value-table" data-testid="import-columns">
        <caption>Column → usage field</caption>
        <tbody>
          {headers.map((column) => (
            <tr key={column}>
              <th scope="row" title={column}>
                {column}
              </th>
              <td>
                <select
                  aria-label={`Column ${column}`}
                  value={mapping.columns?.find((entry) => entry.column === column)?.field ?? ''}
                  onChange={(event) =>
                    onChange({
                      columns: withColumn(mapping.columns, column, event.target.value || null),
                    })
                  }
                >
                  <option value="">Not read</option>
                  {CSV_FIELDS.map(({ field, label }) => (
                    <option key={field} value={field}>
                      {label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
