import { describe, expect, it, vi } from 'vitest'
import { requestSchemas } from '../../../shared/api'

vi.mock('../../../renderer/src/transport/api', () => ({ api: { call: vi.fn() } }))

const { checkSnapshotName } = await import('../../../renderer/src/frame/backupActions')

const accepted = (name: string) => requestSchemas['backups/take'].safeParse({ name }).success

describe('checkSnapshotName', () => {
  it.each([
    ['', 'A snapshot needs a name.'],
    ['   ', 'A snapshot needs a name.'],
    ['x'.repeat(121), 'A snapshot name is at most 120 characters.'],
    ['a\uD800b', 'A snapshot name must be well-formed text.'],
    ['tab\there', 'A snapshot name may not hold control characters.'],
    ['del\u007F', 'A snapshot name may not hold control characters.'],
    ['c1\u0085', 'A snapshot name may not hold control characters.'],
  ])('refuses %j as the service would', (name, message) => {
    expect(checkSnapshotName(name)).toBe(message)
    expect(accepted(name)).toBe(false)
  })

  it.each(['Before the price change', `  ${'x'.repeat(120)}  `, 'emoji 🙂 ok'])(
    'takes %j as the service would',
    (name) => {
      expect(checkSnapshotName(name)).toBeNull()
      expect(accepted(name)).toBe(true)
    },
  )
})
