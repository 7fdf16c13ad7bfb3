import { useState } from 'react'
import { FormFooter } from './FormFooter'
import { Modal } from './Modal'

interface PathDialogProps {
  title: string
  hint: string
  initialPath: string
  confirmLabel: string
  onSubmit(path: string): void
  onClose(): void
}

/** Asks for a workspace file path (the web mode has no native file dialog). */
export function PathDialog({
  title,
  hint,
  initialPath,
  confirmLabel,
  onSubmit,
  onClose,
}: PathDialogProps) {
  const [path, setPath] = useState(initialPath)
  const trimmed = path.trim()
  return (
    <Modal
      title={title}
      testId="path-dialog"
      onClose={onClose}
      footer={
        <FormFooter
          formId="path-dialog-form"
          submitLabel={confirmLabel}
          onCancel={onClose}
          disabled={trimmed === ''}
        />
      }
    >
      <form
        id="path-dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (trimmed !== '') onSubmit(trimmed)
        }}
      >
        <label className="field">
          <span className="field-label">File path</span>
          <input
            type="text"
            value={path}
            onChange={(event) => setPath(event.target.value)}
            autoFocus
            spellCheck={false}
            data-testid="path-input"
          />
        </label>
        <p className="field-hint">{hint}</p>
      </form>
    </Modal>
  )
}
