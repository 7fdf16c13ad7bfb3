import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  MAX_PAYLOAD_DEPTH,
  jsonTextTooDeep,
  tooDeepField,
} from '../../../electron/service/payloadDepth'
import { dispatch } from '../../../electron/service/dispatch'
import type { Handlers } from '../../../shared/api'
import { DEMO_PATH } from '../../fixtures/paths'

/** `levels` arrays inside one another around `inner`: `[[[inner]]]` for 3. */
const nestedArrayText = (levels: number, inner = '1') =>
  '['.repeat(levels) + inner + ']'.repeat(levels)

function nestedObject(levels: number): unknown {
  let value: unknown = 'leaf'
  for (let level = 0; level < levels; level++) value = { next: value }
  return value
}

describe('jsonTextTooDeep', () => {
  it('accepts exactly the limit and refuses one level more', () => {
    expect(jsonTextTooDeep(nestedArrayText(64), 64)).toBe(false)
    expect(jsonTextTooDeep(nestedArrayText(65), 64)).toBe(true)
    expect(jsonTextTooDeep('{"a":{"b":{}}}', 3)).toBe(false)
    expect(jsonTextTooDeep('{"a":{"b":{}}}', 2)).toBe(true)
  })

  it('counts siblings once, not their sum', () => {
    const siblings = `[${Array.from({ length: 1000 }, () => '[[1]]').join(',')}]`
    expect(jsonTextTooDeep(siblings, 3)).toBe(false)
    expect(jsonTextTooDeep(siblings, 2)).toBe(true)
  })

  it('ignores brackets inside strings, escaped quotes included', () => {
    const tricky = JSON.stringify({ a: '[[[[{{{{', b: 'say \\"[[[[" and "{{{{{', c: ['\\'] })
    expect(JSON.parse(tricky).b).toBe('say \\"[[[[" and "{{{{{')
    expect(jsonTextTooDeep(tricky, 2)).toBe(false)
    expect(jsonTextTooDeep(tricky, 1)).toBe(true)
  })

  it('scans a 10,000-deep and a 1,000,000-deep body without overflowing the stack', () => {
    expect(jsonTextTooDeep(nestedArrayText(10_000))).toBe(true)
    expect(jsonTextTooDeep('{"a":'.repeat(1_000_000))).toBe(true)
  })

  it('leaves the demo workspace, whole, inside an edit request well within the limit', () => {
    const demo = JSON.parse(readFileSync(DEMO_PATH, 'utf8'))
    const request = { revision: 0, label: 'x', edits: [{ op: 'set', path: 'a', value: demo }] }
    expect(jsonTextTooDeep(JSON.stringify(request))).toBe(false)
    expect(tooDeepField(request)).toBeNull()
    // Headroom: the same request nested four times over would still pass.
    expect(jsonTextTooDeep(JSON.stringify(request), MAX_PAYLOAD_DEPTH / 4)).toBe(false)
  })
})

describe('tooDeepField', () => {
  it('accepts exactly the limit and names the top-level field that goes deeper', () => {
    expect(tooDeepField({ doc: nestedObject(63) }, 64)).toBeNull()
    expect(tooDeepField({ ok: 1, doc: nestedObject(64) }, 64)).toBe('doc')
    expect(tooDeepField({ edits: [{ value: nestedObject(100) }], label: 'x' }, 64)).toBe('edits')
    expect(tooDeepField(nestedObject(3), 2)).toBe('next')
    expect(tooDeepField([[[]]], 2)).toBe('0')
    expect(tooDeepField('scalar', 0)).toBeNull()
    expect(tooDeepField({}, 0)).toBe('payload')
  })

  it('walks a 10,000-deep value without recursion', () => {
    expect(tooDeepField({ doc: nestedObject(10_000) })).toBe('doc')
  })

  it('refuses a cycle (IPC may carry one) instead of looping', () => {
    const loop: Record<string, unknown> = {}
    loop.self = loop
    expect(tooDeepField({ doc: loop })).toBe('doc')
  })

  it('walks a value sharing one object on every path in linear time', () => {
    // 60 levels of two references to the same object: 2^60 paths, 60 objects.
    let shared: unknown = { leaf: true }
    for (let level = 0; level < 60; level++) shared = [shared, shared]
    expect(tooDeepField({ doc: shared })).toBeNull()
    expect(tooDeepField({ doc: [[[[shared]]]] })).toBe('doc')
  })
})

describe('dispatch', () => {
  it('refuses a too-deep payload with a bad-request naming the field, before any handler', async () => {
    let handled = 0
    const handlers = new Proxy({} as Handlers, {
      get: () => async () => {
        handled++
        return {}
      },
    })
    const log = () => {}
    const deep = {
      revision: 0,
      label: 'deep',
      edits: [{ op: 'set', path: 'name', value: nestedObject(10_000) }],
    }
    const refused = await dispatch(handlers, 'edits/apply', deep, log)
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.error.code).toBe('bad-request')
    expect(refused.error.message).toMatch(/64 levels/)
    expect(refused.error.problems.map((problem) => problem.path)).toEqual(['edits'])
    const shallow = { ...deep, edits: [{ op: 'set', path: 'name', value: nestedObject(50) }] }
    expect((await dispatch(handlers, 'edits/apply', shallow, log)).ok).toBe(true)
    expect(handled).toBe(1)
  })
})
