import { useEffect, useState } from 'react'
import type { BackupEntry } from '../../../shared/api'
import { formatPct } from '../../../shared/report/format'
import { api } from '../transport/api'
import { describeError } from '../transport/apiFailure'
import { useWorkspace } from '../store/workspaceStore'
import {
  backupActions,
  capitalized,
  describeBackup,
  formatTakenAt,
  suggestRestorePath,
} from './backupActions'
import { Modal } from './Modal'
import { PathDialog } from './PathDialog'
import { SnapshotForm } from './SnapshotForm'
import './backups.css'

interface BackupsDialogProps {
  onClose(): void
}

/**
 * File ▸ Backups…: the open file's automatic and named backups, newest first, with the blended
 * margin each holds. One can be opened to look at (read-only) or restored as a new file.
 */
export function BackupsDialog({ onClose }: BackupsDialogProps) {
  const [entries, setEntries] = useState<BackupEntry[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [restoring, setRestoring] = useState<BackupEntry | null>(null)
  const access = useWorkspace((state) => state.access)
  // A backup view is a backup already; a view of a file another window edits is an old copy.
  const snapshotHint =
    access.mode === 'edit'
      ? null
      : access.reason === 'backup'
        ? 'Restore the backup as a new file to take snapshots of it'
        : access.reason === 'held-elsewhere'
          ? 'Another window is editing this file: take the snapshot there, or take over editing'
          : null

  /** Bumped after a snapshot is taken: the list is read again. */
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    let current = true
    backupActions.list().then(
      (listed) => {
        if (!current) return
        setEntries(listed)
        setLoadError(null)
      },
      (error: unknown) => {
        if (current) setLoadError(describeError(error))
      },
    )
    return () => {
      current = false
    }
  }, [generation])

  async function open(entry: BackupEntry) {
    if (await backupActions.open(entry)) onClose()
  }

  async function remove(entry: BackupEntry) {
    try {
      const left = await backupActions.remove(entry)
      if (left !== null) setEntries(left)
    } catch (error) {
      setLoadError(describeError(error))
    }
  }

  async function restore(entry: BackupEntry) {
    if (api.isDesktop()) {
      if (await backupActions.restoreInDesktop(entry)) onClose()
    } else {
      setRestoring(entry)
    }
  }

  // The path dialog is a sibling, not a child: Esc in it must not close this dialog as well.
  return (
    <>
      <Modal
        title="Backups"
        testId="backups-dialog"
        className="modal-backups"
        onClose={onClose}
        footer={
          <button type="button" onClick={onClose}>
            Close
          </button>
        }
      >
        <p className="backups-intro">
          Automatic backups are taken when the file is opened and every 10 minutes of editing (the
          last 10 and one a day for 14 days are kept); named snapshots are kept until you delete
          them.
        </p>
        <SnapshotForm
          disabledBecause={snapshotHint}
          onTaken={(entry) => {
            useWorkspace
              .getState()
              .notify({ kind: 'info', text: `Took the snapshot “${entry.name}”` })
            setGeneration((count) => count + 1)
          }}
        />
        {loadError !== null && (
          <p className="backups-error" role="alert">
            Could not list the backups: {loadError}
          </p>
        )}
        {entries === null && loadError === null && <p className="backups-empty">Loading…</p>}
        {entries !== null && entries.length === 0 && (
          <p className="backups-empty">No backups of this file yet.</p>
        )}
        {entries !== null && entries.length > 0 && (
          <div className="backups-scroll">
            <table className="data-table backups-table" data-testid="backups-table">
              <thead>
                <tr>
                  <th scope="col">Taken</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Name</th>
                  <th scope="col" className="num">
                    Blended margin
                  </th>
                  <th scope="col" className="num">
                    Revision
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id} data-testid="backup-row" data-id={entry.id}>
                    <td title={entry.takenAt}>{formatTakenAt(entry.takenAt)}</td>
                    <td>{entry.kind === 'named' ? 'Named' : 'Automatic'}</td>
                    <td className="backups-name" title={entry.name ?? undefined}>
                      {entry.name ?? '—'}
                    </td>
                    <td className="num" data-testid="backup-margin">
                      {formatPct(entry.portfolioMarginPct)}
                    </td>
                    <td className="num">{entry.revision}</td>
                    <td className="backups-actions">
                      <div className="backups-actions__buttons">
                        <button
                          type="button"
                          onClick={() => void open(entry)}
                          data-testid="backup-open"
                        >
                          Open read-only
                        </button>
                        <button
                          type="button"
                          onClick={() => void restore(entry)}
                          data-testid="backup-restore"
                        >
                          Restore as new file…
                        </button>
                        <button
                          type="button"
                          className="button-danger-quiet"
                          onClick={() => void remove(entry)}
                          data-testid="backup-delete"
                          aria-label={`Delete the backup taken ${formatTakenAt(entry.takenAt)}`}
                        >
                          Delete…
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Modal>
      {restoring !== null && (
        <PathDialog
          title="Restore the backup as a new file"
          hint={`${capitalized(describeBackup(restoring))} is written there as a new .marginplan file (you are asked before it replaces a workspace) and becomes the open workspace.`}
          confirmLabel="Restore"
          initialPath={suggestRestorePath(restoring)}
          onSubmit={(path) =>
            void backupActions.restore(restoring, path).then((done) => {
              if (done) {
                setRestoring(null)
                onClose()
              }
            })
          }
          onClose={() => setRestoring(null)}
        />
      )}
    </>
  )
}
