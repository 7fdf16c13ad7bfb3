/**
 * Sends a read import to the service: its aggregates in parts to `actuals/stage`, then
 * `actuals/commit`, which writes them all in one transaction. A cancel or a failure before the
 * commit discards the staged parts, so the file is never half-written.
 */
import type { ImportResult } from '../../../../../shared/actuals/usageImport'
import type { UsageFormat } from '../../../../../shared/model/types'
import { api } from '../../../transport/api'
import { splitIntoParts } from './parts'

/** The new import's id. `signal` aborts between requests; the commit itself is not interrupted. */
export async function uploadImport(
  format: UsageFormat,
  fileName: string,
  result: ImportResult,
  signal: AbortSignal,
): Promise<number> {
  let stageId: string | undefined
  try {
    for (const part of splitIntoParts(result)) {
      signal.throwIfAborted()
      ;({ stageId } = await api.call('actuals/stage', { stageId, format, fileName, ...part }))
    }
    signal.throwIfAborted()
    const { counts, firstDay, lastDay } = result
    return (await api.call('actuals/commit', { stageId: stageId!, counts, firstDay, lastDay }))
      .importId
  } catch (error) {
    if (stageId !== undefined) await api.call('actuals/discard', { stageId }).catch(() => null)
    throw error
  }
}
