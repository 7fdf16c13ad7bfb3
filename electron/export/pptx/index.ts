/**
 * The board deck: every figure from the report the engine built, formatted as the screens format
 * it, charts as native (editable) PowerPoint charts. Slide order follows a board's questions: where
 * are we, what drives it, where is it going and how sure is that, what is at risk, what are the
 * options and the plan to lift margin; then the last week of imported actuals, when the file holds
 * them, and the assumptions.
 */
import PptxGenJS from 'pptxgenjs'
import type { BoardReport } from '../../../shared/report/boardReport'
import type { Deck } from './deck'
import { defineMasters } from './masters'
import { addAppendixSlides } from './slides/appendixSlides'
import { addAtRiskSlides } from './slides/atRiskSlides'
import { addCohortSlide } from './slides/cohortSlide'
import { addComparisonSlides } from './slides/comparisonSlides'
import { addFeatureMarginSlide } from './slides/featureMarginSlide'
import { addMarginForecastSlide, addProfitForecastSlide } from './slides/forecastSlides'
import { addMarginPlanSlides } from './slides/marginPlanSlides'
import { addRangeOfOutcomesSlides } from './slides/rangeOfOutcomesSlides'
import { addSelfHostSlides } from './slides/selfHostSlides'
import { addSummarySlide } from './slides/summarySlide'
import { addTitleSlide } from './slides/titleSlide'
import { addWaterfallSlide } from './slides/waterfallSlide'
import { addWeeklyReviewSlides } from './slides/weeklyReviewSlides'

const slideWriters: readonly ((deck: Deck) => void)[] = [
  addTitleSlide,
  addSummarySlide,
  addFeatureMarginSlide,
  addWaterfallSlide,
  addMarginForecastSlide,
  addProfitForecastSlide,
  addRangeOfOutcomesSlides,
  addCohortSlide,
  addSelfHostSlides,
  addAtRiskSlides,
  addComparisonSlides,
  addMarginPlanSlides,
  addWeeklyReviewSlides,
  addAppendixSlides,
]

export async function writeDeck(report: BoardReport): Promise<Uint8Array> {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = `${report.workspaceName}: ${report.scenario.name}, ${report.month.label}`
  pptx.company = report.workspaceName
  const deck: Deck = { pptx, report }
  defineMasters(pptx, report)
  for (const write of slideWriters) write(deck)
  return (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array
}
