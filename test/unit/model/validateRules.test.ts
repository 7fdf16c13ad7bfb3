import { describe, expect, it } from 'vitest'
import { validateDocument } from '../../../shared/model/validate'
import { looseExample, type Loose } from './fixtures'
import { expectOnlyProblem, expectProblem, problemsOf } from './validationHelpers'

const support = () => looseExample('support-agent')

describe('validateDocument: the rules the issue lists, each naming its exact path', () => {
  it('reports a mix whose shares sum to 90', () => {
    const doc = support()
    doc.features[0].steps[0].mix = [
      { modelId: 'gpt-4o', sharePct: 60 },
      { modelId: 'gpt-4o-mini', sharePct: 30 },
    ]
    expectOnlyProblem(doc, 'features[simple].steps[loop].mix', 'shares sum to 90, expected 100')
  })

  it('reports a negative price', () => {
    const doc = support()
    doc.models[0].prices[0].inputPerMTok = -2.5
    expectOnlyProblem(
      doc,
      'models[gpt-4o].prices[0].inputPerMTok',
      'must not be negative, got -2.5',
    )
  })

  it('reports an unknown model id in a mix', () => {
    const doc = support()
    doc.features[1].steps[0].mix[0].modelId = 'gpt-5'
    expectOnlyProblem(
      doc,
      'features[complex].steps[loop].mix[gpt-5].modelId',
      'unknown model "gpt-5"',
    )
  })

  it('reports "NaN" given as a token count', () => {
    const doc = support()
    doc.features[0].steps[0].inputTokens = 'NaN'
    expectOnlyProblem(
      doc,
      'features[simple].steps[loop].inputTokens',
      'expected a number, got the string "NaN"',
    )
  })

  it('reports a 140% cache hit rate', () => {
    const doc = support()
    doc.features[0].responseCacheHitPct = 140
    expectOnlyProblem(
      doc,
      'features[simple].responseCacheHitPct',
      'must be between 0 and 100, got 140',
    )
  })

  it('reports a duplicate feature id', () => {
    const doc = support()
    doc.features[1].id = 'simple'
    // The scenarios overriding "complex" now name nothing, and the cohort lists "simple" twice.
    expectProblem(doc, 'features[simple]', 'duplicate id "simple": listed 2 times')
  })

  it('reports an unknown plan id', () => {
    const doc = support()
    doc.cohorts[0].planId = 'enterprise'
    expectOnlyProblem(doc, 'cohorts[all].planId', 'unknown plan "enterprise"')
  })

  it('reports prefixReuse 0.5', () => {
    const doc = support()
    doc.features[0].steps[0].prefixReuse = 0.5
    expectOnlyProblem(
      doc,
      'features[simple].steps[loop].prefixReuse',
      'must be at least 1, got 0.5',
    )
  })

  it('reports a scenario parent cycle, naming the cycle', () => {
    const doc = support()
    doc.scenarios[0].parentId = 'route-mini'
    expectOnlyProblem(
      doc,
      'scenarios[price-complex].parentId',
      'parent cycle: price-complex → route-mini → price-complex',
    )
  })

  it('reports an override path that names nothing', () => {
    const doc = support()
    doc.scenarios[0].overrides[0].path = 'features/enterprise/pricePerUnit'
    const problems = problemsOf(doc)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.path).toBe('scenarios[price-complex].overrides[0]')
    expect(problems[0]?.message).toContain('features/enterprise/pricePerUnit')
    expect(problems[0]?.message).toContain('enterprise')
  })
})

