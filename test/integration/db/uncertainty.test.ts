/** Ranges and the backlog (§13) are part of the document: written, read back, changed, guarded. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openWorkspaceDb } from '../../../electron/db/workspaceDb'
import { readDocument, writeDocument } from '../../../electron/db/queries/document'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'
import { exampleDocument } from '../../fixtures/documents'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()

function planned(): WorkspaceDoc {
  const doc = structuredClone(exampleDocument('support-agent.json'))
  doc.ranges = [
    {
      path: 'features/complex/steps/loop/inputTokens',
      low: 8000,
      likely: 12000,
      high: 20000,
      shape: 'pert',
    },
    {
      path: 'cohorts/all/monthlyGrowthPct',
      low: 0.5,
      likely: 3,
      high: 9,
      shape: 'lognormal',
      group: 'demand',
    },
  ]
  // fire-drill: no scenario is its child, so it can be deleted alone.
  doc.scenarios[1]!.ranges = [
    { path: 'features/complex/pricePerUnit', low: 4, likely: 5, high: 6, shape: 'triangular' },
    { path: 'features/simple/pricePerUnit', low: 1, likely: 2, high: 3, shape: 'uniform' },
  ]
  doc.backlog = [
    {
      id: 'route-complex',
      title: 'Route 50% of Complex · loop to GPT-4o mini',
      overrides: [{ path: 'features/complex/steps/loop/mix/gpt-4o-mini', op: 'set', value: 50 }],
      status: 'planned',
      owner: 'Dana',
      due: '2027-01-31',
      notes: 'Check answer quality on 200 tickets first',
      leverId: 'route:complex/loop:gpt-4o>gpt-4o-mini:50',
      oneOffCost: 12000,
    },
    { id: 'cache', title: 'Cache answers', overrides: [], status: 'idea' },
  ]
  return doc
}

describe('ranges and the backlog in the workspace file', () => {
  it('are valid document fields, read back exactly as written, and changed in place', async () => {
    const doc = planned()
    expect(validateDocument(doc).ok).toBe(true)
    const db = await openWorkspaceDb(join(tempDir(), 'w.marginplan'), 'new')
    writeDocument(db, null, doc)
    expect(readDocument(db)).toStrictEqual(doc)

    const changed = structuredClone(doc)
    // A reorder and an edit: rows are keyed by position, so every row moves.
    changed.ranges = [{ ...doc.ranges![1]!, high: 12 }, doc.ranges![0]!]
    changed.backlog![0]!.status = 'shipped'
    delete changed.backlog![0]!.owner
    changed.scenarios[1]!.ranges = changed.scenarios[1]!.ranges!.slice(1)
    changed.backlog = []
    writeDocument(db, doc, changed)
    // An empty list reads back as no list: version-1 documents stay as they were.
    delete changed.backlog
    expect(readDocument(db)).toStrictEqual(changed)

    // A scenario's ranges go with it.
    const withoutScenario = {
      ...changed,
      scenarios: changed.scenarios.filter((scenario) => scenario.id !== 'fire-drill'),
    }
    writeDocument(db, changed, withoutScenario)
    expect(db.prepare('SELECT count(*) AS n FROM scenario_ranges').get()).toEqual({ n: 0 })
    db.close()
  })

  it.each([
    [
      'NaN, which SQLite would store as NULL',
      `INSERT INTO ranges VALUES (5, 'a/b', NULL, 1, 2, 'pert', NULL)`,
    ],
    ['Infinity', `INSERT INTO ranges VALUES (5, 'a/b', 1, 1, 9e999, 'pert', NULL)`],
    ['a range out of order', `INSERT INTO ranges VALUES (5, 'a/b', 1, 3, 2, 'pert', NULL)`],
    ['a lognormal at 0', `INSERT INTO ranges VALUES (5, 'a/b', 0, 1, 2, 'lognormal', NULL)`],
    ['an unknown shape', `INSERT INTO ranges VALUES (5, 'a/b', 1, 1, 2, 'normal', NULL)`],
    ['an unknown status', `UPDATE backlog SET status = 'done'`],
    ['a due date that is no date', `UPDATE backlog SET due = '2027-02-30'`],
    ['overrides that are not a list', `UPDATE backlog SET overrides_json = '{}'`],
    ['a negative one-off cost', `UPDATE backlog SET one_off_cost = -1`],
  ])('the tables refuse %s', async (_, sql) => {
    const db = await openWorkspaceDb(join(tempDir(), 'w.marginplan'), 'new')
    writeDocument(db, null, planned())
    expect(() => db.prepare(sql).run()).toThrow(/constraint failed/)
    db.close()
  })
})
