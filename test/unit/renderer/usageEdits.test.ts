import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { usageEdits } from '../../../renderer/src/views/pricing/usageEdits'
import { repoPath } from '../../fixtures/paths'

const base = JSON.parse(
  readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
) as WorkspaceDoc
// Cohort "all" uses simple (400/seat) and complex (100/seat); give it a second cohort with none.
const doc: WorkspaceDoc = {
  ...base,
  cohorts: [...base.cohorts, { id: 'new', name: 'New', planId: 'usage', customers: 10, usage: [] }],
}

const cell = (cohort: string, feature: string, value: number | null) => ({
  path: `cohorts/${cohort}/usage/${feature}/unitsPerSeat`,
  value,
  field: feature,
})

describe('usage matrix edits on the baseline', () => {
  it('sets units where the cohort already uses the feature', () => {
    expect(usageEdits(doc, null, [cell('all', 'simple', 450)])).toEqual({
      ok: true,
      edits: [{ op: 'set', path: 'cohorts/all/usage/simple/unitsPerSeat', value: 450 }],
    })
  })

  it('adds the usage entry when a blank cell gets a value', () => {
    expect(usageEdits(doc, null, [cell('new', 'complex', 5)])).toEqual({
      ok: true,
      edits: [
        {
          op: 'insert',
          path: 'cohorts/new/usage',
          value: { featureId: 'complex', unitsPerSeat: 5 },
        },
      ],
    })
  })

  it('removes the usage entry when its cell is cleared, and ignores clearing a blank', () => {
    expect(
      usageEdits(doc, null, [cell('all', 'complex', null), cell('new', 'simple', null)]),
    ).toEqual({
      ok: true,
      edits: [{ op: 'delete', path: 'cohorts/all/usage/complex' }],
    })
  })

  it('maps a pasted 3×2 block, mixing existing and new entries, to one batch', () => {
    const result = usageEdits(doc, null, [
      cell('all', 'simple', 1),
      cell('all', 'complex', 2),
      cell('new', 'simple', 3),
      cell('new', 'complex', 4),
    ])
    expect(result.ok && result.edits.map((e) => e.op)).toEqual(['set', 'set', 'insert', 'insert'])
  })
})

describe('usage matrix edits in a scenario', () => {
  it('become overrides of the active scenario', () => {
    expect(usageEdits(doc, 'fire-drill', [cell('all', 'simple', 450)])).toEqual({
      ok: true,
      edits: [
        {
          op: 'set',
          path: 'scenarios/fire-drill/overrides',
          value: [
            ...doc.scenarios.find((s) => s.id === 'fire-drill')!.overrides,
            { path: 'cohorts/all/usage/simple/unitsPerSeat', op: 'set', value: 450 },
          ],
        },
      ],
      moved: [],
    })
  })
})
