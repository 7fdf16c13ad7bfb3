import { useMemo } from 'react'
import { ZoneBadge } from '../../charts/ZoneBadge'
import { useNavigation } from '../../frame/navigation'
import { useWorkspace } from '../../store/workspaceStore'
import { useActualsTab } from '../actuals/actualsTabs'
import { useChannelAnswer } from '../actuals/alerts/useChannelAnswer'
import { alertAttentionItems, type AttentionItem } from './attention'
import './overview.css'

export interface NeedsAttentionProps {
  items: AttentionItem[]
  /** Whether anything brings in revenue this month: without it, "all clear" would be hollow. */
  hasRevenue: boolean
  onSelectFeature?: (featureId: string) => void
}

/** More open alerts than this are counted, not listed: the Alerts tab has them all. */
const MAX_ALERTS_LISTED = 5

function showAlerts(): void {
  useActualsTab.getState().show('alerts')
  useNavigation.getState().go('actuals')
}

/**
 * The open alerts of the imported actuals, asked for whenever the Overview shows and after every
 * edit (the rules are the workspace's). Named from the baseline: rules and names are not a
 * scenario's to change.
 */
function useAlertItems(): AttentionItem[] {
  const answer = useChannelAnswer('actuals/alerts', {})
  const doc = useWorkspace((state) => state.doc)
  return useMemo(
    () =>
      answer.status === 'ready' && doc !== null
        ? alertAttentionItems(answer.value.alerts, doc)
        : [],
    [answer, doc],
  )
}

function ItemText({
  item,
  onSelectFeature,
}: { item: AttentionItem } & Pick<NeedsAttentionProps, 'onSelectFeature'>) {
  const featureId = item.featureId
  if (item.alert) {
    return (
      <button
        type="button"
        className="attention-item__text attention-item__link"
        onClick={showAlerts}
        data-testid="attention-alert"
      >
        {item.text}
      </button>
    )
  }
  if (featureId !== undefined && onSelectFeature) {
    return (
      <button
        type="button"
        className="attention-item__text attention-item__link"
        onClick={() => onSelectFeature(featureId)}
      >
        {item.text}
      </button>
    )
  }
  return <span className="attention-item__text">{item.text}</span>
}

export function NeedsAttention({ items, hasRevenue, onSelectFeature }: NeedsAttentionProps) {
  const alerts = useAlertItems()
  const listed = alerts.slice(0, MAX_ALERTS_LISTED)
  const more = alerts.length - listed.length
  if (items.length === 0 && alerts.length === 0) {
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
      {[...listed, ...items].map((item) => (
        <li
          key={item.key}
          className="attention-item"
          data-testid="attention-item"
          data-kind={item.alert ? 'alert' : 'plan'}
          data-zone={item.zone}
        >
          <ZoneBadge zone={item.zone} label={item.badge} icon={item.icon} />
          <ItemText item={item} onSelectFeature={onSelectFeature} />
        </li>
      ))}
      {more > 0 && (
        <li className="attention-item attention-item--more">
          <span />
          <button
            type="button"
            className="attention-item__text attention-item__link"
            onClick={showAlerts}
            data-testid="attention-more-alerts"
          >
            {more} more open {more === 1 ? 'alert' : 'alerts'} in Actuals › Alerts
          </button>
        </li>
      )}
    </ul>
  )
}