describe('validateDocument: document header', () => {
  it.each([
    ['format', 'workspace', 'expected "ai-margin-workspace", got the string "workspace"'],
    ['version', 2, 'expected 1, got 2'],
    ['version', '1', 'expected 1, got the string "1"'],
    ['currency', 'EUR', 'expected "USD", got the string "EUR"'],
    ['name', 7, 'expected text, got 7'],
  ])('rejects %s = %j', (field, value, message) => {
    const doc = support()
    doc[field] = value
    expectOnlyProblem(doc, field, message)
  })

  it.each(['2026-13', '2026-00', '2026-1', '26-12', '2026-12-01', ''])(
    'rejects startMonth %j',
    (startMonth) => {
      const doc = support()
      doc.startMonth = startMonth
      expectOnlyProblem(
        doc,
        'startMonth',
        `expected a real date as YYYY-MM, got the string ${JSON.stringify(startMonth)}`,
      )
    },
  )

  it.each([
    [0, 'must be a whole number between 1 and 120, got 0'],
    [121, 'must be a whole number between 1 and 120, got 121'],
    [12.5, 'must be a whole number between 1 and 120, got 12.5'],
  ])('rejects horizonMonths %j', (horizonMonths, message) => {
    const doc = support()
    doc.horizonMonths = horizonMonths
    expectOnlyProblem(doc, 'horizonMonths', message)
  })

  it.each([1, 120])('accepts horizonMonths %j', (horizonMonths) => {
    const doc = support()
    doc.horizonMonths = horizonMonths
    expect(problemsOf(doc)).toEqual([])
  })

  it.each([null, [], 'a workspace', 42])(
    'rejects %j as a document, naming the document',
    (input) => {
      const problems = problemsOf(input)
      expect(problems).toHaveLength(1)
      expect(problems[0]?.path).toBe('document')
    },
  )

  it('reports each missing top-level field', () => {
    const problems = problemsOf({})
    expect(problems.map((problem) => problem.path)).toEqual([
      'format',
      'version',
      'name',
      'currency',
      'startMonth',
      'horizonMonths',
      'models',
      'features',
      'plans',
      'cohorts',
      'selfHost',
      'scenarios',
    ])
    expect(new Set(problems.map((problem) => problem.message))).toEqual(
      new Set(['required field is missing']),
    )
  })
})

describe('validateDocument: types', () => {
  it('rejects numbers given as strings, NaN and Infinity', () => {
    const doc = support()
    doc.models[0].prices[0].outputPerMTok = '12'
    doc.features[0].steps[0].outputTokens = Number.NaN
    doc.cohorts[0].customers = Number.POSITIVE_INFINITY
    expect(problemsOf(doc)).toEqual([
      {
        path: 'models[gpt-4o].prices[0].outputPerMTok',
        message: 'expected a number, got the string "12"',
      },
      {
        path: 'features[simple].steps[loop].outputTokens',
        message: 'expected a finite number, got NaN',
      },
      { path: 'cohorts[all].customers', message: 'expected a finite number, got Infinity' },
    ])
  })

  it('rejects unknown enum values', () => {
    const doc = support()
    doc.models[0].kind = 'hosted'
    doc.features[0].category = 'basic'
    doc.plans[0].attribution = 'revenue'
    expect(problemsOf(doc)).toEqual([
      {
        path: 'models[gpt-4o].kind',
        message: 'expected one of api, self-hosted, got the string "hosted"',
      },
      {
        path: 'features[simple].category',
        message: 'expected one of growth, core, premium, got the string "basic"',
      },
      {
        path: 'plans[usage].attribution',
        message: 'expected one of usage, cost, equal, got the string "revenue"',
      },
    ])
  })

  it('rejects a missing required field', () => {
    const doc = support()
    delete doc.features[0].unit
    delete doc.features[0].steps[0].outputTokens
    expect(problemsOf(doc)).toEqual([
      { path: 'features[simple].unit', message: 'required field is missing' },
      { path: 'features[simple].steps[loop].outputTokens', message: 'required field is missing' },
    ])
  })

  it('rejects null for an optional field (absent is the only way to leave it out)', () => {
    const doc = support()
    doc.features[0].floorPct = null
    expectOnlyProblem(doc, 'features[simple].floorPct', 'expected a number, got null')
  })

  it('treats an undefined property as absent', () => {
    const doc = support()
    doc.features[0].floorPct = undefined
    expect(problemsOf(doc)).toEqual([])
  })

  it('rejects an unknown property, naming it (a typo does not pass silently)', () => {
    const doc = support()
    doc.features[0].steps[0].inputTokenz = 9000
    expectOnlyProblem(doc, 'features[simple].steps[loop].inputTokenz', 'unknown property')
  })

  it('rejects unknown properties at every level', () => {
    const doc = support()
    doc.extra = true
    doc.models[0].prices[0].longContext = {
      thresholdTokens: 128000,
      inputPerMTok: 5,
      outputPerMTok: 15,
      tier: 2,
    }
    doc.scenarios[0].overrides[0].note = 'why'
    expect(problemsOf(doc).map((problem) => problem.path)).toEqual([
      'models[gpt-4o].prices[0].longContext.tier',
      'extra',
      'scenarios[price-complex].overrides[0].note',
    ])
  })

  it('rejects a list given where a list belongs as something else', () => {
    const doc = support()
    doc.features[0].steps[0].mix = { 'gpt-4o': 100 }
    expectOnlyProblem(doc, 'features[simple].steps[loop].mix', 'expected a list, got an object')
  })

  it('rejects a plan map that is not an object', () => {
    const doc = support()
    doc.plans[0].includedUnits = [10]
    expectOnlyProblem(
      doc,
      'plans[usage].includedUnits',
      'expected an object keyed by feature id, got a list',
    )
  })
})

