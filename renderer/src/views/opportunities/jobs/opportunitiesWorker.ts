/**
 * The Opportunities worker: proposing and evaluating levers, evaluating the backlog and the Monte
 * Carlo runs of the risk estimate all happen here, off the window's thread. It answers one job and
 * is terminated after it (or when an edit supersedes the job, or by Cancel).
 */
import { candidateLevers, evaluateLevers } from '../../../../../shared/backlog'
import { estimateRisk } from './estimateRisk'
import type { JobReply, JobRequest, JobResults, JobName } from './protocol'

const reply = (message: JobReply) => self.postMessage(message)

function run(request: JobRequest): JobResults[JobName] {
  const { doc, scenarioId, month } = request
  switch (request.job) {
    case 'levers':
      return evaluateLevers(doc, scenarioId, candidateLevers(doc, scenarioId, month), { month })
    case 'backlog':
      return evaluateLevers(doc, scenarioId, doc.backlog ?? [], { month, check: true })
    case 'risk':
      return estimateRisk(request, (progress) => reply({ kind: 'progress', progress }))
  }
}

self.onmessage = (event: MessageEvent<JobRequest>) => {
  try {
    reply({ kind: 'done', value: run(event.data) })
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
