/**
 * The shipped snapshot applied to the worked examples, as a user would: once to update the
 * workspace's models and add the whole catalog, then again, which must change nothing.
 */
import { describe, expect, it } from 'vitest'
import { marginEffect } from '../../../shared/catalog/marginEffect'
import { UNDATED_FROM } from '../../../shared/catalog/genaiPrices'
import { planRefresh, refreshEdits } from '../../../shared/catalog/refresh'
import { applyEdits } from '../../../shared/model/edits'
import { applyOverrides, scenarioOverrides } from '../../../shared/model/overrides'
import type { Scenario, WorkspaceDoc } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'
import { exampleDocument, exampleDocuments } from '../../fixtures/documents'
import { SNAPSHOT_AS_OF, snapshotBook } from './realSnapshot'
import { applyRefresh, catalogEntry, planCounts, point, priceBook } from './refreshHelpers'

const addAll = { addAll: true, asOf: SNAPSHOT_AS_OF }
const updateOnly = { addAll: false, asOf: SNAPSHOT_AS_OF }
const SNAPSHOT_MODELS = 1_309

describe('the snapshot applied to support-agent.json', () => {
  const doc = exampleDocument('support-agent.json')
  const book = snapshotBook()

  it('links both hand-typed OpenAI models and leaves their prices as they were', () => {
    const { plan } = applyRefresh(doc, book, updateOnly)
    expect(plan.changed.map((u) => [u.id, u.linkSourceId])).toEqual([
      ['gpt-4o', 'gpt-4o'],
      ['gpt-4o-mini', 'gpt-4o-mini'],
    ])
    // The snapshot's gpt-4o is one undated price, $2.5 in, $10 out, $1.25 cached, and no dated
    // one: it is the price on the snapshot's date. In force then is the workspace's 2024-05-13
    // point: $2.5/$10/$1.25, with a 50% batch discount the file point takes from it. Same price:
    // nothing to add. Likewise gpt-4o-mini ($0.15/$0.6/$0.075 against its 2024-07-18 point).
    expect(plan.changed.map((u) => u.after)).toEqual(doc.models.map((m) => m.prices))
    expect(plan.changed.map((u) => [u.pointsAdded, u.pointsReplaced])).toEqual([
      [0, 0],
      [0, 0],
    ])
    expect(planCounts(plan)).toMatchObject({ pointsAdded: 0, pointsReplaced: 0 })
  })

  it('adds every other snapshot model with addAll, and nothing the second time', () => {
    const first = applyRefresh(doc, book, addAll)
    // 1,309 models in the file, two of them matched.
    expect(first.plan.added).toHaveLength(SNAPSHOT_MODELS - 2)
    expect(first.doc.models).toHaveLength(2 + SNAPSHOT_MODELS - 2)
    expect(planCounts(planRefresh(first.doc.models, book, addAll))).toEqual({
      changed: 0,
      added: 0,
      unchanged: SNAPSHOT_MODELS,
      notInFile: 0,
      pointsAdded: 0,
      pointsReplaced: 0,
    })
  })

  it('leaves every margin as it was when the second refresh is applied', () => {
    const first = applyRefresh(doc, book, updateOnly)
    const second = applyRefresh(first.doc, book, updateOnly)
    expect(second.doc).toEqual(first.doc)
    for (const line of marginEffect(first.doc, second.doc).lines) {
      expect(line.first.after).toBe(line.first.before)
      expect(line.last.after).toBe(line.last.before)
    }
  })
})

