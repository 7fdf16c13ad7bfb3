import type { WorkspaceDoc } from '../../shared/model/types'
import { monthName } from '../../shared/report/labels'
import type { ExportRequest } from '../../shared/report/exportRequest'

/** A request that names a scenario or month the document does not have; `field` is its key. */
export class ExportRequestError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`)
    this.name = 'ExportRequestError'
  }
}

/** Every scenario the request names exists and its month lies within the horizon. */
export function checkExportRequest(doc: WorkspaceDoc, request: ExportRequest): void {
  const known = new Set(doc.scenarios.map((scenario) => scenario.id))
  const check = (field: string, id: string | null) => {
    if (id !== null && !known.has(id)) {
      const list = [...known].join(', ') || 'none'
      throw new ExportRequestError(
        field,
        `no scenario '${id}' in this workspace (scenarios: ${list})`,
      )
    }
  }
  check('scenarioId', request.scenarioId)
  request.compare.forEach((id, index) => check(`compare[${index}]`, id))
  if (request.month >= doc.horizonMonths) {
    throw new ExportRequestError(
      'month',
      `${monthName(doc, request.month)} is past the forecast, which runs from ` +
        `${monthName(doc, 0)} to ${monthName(doc, doc.horizonMonths - 1)}`,
    )
  }
}
