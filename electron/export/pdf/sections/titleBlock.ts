import type { BoardReport } from '../../../../shared/report/boardReport'
import { formatMonth } from '../../../../shared/report/labels'
import { escapeHtml } from '../escape'
import { formatDay } from '../../../../shared/report/labels'

function fact(label: string, value: string): string {
  return `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`
}

/** The names of the compared scenarios other than the report's own. */
function comparedNames(report: BoardReport): string[] {
  return report.comparison
    .filter(({ scenario }) => scenario.id !== report.scenario.id)
    .map(({ scenario }) => scenario.name)
}

/** What the report is of: workspace, scenario, as-of month, the day it was made. */
export function titleBlock(report: BoardReport): string {
  const compared = comparedNames(report)
  return `<header class="title-block">
<div class="kicker">AI margin report</div>
<h1>${escapeHtml(report.workspaceName)}</h1>
<dl class="title-meta">
${fact('Scenario', report.scenario.name)}
${fact('As of', formatMonth(report.month.label))}
${fact('Prepared', formatDay(report.generatedOn))}
</dl>
${compared.length > 0 ? `<p class="compared">Compared with: ${escapeHtml(compared.join(' · '))}</p>` : ''}
</header>`
}