describe('validateDocument: dates', () => {
  it.each(['2025-02-30', '2023-02-29', '2024-13-01', '2024-04-31', '2024-5-13', '13/05/2024'])(
    'rejects the price date %j',
    (from) => {
      const doc = support()
      doc.models[0].prices[0].from = from
      expectOnlyProblem(
        doc,
        'models[gpt-4o].prices[0].from',
        `expected a real date as YYYY-MM-DD, got the string ${JSON.stringify(from)}`,
      )
    },
  )

  it.each(['2024-02-29', '2024-12-31', '2025-01-01'])('accepts the price date %j', (from) => {
    const doc = support()
    doc.models[0].prices[0].from = from
    expect(problemsOf(doc)).toEqual([])
  })
})

describe('validateDocument: ids and references', () => {
  it('reports unknown references of every kind', () => {
    const doc = looseExample('devtools-freemium')
    doc.cohorts[1].usage[0].featureId = 'chat'
    doc.plans[0].includedUnits = { completions: 1000, search: 5 }
    doc.plans[0].overagePrice = { review: 0.01 }
    doc.plans[1].convertsToPlanId = 'team'
    doc.selfHost = [
      {
        id: 'gpu',
        name: 'GPU',
        replacesModelIds: ['claude', 'gemini'],
        gpuHourlyCost: 2,
        gpusPerReplica: 1,
        tokensPerSecondPerReplica: 1000,
        targetUtilizationPct: 50,
      },
    ]
    doc.scenarios[0].parentId = 'baseline-2'
    expect(problemsOf(doc)).toEqual([
      { path: 'plans[pro].includedUnits[search]', message: 'unknown feature "search"' },
      { path: 'plans[pro].overagePrice[review]', message: 'unknown feature "review"' },
      { path: 'plans[free].convertsToPlanId', message: 'unknown plan "team"' },
      { path: 'cohorts[free-users].usage[chat].featureId', message: 'unknown feature "chat"' },
      { path: 'selfHost[gpu].replacesModelIds[1]', message: 'unknown model "gemini"' },
      { path: 'scenarios[free-guardrails].parentId', message: 'unknown scenario "baseline-2"' },
      // The scenario's override of the free cohort's use of "explain", now gone from the baseline,
      // is no problem: it creates that use again (DESIGN.md §4a).
    ])
  })

  it('reports duplicate ids in every collection', () => {
    const doc = looseExample('devtools-freemium')
    doc.models.push({ ...doc.models[0] })
    doc.plans.push({ ...doc.plans[1] })
    doc.cohorts.push({ ...doc.cohorts[1] })
    doc.scenarios.push({ ...doc.scenarios[0] })
    expect(problemsOf(doc)).toEqual([
      { path: 'models[claude]', message: 'duplicate id "claude": listed 2 times' },
      { path: 'plans[free]', message: 'duplicate id "free": listed 2 times' },
      { path: 'cohorts[free-users]', message: 'duplicate id "free-users": listed 2 times' },
      {
        path: 'scenarios[free-guardrails]',
        message: 'duplicate id "free-guardrails": listed 2 times',
      },
    ])
  })

  it('reports duplicate step and component ids within a feature, not across features', () => {
    const doc = support()
    expect(doc.features[0].steps[0].id).toBe(doc.features[1].steps[0].id)
    doc.features[0].steps.push({ ...doc.features[0].steps[0] })
    doc.features[1].components = [
      { id: 'rag', name: 'Retrieval', layer: 'orchestration' },
      { id: 'rag', name: 'Reranking', layer: 'orchestration' },
      { id: 'rag', name: 'Logging', layer: 'support' },
    ]
    expect(problemsOf(doc)).toEqual([
      { path: 'features[simple].steps[loop]', message: 'duplicate id "loop": listed 2 times' },
      { path: 'features[complex].components[rag]', message: 'duplicate id "rag": listed 3 times' },
    ])
  })

  it('reports a model listed twice in one mix', () => {
    const doc = support()
    doc.features[0].steps[0].mix = [
      { modelId: 'gpt-4o', sharePct: 50 },
      { modelId: 'gpt-4o', sharePct: 50 },
    ]
    expectOnlyProblem(
      doc,
      'features[simple].steps[loop].mix[gpt-4o]',
      'duplicate model "gpt-4o": listed 2 times',
    )
  })

  it("reports a feature listed twice in one cohort's usage", () => {
    const doc = support()
    doc.cohorts[0].usage.push({ featureId: 'simple', unitsPerSeat: 5 })
    expectOnlyProblem(
      doc,
      'cohorts[all].usage[simple]',
      'duplicate feature "simple": listed 2 times',
    )
  })

  it('reports two price points starting on the same day', () => {
    const doc = support()
    doc.models[0].prices.push({ ...doc.models[0].prices[0], inputPerMTok: 2 })
    expectOnlyProblem(
      doc,
      'models[gpt-4o].prices[1]',
      'duplicate start date "2024-05-13": listed 2 times',
    )
  })

  it.each([
    ['', 'must not be empty'],
    ['   ', 'must not be empty'],
    ['openai/gpt-4o', '"openai/gpt-4o" must not contain "/" (ids are path segments)'],
    ['*', '"*" is reserved for override selectors'],
    ['provider:openai', '"provider:openai" is reserved for override selectors'],
  ])('rejects the id %j', (id, message) => {
    const doc = support()
    doc.plans[0].id = id
    doc.cohorts[0].planId = id
    const label = id.trim() === '' ? '0' : id
    expectOnlyProblem(doc, `plans[${label}].id`, message)
  })

  it('names an entity without a usable id by its index', () => {
    const doc = support()
    doc.features[1].id = 42
    const paths = problemsOf(doc).map((problem) => problem.path)
    expect(paths).toContain('features[1].id')
  })
})

