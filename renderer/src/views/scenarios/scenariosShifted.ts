/**
 * Which scenarios a baseline change moves: those that inherit the changed value. Goal seek names
 * them before it writes to the baseline.
 */
import type { Scenario, WorkspaceDoc } from '../../../../shared/model/types'
import { overridesAffecting } from '../../store/scenarioOverrides'
import { countOf } from '../../plural'

/**
 * The scenarios whose results shift when the baseline value at `inputPath` changes. Decided from
 * the overrides rather than by computing every scenario twice: a scenario keeps its value only
 * where its chain sets that field (exactly or through a `*` or `provider:` selector) from month 0
 * on; a `scale` or `add` works on the baseline value, and a `set` from a later month leaves the
 * months before it on the baseline, so those scenarios shift with it.
 */
export function scenariosShifted(doc: WorkspaceDoc, inputPath: string): Scenario[] {
  return doc.scenarios.filter(
    (scenario) =>
      !overridesAffecting(doc, scenario.id, inputPath).some(
        ({ override }) => override.op === 'set' && (override.fromMonth ?? 0) === 0,
      ),
  )
}

/** "shifts 2 scenarios that inherit this value: A, B", for the sentences goal seek writes. */
export function shiftsText(shifted: Scenario[]): string {
  if (shifted.length === 0) return 'shifts no scenario: each sets this value itself'
  const inherit = shifted.length === 1 ? 'inherits' : 'inherit'
  const names = shifted.map((s) => s.name).join(', ')
  return `shifts ${countOf(shifted.length, 'scenario')} that ${inherit} this value: ${names}`
}
