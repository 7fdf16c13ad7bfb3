/**
 * Editing while a scenario is active (DESIGN.md §4, §4a): grid gestures become the scenario's own
 * overrides, the baseline never changes, and the scenario's document shows the change.
 */
import { describe, expect, it } from 'vitest'
import { applyEdits } from '../../../shared/model/edits'
import type { Edit } from '../../../shared/model/editTypes'
import { applyOverrides, scenarioOverrides } from '../../../shared/model/overrides'
import { scenarioEditsFor } from '../../../shared/model/scenarioEdits'
import type { Override, WorkspaceDoc } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'
import { exampleDocument } from '../../fixtures/documents'

const support = (): WorkspaceDoc => exampleDocument('support-agent.json')

/** Applies the gestures in scenario `id`; answers the new document, failing on any refusal. */
function edited(doc: WorkspaceDoc, id: string, edits: Edit[]): WorkspaceDoc {
  const translated = scenarioEditsFor(doc, id, edits)
  if (!translated.ok) throw new Error(translated.reason)
  const applied = applyEdits(doc, translated.edits)
  if (!applied.ok) throw new Error(JSON.stringify(applied.problems))
  const valid = validateDocument(applied.doc)
  if (!valid.ok) throw new Error(JSON.stringify(valid.problems))
  return applied.doc
}

const own = (doc: WorkspaceDoc, id: string): Override[] =>
  doc.scenarios.find((scenario) => scenario.id === id)?.overrides ?? []

function seen(doc: WorkspaceDoc, id: string): WorkspaceDoc {
  const applied = applyOverrides(doc, scenarioOverrides(doc, id), 0)
  if (!applied.ok) throw new Error(JSON.stringify(applied.problems))
  return applied.doc
}

const step = {
  id: 'think',
  name: 'Think',
  inputTokens: 2000,
  outputTokens: 300,
  mix: [{ modelId: 'gpt-4o', sharePct: 100 }],
}

describe('scenarioEditsFor', () => {
  it('adds a row as an insert, and keeps later edits of that row inside it', () => {
    const doc = edited(support(), 'fire-drill', [
      { op: 'insert', path: 'features/simple/steps', value: step },
      { op: 'set', path: 'features/simple/steps/think/inputTokens', value: 2500 },
      { op: 'set', path: 'features/simple/steps/think/name', value: 'Reasoning' },
    ])
    expect(own(doc, 'fire-drill').slice(-1)).toEqual([
      {
        path: 'features/simple/steps',
        op: 'insert',
        // Its id followed its new name: the app had made it from the old one.
        value: { ...step, id: 'reasoning', inputTokens: 2500, name: 'Reasoning' },
      },
    ])
    expect(seen(doc, 'fire-drill').features[0]?.steps.map((s) => s.name)).toEqual([
      'Agent loop',
      'Reasoning',
    ])
    expect(doc.features).toEqual(support().features)
  })

  it('deleting an added row takes back its insert and what the scenario did to it', () => {
    const withStep = edited(support(), 'fire-drill', [
      { op: 'insert', path: 'features/simple/steps', value: step },
    ])
    const before = own(support(), 'fire-drill')
    const doc = edited(withStep, 'fire-drill', [
      { op: 'delete', path: 'features/simple/steps/think' },
    ])
    expect(own(doc, 'fire-drill')).toEqual(before)
  })

  it('removes a baseline feature with the uses that would name it', () => {
    const doc = edited(support(), 'price-complex', [
      { op: 'delete', path: 'features/simple', cascade: true },
    ])
    expect(own(doc, 'price-complex').slice(-2)).toEqual([
      { path: 'cohorts/all/usage/simple', op: 'remove' },
      { path: 'features/simple', op: 'remove' },
    ])
    expect(seen(doc, 'price-complex').features.map((f) => f.id)).toEqual(['complex'])
    expect(doc.features.map((f) => f.id)).toEqual(['simple', 'complex'])
  })

  it('refuses to remove a model a step still routes to, saying which', () => {
    const result = scenarioEditsFor(support(), 'fire-drill', [
      { op: 'delete', path: 'models/gpt-4o', cascade: true },
    ])
    expect(result).toEqual({
      ok: false,
      index: 0,
      reason: expect.stringContaining('Step "Agent loop" of "Simple resolution" routes'),
    })
  })

  it('moves a cohort to another plan by replacing the row in the scenario', () => {
    const base = support()
    base.plans.push({ ...base.plans[0]!, id: 'seats', name: 'Seats', seatPrice: 299 })
    const doc = edited(base, 'fire-drill', [
      { op: 'set', path: 'cohorts/all/planId', value: 'seats' },
    ])
    expect(
      own(doc, 'fire-drill')
        .slice(-2)
        .map((o) => o.op),
    ).toEqual(['remove', 'insert'])
    expect(seen(doc, 'fire-drill').cohorts[0]?.planId).toBe('seats')
    expect(doc.cohorts[0]?.planId).toBe('usage')
  })

  it('refuses free text on a baseline row', () => {
    expect(
      scenarioEditsFor(support(), 'fire-drill', [
        { op: 'set', path: 'features/simple/name', value: 'Renamed' },
      ]),
    ).toMatchObject({ ok: false, index: 0, reason: expect.stringContaining('switch to Baseline') })
  })

  it('types usage for a feature a cohort does not use yet (§4a)', () => {
    const base = support()
    base.cohorts[0]!.usage = base.cohorts[0]!.usage.filter((u) => u.featureId !== 'complex')
    const doc = edited(base, 'fire-drill', [
      { op: 'set', path: 'cohorts/all/usage/complex/unitsPerSeat', value: 7 },
    ])
    expect(seen(doc, 'fire-drill').cohorts[0]?.usage).toContainEqual({
      featureId: 'complex',
      unitsPerSeat: 7,
    })
  })
})

describe('taking back what a scenario added or removing what it used', () => {
  const coaching = {
    id: 'coaching',
    name: 'Coaching',
    unit: 'call',
    category: 'core',
    steps: [],
    components: [],
  }

  it('deleting an added feature takes back the uses the scenario gave it', () => {
    const base = support()
    const before = own(base, 'fire-drill')
    const withUse = edited(base, 'fire-drill', [
      { op: 'insert', path: 'features', value: coaching },
      { op: 'set', path: 'cohorts/all/usage/coaching/unitsPerSeat', value: 5 },
    ])
    const doc = edited(withUse, 'fire-drill', [{ op: 'delete', path: 'features/coaching' }])
    expect(own(doc, 'fire-drill')).toEqual(before)
  })

  it('removing a baseline feature drops the scenario’s own changes to its use', () => {
    const doc = edited(support(), 'fire-drill', [
      { op: 'set', path: 'cohorts/all/usage/simple/unitsPerSeat', value: 300 },
    ])
    const removed = edited(doc, 'fire-drill', [
      { op: 'delete', path: 'features/simple', cascade: true },
    ])
    expect(own(removed, 'fire-drill')).toEqual([
      ...own(support(), 'fire-drill'),
      { path: 'cohorts/all/usage/simple', op: 'remove' },
      { path: 'features/simple', op: 'remove' },
    ])
  })
})
