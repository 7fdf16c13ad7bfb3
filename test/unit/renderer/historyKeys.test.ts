import { describe, expect, it } from 'vitest'
import { historyKey } from '../../../renderer/src/frame/historyKeys'

const press = (
  key: string,
  mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {},
) =>
  historyKey({
    key,
    ctrlKey: mods.ctrl ?? false,
    metaKey: mods.meta ?? false,
    shiftKey: mods.shift ?? false,
    altKey: mods.alt ?? false,
  })

describe('historyKey', () => {
  it('undoes with Ctrl+Z and Cmd+Z', () => {
    expect(press('z', { ctrl: true })).toBe('undo')
    expect(press('z', { meta: true })).toBe('undo')
  })

  it('redoes with Ctrl+Y, Ctrl+Shift+Z and Shift+Cmd+Z', () => {
    expect(press('y', { ctrl: true })).toBe('redo')
    expect(press('Z', { ctrl: true, shift: true })).toBe('redo')
    expect(press('Z', { meta: true, shift: true })).toBe('redo')
  })

  it('ignores plain keys, Alt chords and Cmd+Y (the macOS history window)', () => {
    expect(press('z')).toBeNull()
    expect(press('z', { ctrl: true, alt: true })).toBeNull()
    expect(press('y', { meta: true })).toBeNull()
    expect(press('c', { ctrl: true })).toBeNull()
  })
})
