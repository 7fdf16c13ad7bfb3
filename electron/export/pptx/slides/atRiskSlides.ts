/** Slide 9: the features below or near their floor, worst first, with the price that meets it. */
import type { BoardReport } from '../../../../shared/report/boardReport'
import { formatUnitMoney } from '../../../../shared/report/format'
import { formatFloorPct } from '../../../../shared/report/labels'
import { atRiskTable } from '../../../../shared/report/resultTables'
import { addContentSlide, type Deck } from '../deck'
import { lowestMargin } from '../summaryText'
import { addTableSlides } from '../tables/tableSlides'
import { shorten } from '../textFit'

const TITLE = 'Features at risk'

function message(report: BoardReport): string {
  const below = report.atRisk.filter((feature) => feature.zone === 'red').length
  const near = report.atRisk.length - below
  const features = (count: number) => `${count} ${count === 1 ? 'feature' : 'features'}`
  const counts =
    below > 0 && near > 0
      ? `${features(below)} below floor, ${near} near it`
      : below > 0
        ? `${features(below)} below floor`
        : `${features(near)} near floor`
  const worst = report.atRisk[0]
  if (!worst || worst.breakevenPriceAtFloor === null) return `${counts}.`
  const name = shorten(report.names.features[worst.id] ?? worst.id, 40)
  return (
    `${counts}. ${name} needs ${formatUnitMoney(worst.breakevenPriceAtFloor)} per unit to meet its ` +
    `${formatFloorPct(worst.floorPct)} floor (now ${formatUnitMoney(worst.revenuePerUnit)}).`
  )
}

export function addAtRiskSlides(deck: Deck): void {
  const { report } = deck
  if (report.atRisk.length === 0) {
    const lowest = lowestMargin(report)
    addContentSlide(
      deck,
      TITLE,
      `No feature is below or near its floor.${lowest ? ` ${lowest}` : ''}`,
    )
    return
  }
  addTableSlides(deck, TITLE, message(report), [{ table: atRiskTable(report) }])
}
