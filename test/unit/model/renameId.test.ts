/** Ids that follow names: a renamed row's app-made id moves, and everything naming it follows. */
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine/compute'
import { applyEdits } from '../../../shared/model/edits'
import { describeProblemPath, describeScenarioOverrides } from '../../../shared/model/paths/words'
import { followingId, isMadeFromName, renameEdits } from '../../../shared/model/renameId'
import { scenarioEditsFor } from '../../../shared/model/scenarioEdits'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'
import { exampleDocument } from '../../fixtures/documents'

/** support-agent with its "simple" feature as the app would have made it: "New feature". */
function withNewFeature(): WorkspaceDoc {
  const doc = structuredClone(exampleDocument('support-agent.json'))
  const text = JSON.stringify(doc)
    .replaceAll('"simple"', '"new-feature"')
    .replaceAll('features/simple/', 'features/new-feature/')
    .replaceAll('usage/simple/', 'usage/new-feature/')
    .replaceAll('"Simple resolution"', '"New feature"')
  const renamed = JSON.parse(text) as WorkspaceDoc
  renamed.plans[0]!.includedUnits = { 'new-feature': 10 }
  renamed.scenarios.push({
    id: 'more',
    name: 'More',
    overrides: [
      { path: 'cohorts/all/usage/new-feature/unitsPerSeat', op: 'scale', value: 2 },
      { path: 'plans/usage/includedUnits/new-feature', op: 'set', value: 20 },
      { path: 'features/new-feature/steps/loop/mix/gpt-4o-mini', op: 'set', value: 30 },
    ],
  })
  return renamed
}

function applied(doc: WorkspaceDoc, { edits }: ReturnType<typeof renameEdits>): WorkspaceDoc {
  const result = applyEdits(doc, edits)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  const valid = validateDocument(result.doc)
  if (!valid.ok) throw new Error(JSON.stringify(valid.problems))
  return result.doc
}

describe('ids that follow names', () => {
  it('makes ids as the app does, and knows them from typed ones', () => {
    expect(followingId('new-feature', 'New feature', 'AI coaching (beta)', [])).toBe(
      'ai-coaching-beta',
    )
    expect(followingId('new-feature', 'New feature', 'Chat', ['chat', 'new-feature'])).toBe(
      'chat-2',
    )
    expect(followingId('new-feature-2', 'New feature 2', 'New feature', [])).toBeUndefined()
    expect(followingId('simple', 'Simple resolution', 'Easy', [])).toBeUndefined()
    expect(isMadeFromName('new-cohort-2', 'New cohort 2')).toBe(true)
    expect(isMadeFromName('new-cohort-2', 'New cohort')).toBe(true)
    expect(isMadeFromName('chat-copy', 'Chat (copy)')).toBe(true)
    expect(isMadeFromName('simple', 'Simple resolution')).toBe(false)
  })

  it('renames a made id and every reference, scenarios included; numbers unchanged', () => {
    const doc = withNewFeature()
    const after = applied(doc, renameEdits(doc, 'features/new-feature', 'AI coaching'))
    expect(after.features.map((f) => [f.id, f.name])).toEqual([
      ['ai-coaching', 'AI coaching'],
      ['complex', 'Complex resolution'],
    ])
    expect(after.cohorts[0]!.usage.map((u) => u.featureId)).toEqual(['ai-coaching', 'complex'])
    expect(after.plans[0]!.includedUnits).toEqual({ 'ai-coaching': 10 })
    expect(after.scenarios.at(-1)!.overrides.map((o) => o.path)).toEqual([
      'cohorts/all/usage/ai-coaching/unitsPerSeat',
      'plans/usage/includedUnits/ai-coaching',
      'features/ai-coaching/steps/loop/mix/gpt-4o-mini',
    ])
    for (const scenarioId of [null, 'price-complex', 'more']) {
      const before = compute(doc, { scenarioId })
      const now = compute(after, { scenarioId })
      expect(now.portfolio).toEqual(before.portfolio)
      expect(now.features.map((f) => f.grossProfit)).toEqual(
        before.features.map((f) => f.grossProfit),
      )
    }
    const renaming = renameEdits(doc, 'features/new-feature', 'AI coaching')
    expect(renaming.moved).toEqual({
      collection: 'features',
      oldId: 'new-feature',
      newId: 'ai-coaching',
    })
    const forward = applyEdits(doc, renaming.edits)
    const undo = forward.ok ? applyEdits(forward.doc, forward.inverse) : forward
    expect(undo.ok && undo.doc).toEqual(doc)
  })

  it('leaves a typed or imported id alone: only the name changes', () => {
    const doc = exampleDocument('support-agent.json')
    expect(renameEdits(doc, 'features/simple', 'Easy tickets')).toEqual({
      edits: [{ op: 'set', path: 'features/simple/name', value: 'Easy tickets' }],
    })
  })

  it('renames a step only in its own feature', () => {
    const doc = structuredClone(exampleDocument('support-agent.json'))
    doc.features[0]!.steps[0]!.id = 'new-step'
    doc.features[0]!.steps[0]!.name = 'New step'
    doc.features[1]!.steps.push({ ...doc.features[1]!.steps[0]!, id: 'new-step', name: 'New step' })
    doc.scenarios.push({
      id: 'steps',
      name: 'Steps',
      overrides: [
        { path: 'features/simple/steps/new-step/inputTokens', op: 'scale', value: 2 },
        { path: 'features/complex/steps/new-step/inputTokens', op: 'scale', value: 3 },
      ],
    })
    const after = applied(doc, renameEdits(doc, 'features/simple/steps/new-step', 'Classify'))
    expect(after.features.map((f) => f.steps.map((s) => s.id))).toEqual([
      ['classify'],
      ['loop', 'new-step'],
    ])
    expect(after.scenarios.at(-1)!.overrides.map((o) => o.path)).toEqual([
      'features/simple/steps/classify/inputTokens',
      'features/complex/steps/new-step/inputTokens',
    ])
  })

  it('in a scenario, a row it added follows its new name with the overrides naming it', () => {
    const doc = exampleDocument('support-agent.json')
    const feature = {
      id: 'new-feature',
      name: 'New feature',
      unit: 'call',
      category: 'core',
      steps: [],
      components: [],
    }
    const result = scenarioEditsFor(doc, 'fire-drill', [
      { op: 'insert', path: 'features', value: feature },
      { op: 'set', path: 'cohorts/all/usage/new-feature/unitsPerSeat', value: 5 },
      { op: 'set', path: 'features/new-feature/name', value: 'AI coaching' },
    ])
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const own = (
      result.edits[0] as unknown as { value: { path: string; value?: { id?: string } }[] }
    ).value
    expect(own.slice(-2)).toEqual([
      {
        path: 'features',
        op: 'insert',
        value: { ...feature, id: 'ai-coaching', name: 'AI coaching' },
      },
      { path: 'cohorts/all/usage/ai-coaching/unitsPerSeat', op: 'set', value: 5 },
    ])
  })
})

