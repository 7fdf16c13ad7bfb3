import { useEffect, useLayoutEffect, useRef } from 'react'
import { createPortal } from 'react-dom'
import './rangeAction.css'

export interface CellMenuItem {
  label: string
  /** The key that does the same on the focused cell, shown at the item's right. */
  shortcut?: string
  onSelect(): void
  testId?: string
}

interface CellMenuProps {
  /** Where the pointer was, in viewport pixels. */
  x: number
  y: number
  items: readonly CellMenuItem[]
  onClose(): void
}

/** Keeps the menu this far from the window's edges when the click was near one. */
const EDGE_GAP = 8

/**
 * A grid cell's right-click menu (ag-grid Community has none): at the pointer, kept inside the
 * window, first item focused; Esc, a click elsewhere or a scroll closes it.
 */
export function CellMenu({ x, y, items, onClose }: CellMenuProps) {
  const menu = useRef<HTMLDivElement>(null)

  useLayoutEffect(() => {
    const element = menu.current
    if (element === null) return
    const { width, height } = element.getBoundingClientRect()
    element.style.left = `${Math.max(EDGE_GAP, Math.min(x, innerWidth - width - EDGE_GAP))}px`
    element.style.top = `${Math.max(EDGE_GAP, Math.min(y, innerHeight - height - EDGE_GAP))}px`
    element.querySelector('button')?.focus()
  }, [x, y])

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !menu.current?.contains(event.target)) onClose()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose()
    }
    window.addEventListener('pointerdown', onPointerDown, true)
    window.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('scroll', onClose, true)
    window.addEventListener('blur', onClose)
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true)
      window.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('scroll', onClose, true)
      window.removeEventListener('blur', onClose)
    }
  }, [onClose])

  return createPortal(
    <div ref={menu} className="menu-popup cell-menu" role="menu" data-testid="cell-menu">
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          onClick={item.onSelect}
          data-testid={item.testId}
        >
          {item.label}
          {item.shortcut && <span className="cell-menu-shortcut">{item.shortcut}</span>}
        </button>
      ))}
    </div>,
    document.body,
  )
}
