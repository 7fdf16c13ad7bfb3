/** Slide 1: whose plan, which scenario, as of which month, made when. */
import { formatDay } from '../../../../shared/report/labels'
import { formatMonth } from '../../../../shared/report/labels'
import type { Deck } from '../deck'
import { TITLE_MASTER } from '../masters'
import { charsPerLine, clipToLines, shorten } from '../textFit'
import { colors, FONT, frame } from '../theme'

const left = frame.x + 0.35
const width = frame.width - 0.35

export function addTitleSlide({ pptx, report }: Deck): void {
  const slide = pptx.addSlide({ masterName: TITLE_MASTER })
  slide.addShape('rect', {
    x: frame.x,
    y: 2.1,
    w: 0.08,
    h: 3.1,
    fill: { color: colors.accent },
    line: { color: colors.accent, width: 0 },
  })
  const text = (value: string, y: number, h: number, fontSize: number, color: string) =>
    slide.addText(value, {
      x: left,
      y,
      w: width,
      h,
      margin: 0,
      fontFace: FONT,
      fontSize,
      color,
      valign: 'top',
    })
  text('Gross margin report to the board', 2.1, 0.4, 16, colors.muted)
  text(clipToLines(report.workspaceName, width, 40, 2), 2.55, 1.45, 40, colors.title)
  text(
    shorten(`Scenario: ${report.scenario.name}`, charsPerLine(width, 22)),
    4.05,
    0.45,
    22,
    colors.text,
  )
  text(`As of ${formatMonth(report.month.label)}`, 4.5, 0.45, 22, colors.text)
  text(`Generated ${formatDay(report.generatedOn)}`, 5.0, 0.35, 14, colors.muted)
}
