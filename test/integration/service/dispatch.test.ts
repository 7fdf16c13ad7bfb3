import { describe, expect, it } from 'vitest'
import type { Handlers } from '../../../shared/api'
import { dispatch } from '../../../electron/service/dispatch'
import { callError, startService } from '../../fixtures/service'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()

describe('payloads are checked before any handler runs', () => {
  it('an unknown channel', async () => {
    const { service } = startService({ dataDir: tempDir() })
    const error = await callError(service, 'workspace/delete', {})
    expect(error.code).toBe('bad-request')
    expect(error.message).toBe('Unknown channel "workspace/delete"')
    expect(error.problems[0]?.path).toBe('channel')
    expect((await callError(service, 42, {})).message).toBe('Unknown channel of type number')
  })

  it('a field of the wrong type, named by its path', async () => {
    const { service } = startService({ dataDir: tempDir() })
    const error = await callError(service, 'workspace/open', { path: 5 })
    expect(error.code).toBe('bad-request')
    expect(error.problems.map((problem) => problem.path)).toEqual(['path'])
    expect(error.message).toContain('path:')
  })

  it('every bad field of an edit batch', async () => {
    const { service } = startService({ dataDir: tempDir() })
    const error = await callError(service, 'edits/apply', {
      revision: '3',
      label: 'Typing',
      edits: [
        { op: 'set', path: 'features/a/name', value: 'ok' },
        { op: 'move', path: 'features/a' },
      ],
    })
    expect(error.code).toBe('bad-request')
    expect(error.problems.map((problem) => problem.path)).toEqual(['revision', 'edits[1].op'])
  })

  it('a missing payload and a missing field', async () => {
    const { service } = startService({ dataDir: tempDir() })
    expect((await callError(service, 'workspace/current', undefined)).problems[0]?.path).toBe(
      'payload',
    )
    const error = await callError(service, 'workspace/create', { path: '/tmp/x.marginplan' })
    expect(error.problems.map((problem) => problem.path)).toEqual(['template'])
  })
})

describe('errors travel as values', () => {
  it('an unexpected error is logged and answered with a generic message, no stack', async () => {
    const logged: unknown[] = []
    const failure = new Error('cannot read properties of undefined (secret detail)')
    const handlers = {
      'workspace/recent': async () => {
        throw failure
      },
    } as unknown as Handlers
    const envelope = await dispatch(handlers, 'workspace/recent', {}, (_message, error) =>
      logged.push(error),
    )
    expect(envelope).toStrictEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong in the workspace service; the details are in its log',
        problems: [],
      },
    })
    expect(logged).toEqual([failure])
  })
})
