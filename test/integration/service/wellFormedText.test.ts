/**
 * Issue #13, point 2, end to end: an edit that would put a lone UTF-16 surrogate (or a control
 * character) into the workspace is refused by the service as an invalid document, naming the
 * field, and the file keeps exactly what it held. Stored, "a\ud800" would come back as "a\ufffd".
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exampleDocument } from '../../fixtures/documents'
import { fileHash } from '../../fixtures/fileHash'
import { call, callError, startServiceOnFile } from '../../fixtures/service'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()
const support = exampleDocument('support-agent.json')

async function serviceOnFile() {
  const file = join(tempDir(), 'support.marginplan')
  return { file, service: await startServiceOnFile(support, file, tempDir()) }
}

describe('edits/apply refuses text a workspace cannot hold', () => {
  it.each([
    {
      what: 'a feature id with a lone high surrogate',
      path: 'features/simple/id',
      value: 'a\ud800',
      problem: {
        // An id that cannot name its feature: the feature is named by position.
        path: 'features[0].id',
        message: 'must be well-formed text (a lone UTF-16 surrogate, U+D800, at character 2)',
      },
    },
    {
      what: 'a feature name with a lone high surrogate',
      path: 'features/simple/name',
      value: 'a\ud800',
      problem: {
        path: 'features[simple].name',
        message: 'must be well-formed text (a lone UTF-16 surrogate, U+D800, at character 2)',
      },
    },
    {
      what: 'a step name with a lone low surrogate',
      path: 'features/complex/steps/loop/name',
      value: '\udc00loop',
      problem: {
        path: 'features[complex].steps[loop].name',
        message: 'must be well-formed text (a lone UTF-16 surrogate, U+DC00, at character 1)',
      },
    },
    {
      what: 'a feature id with a tab',
      path: 'features/simple/id',
      value: 'a\tb',
      problem: {
        path: 'features[0].id',
        message: 'must not contain control characters (a tab, U+0009, at character 2)',
      },
    },
  ])('$what', async ({ path, value, problem }) => {
    const { file, service } = await serviceOnFile()
    const { revision } = await call(service, 'workspace/current', {})
    const before = fileHash(file)

    const error = await callError(service, 'edits/apply', {
      revision,
      label: 'Rename',
      edits: [{ op: 'set', path, value }],
    })

    expect(error.code).toBe('invalid-document')
    expect(error.problems).toContainEqual(problem)
    // Every problem can itself travel as UTF-8 (to the page, to a log).
    for (const { path: where, message } of error.problems) {
      expect(new TextDecoder().decode(new TextEncoder().encode(where + message))).toBe(
        where + message,
      )
    }
    expect((await call(service, 'workspace/current', {})).revision).toBe(revision)
    expect(await call(service, 'workspace/exportJson', {})).toStrictEqual({ doc: support })
    expect(fileHash(file)).toBe(before)
    await service.close()
  })

  it('accepts a well-formed name outside the Basic Multilingual Plane and keeps it exactly', async () => {
    const { service } = await serviceOnFile()
    const { revision } = await call(service, 'workspace/current', {})
    const saved = await call(service, 'edits/apply', {
      revision,
      label: 'Rename',
      edits: [{ op: 'set', path: 'features/simple/name', value: 'Simple 🎫 resolution' }],
    })
    expect(saved.revision).toBe(revision + 1)
    const { doc } = await call(service, 'workspace/exportJson', {})
    expect(doc.features[0]?.name).toBe('Simple 🎫 resolution')
    await service.close()
  })
})
