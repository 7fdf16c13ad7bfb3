/**
 * The explanation of one computed cell, beside it: the formula in words and with this cell's
 * numbers, then each input, a link to the cell it comes from, unfolding into how it was computed.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'
import type { CellTarget, Explanation, Term } from '../../../shared/engine/explain'
import { formatValue } from './formatValue'
import './explain.css'

interface ExplainPopoverProps {
  explanation: Explanation
  /** The cell's box on screen: the popover opens below it, or above where there is no room. */
  anchor: DOMRect
  /** Opened from the keyboard: focus moves into the popover so Tab reaches its links. */
  takeFocus: boolean
  onClose(): void
  onFollow(target: CellTarget): void
  onPointerEnter(): void
  onPointerLeave(): void
}

const GAP = 4
const MARGIN = 8

/** The formula with each `{key}` replaced: by its term's label, or by its value. */
function Formula({ explanation, show }: { explanation: Explanation; show: 'label' | 'value' }) {
  const byKey = new Map(explanation.terms.map((term) => [term.key, term]))
  const parts = explanation.formula.split(/(\{\w+\})/).filter((part) => part !== '')
  return (
    <>
      {parts.map((part, i) => {
        const term = /^\{(\w+)\}$/.exec(part) && byKey.get(part.slice(1, -1))
        if (!term) return <span key={i}>{part}</span>
        const text = show === 'label' ? term.label : formatValue(term.value, term.format)
        return (
          <span key={i} className={show === 'label' ? 'explain-word' : 'explain-number'}>
            {text}
          </span>
        )
      })}
    </>
  )
}

function Equation({ explanation }: { explanation: Explanation }) {
  if (explanation.formula === '') return null
  return (
    <div className="explain-equation" data-testid="explain-formula">
      <div>
        <span className="explain-word">{explanation.label}</span> ={' '}
        <Formula explanation={explanation} show="label" />
      </div>
      <div>
        <span className="explain-number">{formatValue(explanation.value, explanation.format)}</span>{' '}
        = <Formula explanation={explanation} show="value" />
      </div>
    </div>
  )
}

function TermRow({ term, onFollow }: { term: Term; onFollow(target: CellTarget): void }) {
  const [open, setOpen] = useState(false)
  const { target, explain } = term
  return (
    <li>
      <div className="explain-term">
        {explain ? (
          <button
            type="button"
            className="explain-toggle"
            aria-expanded={open}
            aria-label={`${open ? 'Hide' : 'Show'} how ${term.label} is computed`}
            onClick={() => setOpen(!open)}
          >
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="explain-toggle" />
        )}
        {target ? (
          <button
            type="button"
            className="explain-link"
            title="Go to this cell"
            onClick={() => onFollow(target)}
          >
            {term.label}
          </button>
        ) : (
          <span className="explain-label">{term.label}</span>
        )}
        <span className="explain-value">{formatValue(term.value, term.format)}</span>
      </div>
      {open && explain && <Breakdown explanation={explain} onFollow={onFollow} />}
    </li>
  )
}

function Breakdown({
  explanation,
  onFollow,
}: {
  explanation: Explanation
  onFollow(target: CellTarget): void
}) {
  return (
    <div className="explain-breakdown">
      <Equation explanation={explanation} />
      {explanation.note && <p className="explain-note">{explanation.note}</p>}
      <ul className="explain-terms">
        {explanation.terms.map((term) => (
          <TermRow key={term.key} term={term} onFollow={onFollow} />
        ))}
      </ul>
    </div>
  )
}

export function ExplainPopover(props: ExplainPopoverProps) {
  const { explanation, anchor, takeFocus, onClose } = props
  const box = useRef<HTMLDivElement>(null)
  const [place, setPlace] = useState({ top: anchor.bottom + GAP, left: anchor.left })
  // Placed again whenever it grows (a breakdown unfolds): below the cell while it fits there,
  // else above it, never off screen (it scrolls inside itself when taller than the window).
  useLayoutEffect(() => {
    const element = box.current
    if (element === null) return
    const placeBox = () => {
      const { width, height } = element.getBoundingClientRect()
      const below = anchor.bottom + GAP
      const fitsBelow = below + height <= window.innerHeight - MARGIN
      const top = fitsBelow ? below : Math.max(MARGIN, anchor.top - GAP - height)
      const left = Math.max(MARGIN, Math.min(anchor.left, window.innerWidth - MARGIN - width))
      setPlace((current) =>
        current.top === top && current.left === left ? current : { top, left },
      )
    }
    placeBox()
    const observer = new ResizeObserver(placeBox)
    observer.observe(element)
    return () => observer.disconnect()
  }, [anchor])
  useLayoutEffect(() => {
    if (takeFocus) box.current?.focus()
  }, [takeFocus])

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
    }
  }

  return createPortal(
    <div
      ref={box}
      className="explain-popover"
      role="dialog"
      aria-label={`How ${explanation.label} is computed`}
      data-testid="explain-popover"
      tabIndex={-1}
      style={{ top: place.top, left: place.left }}
      onKeyDown={onKeyDown}
      onMouseEnter={props.onPointerEnter}
      onMouseLeave={props.onPointerLeave}
    >
      <header className="explain-header">
        <span className="explain-title">{explanation.label}</span>
        <span className="explain-total">{formatValue(explanation.value, explanation.format)}</span>
      </header>
      <Breakdown explanation={explanation} onFollow={props.onFollow} />
      <footer className="explain-footer">
        Links go to the cell a number comes from. ? on a computed cell opens this; Esc closes.
      </footer>
    </div>,
    document.body,
  )
}
