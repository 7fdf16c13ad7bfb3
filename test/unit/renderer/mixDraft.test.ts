import { describe, expect, it } from 'vitest'
import {
  addModel,
  describeTotal,
  isComplete,
  mixTotal,
  removeEntry,
  setModel,
  setShare,
} from '../../../renderer/src/views/features/mixDraft'

const mix = [
  { modelId: 'a', sharePct: 70 },
  { modelId: 'b', sharePct: 30 },
]

describe('mix drafts', () => {
  it('is complete when shares sum to 100 within ±0.01 (DESIGN §2)', () => {
    expect(isComplete(mix)).toBe(true)
    expect(isComplete(setShare(mix, 1, 30.01))).toBe(true)
    expect(isComplete(setShare(mix, 1, 30.02))).toBe(false)
  })

  it('tracks the running total as shares change', () => {
    const draft = setShare(mix, 0, 60)
    expect(mixTotal(draft)).toBe(90)
    expect(describeTotal(draft)).toBe('10% left to assign')
    expect(describeTotal(setShare(mix, 0, 80))).toBe('10% over 100%')
    expect(describeTotal(mix)).toBe('Shares sum to 100%')
  })

  it('adds the next model not yet routed, at 0%, and none when all are in', () => {
    expect(addModel(mix, ['a', 'b', 'c'])).toEqual([...mix, { modelId: 'c', sharePct: 0 }])
    expect(addModel(mix, ['a', 'b'])).toBeNull()
  })

  it('removes and re-routes entries without touching the original', () => {
    expect(removeEntry(mix, 0)).toEqual([{ modelId: 'b', sharePct: 30 }])
    expect(setModel(mix, 1, 'c')[1]).toEqual({ modelId: 'c', sharePct: 30 })
    expect(mix[1]).toEqual({ modelId: 'b', sharePct: 30 })
  })
})