describe('validateDocument: non-negative numbers', () => {
  it.each([
    [
      'models[gpt-4o].prices[0].cacheReadPerMTok',
      (d: Loose) => (d.models[0].prices[0].cacheReadPerMTok = -1),
    ],
    ['features[simple].pricePerUnit', (d: Loose) => (d.features[0].pricePerUnit = -1)],
    [
      'features[simple].steps[loop].callsPerUnit',
      (d: Loose) => (d.features[0].steps[0].callsPerUnit = -1),
    ],
    [
      'features[simple].steps[loop].outputTokens',
      (d: Loose) => (d.features[0].steps[0].outputTokens = -1),
    ],
    [
      'features[simple].steps[loop].cachedPrefixTokens',
      (d: Loose) => (d.features[0].steps[0].cachedPrefixTokens = -1),
    ],
    [
      'features[simple].steps[loop].inputTokensP95',
      (d: Loose) => (d.features[0].steps[0].inputTokensP95 = -1),
    ],
    ['plans[usage].seatPrice', (d: Loose) => (d.plans[0].seatPrice = -1)],
    ['plans[usage].nonAiCogsPerSeat', (d: Loose) => (d.plans[0].nonAiCogsPerSeat = -1)],
    ['cohorts[all].customers', (d: Loose) => (d.cohorts[0].customers = -1)],
    ['cohorts[all].seatsPerCustomer', (d: Loose) => (d.cohorts[0].seatsPerCustomer = -1)],
    [
      'cohorts[all].usage[simple].unitsPerSeat',
      (d: Loose) => (d.cohorts[0].usage[0].unitsPerSeat = -1),
    ],
    [
      'cohorts[all].usage[simple].tokenScale',
      (d: Loose) => (d.cohorts[0].usage[0].tokenScale = -1),
    ],
  ])('rejects a negative %s', (path, breakIt) => {
    const doc = support()
    breakIt(doc)
    expectOnlyProblem(doc, path, 'must not be negative, got -1')
  })

  it('rejects negative component costs', () => {
    const doc = support()
    doc.features[0].components = [
      {
        id: 'gpu',
        name: 'GPU',
        layer: 'inference',
        costPerUnit: -0.1,
        costPerUnitP95: -1,
        fixedMonthly: -100,
      },
    ]
    expect(problemsOf(doc)).toEqual([
      {
        path: 'features[simple].components[gpu].costPerUnit',
        message: 'must not be negative, got -0.1',
      },
      {
        path: 'features[simple].components[gpu].costPerUnitP95',
        message: 'must not be negative, got -1',
      },
      {
        path: 'features[simple].components[gpu].fixedMonthly',
        message: 'must not be negative, got -100',
      },
    ])
  })

  it('rejects negative self-host costs and counts', () => {
    const doc = looseExample('selfhost-70b')
    Object.assign(doc.selfHost[0], {
      gpuHourlyCost: -1,
      gpusPerReplica: -1,
      fixedMonthlyCost: -1,
      minReplicas: -1,
      setupCost: -1,
    })
    expect(problemsOf(doc).map((problem) => problem.path)).toEqual([
      'selfHost[llama-70b].gpuHourlyCost',
      'selfHost[llama-70b].gpusPerReplica',
      'selfHost[llama-70b].fixedMonthlyCost',
      'selfHost[llama-70b].minReplicas',
      'selfHost[llama-70b].setupCost',
    ])
  })
})

