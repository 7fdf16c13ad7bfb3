import { describe, expect, it } from 'vitest'
import { applyEdits } from '../../../../shared/model/edits'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { validateDocument } from '../../../../shared/model/validate'
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
      'Models',
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
      'models/gpt-4o/prices/*/cacheReadPerMTok',
      'models/provider:anthropic/prices/*/outputPerMTok',
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
})
