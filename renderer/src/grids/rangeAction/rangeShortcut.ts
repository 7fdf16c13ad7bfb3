import type { KeyboardEvent as ReactKeyboardEvent } from 'react'

/** Shift+R on a focused number cell opens its range: no number is typed starting with a capital R. */
export function isRangeShortcut(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  return (
    event.shiftKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    event.key.toLowerCase() === 'r'
  )
}

/** The shortcut as the menu names it. */
export const RANGE_SHORTCUT_LABEL = 'Shift+R'
