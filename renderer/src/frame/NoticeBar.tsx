import { useEffect } from 'react'
import { useWorkspace } from '../store/workspaceStore'

/** Information fades by itself; errors stay until dismissed or replaced. */
const infoMillis = 4000

export function NoticeBar() {
  const notice = useWorkspace((state) => state.notice)
  const notify = useWorkspace((state) => state.notify)
  useEffect(() => {
    if (notice?.kind !== 'info') return
    const timer = setTimeout(() => notify(null), infoMillis)
    return () => clearTimeout(timer)
  }, [notice, notify])
  if (notice === null) return null
  return (
    <div
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <span className="notice-icon" aria-hidden="true">
        {notice.kind === 'error' ? '✗' : 'ℹ'}
      </span>
      <span className="notice-text">{notice.text}</span>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        onClick={() => notify(null)}
      >
        ×
      </button>
    </div>
  )
}
