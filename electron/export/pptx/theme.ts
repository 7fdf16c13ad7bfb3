/**
 * The deck's look in one place: a restrained board theme on a 16:9 slide (13.33 × 7.5 in). White
 * ground, navy titles, grey text, one accent; zone colours only where a zone is the point. Arial,
 * because it is on every machine a board deck is opened on (and LibreOffice renders it with
 * metric-compatible Liberation Sans, so what we check is what PowerPoint shows).
 */
import { palette, seriesColor } from '../../../shared/charts/theme'

/** pptxgenjs wants 'RRGGBB'; the shared palettes carry CSS '#rrggbb'. */
export const hex = (color: string): string => color.replace('#', '').toUpperCase()

export const FONT = 'Arial'

export const colors = {
  title: '1F2A44',
  text: '333F50',
  muted: '6B7686',
  rule: 'D9DEE5',
  grid: 'E6EAF0',
  headerFill: 'F2F4F7',
  accent: hex(palette.accent),
  cost: hex(palette.cost),
  floor: '1F2A44',
} as const

/** Scenario lines: the report's own scenario in the accent colour, compared ones after it. */
export const scenarioColor = (index: number): string => hex(seriesColor(index))

export const slide = { width: 13.333, height: 7.5 } as const

const marginX = 0.6

/** Every content slide puts its title, message and body in these boxes, so titles never jump. */
export const frame = {
  x: marginX,
  width: slide.width - 2 * marginX,
  title: { y: 0.35, h: 0.65, fontSize: 24 },
  message: { y: 1.0, h: 0.5, fontSize: 14 },
  body: { y: 1.65, h: 5.1 },
  footer: { y: 7.0, h: 0.3, fontSize: 9 },
  footerRuleY: 6.92,
} as const

export const bodyBottom = frame.body.y + frame.body.h
