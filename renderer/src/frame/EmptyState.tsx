import type { ReactNode } from 'react'

interface EmptyStateProps {
  title: string
  children: ReactNode
  action?: ReactNode
  testId?: string
}

/** What a screen shows when it has nothing yet: what it is for and the next step. */
export function EmptyState({ title, children, action, testId }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      <h3>{title}</h3>
      <div className="empty-state-text">{children}</div>
      {action !== undefined && <div className="empty-state-action">{action}</div>}
    </div>
  )
}
