/**
 * Native chart styling shared by every chart slide, and the number formats charts carry. Charts
 * format their own numbers (they stay editable in PowerPoint), so the formats here are Excel codes
 * that print what shared/report/format.ts prints: "64.0%", "$1,234", "$12.50".
 */
import type PptxGenJS from 'pptxgenjs'
import type { Slide } from './deck'
import { colors, FONT } from './theme'

/** Engine percents are 0–100 (64 means 64%): a quoted "%" shows them without Excel's ×100. */
export const pctLabelCode = '0.0"%"'
export const pctAxisCode = '0"%"'
/** Per-seat and per-unit money: cents matter. */
export const unitMoneyCode = '$#,##0.00'

/**
 * Dollars for an axis reaching `largestAbs`: shortened to K or M as formatCompact does on screen,
 * with cents only where whole dollars would repeat the same label.
 */
export function moneyCode(largestAbs: number): string {
  if (largestAbs >= 1e6) return '$#,##0.0,,"M"'
  if (largestAbs >= 1e4) return '$#,##0,"K"'
  if (largestAbs >= 10) return '$#,##0'
  return unitMoneyCode
}

/** Largest absolute value of some series, for choosing a money format. */
export const largestAbs = (values: readonly number[]): number =>
  values.reduce((most, value) => Math.max(most, Math.abs(value)), 0)

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface AxisTitles {
  value: string
  category?: string
}

/** Quiet axes and grid, readable labels; value axis titled, category axis titled when it helps. */
export function chartOptions(box: Box, titles: AxisTitles): PptxGenJS.IChartOpts {
  const axisTitle = { fontFace: FONT, fontSize: 11, color: colors.muted }
  return {
    ...box,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 11,
    catAxisLabelColor: colors.text,
    catAxisLineShow: true,
    catAxisLineColor: colors.rule,
    catAxisMajorTickMark: 'none',
    catGridLine: { style: 'none' },
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 10,
    valAxisLabelColor: colors.muted,
    valAxisLineShow: false,
    valAxisMajorTickMark: 'none',
    valGridLine: { color: colors.grid, size: 0.75 },
    showValAxisTitle: true,
    valAxisTitle: titles.value,
    valAxisTitleFontFace: axisTitle.fontFace,
    valAxisTitleFontSize: axisTitle.fontSize,
    valAxisTitleColor: axisTitle.color,
    showCatAxisTitle: titles.category !== undefined,
    catAxisTitle: titles.category ?? '',
    catAxisTitleFontFace: axisTitle.fontFace,
    catAxisTitleFontSize: axisTitle.fontSize,
    catAxisTitleColor: axisTitle.color,
    dataLabelFontFace: FONT,
    dataLabelFontSize: 11,
    dataLabelColor: colors.text,
    legendFontFace: FONT,
    legendFontSize: 11,
    legendColor: colors.text,
  }
}

/** A month axis stays legible: at most about a dozen labels, whatever the horizon. */
export function monthLabelFrequency(months: number): string {
  return String(Math.max(1, Math.ceil(months / 12)))
}

/**
 * A combo chart (e.g. bars with floor markers). pptxgenjs reads a combo's options from its second
 * argument, where its typings declare the data array.
 */
export function addComboChart(
  slide: Slide,
  charts: PptxGenJS.IChartMulti[],
  options: PptxGenJS.IChartOpts,
): void {
  slide.addChart(charts, options as unknown as never[])
}
