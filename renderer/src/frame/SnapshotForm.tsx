import { useState } from 'react'
import type { BackupEntry } from '../../../shared/api'
import { describeError } from '../transport/apiFailure'
import { backupActions, checkSnapshotName } from './backupActions'

interface SnapshotFormProps {
  /** Why no snapshot can be taken here (a backup view…), shown on the disabled button; else null. */
  disabledBecause: string | null
  onTaken(entry: BackupEntry): void
}

/** "Take a named snapshot…": a name ("Board plan Q4"), checked before it is sent. */
export function SnapshotForm({ disabledBecause, onTaken }: SnapshotFormProps) {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (!open) {
    return (
      <div className="backups-toolbar">
        <button
          type="button"
          disabled={disabledBecause !== null}
          title={disabledBecause ?? undefined}
          onClick={() => setOpen(true)}
          data-testid="backup-take-open"
        >
          Take a named snapshot…
        </button>
      </div>
    )
  }

  async function submit() {
    const problem = checkSnapshotName(name)
    setError(problem)
    if (problem !== null) return
    setBusy(true)
    try {
      const entry = await backupActions.take(name)
      setName('')
      setOpen(false)
      onTaken(entry)
    } catch (failure) {
      setError(describeError(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="backups-snapshot"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <label className="field backups-snapshot__field">
        <span className="field-label">Snapshot name</span>
        <input
          type="text"
          value={name}
          placeholder="Board plan Q4"
          maxLength={200}
          autoFocus
          aria-invalid={error !== null}
          aria-describedby={error === null ? undefined : 'backup-name-error'}
          onChange={(event) => {
            setName(event.target.value)
            if (error !== null) setError(checkSnapshotName(event.target.value))
          }}
          onKeyDown={(event) => {
            // Esc leaves the name, not the whole Backups dialog.
            if (event.key !== 'Escape') return
            event.preventDefault()
            setOpen(false)
          }}
          data-testid="backup-name"
        />
      </label>
      <div className="backups-snapshot__buttons">
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={busy} data-testid="backup-take">
          Take snapshot
        </button>
      </div>
      {error !== null && (
        <p className="backups-error" id="backup-name-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
