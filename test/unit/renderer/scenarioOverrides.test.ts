import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Scenario, WorkspaceDoc } from '../../../shared/model/types'
import { editsForCells } from '../../../renderer/src/store/cellEdits'
import {
  overrideEditsForCell,
  overridePathMatches,
  overridesAffecting,
  resetOverrideEdits,
  toOverridePath,
} from '../../../renderer/src/store/scenarioOverrides'
import { repoPath } from '../../fixtures/paths'

const supportAgent = JSON.parse(
  readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
) as WorkspaceDoc

function scenario(id: string): Scenario {
  const found = supportAgent.scenarios.find((s) => s.id === id)
  if (!found) throw new Error(`no scenario ${id}`)
  return found
}

describe('toOverridePath', () => {
  it('addresses a mix share by its model, without the sharePct field', () => {
    expect(toOverridePath('features/complex/steps/loop/mix/gpt-4o-mini/sharePct')).toBe(
      'features/complex/steps/loop/mix/gpt-4o-mini',
    )
  })

  it('keeps every other field path as it is', () => {
    expect(toOverridePath('features/complex/pricePerUnit')).toBe('features/complex/pricePerUnit')
    expect(toOverridePath('models/gpt-4o/prices/0/inputPerMTok')).toBe(
      'models/gpt-4o/prices/0/inputPerMTok',
    )
  })
})

describe('overrideEditsForCell', () => {
  it("replaces the scenario's month-0 set on the same path", () => {
    // price-complex has one override: features/complex/pricePerUnit set 5.
    expect(
      overrideEditsForCell(scenario('price-complex'), 'features/complex/pricePerUnit', 6),
    ).toEqual([
      {
        op: 'set',
        path: 'scenarios/price-complex/overrides/0',
        value: { path: 'features/complex/pricePerUnit', op: 'set', value: 6 },
      },
    ])
  })

  it('appends a set when the path has no override yet', () => {
    expect(
      overrideEditsForCell(scenario('price-complex'), 'features/simple/pricePerUnit', 3),
    ).toEqual([
      {
        op: 'insert',
        path: 'scenarios/price-complex/overrides',
        value: { path: 'features/simple/pricePerUnit', op: 'set', value: 3 },
      },
    ])
  })

  it('appends rather than replaces a scale, or a set from a later month', () => {
    const withOthers: Scenario = {
      id: 's',
      name: 'S',
      overrides: [
        { path: 'features/simple/pricePerUnit', op: 'scale', value: 2 },
        { path: 'features/simple/pricePerUnit', op: 'set', value: 9, fromMonth: 3 },
      ],
    }
    const [edit] = overrideEditsForCell(withOthers, 'features/simple/pricePerUnit', 4)
    expect(edit?.op).toBe('insert')
  })

  it('turns a mix share cell into the mix override path', () => {
    const [edit] = overrideEditsForCell(
      scenario('fire-drill'),
      'features/complex/steps/loop/mix/gpt-4o-mini/sharePct',
      30,
    )
    expect(edit).toEqual({
      op: 'insert',
      path: 'scenarios/fire-drill/overrides',
      value: { path: 'features/complex/steps/loop/mix/gpt-4o-mini', op: 'set', value: 30 },
    })
  })
})

describe('resetOverrideEdits', () => {
  it("deletes the scenario's own overrides on the path, highest index first", () => {
    const twice: Scenario = {
      id: 's',
      name: 'S',
      overrides: [
        { path: 'features/simple/pricePerUnit', op: 'set', value: 1 },
        { path: 'features/complex/pricePerUnit', op: 'set', value: 2 },
        { path: 'features/simple/pricePerUnit', op: 'scale', value: 2 },
      ],
    }
    expect(resetOverrideEdits(twice, 'features/simple/pricePerUnit')).toEqual([
      { op: 'delete', path: 'scenarios/s/overrides/2' },
      { op: 'delete', path: 'scenarios/s/overrides/0' },
    ])
  })
})

describe('overridesAffecting', () => {
  it("marks the active scenario's exact override as its own (resettable)", () => {
    const found = overridesAffecting(supportAgent, 'price-complex', 'features/complex/pricePerUnit')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ scenarioId: 'price-complex', index: 0, own: true })
  })

  it("shows a parent's override as inherited on the child", () => {
    // route-mini is a child of price-complex.
    const found = overridesAffecting(supportAgent, 'route-mini', 'features/complex/pricePerUnit')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ scenarioId: 'price-complex', own: false })
  })

  it('reaches cells through provider: and * selectors, never as own overrides', () => {
    const found = overridesAffecting(
      supportAgent,
      'fire-drill',
      'models/gpt-4o-mini/prices/0/inputPerMTok',
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ index: 0, own: false })
    expect(overridesAffecting(supportAgent, 'fire-drill', 'features/simple/pricePerUnit')).toEqual(
      [],
    )
  })

  it('finds the mix override from the share cell', () => {
    const found = overridesAffecting(
      supportAgent,
      'route-mini',
      'features/complex/steps/loop/mix/gpt-4o-mini/sharePct',
    )
    expect(found.map((o) => o.own)).toEqual([true])
  })
})

describe('overridePathMatches', () => {
  it('matches a provider only for models of that provider', () => {
    const doc: WorkspaceDoc = {
      ...supportAgent,
      models: [
        ...supportAgent.models,
        { id: 'claude', name: 'Claude', provider: 'anthropic', kind: 'api', prices: [] },
      ],
    }
    expect(
      overridePathMatches(
        doc,
        'models/provider:openai/prices/*/inputPerMTok',
        'models/claude/prices/0/inputPerMTok',
      ),
    ).toBe(false)
    expect(
      overridePathMatches(
        doc,
        'models/provider:anthropic/prices/*/inputPerMTok',
        'models/claude/prices/0/inputPerMTok',
      ),
    ).toBe(true)
  })
})

describe('editsForCells', () => {
  const change = { path: 'features/complex/pricePerUnit', value: 7, field: 'Price / unit' }

  it('edits the baseline when no scenario is active', () => {
    expect(editsForCells(supportAgent, null, [change])).toEqual({
      ok: true,
      edits: [{ op: 'set', path: 'features/complex/pricePerUnit', value: 7 }],
    })
  })

  it('becomes an override of the active scenario, never a baseline edit', () => {
    const result = editsForCells(supportAgent, 'price-complex', [change])
    expect(result).toEqual({
      ok: true,
      edits: [
        {
          op: 'set',
          path: 'scenarios/price-complex/overrides/0',
          value: { path: 'features/complex/pricePerUnit', op: 'set', value: 7 },
        },
      ],
    })
  })

  it('resets the override when a scenario cell is cleared', () => {
    const result = editsForCells(supportAgent, 'price-complex', [{ ...change, value: null }])
    expect(result).toEqual({
      ok: true,
      edits: [{ op: 'delete', path: 'scenarios/price-complex/overrides/0' }],
    })
  })

  it('refuses text in a scenario, naming the field', () => {
    const result = editsForCells(supportAgent, 'price-complex', [
      { path: 'features/complex/name', value: 'Renamed', field: 'Feature' },
    ])
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/^Feature: .*switch to Baseline/)
  })

  it('orders a mixed batch so no edit shifts an index another relies on', () => {
    const s = 'route-mini'
    const result = editsForCells(supportAgent, s, [
      { path: 'features/complex/steps/loop/mix/gpt-4o-mini/sharePct', value: null, field: 'Share' },
      { path: 'features/simple/pricePerUnit', value: 3, field: 'Price' },
    ])
    expect(result.ok && result.edits.map((e) => e.op)).toEqual(['insert', 'delete'])
  })
})
