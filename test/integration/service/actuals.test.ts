/**
 * The actuals channels end to end in the service: an import staged in parts and committed in one
 * transaction, a re-import of the same days replacing them, a cancelled import writing nothing,
 * bad payloads refused at the door, and the views (overview, alerts, calibration) read back.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { WorkspaceService } from '../../../electron/service'
import { createUsageImport } from '../../../shared/actuals/usageImport'
import { formatParsers } from '../../../shared/actuals/formats'
import type { ImportResult } from '../../../shared/actuals/usageImport'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { call, startServiceOnFile } from '../../fixtures/service'
import { useTempDirs } from '../../fixtures/tempDir'

const doc = JSON.parse(
  readFileSync('/work/shared/examples/support-agent.json', 'utf8'),
) as WorkspaceDoc
const tempDir = useTempDirs()
let service: WorkspaceService | null = null

afterEach(() => {
  service?.close()
  service = null
})

async function started(): Promise<WorkspaceService> {
  const dir = tempDir()
  service = await startServiceOnFile(doc, join(dir, 'support.marginplan'), dir)
  return service
}

/** `days` of simple tickets, `perDay` a day, each one call on gpt-4o costing `cost`. */
function imported(days: string[], perDay: number, cost: number): ImportResult {
  const usage = createUsageImport(doc, (raw) => formatParsers.langfuse.parse(raw), undefined)
  let line = 1
  for (const day of days) {
    for (let n = 0; n < perDay; n++) {
      line += 1
      usage.add({
        line,
        value: {
          type: 'GENERATION',
          trace_id: `${day}-${n}`,
          trace_name: 'simple',
          name: 'loop',
          start_time: `${day}T10:00:00Z`,
          provided_model_name: 'gpt-4o',
          user_id: n % 2 === 0 ? 'acme' : 'globex',
          usage_details: { input: 1_000, output: 100 },
          cost_details: { total: cost },
        },
      })
    }
  }
  return usage.result()
}

/** Sends an import in parts of `partRows` aggregates, as the renderer's worker does. */
async function send(target: WorkspaceService, result: ImportResult, partRows: number) {
  let stageId: string | undefined
  for (let at = 0; at === 0 || at < result.aggregates.length; at += partRows) {
    const part = await call(target, 'actuals/stage', {
      ...(stageId !== undefined && { stageId }),
      format: 'langfuse',
      fileName: 'log.jsonl',
      aggregates: result.aggregates.slice(at, at + partRows),
      samples: at === 0 ? result.samples : [],
      unmatched: at === 0 ? result.unmatched : [],
    })
    stageId = part.stageId
  }
  return stageId!
}

const commit = (target: WorkspaceService, stageId: string, result: ImportResult) =>
  call(target, 'actuals/commit', {
    stageId,
    counts: result.counts,
    firstDay: result.firstDay,
    lastDay: result.lastDay,
  })

const readOverview = (target: WorkspaceService) =>
  call(target, 'actuals/overview', { scenarioId: null })

const days = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `2026-11-${String(from + i).padStart(2, '0')}`)

