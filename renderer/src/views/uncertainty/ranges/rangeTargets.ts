/**
 * Which inputs a range can go on and what it starts as (DESIGN.md §11): a numeric field an
 * override path can name, other than a whole-number setting, prefilled around the value it has.
 */
import { overrideFormOf } from '../../../../../shared/model/paths/build'
import {
  resolveOverridePath,
  type OverrideTarget,
} from '../../../../../shared/model/paths/overrideTargets'
import { walkPath } from '../../../../../shared/model/paths/walk'
import type { Range, WorkspaceDoc } from '../../../../../shared/model/types'
import { isInRange } from '../../../../../shared/model/validation/ranges'
import {
  overriddenNumber,
  type NumberRange,
} from '../../../../../shared/model/validation/schemaTypes'
import { formatByKind } from '../../../grids/gridColumn'
import type { NumberKind } from '../../../grids/parseInput'

/** A share with no other share in its mix to rescale can only be 100: nothing to draw there. */
const isFixedShare = (target: OverrideTarget): boolean =>
  target.type === 'mix' && target.mix.every((entry) => entry.modelId === target.modelId)

/**
 * The bounds of the field an override path names, or null when a range cannot go there: the path
 * names no number (what `matchOverride` answers, through the same resolution), a whole-number
 * setting such as the horizon, or a model's share of a mix it has to itself.
 */
export function rangeBounds(doc: WorkspaceDoc, path: string): NumberRange | null {
  const resolution = resolveOverridePath(doc, path)
  if ('error' in resolution || resolution.targets.length === 0) return null
  if (resolution.targets.some(isFixedShare)) return null
  const walked = walkPath(doc, path, 'select')
  const first = 'error' in walked ? undefined : walked[0]
  const node = first === undefined ? undefined : overriddenNumber(first.node)
  return node === undefined || node.range.integer ? null : node.range
}

/** The override path of a grid cell's edit path, when a range can go on it. */
export function rangePathOfCell(doc: WorkspaceDoc, cellPath: string): string | null {
  const path = overrideFormOf(cellPath)
  return rangeBounds(doc, path) === null ? null : path
}

/** The range a cell's range action opens on. */
export interface CellRange {
  /** The range's override path: the cell's input, or a selector that reaches it. */
  path: string
  /** When `path` is a selector: the cell's own input, one of those it names. */
  via?: string
}

/**
 * What "Set range…" or "Edit range…" on a cell opens, when a range can go on its input: the range
 * that reaches the cell (`reaching`, what its marker shows), on its own path even when that is a
 * selector such as `features/*` (so Save edits it and Delete drops it), else a new range on the
 * cell's input.
 */
export function cellRange(
  doc: WorkspaceDoc,
  cellPath: string,
  reaching: Range | undefined,
): CellRange | null {
  const path = rangePathOfCell(doc, cellPath)
  if (path === null) return null
  if (reaching === undefined || reaching.path === path) return { path }
  return { path: reaching.path, via: path }
}

/** What one target stands for now: its field's value or default, a model's share of a mix. */
function valueOfTarget(target: OverrideTarget): number {
  if (target.type === 'field') return target.current
  return target.mix.find((entry) => entry.modelId === target.modelId)?.sharePct ?? 0
}

/** What each input the path names stands for now, one value per input (several for a selector). */
export function currentValuesAt(doc: WorkspaceDoc, path: string): number[] {
  const resolution = resolveOverridePath(doc, path)
  return 'error' in resolution ? [] : resolution.targets.map(valueOfTarget)
}

/** What the path stands for now: its first input's value or default, a model's share of a mix. */
export function currentValueAt(doc: WorkspaceDoc, path: string): number {
  return currentValuesAt(doc, path)[0] ?? 0
}

/** How far a new range reaches either side of the current value. */
const LOW_FACTOR = 0.8
const HIGH_FACTOR = 1.25

/** A value the field cannot take (112.5 on a percent) is moved halfway from likely to the bound. */
function keptInside(value: number, likely: number, bounds: NumberRange): number {
  if (isInRange(value, bounds)) return value
  const bound = value > likely ? bounds.max : bounds.min
  return bound === undefined ? likely : (likely + bound) / 2
}

/**
 * A new range on `path` around its current value: likely the value, low 0.8× and high 1.25× (the
 * other way round for a negative value, so low stays below high), PERT.
 */
export function prefilledRange(doc: WorkspaceDoc, path: string): Range {
  const likely = currentValueAt(doc, path)
  const bounds = rangeBounds(doc, path) ?? {}
  const low = Math.min(likely * LOW_FACTOR, likely * HIGH_FACTOR)
  const high = Math.max(likely * LOW_FACTOR, likely * HIGH_FACTOR)
  return {
    path,
    low: keptInside(low, likely, bounds),
    likely,
    high: keptInside(high, likely, bounds),
    shape: 'pert',
  }
}

const MONEY_FIELDS = new Set([
  'pricePerUnit',
  'inputPerMTok',
  'outputPerMTok',
  'cacheReadPerMTok',
  'cacheWritePerMTok',
  'reasoningPerMTok',
  'costPerUnit',
  'fixedMonthly',
  'seatPrice',
  'platformFee',
])

/** How a range's values read and parse: percents for `…Pct` fields and mix shares, dollars, counts. */
export function rangeValueKind(path: string): NumberKind {
  const segments = path.split('/')
  const field = segments.at(-1) ?? ''
  if (field.endsWith('Pct') || segments.at(-2) === 'mix') return 'percent'
  return MONEY_FIELDS.has(field) || segments.at(-2) === 'overagePrice' ? 'money' : 'number'
}

/** A value of the range on `path` as the grids show that field: "$0.99", "40%", "1,800". */
export const formatRangeValue = (path: string, value: number): string =>
  formatByKind(rangeValueKind(path), value)
