/**
 * Slide masters: the title slide stands alone; every other slide carries the same footer
 * ("workspace · scenario · month") and its number, drawn once in the master so they never move.
 */
import type PptxGenJS from 'pptxgenjs'
import type { BoardReport } from '../../../shared/report/boardReport'
import { formatMonth } from '../../../shared/report/labels'
import { charsPerLine, shorten } from './textFit'
import { colors, FONT, frame, slide } from './theme'

export const TITLE_MASTER = 'TITLE'
export const CONTENT_MASTER = 'CONTENT'

const numberWidth = 0.8

/** A long workspace or scenario name gives way before the month, which a reader needs most. */
function footerText(report: BoardReport): string {
  const room = charsPerLine(frame.width - numberWidth, frame.footer.fontSize)
  const month = formatMonth(report.month.label)
  const share = Math.floor((room - month.length - 6) / 2)
  return [shorten(report.workspaceName, share), shorten(report.scenario.name, share), month].join(
    ' · ',
  )
}

export function defineMasters(pptx: PptxGenJS, report: BoardReport): void {
  const small = { fontFace: FONT, fontSize: frame.footer.fontSize, color: colors.muted }
  pptx.defineSlideMaster({ title: TITLE_MASTER, background: { color: 'FFFFFF' } })
  pptx.defineSlideMaster({
    title: CONTENT_MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      {
        line: {
          x: frame.x,
          y: frame.footerRuleY,
          w: frame.width,
          h: 0,
          line: { color: colors.rule, width: 0.75 },
        },
      },
      {
        text: {
          text: footerText(report),
          options: {
            ...small,
            x: frame.x,
            y: frame.footer.y,
            w: frame.width - numberWidth,
            h: frame.footer.h,
            margin: 0,
            valign: 'top',
          },
        },
      },
    ],
    slideNumber: {
      ...small,
      x: slide.width - frame.x - numberWidth,
      y: frame.footer.y,
      w: numberWidth,
      h: frame.footer.h,
      align: 'right',
      margin: 0,
    },
  })
}
