/**
 * The review's own figures: whatever window the other pages show, the review reads the four
 * weeks to the last full week and the month that week ends in (reviewWindow), against the active
 * plan.
 */
import { useMemo } from 'react'
import {
  reviewWindow,
  weeklyReview,
  type WeeklyReview,
} from '../../../../../shared/actuals/weeklyReview'
import { useWorkspace } from '../../../store/workspaceStore'
import type { ActualsData } from '../actualsData'
import { useChannelAnswer } from '../alerts/useChannelAnswer'

export type ReviewState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** The data hold no whole week yet. */
  | { status: 'none' }
  | { status: 'ready'; review: WeeklyReview }

export function useWeeklyReview(data: ActualsData): ReviewState {
  const doc = useWorkspace((state) => state.doc)
  const scenarioId = useWorkspace((state) => state.activeScenarioId)
  const request = data.status === 'ready' ? { scenarioId, ...reviewWindow(data.span) } : null
  const answer = useChannelAnswer('actuals/overview', request)
  return useMemo((): ReviewState => {
    if (answer.status !== 'ready' || doc === null)
      return answer.status === 'error' ? answer : { status: 'loading' }
    const review = answer.value === null ? null : weeklyReview(answer.value, doc)
    return review === null ? { status: 'none' } : { status: 'ready', review }
  }, [answer, doc])
}
