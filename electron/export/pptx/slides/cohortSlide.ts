/** Slide 7: what the AI features cost per seat in each cohort, beside what a seat brings in. */
import type { CohortResult } from '../../../../shared/engine/results'
import type { BoardReport } from '../../../../shared/report/boardReport'
import { formatCents } from '../../../../shared/report/format'
import { formatPct } from '../../../../shared/report/format'
import { chartOptions, largestAbs, moneyCode, unitMoneyCode } from '../chartStyle'
import { addContentSlide, addNote, type Deck } from '../deck'
import { charsPerLine, fitLines, shorten } from '../textFit'
import { colors, frame } from '../theme'

const MAX_COHORTS = 12
const chartH = frame.body.h - 0.45

type SeatedCohort = CohortResult & { aiCogsPerSeat: number; revenuePerSeat: number }

const hasSeats = (cohort: CohortResult): cohort is SeatedCohort =>
  cohort.aiCogsPerSeat !== null && cohort.revenuePerSeat !== null

/** Costliest AI per seat first. */
function cohortsBySeatCost(cohorts: readonly CohortResult[]): SeatedCohort[] {
  return cohorts.filter(hasSeats).sort((a, b) => b.aiCogsPerSeat - a.aiCogsPerSeat)
}

/** "Most AI cost per seat: Heavy-volume teams, $89.27 a month (44.4% of its $201.10 revenue per seat)." */
function message(report: BoardReport, costliest: SeatedCohort | undefined): string {
  if (!costliest) return 'No cohort has seats this month.'
  const name = shorten(report.names.cohorts[costliest.id] ?? costliest.id, 40)
  const share =
    costliest.revenuePerSeat > 0
      ? ` (${formatPct((costliest.aiCogsPerSeat / costliest.revenuePerSeat) * 100)} of its ${formatCents(costliest.revenuePerSeat)} revenue per seat)`
      : ''
  return `Most AI cost per seat: ${name}, ${formatCents(costliest.aiCogsPerSeat)} a month${share}.`
}

export function addCohortSlide(deck: Deck): void {
  const { report } = deck
  const seated = cohortsBySeatCost(report.result.cohorts)
  const shown = seated.slice(0, MAX_COHORTS)
  const slide = addContentSlide(deck, 'AI cost per seat by cohort', message(report, shown[0]))
  const notes = ['Per seat per month, in the report month.']
  if (shown.length < seated.length)
    notes.push(`Showing the ${shown.length} costliest of ${seated.length} cohorts.`)
  const seatless = report.result.cohorts.length - seated.length
  if (seatless > 0) notes.push(`${seatless} without seats left out.`)
  addNote(slide, notes.join(' '), frame.body.y + chartH + 0.1)
  if (shown.length === 0) return

  const nameChars = charsPerLine(Math.min((frame.width - 1) / shown.length, 3) - 0.1, 11)
  const labels = shown.map((c) => fitLines(report.names.cohorts[c.id] ?? c.id, nameChars, 2))
  slide.addChart(
    'bar',
    [
      { name: 'AI COGS per seat', labels, values: shown.map((c) => c.aiCogsPerSeat) },
      { name: 'Revenue per seat', labels, values: shown.map((c) => c.revenuePerSeat) },
    ],
    {
      ...chartOptions(
        { x: frame.x, y: frame.body.y, w: frame.width, h: chartH },
        { value: 'Per seat per month' },
      ),
      barDir: 'col',
      barGrouping: 'clustered',
      barGapWidthPct: 80,
      chartColors: [colors.cost, colors.accent],
      showValue: true,
      dataLabelPosition: 'outEnd',
      dataLabelFormatCode: unitMoneyCode,
      valAxisLabelFormatCode: moneyCode(largestAbs(shown.map((c) => c.revenuePerSeat))),
      showLegend: true,
      legendPos: 't',
    },
  )
}
