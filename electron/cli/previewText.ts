/** A price refresh's preview as the CLI prints it: counts, skips, changed models, margin effect. */
import { formatInputOutput, skipSummary } from '../../shared/catalog/priceLabels'
import type { PricePreview } from '../../shared/catalog/preview'
import type { WorkspaceDoc } from '../../shared/model/types'
import { formatPct } from '../../shared/report/format'
import { monthName } from '../../shared/report/labels'
import { formatTable } from './table'

const count = (n: number): string => n.toLocaleString('en-US')

export function previewText(doc: WorkspaceDoc, preview: PricePreview): string {
  const { marginEffect: effect } = preview
  const first = monthName(doc, effect.firstMonth)
  const last = monthName(doc, effect.lastMonth)
  const sections = [
    [
      `Models: ${count(preview.changed)} changed, ${count(preview.unchanged)} unchanged, ` +
        `${count(preview.added)} added, ${count(preview.notInFile)} not in the file (kept)`,
      `Price points added: ${count(preview.pointsAdded)}, changed: ${count(preview.pointsReplaced)} (none removed)`,
      ...skipSummary(preview.skipped).map((line) => `Skipped: ${line}`),
    ].join('\n'),
  ]
  if (preview.changes.length > 0) {
    sections.push(
      formatTable(
        [
          'Changed model',
          'Provider',
          `In force ${first} ($/M in / out)`,
          'Points added',
          'changed',
        ],
        preview.changes.map((change) => [
          change.linked ? `${change.name} (now linked)` : change.name,
          change.provider,
          `${change.before ? formatInputOutput(change.before) : '—'} → ${
            change.after ? formatInputOutput(change.after) : '—'
          }`,
          count(change.pointsAdded),
          count(change.pointsReplaced),
        ]),
      ),
    )
  }
  sections.push(
    formatTable(
      ['Gross margin', 'Floor', `${first} before`, 'after', `${last} before`, 'after'],
      effect.lines.map((line) => [
        line.name,
        formatPct(line.floorPct),
        formatPct(line.first.before),
        formatPct(line.first.after),
        formatPct(line.last.before),
        formatPct(line.last.after),
      ]),
    ),
  )
  return `${sections.join('\n\n')}\n`
}
