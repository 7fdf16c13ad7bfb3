/**
 * The shipped snapshot applied to the worked examples, as a user would: once to update the
 * workspace's models and add the whole catalog, then again, which must change nothing.
 */
import { describe, expect, it } from 'vitest'
import { UNDATED_FROM } from '../../../shared/catalog/genaiPrices'
import { marginEffect } from '../../../shared/catalog/marginEffect'
import { planRefresh } from '../../../shared/catalog/refresh'
import { exampleDocument, exampleDocuments } from '../../fixtures/documents'
import { SNAPSHOT_AS_OF, snapshotBook } from './realSnapshot'
import { applyRefresh, planCounts } from './refreshHelpers'

const addAll = { addAll: true, asOf: SNAPSHOT_AS_OF }
const updateOnly = { addAll: false, asOf: SNAPSHOT_AS_OF }
const SNAPSHOT_MODELS = 1_309

describe('the snapshot applied to support-agent.json', () => {
  const doc = exampleDocument('support-agent.json')
  const book = snapshotBook()

  it("links both hand-typed OpenAI models and takes the file's history", () => {
    const { plan } = applyRefresh(doc, book, updateOnly)
    expect(plan.changed.map((u) => [u.id, u.linkSourceId])).toEqual([
      ['gpt-4o', 'gpt-4o'],
      ['gpt-4o-mini', 'gpt-4o-mini'],
    ])
    // The snapshot's gpt-4o: $2.5 in, $10 out, $1.25 cached, undated; the workspace's 50% batch
    // discount is carried over, as the file has no batch price.
    expect(plan.changed[0]!.after).toEqual([
      {
        from: UNDATED_FROM,
        inputPerMTok: 2.5,
        outputPerMTok: 10,
        cacheReadPerMTok: 1.25,
        batchDiscountPct: 50,
      },
    ])
    // One new date (UNDATED_FROM) for each model.
    expect(plan.pointsAdded).toBe(2)
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
    const { plan } = applyRefresh(exampleDocument('contract-analysis.json'), book, updateOnly)
    expect(plan.changed.map((u) => u.id)).toEqual(['gpt-4'])
    // The snapshot prices gpt-4 at $30 in, $60 out (the workspace had $10/$30).
    expect(plan.changed[0]!.after).toEqual([
      { from: UNDATED_FROM, inputPerMTok: 30, outputPerMTok: 60 },
    ])
    expect(plan.notInFile).toBe(1)
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
})
