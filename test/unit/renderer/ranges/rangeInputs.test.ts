import { describe, expect, it } from 'vitest'
import { applyEdits } from '../../../../shared/model/edits'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { validateDocument } from '../../../../shared/model/validate'
import { resolveOverridePath } from '../../../../shared/model/paths/overrideTargets'
import { rangeInputs } from '../../../../renderer/src/views/uncertainty/ranges/rangeInputs'
import { prefilledRange } from '../../../../renderer/src/views/uncertainty/ranges/rangeTargets'
import { exampleDocuments } from '../../../fixtures/documents'

const pathsOf = (doc: WorkspaceDoc) =>
  rangeInputs(doc).flatMap((section) => section.inputs.map((input) => input.path))

describe('the inputs a range can be added on', () => {
  const demo = exampleDocuments().find((each) => each.name === 'demo-workspace.json')!.doc

  it('are grouped as the views group them, named in words', () => {
    const sections = rangeInputs(demo)
    expect(sections.map((section) => section.title)).toEqual([
      'Workspace',
      ...demo.features.map((feature) => feature.name),
      'Models · prices in force in Dec 2026',
      'Plans',
      'Cohorts',
    ])
    const support = sections.find((section) => section.title === 'Support agent')!
    expect(support.inputs).toContainEqual({
      path: 'features/support-agent/steps/triage/inputTokens',
      words: 'Support agent · Classify and route · input tokens',
    })
  })

  it('cover features, steps, mixes, components, models by id and provider, plans and cohorts', () => {
    const paths = pathsOf(demo)
    for (const path of [
      'workspace/annualPriceDeclinePct',
      'features/support-agent/pricePerUnit',
      'features/support-agent/steps/resolve/cachedPrefixTokens',
      'features/support-agent/steps/resolve/mix/gpt-4o',
      'features/support-agent/components/retrieval/fixedMonthly',
      'models/gpt-4o/prices/1/cacheReadPerMTok',
      'models/claude-sonnet-4-5/prices/0/outputPerMTok',
      'plans/team/seatPrice',
      'cohorts/smb/seatsPerCustomer',
      'cohorts/smb/usage/support-agent/tokenScale',
    ]) {
      expect(paths).toContain(path)
    }
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('each take the range they start with, in every example workspace', () => {
    for (const { name, doc } of exampleDocuments()) {
      const ranges = pathsOf(doc).map((path) => prefilledRange(doc, path))
      const applied = applyEdits(doc, [{ op: 'set', path: 'ranges', value: ranges as never }])
      if (!applied.ok) throw new Error(`${name}: ${JSON.stringify(applied.problems)}`)
      const checked = validateDocument(applied.doc)
      expect(checked.ok ? [] : checked.problems, name).toEqual([])
    }
  })

  it('offer a model price at the point in force, by its index, starting from its value', () => {
    // GPT-4o's schedule: $5.00 from 2024-05-13, $2.50 from 2024-10-02; the plan starts Dec 2026.
    const models = rangeInputs(demo).find((section) => section.title.startsWith('Models'))!
    const input = models.inputs.find((each) => each.path.startsWith('models/gpt-4o/'))!
    expect(input).toEqual({
      path: 'models/gpt-4o/prices/1/inputPerMTok',
      words: 'GPT-4o · price from 2024-10-02 · input $/MTok',
    })
    const range = prefilledRange(demo, input.path)
    expect([range.low, range.likely, range.high]).toEqual([2, 2.5, 3.125])
    // One point only: a draw leaves the rest of the schedule as it is.
    const resolved = resolveOverridePath(demo, input.path)
    expect('error' in resolved ? [] : resolved.targets).toHaveLength(1)
  })

  it('offer no range on every price point or every model of a provider', () => {
    const modelPaths = pathsOf(demo).filter((path) => path.startsWith('models/'))
    expect(modelPaths.length).toBeGreaterThan(0)
    expect(modelPaths.filter((path) => /\*|provider:/.test(path))).toEqual([])
    for (const model of demo.models) {
      const own = modelPaths.filter((path) => path.startsWith(`models/${model.id}/`))
      expect(new Set(own.map((path) => path.split('/')[3])).size, model.id).toBeLessThanOrEqual(1)
    }
  })

  it('follow the month asked for to the point in force then, in document order', () => {
    const doc = structuredClone(demo)
    const gpt4o = doc.models.find((model) => model.id === 'gpt-4o')!
    // Listed out of date order: indexes are the document's, not the schedule's.
    gpt4o.prices.unshift({ from: '2027-06-01', inputPerMTok: 2, outputPerMTok: 8 })
    const gpt4oInput = (month: number) =>
      rangeInputs(doc, month)
        .flatMap((section) => section.inputs)
        .find((input) => input.path.startsWith('models/gpt-4o/'))!.path
    expect(gpt4oInput(0)).toBe('models/gpt-4o/prices/2/inputPerMTok') // Dec 2026: $2.50
    expect(gpt4oInput(6)).toBe('models/gpt-4o/prices/0/inputPerMTok') // Jun 2027: $2.00
    expect(prefilledRange(doc, gpt4oInput(6)).likely).toBe(2)
    const titles = rangeInputs(doc, 6).map((section) => section.title)
    expect(titles).toContain('Models · prices in force in Jun 2027')
  })
})
