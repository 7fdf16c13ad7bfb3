import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateMonth } from '../../../shared/engine/monthResult'
import { sensitivity, type TornadoBar } from '../../../shared/engine/sensitivity'
import { scenarioOverrides } from '../../../shared/model/overrides'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument, exampleDocuments } from '../../fixtures/documents'
import { scenarioWorkspaceArb, WHAT_IF } from './arbitraryWorkspace'

const supportAgent = exampleDocument('support-agent.json')

function bar(bars: TornadoBar[], path: string): TornadoBar {
  const found = bars.find((b) => b.path === path)
  if (!found) throw new Error(`no bar for ${path}`)
  return found
}

/*
 * Support agent by hand (DESIGN.md §3): 2000 customers × 400 simple + 100 complex tickets at $2,
 * revenue $2,000,000. A GPT-4o call: 12000 input × $2.5/M = $0.03 plus 2000 output × $10/M =
 * $0.02. Simple: 9 calls ($0.45) × 800,000; complex: 36 calls ($1.80) × 200,000; COGS $720,000,
 * margin 64%. Input tokens are 60% of COGS ($432,000), output 40% ($288,000).
 */
describe('sensitivity on the support agent', () => {
  const result = sensitivity(supportAgent)

  it('starts from the baseline margin and the default ±10%', () => {
    expect(result.baseMarginPct).toBeCloseTo(64, 12)
    expect(result.swingPct).toBe(10)
  })

  it('moves GPT-4o output price by ±10%: COGS ∓ $28,800, margin 65.44% / 62.56%', () => {
    const output = bar(result.bars, 'models/gpt-4o/prices/0/outputPerMTok')
    expect(output.label).toBe('GPT-4o output price')
    expect(output.baseValue).toBe(10)
    expect(output.lowValue).toBeCloseTo(9, 12)
    expect(output.highValue).toBeCloseTo(11, 12)
    expect(output.marginAtLow).toBeCloseTo(65.44, 10)
    expect(output.marginAtHigh).toBeCloseTo(62.56, 10)
    expect(output.swing).toBeCloseTo(2.88, 10)
  })

  it('moves GPT-4o input price by ±10%: COGS ∓ $43,200, a 4.32-point swing', () => {
    const input = bar(result.bars, 'models/gpt-4o/prices/0/inputPerMTok')
    expect(input.marginAtLow).toBeCloseTo(66.16, 10)
    expect(input.marginAtHigh).toBeCloseTo(61.84, 10)
    expect(input.swing).toBeCloseTo(4.32, 10)
  })

  it('puts the simple price first: 80% of revenue, margin 1.12/1.84 down to 1.44/2.16 up', () => {
    const [first] = result.bars
    expect(first?.path).toBe('features/simple/pricePerUnit')
    expect(first?.label).toBe('Simple resolution price per ticket')
    expect(first?.marginAtLow).toBeCloseTo((1.12 / 1.84) * 100, 10)
    expect(first?.marginAtHigh).toBeCloseTo((1.44 / 2.16) * 100, 10)
    expect(first?.swing).toBeCloseTo((1.44 / 2.16 - 1.12 / 1.84) * 100, 10)
  })

  it('shows a flat bar for customers: everything here scales with them', () => {
    const customers = bar(result.bars, 'cohorts/all/customers')
    expect(customers.label).toBe('All customers customers')
    expect(customers.marginAtLow).toBeCloseTo(64, 10)
    expect(customers.marginAtHigh).toBeCloseTo(64, 10)
    expect(customers.swing).toBeCloseTo(0, 10)
  })

  it('labels steps and usage by feature, step and cohort', () => {
    const labels = new Map(result.bars.map((b) => [b.path, b.label]))
    expect(labels.get('features/simple/steps/loop/callsPerUnit')).toBe(
      'Simple resolution · Agent loop calls per unit',
    )
    expect(labels.get('features/complex/steps/loop/inputTokens')).toBe(
      'Complex resolution · Multi-step reasoning input tokens',
    )
    expect(labels.get('features/complex/steps/loop/outputTokens')).toBe(
      'Complex resolution · Multi-step reasoning output tokens',
    )
    expect(labels.get('cohorts/all/usage/simple/unitsPerSeat')).toBe(
      'All customers · Simple resolution units per seat',
    )
  })

  it('leaves out drivers at 0 (seat price, platform fee, non-AI COGS, absent reasoning tokens)', () => {
    const paths = result.bars.map((b) => b.path)
    expect(paths).not.toContain('plans/usage/seatPrice')
    expect(paths).not.toContain('plans/usage/platformFee')
    expect(paths).not.toContain('plans/usage/nonAiCogsPerSeat')
    expect(paths).not.toContain('features/simple/steps/loop/reasoningTokens')
  })

  it('sorts by swing, largest first', () => {
    const swings = result.bars.map((b) => b.swing)
    expect(swings).toEqual([...swings].sort((a, b) => b - a))
  })

  it('applies the scenario first: under the fire drill output costs $576,000, a 5.76-point swing', () => {
    const fireDrill = sensitivity(supportAgent, { scenarioId: 'fire-drill' })
    expect(fireDrill.baseMarginPct).toBeCloseTo(28, 10)
    const output = bar(fireDrill.bars, 'models/gpt-4o/prices/0/outputPerMTok')
    expect(output.baseValue).toBe(20)
    expect(output.swing).toBeCloseTo(5.76, 10)
  })

  it('moves drivers by the swing asked for: ±25% of output is ∓ $72,000', () => {
    const wide = sensitivity(supportAgent, { swingPct: 25 })
    const output = bar(wide.bars, 'models/gpt-4o/prices/0/outputPerMTok')
    expect(output.lowValue).toBeCloseTo(7.5, 12)
    expect(output.marginAtLow).toBeCloseTo(((2_000_000 - 648_000) / 2_000_000) * 100, 10)
    expect(output.swing).toBeCloseTo(7.2, 10)
  })

  it('refuses a swing outside (0, 100] and a month that is not a whole number', () => {
    expect(() => sensitivity(supportAgent, { swingPct: 0 })).toThrow(/swingPct/)
    expect(() => sensitivity(supportAgent, { swingPct: 150 })).toThrow(/swingPct/)
    expect(() => sensitivity(supportAgent, { month: 1.5 })).toThrow(/month/)
  })
})