type Setter = (doc: Loose, value: number) => void
const feature0: (field: string) => Setter = (field) => (doc, value) => {
  doc.features[0][field] = value
}
const step0: (field: string) => Setter = (field) => (doc, value) => {
  doc.features[0].steps[0][field] = value
}

/** [path, setter, accepted values, rejected values with the message] for each bounded field. */
const RANGES: [string, Setter, number[], [number, string][]][] = [
  [
    'features[simple].steps[loop].mix[gpt-4o].sharePct',
    (doc, value) => {
      doc.features[0].steps[0].mix = [
        { modelId: 'gpt-4o', sharePct: value },
        { modelId: 'gpt-4o-mini', sharePct: 100 - value },
      ]
    },
    [0, 100],
    [[101, 'must be between 0 and 100, got 101']],
  ],
  [
    'features[simple].responseCacheHitPct',
    feature0('responseCacheHitPct'),
    [0, 100],
    [
      [-1, 'must be between 0 and 100, got -1'],
      [100.5, 'must be between 0 and 100, got 100.5'],
    ],
  ],
  [
    'features[simple].steps[loop].batchSharePct',
    step0('batchSharePct'),
    [0, 100],
    [
      [-0.1, 'must be between 0 and 100, got -0.1'],
      [101, 'must be between 0 and 100, got 101'],
    ],
  ],
  [
    'models[gpt-4o].prices[0].batchDiscountPct',
    (doc, value) => (doc.models[0].prices[0].batchDiscountPct = value),
    [0, 100],
    [[120, 'must be between 0 and 100, got 120']],
  ],
  [
    'plans[usage].aiRevenueSharePct',
    (doc, value) => (doc.plans[0].aiRevenueSharePct = value),
    [0, 100],
    [
      [-5, 'must be between 0 and 100, got -5'],
      [100.01, 'must be between 0 and 100, got 100.01'],
    ],
  ],
  [
    'features[simple].yellowBandPts',
    feature0('yellowBandPts'),
    [0, 100],
    [[101, 'must be between 0 and 100, got 101']],
  ],
  [
    'features[simple].floorPct',
    feature0('floorPct'),
    [0, 99.99],
    [
      [100, 'must be at least 0 and less than 100, got 100'],
      [-1, 'must be at least 0 and less than 100, got -1'],
    ],
  ],
  [
    'portfolioFloorPct',
    (doc, value) => (doc.portfolioFloorPct = value),
    [0, 99.5],
    [[100, 'must be at least 0 and less than 100, got 100']],
  ],
  [
    'annualPriceDeclinePct',
    (doc, value) => (doc.annualPriceDeclinePct = value),
    [0, 99],
    [
      [100, 'must be at least 0 and less than 100, got 100'],
      [-10, 'must be at least 0 and less than 100, got -10'],
    ],
  ],
  [
    'features[simple].steps[loop].prefixReuse',
    step0('prefixReuse'),
    [1, 50],
    [[0, 'must be at least 1, got 0']],
  ],
  [
    'cohorts[all].monthlyGrowthPct',
    (doc, value) => (doc.cohorts[0].monthlyGrowthPct = value),
    [-100, 0, 500],
    [[-100.5, 'must be at least -100, got -100.5']],
  ],
  [
    'features[simple].retryRatePct',
    feature0('retryRatePct'),
    [0, 250],
    [[-1, 'must not be negative, got -1']],
  ],
  [
    'features[simple].hiddenCostPct',
    feature0('hiddenCostPct'),
    [0, 400],
    [[-1, 'must not be negative, got -1']],
  ],
]

