import { effectiveRules, openAlerts, type Alert } from '../../../../shared/actuals/alerts'
import { byUrgency, wordAlert } from '../../../../shared/actuals/alertWords'
import type { CohortResult, ComputeResult, FeatureResult } from '../../../../shared/engine/results'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import {
  formatMoney,
  formatNumber,
  formatPct,
  formatUnitMoney,
} from '../../../../shared/report/format'
import { formatDay, formatFloorPct, formatPts } from '../../../../shared/report/labels'
import { zoneStyles } from '../../../../shared/report/zones'

/** §2 default width of a feature's yellow band above its floor. */
const defaultYellowBandPts = 5

export interface AttentionItem {
  key: string
  zone: 'red' | 'yellow'
  /** The badge's words and icon: a zone for features, the flag for cohorts. */
  badge: string
  icon: string
  text: string
  /** Set for feature items, so the list can open the feature. */
  featureId?: string
  /** Set for open alerts from the actuals: the item opens the Alerts tab. */
  alert?: true
}

function breakevenClause(feature: FeatureResult): string {
  return feature.breakevenPriceAtFloor === null
    ? ''
    : ` — breakeven price at floor ${formatUnitMoney(feature.breakevenPriceAtFloor)}`
}

function featureItem(feature: FeatureResult, doc: WorkspaceDoc): AttentionItem | null {
  const { zone, grossMarginPct: margin, floorPct: floor } = feature
  if (margin === null || (zone !== 'red' && zone !== 'yellow')) return null
  const source = doc.features.find((f) => f.id === feature.id)
  const name = source?.name ?? feature.id
  const band = source?.yellowBandPts ?? defaultYellowBandPts
  const position =
    zone === 'red'
      ? `${formatPts(floor - margin)} below its ${formatFloorPct(floor)} floor`
      : `within ${formatNumber(band, 1)} pts of its ${formatFloorPct(floor)} floor`
  return {
    key: `feature:${feature.id}`,
    zone,
    badge: zoneStyles[zone].label,
    icon: zoneStyles[zone].icon,
    text: `${name}: ${formatPct(margin)} margin, ${position}${breakevenClause(feature)}`,
    featureId: feature.id,
  }
}

function cohortItems(cohort: CohortResult, doc: WorkspaceDoc): AttentionItem[] {
  const name = doc.cohorts.find((c) => c.id === cohort.id)?.name ?? cohort.id
  return cohort.flags.map((flag): AttentionItem => {
    if (flag === 'no-revenue') {
      const conversions = cohort.conversionBreakevenCustomers
      const payback =
        typeof conversions === 'number'
          ? ` — needs ${formatNumber(conversions, 0)} conversions a month to pay for itself`
          : ''
      return {
        key: `cohort:${cohort.id}:${flag}`,
        // Often a deliberate free tier: worth watching, not alarming.
        zone: 'yellow',
        badge: 'No revenue',
        icon: '⚑',
        text: `${name}: ${formatMoney(cohort.cogs)} of costs a month with no revenue${payback}`,
      }
    }
    const costShare = cohort.costToRevenue === null ? null : cohort.costToRevenue * 100
    return {
      key: `cohort:${cohort.id}:${flag}`,
      zone: 'red',
      badge: 'Costly cohort',
      icon: '⚑',
      text: `${name}: costs are ${formatPct(costShare, 0)} of revenue (above 80%), ${formatPct(cohort.grossMarginPct)} margin`,
    }
  })
}

/** How far past its floor's band a feature sits: the most urgent first. */
function urgency(feature: FeatureResult): number {
  return (feature.grossMarginPct ?? 0) - feature.floorPct
}

/**
 * What the overview lists under "Needs attention": features below their floor (worst first), then
 * those within their yellow band, then flagged cohorts — each as a sentence a CFO can read aloud.
 */
export function buildAttentionItems(result: ComputeResult, doc: WorkspaceDoc): AttentionItem[] {
  const features = [...result.features].sort((a, b) => urgency(a) - urgency(b))
  const byZone = (zone: 'red' | 'yellow') =>
    features
      .filter((f) => f.zone === zone)
      .map((f) => featureItem(f, doc))
      .filter((item): item is AttentionItem => item !== null)
  return [
    ...byZone('red'),
    ...byZone('yellow'),
    ...result.cohorts.flatMap((c) => cohortItems(c, doc)),
  ]
}

/**
 * The alerts the actuals hold open on their last day (DESIGN.md §10), red first: what really
 * happened, listed above what the plan predicts.
 */
export function alertAttentionItems(alerts: readonly Alert[], doc: WorkspaceDoc): AttentionItem[] {
  const rules = effectiveRules(doc)
  return openAlerts(alerts)
    .sort(byUrgency)
    .map((alert): AttentionItem => {
      const worded = wordAlert(alert, doc, rules)
      return {
        key: `alert:${alert.rule}:${worded.subject}:${alert.openedOn}`,
        zone: alert.severity,
        badge: 'Open alert',
        icon: '!',
        text: `${worded.subject} — ${worded.title}: ${worded.value} (${worded.threshold}), open since ${formatDay(alert.openedOn)}`,
        alert: true,
      }
    })
}
