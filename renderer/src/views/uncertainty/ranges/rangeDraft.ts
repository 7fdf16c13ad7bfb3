/**
 * A range as the dialog edits it: the numbers as typed, read back into a range, or refused with
 * the reason under the field it concerns.
 */
import type { Range, RangeShape } from '../../../../../shared/model/types'
import { likelyValueOf } from '../../../../../shared/simulation'
import { parseNumberInput } from '../../../grids/parseInput'
import type { RangeProblem } from './rangeCommit'
import { usesLikely } from './rangeShapes'
import { rangeValueKind } from './rangeTargets'

export interface RangeDraft {
  low: string
  likely: string
  high: string
  shape: RangeShape
  group: string
}

/** A number as a person would type it: no float noise (0.7920000000000001 reads 0.792). */
const typed = (value: number): string => String(Number(value.toPrecision(12)))

export function draftOf(range: Range): RangeDraft {
  return {
    low: typed(range.low),
    likely: typed(likelyValueOf(range)),
    high: typed(range.high),
    shape: range.shape,
    group: range.group ?? '',
  }
}

export type ReadDraft = { ok: true; range: Range } | { ok: false; problems: RangeProblem[] }

/** A lognormal's median; its low where it has none (low at or below 0, which the checks refuse). */
const medianOf = (path: string, low: number, high: number): number =>
  low > 0 ? likelyValueOf({ path, low, likely: low, high, shape: 'lognormal' }) : low

const LABELS = { low: 'Low', likely: 'Likely', high: 'High' } as const

/**
 * The range the draft describes on `path`. A lognormal ignores likely (§11): it is stored as the
 * median the range stands for, so the range still reads sensibly if its shape changes later.
 */
export function readDraft(path: string, draft: RangeDraft): ReadDraft {
  const kind = rangeValueKind(path)
  const fields = usesLikely(draft.shape)
    ? (['low', 'likely', 'high'] as const)
    : (['low', 'high'] as const)
  const values: Partial<Record<'low' | 'likely' | 'high', number>> = {}
  const problems: RangeProblem[] = []
  for (const field of fields) {
    const parsed = parseNumberInput(draft[field], kind)
    if (!parsed.ok) problems.push({ field, text: `${LABELS[field]}: ${parsed.reason}` })
    else if (parsed.value === null)
      problems.push({ field, text: `${LABELS[field]}: enter a number` })
    else values[field] = parsed.value
  }
  const { low, high } = values
  if (problems.length > 0 || low === undefined || high === undefined) return { ok: false, problems }
  const group = draft.group.trim()
  const range: Range = {
    path,
    low,
    likely: values.likely ?? medianOf(path, low, high),
    high,
    shape: draft.shape,
    ...(group !== '' && { group }),
  }
  return { ok: true, range }
}

/** Whether the range can be drawn: its ends in order, around likely, a lognormal above 0. */
export function isDrawable(range: Range): boolean {
  if (!(range.low <= range.high)) return false
  return usesLikely(range.shape)
    ? range.low <= range.likely && range.likely <= range.high
    : range.low > 0
}
