/**
 * The actuals channels' payloads (DESIGN.md §9). The renderer's worker reads and aggregates a log
 * file; the aggregates travel to the service in parts (each well under the host's body limit),
 * held there until the commit writes them all in one transaction. Every number is checked here:
 * NaN, Infinity, negative counts and ill-formed days never reach the file.
 */
import { z } from 'zod'
import { isCalendarDate } from '../model/validation/dates'
import { isWellFormed, hasControlCharacter } from '../model/text'

export const USAGE_FORMATS = [
  'langfuse',
  'helicone',
  'litellm',
  'openai',
  'anthropic',
  'otel',
  'csv',
] as const

/** Parts of at most this many rows keep a request a few MB. */
export const STAGE_PART_ROWS = 20_000

const day = z.string().refine(isCalendarDate, 'a day is a real date written YYYY-MM-DD')
const name = (max: number) =>
  z
    .string()
    .max(max)
    .refine(isWellFormed, 'must be well-formed text')
    .refine((text) => !hasControlCharacter(text), 'may not hold control characters')
const idText = name(500).min(1)
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)
const money = z.number().nonnegative().finite()

const aggregate = z.object({
  day,
  featureId: idText,
  stepId: name(500),
  modelId: idText.nullable(),
  sourceModel: name(500),
  customerId: idText,
  cohortId: idText.nullable(),
  units: count,
  calls: count,
  inputTokens: count,
  cachedInputTokens: count,
  cacheWriteTokens: count,
  outputTokens: count,
  reasoningTokens: count,
  batchCalls: count,
  reportedCost: money.nullable(),
  cacheHits: count.nullable(),
})

const sample = z.object({
  day,
  featureId: idText,
  stepId: name(500),
  metric: z.enum([
    'callsPerUnit',
    'inputTokens',
    'cachedInputTokens',
    'outputTokens',
    'reasoningTokens',
  ]),
  value: z.number().nonnegative().finite(),
  count: count.min(1),
})

const unmatched = z.object({ day, value: name(500), rows: count.min(1), cost: money })

export const importCounts = z.object({
  read: count,
  matched: count,
  unmatched: count,
  rejected: count,
  skipped: count,
})

const window = z.object({ from: day.optional(), to: day.optional() })
const ordered = ({ from, to }: { from?: string; to?: string }) =>
  from === undefined || to === undefined || from <= to

export const actualsRequestSchemas = {
  /** One part of an import's aggregates; the first part (no stageId) opens a stage. */
  'actuals/stage': z.object({
    stageId: z.string().min(1).max(100).optional(),
    format: z.enum(USAGE_FORMATS),
    fileName: name(500).min(1),
    aggregates: z.array(aggregate).max(STAGE_PART_ROWS),
    samples: z.array(sample).max(STAGE_PART_ROWS),
    unmatched: z.array(unmatched).max(STAGE_PART_ROWS),
  }),
  /**
   * Writes the staged import: the days from firstDay to lastDay are replaced for the format. The
   * mapping it used is the document's (saved with an ordinary edit first, so it is undoable).
   */
  'actuals/commit': z
    .object({
      stageId: z.string().min(1).max(100),
      counts: importCounts,
      firstDay: day.nullable(),
      lastDay: day.nullable(),
    })
    .refine(
      ({ counts }) =>
        counts.matched + counts.unmatched + counts.rejected + counts.skipped === counts.read,
      'every row read must be matched, unmatched, rejected or skipped',
    )
    .refine(
      ({ firstDay, lastDay }) =>
        (firstDay === null) === (lastDay === null) && (firstDay ?? '') <= (lastDay ?? ''),
      'the first day must come before the last',
    ),
  'actuals/discard': z.object({ stageId: z.string().min(1).max(100) }),
  'actuals/importRevenue': z.object({
    fileName: name(500).min(1),
    counts: importCounts,
    rows: z
      .array(
        z.object({
          day,
          customerId: idText.nullable(),
          cohortId: idText.nullable(),
          featureId: idText.nullable(),
          amount: z.number().finite(),
        }),
      )
      .max(200_000),
  }),
  'actuals/imports': z.object({}),
  /**
   * The Actuals view's figures over a window (default: the last 8 weeks of data) against a plan
   * (null: the baseline). Alerts cover the whole imported history whatever the window.
   */
  'actuals/overview': window
    .extend({ scenarioId: z.string().min(1).max(500).nullable() })
    .refine(ordered, 'the window must start before it ends'),
  /** Observed against planned per step over a window (default: the last 4 weeks of data). */
  'actuals/calibration': window.refine(ordered, 'the window must start before it ends'),
  /** The alert history (cheap enough for the Overview's Needs attention). */
  'actuals/alerts': z.object({}),
} as const

export type ActualsChannel = keyof typeof actualsRequestSchemas
