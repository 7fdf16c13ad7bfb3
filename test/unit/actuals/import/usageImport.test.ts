import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatParsers } from '../../../../shared/actuals/formats'
import { createUsageImport } from '../../../../shared/actuals/usageImport'
import type { WorkspaceDoc } from '../../../../shared/model/types'

const doc = JSON.parse(
  readFileSync('/work/shared/examples/support-agent.json', 'utf8'),
) as WorkspaceDoc

const call = (line: number, fields: Record<string, unknown>) => ({
  line,
  value: {
    type: 'GENERATION',
    trace_id: `t${line}`,
    trace_name: 'simple',
    start_time: '2026-11-02T10:00:00Z',
    provided_model_name: 'gpt-4o',
    usage_details: { input: 100, output: 10 },
    ...fields,
  },
})

describe('a usage import', () => {
  it('rejects by line a row whose customer, unit id or model the file could not keep', () => {
    const usage = createUsageImport(doc, (raw) => formatParsers.langfuse.parse(raw), undefined)
    usage.add(call(2, {}))
    usage.add(call(3, { user_id: 'a'.repeat(501) }))
    usage.add(call(4, { trace_id: 'bad\u0001id' }))
    usage.add(call(5, { provided_model_name: `gpt-4o\u0000` }))
    const result = usage.result()
    expect(result.counts).toEqual({ read: 4, matched: 1, unmatched: 0, rejected: 3, skipped: 0 })
    expect(result.rejections).toEqual([
      { line: 3, message: 'the customer is 501 characters long, expected at most 500' },
      { line: 4, message: 'the unit id holds control characters or ill-formed text' },
      { line: 5, message: 'the model name holds control characters or ill-formed text' },
    ])
    expect(result.aggregates).toHaveLength(1)
  })
})