describe('messages name things, not ids or paths', () => {
  it('reads a problem path in words', () => {
    const doc = exampleDocument('support-agent.json')
    expect(describeProblemPath(doc, 'features[simple].steps[loop].mix')).toBe(
      'Simple resolution · Agent loop · mix',
    )
    expect(describeProblemPath(doc, 'cohorts/all/usage/complex/unitsPerSeat')).toBe(
      'All customers · Complex resolution · units per seat',
    )
    expect(describeProblemPath(doc, 'scenarios[fire-drill].overrides[0]')).toBe(
      'OpenAI doubles prices · an override',
    )
    expect(describeProblemPath(doc, 'features[ghost].name')).toBe('features[ghost].name')
  })
})

describe('overrides in words', () => {
  it('says a usage value that creates a use adds it', () => {
    const doc = structuredClone(exampleDocument('support-agent.json'))
    doc.cohorts[0]!.usage = doc.cohorts[0]!.usage.filter((u) => u.featureId !== 'complex')
    doc.scenarios.push({
      id: 'use',
      name: 'Use',
      overrides: [
        { path: 'cohorts/all/usage/complex/unitsPerSeat', op: 'set', value: 7 },
        { path: 'cohorts/all/usage/complex/tokenScale', op: 'set', value: 2 },
      ],
    })
    expect(describeScenarioOverrides(doc, 'use')).toEqual([
      'Added use of Complex resolution to All customers · units per seat',
      'All customers · Complex resolution · token scale',
    ])
  })
})

describe('a share for a model not yet in a mix', () => {
  it('reads as a share, not as a use of a feature', () => {
    const doc = structuredClone(exampleDocument('support-agent.json'))
    doc.scenarios.push({
      id: 'share',
      name: 'Share',
      overrides: [{ path: 'features/simple/steps/loop/mix/gpt-4o-mini', op: 'set', value: 20 }],
    })
    expect(describeScenarioOverrides(doc, 'share')).toEqual([
      'Simple resolution · Agent loop · share on GPT-4o mini',
    ])
  })
})
