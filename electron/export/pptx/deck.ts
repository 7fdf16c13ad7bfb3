/** What every slide writer is handed, and the one way a content slide starts. */
import type PptxGenJS from 'pptxgenjs'
import type { BoardReport } from '../../../shared/report/boardReport'
import { CONTENT_MASTER } from './masters'
import { charsPerLine, clipToLines, shorten } from './textFit'
import { colors, FONT, frame } from './theme'

export interface Deck {
  pptx: PptxGenJS
  report: BoardReport
}

export type Slide = PptxGenJS.Slide

/**
 * A slide with its title and, below it, the message a board should take from it (up to two
 * lines, wrapped by PowerPoint; longer ones end in "…"), each in the same place on every slide.
 */
export function addContentSlide(deck: Deck, title: string, message?: string): Slide {
  const slide = deck.pptx.addSlide({ masterName: CONTENT_MASTER })
  const { title: titleBox, message: messageBox } = frame
  slide.addText(shorten(title, charsPerLine(frame.width, titleBox.fontSize)), {
    x: frame.x,
    y: titleBox.y,
    w: frame.width,
    h: titleBox.h,
    margin: 0,
    fontFace: FONT,
    fontSize: titleBox.fontSize,
    bold: true,
    color: colors.title,
    valign: 'top',
  })
  if (message !== undefined) {
    slide.addText(clipToLines(message, frame.width, messageBox.fontSize, 2), {
      x: frame.x,
      y: messageBox.y,
      w: frame.width,
      h: messageBox.h,
      margin: 0,
      fontFace: FONT,
      fontSize: messageBox.fontSize,
      color: colors.text,
      valign: 'top',
    })
  }
  return slide
}

/** A small grey note under a chart or table: what was left out, how to read it. */
export function addNote(slide: Slide, text: string, y: number): void {
  slide.addText(text, {
    x: frame.x,
    y,
    w: frame.width,
    h: 0.3,
    margin: 0,
    fontFace: FONT,
    fontSize: 11,
    color: colors.muted,
    valign: 'top',
  })
}
