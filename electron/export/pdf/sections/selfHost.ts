import {
  buildSelfHostMonthlyFigure,
  selfHostMonthLabel,
} from '../../../../shared/charts/selfHostMonthlyFigure'
import type { SelfHostResult } from '../../../../shared/engine/results'
import type { BoardReport } from '../../../../shared/report/boardReport'
import { formatCompact, formatMoney } from '../../../../shared/report/format'
import { chartHtml } from '../chartHtml'
import { escapeHtml } from '../escape'
import { sectionHtml } from './section'
import { firstCheaperTitle, paybackTitle } from '../../../../shared/charts/selfHostMonthlyFigure'

function facts(result: SelfHostResult): string {
  const notWithin = `not within ${result.monthly.length} months`
  const spend =
    result.crossoverMonthlyApiSpend === null
      ? '—'
      : `${formatMoney(result.crossoverMonthlyApiSpend)} a month` +
        (result.crossoverMonthlyTokens === null
          ? ''
          : ` (${formatCompact(result.crossoverMonthlyTokens)} tokens)`)
  const items: [string, string][] = [
    [firstCheaperTitle, selfHostMonthLabel(result, result.crossoverMonth) ?? notWithin],
    [paybackTitle, selfHostMonthLabel(result, result.paybackMonth) ?? notWithin],
    ['First break-even API spend (start-month prices)', spend],
  ]
  const text = items.map(([label, value]) => `<span>${label}: <b>${escapeHtml(value)}</b></span>`)
  return `<p class="facts">${text.join('')}</p>`
}

function optionHtml(report: BoardReport, result: SelfHostResult): string {
  const name = report.names.selfHost[result.id] ?? result.id
  return sectionHtml(
    `Self-host crossover: ${name}`,
    'API against self-host cost by month; self-host steps up with each replica. Crossover and payback marked.',
    facts(result) +
      chartHtml(
        buildSelfHostMonthlyFigure(result),
        `${name}: API cost and self-host cost by month, crossover and payback marked`,
      ),
    { keep: true },
  )
}

/** One part per self-host option; nothing when the workspace has none. */
export function selfHostSection(report: BoardReport): string {
  return report.result.selfHost.map((result) => optionHtml(report, result)).join('\n')
}
