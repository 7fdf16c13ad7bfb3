import { useRef, useState, type PointerEvent, type ReactNode } from 'react'

interface SplitPaneProps {
  first: ReactNode
  second: ReactNode
  /** 'row': side by side, the divider moves left/right; 'column': stacked, it moves up/down. */
  direction: 'row' | 'column'
  /** Size of the first pane in pixels until the divider is moved (it may follow the content). */
  initialSize: number
  minFirst?: number
  minSecond?: number
  label: string
}

/** Two panes with a draggable divider (also movable with the arrow keys). */
export function SplitPane(props: SplitPaneProps) {
  const { first, second, direction, initialSize, minFirst = 160, minSecond = 200, label } = props
  const [moved, setSize] = useState<number | null>(null)
  const size = moved ?? initialSize
  const container = useRef<HTMLDivElement>(null)
  const horizontal = direction === 'row'

  function clamp(next: number): number {
    const element = container.current
    const total =
      element === null ? next + minSecond : horizontal ? element.clientWidth : element.clientHeight
    return Math.max(minFirst, Math.min(next, total - minSecond))
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return
    const box = container.current?.getBoundingClientRect()
    if (box === undefined) return
    setSize(clamp(horizontal ? event.clientX - box.left : event.clientY - box.top))
  }

  const [back, forward] = horizontal ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown']
  return (
    <div className={`split split-${direction}`} ref={container}>
      <div className="split-pane" style={horizontal ? { width: size } : { height: size }}>
        {first}
      </div>
      <div
        className="split-divider"
        role="separator"
        aria-orientation={horizontal ? 'vertical' : 'horizontal'}
        aria-label={label}
        aria-valuenow={Math.round(size)}
        tabIndex={0}
        onPointerDown={(event) => event.currentTarget.setPointerCapture(event.pointerId)}
        onPointerMove={onPointerMove}
        onKeyDown={(event) => {
          if (event.key === back) setSize(clamp(size - 24))
          if (event.key === forward) setSize(clamp(size + 24))
        }}
      />
      <div className="split-pane split-pane-rest">{second}</div>
    </div>
  )
}
