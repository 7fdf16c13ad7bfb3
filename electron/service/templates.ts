import { readFileSync } from 'node:fs'
import type { WorkspaceDoc } from '../../shared/model/types'
import { ioError } from './fileErrors'
import { requireValidDocument } from './requireValidDocument'

/** The demo workspace shipped in resources/, checked like any import. */
export function demoWorkspace(demoPath: string): WorkspaceDoc {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(demoPath, 'utf8'))
  } catch (error) {
    throw ioError('read the demo workspace', demoPath, error)
  }
  return requireValidDocument(json, `The demo workspace ${demoPath} is invalid`)
}

/** An empty workspace whose forecast starts this month. */
export function blankWorkspace(name: string, today = new Date()): WorkspaceDoc {
  const month = String(today.getMonth() + 1).padStart(2, '0')
  return {
    format: 'ai-margin-workspace',
    version: 1,
    name,
    currency: 'USD',
    startMonth: `${today.getFullYear()}-${month}`,
    horizonMonths: 24,
    models: [],
    features: [],
    plans: [],
    cohorts: [],
    selfHost: [],
    scenarios: [],
  }
}