const SELF_HOST_RANGES: [string, string, number[], [number, string][]][] = [
  [
    'targetUtilizationPct',
    'selfHost[llama-70b].targetUtilizationPct',
    [0.5, 100],
    [
      [0, 'must be greater than 0 and at most 100, got 0'],
      [100.5, 'must be greater than 0 and at most 100, got 100.5'],
    ],
  ],
  [
    'tokensPerSecondPerReplica',
    'selfHost[llama-70b].tokensPerSecondPerReplica',
    [0.001],
    [[0, 'must be greater than 0, got 0']],
  ],
  [
    'opsOverheadPct',
    'selfHost[llama-70b].opsOverheadPct',
    [0, 300],
    [[-1, 'must not be negative, got -1']],
  ],
]

describe('validateDocument: ranges', () => {
  describe.each(RANGES)('%s', (path, set, accepted, rejected) => {
    it.each(accepted)('accepts %j', (value) => {
      const doc = support()
      set(doc, value)
      expect(problemsOf(doc)).toEqual([])
    })
    it.each(rejected)('rejects %j', (value, message) => {
      const doc = support()
      set(doc, value)
      expectProblem(doc, path, message)
    })
  })

  describe.each(SELF_HOST_RANGES)('%s', (field, path, accepted, rejected) => {
    it.each(accepted)('accepts %j', (value) => {
      const doc = looseExample('selfhost-70b')
      doc.selfHost[0][field] = value
      expect(problemsOf(doc)).toEqual([])
    })
    it.each(rejected)('rejects %j', (value, message) => {
      const doc = looseExample('selfhost-70b')
      doc.selfHost[0][field] = value
      expectOnlyProblem(doc, path, message)
    })
  })
})