describe('the snapshot applied to the other examples', () => {
  const book = snapshotBook()

  it('updates gpt-4 of contract-analysis and keeps gpt-35, which the file lacks', () => {
    const doc = exampleDocument('contract-analysis.json')
    const { plan } = applyRefresh(doc, book, updateOnly)
    expect(plan.changed.map((u) => u.id)).toEqual(['gpt-4'])
    // The snapshot prices gpt-4 at $30 in, $60 out, undated: the price on the snapshot's date,
    // where the workspace's 2024-01-01 $10/$30 is in force. It is appended on that date; the
    // workspace's own point stays first.
    expect(plan.changed[0]!.after).toEqual([
      { from: '2024-01-01', inputPerMTok: 10, outputPerMTok: 30 },
      { from: SNAPSHOT_AS_OF, inputPerMTok: 30, outputPerMTok: 60 },
    ])
    expect(planCounts(plan)).toMatchObject({ changed: 1, notInFile: 1, pointsAdded: 1 })
  })

  it('never touches the self-hosted model of devtools-freemium', () => {
    const doc = exampleDocument('devtools-freemium.json')
    const { plan, doc: after } = applyRefresh(doc, book, addAll)
    // "claude" is no snapshot id: kept, counted as not in the file; local-7b is self-hosted.
    expect(plan.changed).toEqual([])
    expect(plan.notInFile).toBe(1)
    expect(plan.added).toHaveLength(SNAPSHOT_MODELS)
    expect(after.models.slice(0, 2)).toEqual(doc.models)
  })

  it("qualifies azure's text-embedding-3-small in the demo, next to OpenAI's", () => {
    const { plan } = applyRefresh(exampleDocument('demo-workspace.json'), book, addAll)
    const azure = plan.added.find(
      (m) => m.provider === 'azure' && m.sourceId === 'text-embedding-3-small',
    )
    expect(azure?.id).toBe('text-embedding-3-small@azure')
    expect(plan.changed.map((u) => u.id)).toEqual([
      'gpt-4o',
      'gpt-4o-mini',
      'claude-sonnet-4-5',
      'text-embedding-3-small',
    ])
  })

  it('keeps every point of the demo, hand-entered history included', () => {
    const demo = exampleDocument('demo-workspace.json')
    const { plan, doc: after } = applyRefresh(demo, book, updateOnly)
    // All four API models are in the snapshot with one undated price each, the price on its
    // date (2026-08-21). In force then: gpt-4o's 2024-10-02 $2.5/$10/$1.25 (the snapshot's
    // gpt-4o), gpt-4o-mini's $0.15/$0.6/$0.075, claude-sonnet-4-5's $3/$15/$0.3/$3.75 with its
    // tier above 200k ($6/$22.5/$0.6/$7.5), text-embedding-3-small's $0.02: each the file's
    // price, batch discounts carried. So each is only linked, and gpt-4o's 2024-05-13 $5/$15
    // launch price, which the file does not know, is still its first point.
    expect(plan.changed.map((u) => [u.id, u.linkSourceId !== undefined])).toEqual([
      ['gpt-4o', true],
      ['gpt-4o-mini', true],
      ['claude-sonnet-4-5', true],
      ['text-embedding-3-small', true],
    ])
    expect(planCounts(plan)).toMatchObject({ pointsAdded: 0, pointsReplaced: 0 })
    expect(after.models.map((m) => m.prices)).toEqual(demo.models.map((m) => m.prices))
    expect(after.models[0]!.prices[0]).toEqual({
      from: '2024-05-13',
      inputPerMTok: 5,
      outputPerMTok: 15,
    })
  })

  it('changes nothing when applied a second time to any example', () => {
    for (const { name, doc } of exampleDocuments()) {
      const first = applyRefresh(doc, book, addAll)
      const second = planRefresh(first.doc.models, book, addAll)
      expect({ name, changed: second.changed.length, added: second.added.length }).toEqual({
        name,
        changed: 0,
        added: 0,
      })
    }
  })

  it('changes nothing when applied again to any example on a later day', () => {
    for (const { name, doc } of exampleDocuments()) {
      const first = applyRefresh(doc, book, addAll)
      // 2026-12-05, after the snapshot's 2026-08-21: no example has a point of its own between
      // the two days, so every price the file states is in force already.
      const second = planRefresh(first.doc.models, book, { ...addAll, asOf: '2026-12-05' })
      expect({ name, ...planCounts(second) }).toMatchObject({
        name,
        changed: 0,
        added: 0,
        pointsAdded: 0,
        pointsReplaced: 0,
      })
    }
  })
})

describe('a scenario override addressing a price point by position', () => {
  /** Doubles the input price of the demo's gpt-4o point at position 1 (2024-10-02, $2.5). */
  const doubled: Scenario = {
    id: 'gpt-4o-doubled',
    name: 'gpt-4o input doubled',
    overrides: [{ path: 'models/gpt-4o/prices/1/inputPerMTok', op: 'scale', value: 2 }],
  }
  const demo = exampleDocument('demo-workspace.json')
  const doc: WorkspaceDoc = { ...demo, scenarios: [...demo.scenarios, doubled] }
  // A file with a price between the demo's two points (2024-08-01, $4/$12) and a cut after
  // asOf (2027-01-01): sorted by date, the new 2024-08-01 point would take position 1.
  const book = priceBook('genai-prices', [
    catalogEntry('openai', 'gpt-4o', [
      point(UNDATED_FROM, 2.5, 10, { cacheReadPerMTok: 1.25 }),
      point('2024-08-01', 4, 12),
      point('2027-01-01', 1.25, 5, { cacheReadPerMTok: 0.625 }),
    ]),
  ])

  it('still applies to the same dated point after a refresh that adds points', () => {
    expect(validateDocument(doc).ok).toBe(true)
    const plan = planRefresh(doc.models, book, { addAll: false, asOf: '2026-12-05' })
    const applied = applyEdits(doc, refreshEdits(plan))
    if (!applied.ok) throw new Error(JSON.stringify(applied.problems))
    const valid = validateDocument(applied.doc)
    expect(valid.ok ? [] : valid.problems).toEqual([])
    const prices = (d: WorkspaceDoc) => d.models.find((m) => m.id === 'gpt-4o')!.prices
    // 2024-08-01: in force is the demo's 2024-05-13 $5/$15 (no batch discount): $4/$12 is new,
    // appended. 2027-01-01: in force is the 2024-10-02 point (50% batch): $1.25/$5/$0.625 at
    // 50% is new, appended. The undated price is superseded by 2024-08-01, before asOf.
    const refreshed = [
      ...prices(demo),
      point('2024-08-01', 4, 12),
      point('2027-01-01', 1.25, 5, { cacheReadPerMTok: 0.625, batchDiscountPct: 50 }),
    ]
    expect(prices(applied.doc)).toEqual(refreshed)
    expect(prices(applied.doc)[1]!.from).toBe('2024-10-02')

    const scenario = applyOverrides(applied.doc, scenarioOverrides(applied.doc, doubled.id), 0)
    if (!scenario.ok) throw new Error(JSON.stringify(scenario.problems))
    // Position 1 is still 2024-10-02: its $2.5 input becomes $5; every other point is as it was.
    expect(prices(scenario.doc)).toEqual([
      refreshed[0],
      { ...refreshed[1], inputPerMTok: 5 },
      refreshed[2],
      refreshed[3],
    ])
  })
})
