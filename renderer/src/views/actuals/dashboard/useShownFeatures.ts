import { useMemo, useState } from 'react'
import type { PeriodRow } from '../../../../../shared/actuals/analysis/periodRows'
import type { WorkspaceDoc } from '../../../../../shared/model/types'

/**
 * The document's features that have rows in `rows`, in the document's order, and the one chosen
 * (the first until the person picks; the first again when the chosen one leaves the window).
 */
export function useShownFeatures(doc: WorkspaceDoc, rows: readonly PeriodRow[]) {
  const features = useMemo(() => {
    const withData = new Set(rows.map((row) => row.id))
    return doc.features.filter((feature) => withData.has(feature.id))
  }, [doc.features, rows])
  const [picked, pick] = useState<string | null>(null)
  const feature = features.find((entry) => entry.id === picked) ?? features[0] ?? null
  return { features, feature, pick }
}
