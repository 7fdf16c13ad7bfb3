import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Db } from '../../../electron/db/connection'
import { readDocument, writeDocument } from '../../../electron/db/queries/document'
import { openWorkspaceDb } from '../../../electron/db/workspaceDb'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument, exampleDocuments } from '../../fixtures/documents'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()

async function imported(doc: WorkspaceDoc): Promise<Db> {
  const db = await openWorkspaceDb(join(tempDir(), 'w.marginplan'), 'new')
  writeDocument(db, null, doc)
  return db
}

function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n
}

describe('import then export gives back the same document', () => {
  it.each(exampleDocuments().map((example) => [example.name, example.doc] as const))(
    '%s',
    async (_name, doc) => {
      const db = await imported(doc)
      expect(readDocument(db)).toStrictEqual(doc)
      db.close()
    },
  )

  it('keeps float64 values exactly', async () => {
    const db = await imported(exampleDocument('devtools-freemium.json'))
    const selfHost = await imported(exampleDocument('selfhost-70b.json'))
    expect(readDocument(db).scenarios[0]?.overrides[0]).toMatchObject({ value: 14.285714285714286 })
    expect(readDocument(selfHost).cohorts[0]?.usage[0]?.unitsPerSeat).toBe(22.857142857142858)
    db.close()
    selfHost.close()
  })

  it('keeps absent optional fields absent, empty records and record key order', async () => {
    const base = exampleDocument('support-agent.json')
    const doc: WorkspaceDoc = {
      ...base,
      plans: [
        {
          ...base.plans[0]!,
          includedUnits: { simple: 10, complex: 2 },
          overagePrice: { complex: 3, simple: 0.5 },
        },
        {
          id: 'empty',
          name: 'Empty records',
          seatPrice: 1,
          aiRevenueSharePct: 0,
          attribution: 'equal',
          includedUnits: {},
        },
      ],
    }
    const db = await imported(doc)
    const exported = readDocument(db)
    expect(exported).toStrictEqual(doc)
    expect(Object.keys(exported.plans[0]!.includedUnits!)).toEqual(['simple', 'complex'])
    expect(Object.keys(exported.plans[0]!.overagePrice!)).toEqual(['complex', 'simple'])
    expect('overagePrice' in exported.plans[1]!).toBe(false)
    expect('platformFee' in exported.plans[1]!).toBe(false)
    expect('reasoningTokens' in exported.features[0]!.steps[0]!).toBe(false)
    db.close()
  })
})

describe('writing over a previous document', () => {
  it('writes only the rows that changed', async () => {
    const doc = exampleDocument('support-agent.json')
    const db = await imported(doc)
    const next = structuredClone(doc)
    next.features[1]!.pricePerUnit = 5
    const before = totalChanges(db)
    writeDocument(db, doc, next)
    expect(totalChanges(db) - before).toBe(1)
    expect(readDocument(db)).toStrictEqual(next)
    db.close()
  })

  it('inserts at the front, removes and reorders while keeping array order', async () => {
    const doc = exampleDocument('support-agent.json')
    const db = await imported(doc)
    const next = structuredClone(doc)
    next.models[0]!.prices.unshift({ from: '2024-01-01', inputPerMTok: 5, outputPerMTok: 15 })
    next.features.reverse()
    next.features[0]!.steps[0]!.mix = [
      { modelId: 'gpt-4o-mini', sharePct: 30 },
      { modelId: 'gpt-4o', sharePct: 70 },
    ]
    next.scenarios.splice(1, 1)
    delete next.features[1]!.floorPct
    writeDocument(db, doc, next)
    expect(readDocument(db)).toStrictEqual(next)
    db.close()
  })

  it('renames an id together with every reference to it', async () => {
    const doc = exampleDocument('support-agent.json')
    const db = await imported(doc)
    const next = JSON.parse(
      JSON.stringify(doc).replaceAll('"gpt-4o-mini"', '"mini"'),
    ) as WorkspaceDoc
    next.scenarios[2]!.overrides[0]!.path = 'features/complex/steps/loop/mix/mini'
    writeDocument(db, doc, next)
    expect(readDocument(db)).toStrictEqual(next)
    db.close()
  })

  it('turns any example into any other', async () => {
    const examples = exampleDocuments()
    for (const from of examples) {
      for (const to of examples) {
        const db = await imported(from.doc)
        writeDocument(db, from.doc, to.doc)
        expect({ from: from.name, doc: readDocument(db) }).toStrictEqual({
          from: from.name,
          doc: to.doc,
        })
        db.close()
      }
    }
  })

  it('never binds NaN: the write fails and the transaction leaves the file as it was', async () => {
    const doc = exampleDocument('support-agent.json')
    const db = await imported(doc)
    const next = structuredClone(doc)
    next.features[0]!.pricePerUnit = 3
    next.features[1]!.retryRatePct = NaN
    expect(() => writeDocument(db, doc, next)).toThrow(/retry_rate_pct: NaN is not a finite number/)
    expect(readDocument(db)).toStrictEqual(doc)
    db.close()
  })
})