describe('importing actuals through the service', () => {
  it('commits parts as one import, and a re-import replaces the days it covers', async () => {
    const target = await started()
    const first = imported(days(1, 10), 4, 0.5)
    await commit(target, await send(target, first, 3), first)
    const overview = await call(target, 'actuals/overview', { scenarioId: null })
    expect(overview?.from).toBe('2026-11-01')
    expect(overview?.totals).toMatchObject({ units: 40, calls: 40, cost: 20 })
    // Days 6..15 again at a new cost: 1..5 stay, 6..10 are replaced, 11..15 are new.
    const second = imported(days(6, 15), 4, 1)
    await commit(target, await send(target, second, 7), second)
    const after = await call(target, 'actuals/overview', { scenarioId: null })
    expect(after?.totals).toMatchObject({ units: 60, calls: 60, cost: 5 * 4 * 0.5 + 10 * 4 * 1 })
    const { imports } = await call(target, 'actuals/imports', {})
    expect(imports.map((i) => [i.firstDay, i.lastDay, i.counts.read])).toEqual([
      ['2026-11-06', '2026-11-15', 40],
      ['2026-11-01', '2026-11-10', 40],
    ])
  })

  it('writes nothing for a discarded import, and refuses to commit it afterwards', async () => {
    const target = await started()
    const result = imported(days(1, 3), 2, 0.5)
    const stageId = await send(target, result, 2)
    await call(target, 'actuals/discard', { stageId })
    const refused = await target.dispatch('actuals/commit', {
      stageId,
      counts: result.counts,
      firstDay: result.firstDay,
      lastDay: result.lastDay,
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await call(target, 'actuals/overview', { scenarioId: null })).toBeNull()
    expect((await call(target, 'actuals/imports', {})).imports).toEqual([])
  })

  it('refuses to commit into another workspace than the one the import was read for', async () => {
    const target = await started()
    const result = imported(days(1, 2), 1, 0.5)
    const stageId = await send(target, result, 10)
    await call(target, 'workspace/create', {
      path: join(tempDir(), 'other.marginplan'),
      template: 'blank',
    })
    const refused = await target.dispatch('actuals/commit', {
      stageId,
      counts: result.counts,
      firstDay: result.firstDay,
      lastDay: result.lastDay,
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect((await call(target, 'actuals/imports', {})).imports).toEqual([])
  })

  it('refuses NaN, negative counts, ill-formed days and counts that do not add up', async () => {
    const target = await started()
    const result = imported(days(1, 1), 1, 0.5)
    const aggregate = result.aggregates[0]!
    for (const bad of [
      { ...aggregate, reportedCost: Number.NaN },
      { ...aggregate, inputTokens: -1 },
      { ...aggregate, units: 1.5 },
      { ...aggregate, day: '2026-02-30' },
      { ...aggregate, featureId: 'a\u0000b' },
    ]) {
      const answer = await target.dispatch('actuals/stage', {
        format: 'langfuse',
        fileName: 'log.jsonl',
        aggregates: [bad],
        samples: [],
        unmatched: [],
      })
      expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    }
    const stageId = await send(target, result, 1)
    const uneven = await target.dispatch('actuals/commit', {
      stageId,
      counts: { ...result.counts, read: result.counts.read + 1 },
      firstDay: result.firstDay,
      lastDay: result.lastDay,
    })
    expect(uneven).toMatchObject({ ok: false, error: { code: 'bad-request' } })
  })

  it('counts the calls nobody priced: no cost in the log, no price in the workspace', async () => {
    const target = await started()
    const usage = createUsageImport(doc, (raw) => formatParsers.langfuse.parse(raw), undefined)
    const call = (line: number, model: string, cost?: number) =>
      usage.add({
        line,
        value: {
          type: 'GENERATION',
          trace_id: `t${line}`,
          trace_name: 'simple',
          start_time: '2026-11-02T10:00:00Z',
          provided_model_name: model,
          usage_details: { input: 1_000, output: 100 },
          ...(cost !== undefined && { cost_details: { total: cost } }),
        },
      })
    call(2, 'claude-haiku-4-5')
    call(3, 'claude-haiku-4-5')
    call(4, 'claude-haiku-4-5', 0.01) // billed: priced by its bill
    call(5, 'gpt-4o') // in the workspace: priced by the price book
    const result = usage.result()
    await commit(target, await send(target, result, 100), result)
    const overview = await readOverview(target)
    expect(overview?.unpriced).toEqual({ calls: 2, models: ['claude-haiku-4-5'] })
  })

  it('reads back alerts and a calibration of what was imported', async () => {
    const target = await started()
    // $3 a ticket against $2: the 3-day margin is −50%, under the 55% floor from the 3rd day.
    const result = imported(days(1, 5), 2, 3)
    await commit(target, await send(target, result, 100), result)
    const { alerts } = await call(target, 'actuals/alerts', {})
    expect(alerts.filter((a) => a.rule === 'red-3d')).toEqual([
      expect.objectContaining({ featureId: 'simple', openedOn: '2026-11-03', closedOn: null }),
    ])
    const calibration = await call(target, 'actuals/calibration', {})
    const step = calibration?.features.find((f) => f.featureId === 'simple')?.steps[0]
    expect(step?.observed.inputTokens).toEqual({ mean: 1_000, p95: 1_000 })
  })
})
