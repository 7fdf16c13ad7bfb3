import { compute } from '../../../shared/engine'
import { parseCommandArgs, type Command } from '../commandArgs'
import { monthFlag, scenarioFlag } from '../flags'
import { loadDocument } from '../loadDocument'
import { printJson } from '../printJson'

export const computeCommand: Command = {
  usage: 'compute <file> [--scenario <id>] [--month <t>]',
  async run(args) {
    const { values, file } = parseCommandArgs(computeCommand, args, {
      scenario: { type: 'string' },
      month: { type: 'string' },
    })
    const doc = await loadDocument(file)
    const scenarioId = scenarioFlag(doc, values.scenario)
    printJson(compute(doc, { scenarioId, month: monthFlag(doc, values.month) }))
  },
}
