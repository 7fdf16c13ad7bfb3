import { describe, expect, it } from 'vitest'
import { importStandings } from '../../../shared/actuals/importsInForce'
import type { ImportRecord } from '../../../shared/actuals/types'

const counts = { read: 1, matched: 1, unmatched: 0, rejected: 0, skipped: 0 }
const record = (
  id: number,
  source: ImportRecord['source'],
  firstDay: string | null,
  lastDay: string | null,
): ImportRecord => ({ id, source, fileName: 'f', importedAt: '', firstDay, lastDay, counts })

describe('what is left of each import', () => {
  it('is replaced whole by newer imports of its source that cover its days between them', () => {
    const standings = importStandings([
      record(1, 'langfuse', '2026-11-01', '2026-11-10'),
      record(2, 'langfuse', '2026-11-01', '2026-11-05'),
      record(3, 'langfuse', '2026-11-06', '2026-11-12'),
    ])
    expect([...standings]).toEqual([
      [1, 'replaced'],
      [2, 'in-force'],
      [3, 'in-force'],
    ])
  })

  it('is partly replaced when a day stays uncovered, and untouched by other sources', () => {
    const standings = importStandings([
      record(1, 'langfuse', '2026-11-01', '2026-11-10'),
      record(2, 'langfuse', '2026-11-01', '2026-11-04'),
      record(3, 'langfuse', '2026-11-06', '2026-11-10'),
      record(4, 'helicone', '2026-11-01', '2026-11-30'),
      record(5, 'helicone', null, null),
    ])
    expect(standings.get(1)).toBe('partly-replaced')
    expect(standings.get(4)).toBe('in-force')
    expect(standings.get(5)).toBe('in-force')
  })

  it('is not replaced by an older import', () => {
    const standings = importStandings([
      record(2, 'revenue', '2026-11-01', '2026-11-02'),
      record(1, 'revenue', '2026-11-01', '2026-11-30'),
    ])
    expect(standings.get(1)).toBe('partly-replaced')
    expect(standings.get(2)).toBe('in-force')
  })
})
