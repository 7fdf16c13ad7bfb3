import { ZoneBadge } from '../../charts/ZoneBadge'
import type { AttentionItem } from './attention'
import './overview.css'

export interface NeedsAttentionProps {
  items: AttentionItem[]
  /** Whether anything brings in revenue this month: without it, "all clear" would be hollow. */
  hasRevenue: boolean
  onSelectFeature?: (featureId: string) => void
}

export function NeedsAttention({ items, hasRevenue, onSelectFeature }: NeedsAttentionProps) {
  if (items.length === 0) {
    return (
      <p className="attention-clear" data-testid="attention-empty">
        {hasRevenue ? (
          <>
            <ZoneBadge zone="green" label="All clear" />
            Every feature with revenue clears its floor band and no cohort is flagged.
          </>
        ) : (
          'Nothing to check yet: features and cohorts show here once a plan brings in revenue.'
        )}
      </p>
    )
  }
  return (
    <ul className="attention-list" data-testid="attention-list">
      {items.map((item) => {
        const featureId = item.featureId
        return (
          <li key={item.key} className="attention-item" data-testid="attention-item">
            <ZoneBadge zone={item.zone} label={item.badge} icon={item.icon} />
            {featureId !== undefined && onSelectFeature ? (
              <button
                type="button"
                className="attention-item__text attention-item__link"
                onClick={() => onSelectFeature(featureId)}
              >
                {item.text}
              </button>
            ) : (
              <span className="attention-item__text">{item.text}</span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
