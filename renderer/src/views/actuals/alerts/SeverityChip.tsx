import type { AlertSeverity } from '../../../../../shared/actuals/alerts'
import { SEVERITY_WORD } from '../../../../../shared/actuals/alertWords'
import { ZoneBadge } from '../../../charts/ZoneBadge'

/** An alert's severity in its zone's colour, icon and word, as the zones are drawn everywhere. */
export function SeverityChip({ severity }: { severity: AlertSeverity }) {
  return <ZoneBadge zone={severity} label={SEVERITY_WORD[severity]} />
}
