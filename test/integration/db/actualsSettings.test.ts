/** Alert rules and import mappings (§13) are part of the document: written, read back, changed. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openWorkspaceDb } from '../../../electron/db/workspaceDb'
import { readDocument, writeDocument } from '../../../electron/db/queries/document'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'
import { exampleDocument } from '../../fixtures/documents'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()

const settled: WorkspaceDoc = {
  ...exampleDocument('support-agent.json'),
  alertRules: [
    { id: 'red-3d', enabled: false },
    { id: 'cost-per-unit-jump', enabled: true, windowDays: 14, threshold: 25 },
  ],
  actualsMappings: [
    {
      id: 'langfuse',
      feature: { from: 'tag', key: 'feature', values: [{ value: 'bot', id: 'simple' }] },
      unit: 'sessionId',
      cohorts: [{ value: 'acme', id: 'all' }],
    },
    { id: 'csv', columns: [{ field: 'day', column: 'Date' }] },
  ],
}

describe('alert rules and import mappings in the workspace file', () => {
  it('are valid document fields, read back exactly as written', async () => {
    expect(validateDocument(settled).ok).toBe(true)
    const db = await openWorkspaceDb(join(tempDir(), 'w.marginplan'), 'new')
    writeDocument(db, null, settled)
    expect(readDocument(db)).toStrictEqual(settled)
    const changed: WorkspaceDoc = {
      ...settled,
      alertRules: [{ id: 'red-3d', enabled: true, windowDays: 5 }],
      actualsMappings: [],
    }
    writeDocument(db, settled, changed)
    // An empty list reads back as no list: version-1 documents stay as they were.
    const { actualsMappings, ...rest } = changed
    expect(actualsMappings).toEqual([])
    expect(readDocument(db)).toStrictEqual(rest)
    db.close()
  })

  it('are checked like any field: a rule the app does not know, a window past 90 days', () => {
    const problems = (doc: unknown) => {
      const result = validateDocument(doc)
      return result.ok ? [] : result.problems.map((p) => p.path)
    }
    expect(problems({ ...settled, alertRules: [{ id: 'red-9d', enabled: true }] })).toEqual([
      'alertRules[red-9d].id',
    ])
    expect(
      problems({ ...settled, alertRules: [{ id: 'red-3d', enabled: 'yes', windowDays: 91 }] }),
    ).toEqual(['alertRules[red-3d].enabled', 'alertRules[red-3d].windowDays'])
    expect(problems({ ...settled, actualsMappings: [{ id: 'csv', unit: 'ticket' }] })).toEqual([
      'actualsMappings[csv].unit',
    ])
  })
})