describe('sensitivity ordering', () => {
  it('breaks equal swings by label', () => {
    // Two identical features under different names: every bar of one has a twin of equal swing.
    const simple = supportAgent.features[0]!
    const doc: WorkspaceDoc = {
      ...supportAgent,
      features: [
        { ...simple, id: 'b', name: 'Beta' },
        { ...simple, id: 'a', name: 'Alpha' },
      ],
      cohorts: [
        {
          ...supportAgent.cohorts[0]!,
          usage: [
            { featureId: 'b', unitsPerSeat: 100 },
            { featureId: 'a', unitsPerSeat: 100 },
          ],
        },
      ],
      scenarios: [],
    }
    const { bars } = sensitivity(doc)
    const alpha = bars.findIndex((b) => b.label === 'Alpha price per ticket')
    const beta = bars.findIndex((b) => b.label === 'Beta price per ticket')
    expect(bars[alpha]?.swing).toBe(bars[beta]?.swing)
    expect(beta).toBe(alpha + 1)
  })
})

describe('sensitivity against full re-evaluation', () => {
  /** What each bar should show: the whole document evaluated with the scale override appended. */
  function expectBarsMatchFullEvaluation(
    doc: WorkspaceDoc,
    scenarioId: string | null,
    month: number,
  ): void {
    const chain = scenarioOverrides(doc, scenarioId)
    const { bars } = sensitivity(doc, { scenarioId, month, swingPct: 10 })
    for (const b of bars) {
      for (const [factor, margin] of [
        [0.9, b.marginAtLow],
        [1.1, b.marginAtHigh],
      ] as const) {
        const full = evaluateMonth(doc, month, [
          ...chain,
          { path: b.path, op: 'scale', value: factor },
        ]).portfolio.grossMarginPct
        if (full === null) expect(margin).toBeNull()
        else
          expect(Math.abs((margin ?? NaN) - full)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(full)),
          )
      }
    }
  }

  it('matches on every example and scenario', () => {
    for (const { doc } of exampleDocuments()) {
      for (const scenarioId of [null, ...doc.scenarios.map((s) => s.id)]) {
        expectBarsMatchFullEvaluation(doc, scenarioId, 0)
      }
    }
  })

  it('matches on generated workspaces, at month 0 and later', () => {
    fc.assert(
      fc.property(
        scenarioWorkspaceArb,
        fc.constantFrom(null, WHAT_IF),
        fc.integer({ min: 0, max: 5 }),
        (doc, scenarioId, month) => {
          expectBarsMatchFullEvaluation(doc, scenarioId, month)
        },
      ),
      { numRuns: 200 },
    )
  })
})
