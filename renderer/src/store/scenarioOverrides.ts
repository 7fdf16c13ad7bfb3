/**
 * Scenario mode (DESIGN.md §4): while a scenario is active, a grid edit becomes an override on
 * that scenario instead of a baseline edit, and every cell can tell which overrides touch it.
 */
import type { Edit } from '../../../shared/model/editTypes'
import type { Override, Scenario, WorkspaceDoc } from '../../../shared/model/types'

/** An override that reaches a cell, and where it lives. */
export interface AffectingOverride {
  scenarioId: string
  scenarioName: string
  index: number
  override: Override
  /** On the active scenario itself with exactly the cell's path: it can be reset from the cell. */
  own: boolean
}

/**
 * Overrides address a mix entry by `…/mix/<modelId>`, edits address its share field
 * `…/mix/<modelId>/sharePct`; every other numeric field has the same path in both grammars.
 */
export function toOverridePath(editPath: string): string {
  return editPath.replace(/^(features\/[^/]+\/steps\/[^/]+\/mix\/[^/]+)\/sharePct$/, '$1')
}

function overridesPath(scenarioId: string): string {
  return `scenarios/${scenarioId}/overrides`
}

/** A first-month `set`: the kind of override a typed value stands for. */
function isPlainSet(override: Override, path: string): boolean {
  return override.path === path && override.op === 'set' && (override.fromMonth ?? 0) === 0
}

/** The edits that make `scenarioId` set the field at `editPath` to `value` from month 0. */
export function overrideEditsForCell(scenario: Scenario, editPath: string, value: number): Edit[] {
  const path = toOverridePath(editPath)
  const index = scenario.overrides.findIndex((override) => isPlainSet(override, path))
  if (index >= 0) {
    return [
      {
        op: 'set',
        path: `${overridesPath(scenario.id)}/${index}`,
        value: { path, op: 'set', value },
      },
    ]
  }
  return [{ op: 'insert', path: overridesPath(scenario.id), value: { path, op: 'set', value } }]
}

/** Deletes the scenario's own overrides on exactly this path (highest index first, so the
 * remaining indexes stay valid while the batch applies). */
export function resetOverrideEdits(scenario: Scenario, editPath: string): Edit[] {
  const path = toOverridePath(editPath)
  return scenario.overrides
    .map((override, index) => ({ override, index }))
    .filter(({ override }) => override.path === path)
    .reverse()
    .map(({ index }) => ({ op: 'delete', path: `${overridesPath(scenario.id)}/${index}` }))
}

/** The active scenario first, then its parents; stops at a cycle (validation reports those). */
function scenarioChain(doc: WorkspaceDoc, scenarioId: string): Scenario[] {
  const chain: Scenario[] = []
  let current = doc.scenarios.find((scenario) => scenario.id === scenarioId)
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current)
    const parentId = current.parentId
    current = parentId === undefined ? undefined : doc.scenarios.find((s) => s.id === parentId)
  }
  return chain
}

function segmentMatches(
  doc: WorkspaceDoc,
  root: string,
  position: number,
  selector: string,
  actual: string,
): boolean {
  if (selector === actual || selector === '*') return true
  if (root === 'models' && position === 1 && selector.startsWith('provider:')) {
    const model = doc.models.find((candidate) => candidate.id === actual)
    return model?.provider === selector.slice('provider:'.length)
  }
  return false
}

/** Whether an override path (with `*` and `provider:` selectors) reaches a cell's path. */
export function overridePathMatches(
  doc: WorkspaceDoc,
  overridePath: string,
  cellPath: string,
): boolean {
  const selectors = overridePath.split('/')
  const actual = toOverridePath(cellPath).split('/')
  if (selectors.length !== actual.length) return false
  const root = actual[0] ?? ''
  return selectors.every((selector, position) =>
    segmentMatches(doc, root, position, selector, actual[position] ?? ''),
  )
}

/** Every override of the active scenario's chain that reaches the cell at `cellPath`. */
export function overridesAffecting(
  doc: WorkspaceDoc,
  scenarioId: string,
  cellPath: string,
): AffectingOverride[] {
  const exact = toOverridePath(cellPath)
  return scenarioChain(doc, scenarioId).flatMap((scenario) =>
    scenario.overrides.flatMap((override, index) =>
      overridePathMatches(doc, override.path, cellPath)
        ? [
            {
              scenarioId: scenario.id,
              scenarioName: scenario.name,
              index,
              override,
              own: scenario.id === scenarioId && override.path === exact,
            },
          ]
        : [],
    ),
  )
}
