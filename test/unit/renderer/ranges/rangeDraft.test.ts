import { describe, expect, it } from 'vitest'
import type { Range } from '../../../../shared/model/types'
import {
  draftOf,
  isDrawable,
  readDraft,
} from '../../../../renderer/src/views/uncertainty/ranges/rangeDraft'

const hitRate = 'features/support-agent/responseCacheHitPct'

describe('the dialog’s draft', () => {
  it('shows numbers as typed, without float noise, and a lognormal’s median as likely', () => {
    const range: Range = {
      path: hitRate,
      low: 0.99 * 0.8,
      likely: 0.99,
      high: 0.99 * 1.25,
      shape: 'pert',
    }
    expect(draftOf(range)).toEqual({
      low: '0.792',
      likely: '0.99',
      high: '1.2375',
      shape: 'pert',
      group: '',
    })
    expect(draftOf({ ...range, low: 4, high: 9, shape: 'lognormal' }).likely).toBe('6')
  })

  it('reads back into a range, in the field’s own notation, group trimmed', () => {
    const read = readDraft(hitRate, {
      low: '10%',
      likely: '20',
      high: '35.5',
      shape: 'triangular',
      group: ' cache ',
    })
    expect(read).toEqual({
      ok: true,
      range: {
        path: hitRate,
        low: 10,
        likely: 20,
        high: 35.5,
        shape: 'triangular',
        group: 'cache',
      },
    })
  })

  it('refuses each field that is no number, by name', () => {
    const read = readDraft(hitRate, {
      low: '',
      likely: 'lots',
      high: '40',
      shape: 'pert',
      group: '',
    })
    expect(read.ok ? [] : read.problems).toEqual([
      { field: 'low', text: 'Low: enter a number' },
      { field: 'likely', text: "Likely: 'lots' is not a number" },
    ])
  })

  it('stores a lognormal’s likely as its median, whatever the hidden field holds', () => {
    const read = readDraft('features/support-agent/pricePerUnit', {
      low: '$1',
      likely: 'ignored',
      high: '$4',
      shape: 'lognormal',
      group: '',
    })
    expect(read.ok && read.range.likely).toBe(2)
  })
})

describe('a range’s preview', () => {
  const pert: Range = { path: hitRate, low: 10, likely: 20, high: 30, shape: 'pert' }

  it('is drawn for ends in order around likely, a lognormal above 0', () => {
    expect(isDrawable(pert)).toBe(true)
    expect(isDrawable({ ...pert, likely: 40 })).toBe(false)
    expect(isDrawable({ ...pert, low: 0, likely: 50, shape: 'lognormal' })).toBe(false)
    expect(isDrawable({ ...pert, likely: 50, shape: 'lognormal' })).toBe(true)
  })
})
