import { useEffect, useRef, type ReactNode } from 'react'

interface ModalProps {
  title: string
  onClose(): void
  children: ReactNode
  footer: ReactNode
  testId?: string
  wide?: boolean
  /** A size of its own (the model picker's table), instead of the standard widths. */
  className?: string
}

/** A native <dialog> shown modally: focus is trapped, Esc closes, the page behind is inert. */
export function Modal({ title, onClose, children, footer, testId, wide, className }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    // Where the focus was (the button that opened the dialog): it goes back there on close.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog !== null && !dialog.open) dialog.showModal()
    return () => {
      dialog?.close()
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className={['modal', wide && 'modal-wide', className].filter(Boolean).join(' ')}
      data-testid={testId}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 className="modal-title">{title}</h2>
      <div className="modal-body">{children}</div>
      <div className="modal-footer">{footer}</div>
    </dialog>
  )
}
