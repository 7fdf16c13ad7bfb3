import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { editsForCells } from '../../../renderer/src/store/cellEdits'
import { addedByScenario, overridesAffecting } from '../../../renderer/src/store/scenarioOverrides'
import { overrideReaches } from '../../../shared/model/paths/overrideTargets'
import { repoPath } from '../../fixtures/paths'

const supportAgent = JSON.parse(
  readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
) as WorkspaceDoc

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

  it("tints the active scenario's added row as its own, a parent's as inherited", () => {
    const step = {
      id: 'review',
      name: 'Review',
      inputTokens: 1000,
      outputTokens: 200,
      mix: [{ modelId: 'gpt-4o-mini', sharePct: 100 }],
    }
    // price-complex adds the step; route-mini, its child, inherits it.
    const doc: WorkspaceDoc = {
      ...supportAgent,
      scenarios: supportAgent.scenarios.map((scenario) =>
        scenario.id === 'price-complex'
          ? {
              ...scenario,
              overrides: [
                ...scenario.overrides,
                { path: 'features/complex/steps', op: 'insert', value: step },
              ],
            }
          : scenario,
      ),
    }
    const cell = 'features/complex/steps/review/inputTokens'
    // Its own, though only the Overrides grid resets it: the cell's path is not the insert's.
    expect(overridesAffecting(doc, 'price-complex', cell)).toMatchObject([
      { scenarioId: 'price-complex', ofActive: true, own: false },
    ])
    expect(overridesAffecting(doc, 'route-mini', cell)).toMatchObject([
      { scenarioId: 'price-complex', ofActive: false, own: false },
    ])
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

describe('overrideReaches', () => {
  it('matches a provider only for models of that provider', () => {
    const doc: WorkspaceDoc = {
      ...supportAgent,
      models: [
        ...supportAgent.models,
        {
          id: 'claude',
          name: 'Claude',
          provider: 'anthropic',
          kind: 'api',
          prices: [{ from: '2025-01-01', inputPerMTok: 3, outputPerMTok: 15 }],
        },
      ],
    }
    expect(
      overrideReaches(
        doc,
        'models/provider:openai/prices/*/inputPerMTok',
        'models/claude/prices/0/inputPerMTok',
      ),
    ).toBe(false)
    expect(
      overrideReaches(
        doc,
        'models/provider:anthropic/prices/*/inputPerMTok',
        'models/claude/prices/0/inputPerMTok',
      ),
    ).toBe(true)
  })
})

describe('editsForCells', () => {
  const change = { path: 'features/complex/pricePerUnit', value: 7, field: 'Price / unit' }
  const ownList = (result: ReturnType<typeof editsForCells>) =>
    result.ok && result.edits.length === 1 ? result.edits[0] : undefined

  it('edits the baseline when no scenario is active', () => {
    expect(editsForCells(supportAgent, null, [change])).toEqual({
      ok: true,
      edits: [{ op: 'set', path: 'features/complex/pricePerUnit', value: 7 }],
    })
  })

  it("becomes the active scenario's override list, never a baseline edit", () => {
    // price-complex has one override: features/complex/pricePerUnit set 5; typing replaces it.
    expect(ownList(editsForCells(supportAgent, 'price-complex', [change]))).toEqual({
      op: 'set',
      path: 'scenarios/price-complex/overrides',
      value: [{ path: 'features/complex/pricePerUnit', op: 'set', value: 7 }],
    })
  })

  it('resets the override when a scenario cell is cleared', () => {
    expect(
      ownList(editsForCells(supportAgent, 'price-complex', [{ ...change, value: null }])),
    ).toEqual({ op: 'set', path: 'scenarios/price-complex/overrides', value: [] })
  })

  it('refuses free text in a scenario, naming the field', () => {
    const result = editsForCells(supportAgent, 'price-complex', [
      { path: 'features/complex/name', value: 'Renamed', field: 'Feature' },
    ])
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/^Feature: .*switch to Baseline/)
  })

  it('in a scenario, rows a paste adds become inserts holding the pasted values', () => {
    const leading = [
      {
        op: 'insert' as const,
        path: 'features',
        value: {
          id: 'new-feature',
          name: 'New feature',
          unit: 'unit',
          category: 'core',
          steps: [],
          components: [],
        },
      },
    ]
    const result = editsForCells(
      supportAgent,
      'fire-drill',
      [
        { path: 'features/new-feature/name', value: 'AI coaching', field: 'Feature' },
        { path: 'features/new-feature/pricePerUnit', value: 0.4, field: 'Price / unit' },
      ],
      leading,
    )
    const list = ownList(result)
    const overrides = (list?.op === 'set' ? list.value : []) as unknown[]
    expect(overrides.at(-1)).toEqual({
      path: 'features',
      op: 'insert',
      value: { ...leading[0]!.value, id: 'ai-coaching', name: 'AI coaching', pricePerUnit: 0.4 },
    })
    expect(overrides).toHaveLength(supportAgent.scenarios[1]!.overrides.length + 1)
  })
})

describe('addedByScenario', () => {
  it('knows the rows (and what is inside them) the scenario itself added, not its parent’s', () => {
    const step = { id: 'think', name: 'Think', inputTokens: 1, outputTokens: 1, mix: [] }
    const doc: WorkspaceDoc = {
      ...supportAgent,
      scenarios: [
        ...supportAgent.scenarios,
        {
          id: 'adds',
          name: 'Adds',
          parentId: 'price-complex',
          overrides: [{ path: 'features/simple/steps', op: 'insert', value: step }],
        },
      ],
    }
    expect(addedByScenario(doc, 'adds', 'features/simple/steps/think')).toBe(true)
    expect(addedByScenario(doc, 'adds', 'features/simple/steps/think/mix')).toBe(true)
    expect(addedByScenario(doc, 'adds', 'features/simple/steps/loop')).toBe(false)
    expect(addedByScenario(doc, 'price-complex', 'features/simple/steps/think')).toBe(false)
  })
})
