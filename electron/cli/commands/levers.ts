/**
 * `margin levers`: the margin improvement backlog (DESIGN.md §12) on the command line. The levers
 * the workspace suggests and the ones the team keeps, each judged in dollars over the quarter
 * from the month against the active scenario, most dollars first.
 */
import { candidateLevers, evaluateLevers, type LeverEvaluation } from '../../../shared/backlog'
import { monthLabel } from '../../../shared/engine'
import type { BacklogItem } from '../../../shared/model/types'
import { parseCommandArgs, type Command } from '../commandArgs'
import { monthFlag, scenarioFlag } from '../flags'
import { loadDocument } from '../loadDocument'
import { printJson } from '../printJson'
import { leversText } from './leversTable'

export const leversCommand: Command = {
  usage: 'levers <file> [--scenario <id>] [--month <t>] [--json]',
  async run(args) {
    const { values, file } = parseCommandArgs(leversCommand, args, {
      scenario: { type: 'string' },
      month: { type: 'string' },
      json: { type: 'boolean', default: false },
    })
    const doc = await loadDocument(file)
    const scenarioId = scenarioFlag(doc, values.scenario) ?? null
    const month = monthFlag(doc, values.month) ?? 0
    const levers = evaluateLevers(doc, scenarioId, candidateLevers(doc, scenarioId, month), {
      month,
    })
    // A kept item is a change like any lever: its own one-off cost gives its payback.
    const backlog = evaluateLevers(doc, scenarioId, doc.backlog ?? [], { month, check: true })
    const label = monthLabel(doc, month)
    if (values.json) {
      printJson({ scenarioId, month: label, levers, backlog: backlog.map(itemWithEvaluation) })
    } else {
      process.stdout.write(leversText({ doc, scenarioId, month: label, levers, backlog }))
    }
  },
}

/** The item as the document keeps it, beside what it is worth now. */
function itemWithEvaluation({ lever: item, ...evaluation }: LeverEvaluation<BacklogItem>) {
  return { item, evaluation }
}