describe('validateDocument: mixes and price lists', () => {
  it('accepts shares that sum to 100 within ±0.01', () => {
    const doc = support()
    doc.models.push({ ...doc.models[1], id: 'third' })
    doc.features[0].steps[0].mix = [
      { modelId: 'gpt-4o', sharePct: 33.33 },
      { modelId: 'gpt-4o-mini', sharePct: 33.33 },
      { modelId: 'third', sharePct: 33.33 },
    ]
    expect(problemsOf(doc)).toEqual([])
    doc.features[0].steps[0].mix[2].sharePct = 33.35
    expect(problemsOf(doc)).toEqual([])
  })

  it('rejects shares that miss 100 by more than 0.01', () => {
    const doc = support()
    doc.features[0].steps[0].mix = [
      { modelId: 'gpt-4o', sharePct: 50 },
      { modelId: 'gpt-4o-mini', sharePct: 49.98 },
    ]
    expectOnlyProblem(doc, 'features[simple].steps[loop].mix', 'shares sum to 99.98, expected 100')
  })

  it('does not add a sum problem on top of a malformed share', () => {
    const doc = support()
    doc.features[0].steps[0].mix[0].sharePct = '100'
    expectOnlyProblem(
      doc,
      'features[simple].steps[loop].mix[gpt-4o].sharePct',
      'expected a number, got the string "100"',
    )
  })

  it('rejects an empty mix', () => {
    const doc = support()
    doc.features[0].steps[0].mix = []
    expectOnlyProblem(doc, 'features[simple].steps[loop].mix', 'needs at least one model')
  })

  it('rejects a model without a price point', () => {
    const doc = support()
    doc.models[1].prices = []
    expectOnlyProblem(doc, 'models[gpt-4o-mini].prices', 'needs at least one price point')
  })
})

describe('validateDocument: overrides', () => {
  it.each([
    [
      'op',
      'multiply',
      'expected one of set, scale, add, insert, remove, got the string "multiply"',
    ],
    ['value', '5', 'expected a number, got the string "5"'],
    ['value', Number.NaN, 'expected a finite number, got NaN'],
    ['fromMonth', -1, 'must be a whole number at least 0, got -1'],
    ['fromMonth', 1.5, 'must be a whole number at least 0, got 1.5'],
  ])('rejects %s = %j', (field, value, message) => {
    const doc = support()
    doc.scenarios[1].overrides[1][field] = value
    expectOnlyProblem(doc, `scenarios[fire-drill].overrides[1].${field}`, message)
  })
})

describe('validateDocument: collecting problems', () => {
  it('collects every problem, in document order, not just the first', () => {
    const doc = support()
    doc.horizonMonths = 0
    doc.models[0].prices[0].inputPerMTok = -1
    doc.features[0].steps[0].inputTokens = 'NaN'
    doc.features[0].steps[0].mix[0].sharePct = 90
    doc.features[1].responseCacheHitPct = 140
    doc.cohorts[0].planId = 'enterprise'
    doc.scenarios[2].parentId = 'route-mini'
    expect(problemsOf(doc)).toEqual([
      { path: 'horizonMonths', message: 'must be a whole number between 1 and 120, got 0' },
      { path: 'models[gpt-4o].prices[0].inputPerMTok', message: 'must not be negative, got -1' },
      {
        path: 'features[simple].steps[loop].inputTokens',
        message: 'expected a number, got the string "NaN"',
      },
      { path: 'features[simple].steps[loop].mix', message: 'shares sum to 90, expected 100' },
      {
        path: 'features[complex].responseCacheHitPct',
        message: 'must be between 0 and 100, got 140',
      },
      { path: 'cohorts[all].planId', message: 'unknown plan "enterprise"' },
      { path: 'scenarios[route-mini].parentId', message: 'parent cycle: route-mini → route-mini' },
    ])
  })

  it('gives the same problems in the same order every time', () => {
    const doc = support()
    doc.features[0].steps[0].mix[0].sharePct = 90
    doc.plans[0].seatPrice = -1
    doc.models[0].extra = 1
    expect(problemsOf(doc)).toEqual(problemsOf(structuredClone(doc)))
  })

  it('returns the input itself when valid: nothing filled in, nothing dropped', () => {
    const doc = support()
    const snapshot = structuredClone(doc)
    const result = validateDocument(doc)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.doc).toBe(doc)
    expect(doc).toStrictEqual(snapshot)
    expect(doc.features[0].steps[0].reasoningTokens).toBeUndefined()
  })
})
