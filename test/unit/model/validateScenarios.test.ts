import { describe, expect, it } from 'vitest'
import { looseExample } from './fixtures'
import { expectOnlyProblem, problemsOf } from './validationHelpers'

const support = () => looseExample('support-agent')

const scenario = (id: string, overrides: object[], parentId?: string) => ({
  id,
  name: `Scenario ${id}`,
  ...(parentId === undefined ? {} : { parentId }),
  overrides,
})

describe('validateDocument: scenario parent chains', () => {
  it('reports a scenario that is its own parent', () => {
    const doc = support()
    doc.scenarios[1].parentId = 'fire-drill'
    expectOnlyProblem(
      doc,
      'scenarios[fire-drill].parentId',
      'parent cycle: fire-drill → fire-drill',
    )
  })

  it('reports a longer cycle once, from its first scenario in document order', () => {
    const doc = support()
    doc.scenarios.push(scenario('a', [], 'c'), scenario('b', [], 'a'), scenario('c', [], 'b'))
    // A scenario whose chain runs into the cycle is not a second cycle.
    doc.scenarios.push(scenario('d', [], 'b'))
    expectOnlyProblem(doc, 'scenarios[a].parentId', 'parent cycle: a → c → b → a')
  })

  it('reports every separate cycle', () => {
    const doc = support()
    doc.scenarios.push(scenario('a', [], 'b'), scenario('b', [], 'a'), scenario('x', [], 'x'))
    expect(problemsOf(doc)).toEqual([
      { path: 'scenarios[a].parentId', message: 'parent cycle: a → b → a' },
      { path: 'scenarios[x].parentId', message: 'parent cycle: x → x' },
    ])
  })
})

describe('validateDocument: override paths', () => {
  it.each([
    'features/enterprise/pricePerUnit',
    'features/complex/name',
    'models/provider:anthropic/prices/*/inputPerMTok',
    'features/complex/steps/loop/mix/gpt-5',
    'galaxies/andromeda/mass',
  ])('reports %j as naming nothing', (path) => {
    const doc = support()
    doc.scenarios[0].overrides[0].path = path
    const problems = problemsOf(doc)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.path).toBe('scenarios[price-complex].overrides[0]')
    expect(problems[0]?.message).toContain(path)
  })

  it('checks a path in a parent cycle once the cycle is broken (its chain cannot apply)', () => {
    const doc = support()
    doc.scenarios.push(
      scenario('loop', [{ path: 'plans/gold/seatPrice', op: 'set', value: 1 }], 'loop'),
    )
    expect(problemsOf(doc).map((problem) => problem.path)).toEqual(['scenarios[loop].parentId'])
    delete doc.scenarios[doc.scenarios.length - 1]!.parentId
    expect(problemsOf(doc)).toEqual([
      { path: 'scenarios[loop].overrides[0]', message: 'plans/gold/seatPrice: no plan "gold"' },
    ])
  })
})

describe('validateDocument: documents that scenarios produce', () => {
  it('reports a scenario whose override makes a field invalid, naming the scenario', () => {
    const doc = support()
    doc.scenarios.push(
      scenario('cache-all', [
        { path: 'features/simple/responseCacheHitPct', op: 'set', value: 140 },
      ]),
    )
    expectOnlyProblem(
      doc,
      'scenarios[cache-all]',
      'makes features[simple].responseCacheHitPct invalid: must be between 0 and 100, got 140',
    )
  })

  it('says from which month a later override makes the document invalid', () => {
    const doc = support()
    doc.scenarios.push(
      scenario('floors', [{ path: 'features/*/floorPct', op: 'add', value: 50, fromMonth: 6 }]),
    )
    expect(problemsOf(doc)).toEqual([
      {
        path: 'scenarios[floors]',
        message:
          'from month 6, makes features[simple].floorPct invalid: must be at least 0 and less than 100, got 105',
      },
      {
        path: 'scenarios[floors]',
        message:
          'from month 6, makes features[complex].floorPct invalid: must be at least 0 and less than 100, got 105',
      },
    ])
  })

  it('finds a document that is invalid only between two overrides', () => {
    const doc = support()
    // 2.5 − 3 = −0.5 from month 2; + 3 again from month 4.
    doc.scenarios.push(
      scenario('dip', [
        { path: 'models/gpt-4o/prices/0/inputPerMTok', op: 'add', value: -3, fromMonth: 2 },
        { path: 'models/gpt-4o/prices/0/inputPerMTok', op: 'add', value: 3, fromMonth: 4 },
      ]),
    )
    expectOnlyProblem(
      doc,
      'scenarios[dip]',
      'from month 2, makes models[gpt-4o].prices[0].inputPerMTok invalid: must not be negative, got -0.5',
    )
  })

  it('names the override that cannot be applied', () => {
    const doc = support()
    doc.scenarios[2].overrides[0].value = 130
    const problems = problemsOf(doc)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.path).toBe('scenarios[route-mini].overrides[0]')
    expect(problems[0]?.message).toContain('130')
  })

  it("reports a parent's problem with the parent only, and a child's own problem with the child", () => {
    const doc = support()
    doc.scenarios[0].overrides[0] = { path: 'features/complex/floorPct', op: 'set', value: 100 }
    doc.scenarios[2].overrides.push({
      path: 'features/simple/yellowBandPts',
      op: 'set',
      value: 101,
    })
    expect(problemsOf(doc)).toEqual([
      {
        path: 'scenarios[price-complex]',
        message:
          'makes features[complex].floorPct invalid: must be at least 0 and less than 100, got 100',
      },
      {
        path: 'scenarios[route-mini]',
        message: 'makes features[simple].yellowBandPts invalid: must be between 0 and 100, got 101',
      },
    ])
  })

  it('checks a child after its parent even when the child comes first', () => {
    const doc = support()
    const [parent, fireDrill, child] = doc.scenarios
    doc.scenarios = [child, fireDrill, parent]
    expect(problemsOf(doc)).toEqual([])
    parent.overrides[0] = { path: 'features/complex/pricePerUnit', op: 'add', value: -10 }
    expect(problemsOf(doc)).toEqual([
      {
        path: 'scenarios[price-complex]',
        message: 'makes features[complex].pricePerUnit invalid: must not be negative, got -8',
      },
    ])
  })

  it('leaves scenario effects alone while the baseline itself has problems', () => {
    const doc = support()
    doc.plans[0].seatPrice = -1
    doc.scenarios.push(
      scenario('cache-all', [
        { path: 'features/simple/responseCacheHitPct', op: 'set', value: 140 },
      ]),
    )
    expectOnlyProblem(doc, 'plans[usage].seatPrice', 'must not be negative, got -1')
  })
})
