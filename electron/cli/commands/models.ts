import { formatPriceFrom } from '../../../shared/catalog/priceLabels'
import { catalogEntries, searchCatalog } from '../../../shared/catalog/search'
import { pointOn } from '../../../shared/engine/prices'
import { formatUnitMoney } from '../../../shared/report/format'
import { todayIso } from '../../../shared/today'
import { CatalogStore } from '../../catalog/catalogStore'
import { usageError } from '../cliError'
import { parseFileArgs, type Command } from '../commandArgs'
import { numberFlag } from '../flags'
import { resourcesDir } from '../resources'
import { formatTable } from '../table'

export const modelsCommand: Command = {
  usage: 'models search <text> [--provider <id>] [--limit <n>]',
  run(args) {
    const { values, files } = parseFileArgs(modelsCommand, args, {
      provider: { type: 'string' },
      limit: { type: 'string', default: '20' },
    })
    const [action, ...words] = files
    if (action !== 'search') throw usageError(modelsCommand.usage, `unknown action '${action}'`)
    const limit = numberFlag('limit', values.limit)
    if (!Number.isInteger(limit) || limit < 1) {
      throw usageError(modelsCommand.usage, `--limit must be a whole number ≥ 1`)
    }
    const { catalog } = new CatalogStore({ resourcesDir }).current()
    const entries = catalogEntries(catalog.models, catalog.providerNames)
    const found = searchCatalog(entries, words.join(' '), { provider: values.provider, limit })
    const today = todayIso()
    const price = (value: number | undefined) =>
      value === undefined ? '—' : formatUnitMoney(value)
    const rows = found.models.map((model) => {
      const point = pointOn(model.prices, today)!
      return [
        model.sourceId,
        model.provider,
        price(point.inputPerMTok),
        price(point.outputPerMTok),
        price(point.cacheReadPerMTok),
        price(point.cacheWritePerMTok),
        formatPriceFrom(point.from),
      ]
    })
    const header = [
      'Model',
      'Provider',
      'Input $/M',
      'Output $/M',
      'Cache read',
      'Cache write',
      'From',
    ]
    process.stdout.write(`${formatTable(header, rows)}\n`)
    process.stdout.write(
      `${found.models.length} of ${found.total} matches, prices in force ${today}; ` +
        `catalog: ${catalog.source} as of ${catalog.asOf}\n`,
    )
  },
}
