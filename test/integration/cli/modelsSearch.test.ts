/**
 * `margin models search`: the shipped catalog (the genai-prices snapshot of 2026-08-21) on the
 * command line, with the prices in force today.
 */
import { describe, expect, it } from 'vitest'
import { todayIso } from '../../../shared/today'
import { margin } from './runMargin'

/** The table's rows: the lines between the header's rule and the footer, split on spaces. */
function rows(stdout: string): string[][] {
  const lines = stdout.trimEnd().split('\n')
  const rule = lines.findIndex((line) => /^-+( +-+)+$/.test(line))
  return lines.slice(rule + 1, -1).map((line) => line.trim().split(/ {2,}/))
}

const footer = (stdout: string): string => stdout.trimEnd().split('\n').at(-1)!

describe('margin models search', () => {
  it('finds claude-sonnet-5 first for "sonnet 5", at the price in force today', async () => {
    const run = await margin('models', 'search', 'sonnet', '5', '--limit', '3')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // From 2026-09-01 the snapshot prices claude-sonnet-5 at $3 / $15, cache $0.30 / $3.75.
    expect(rows(run.stdout)[0]).toEqual([
      'claude-sonnet-5',
      'anthropic',
      '$3.00',
      '$15.00',
      '$0.30',
      '$3.75',
      '2026-09-01',
    ])
    expect(rows(run.stdout)).toHaveLength(3)
    // 17 ids in the snapshot have a word starting "sonnet" and a "5": claude-sonnet-5 and its
    // Bedrock and OpenRouter copies, the 3.5 and 4.5 Sonnets, and dated ids with a 5 inside.
    expect(footer(run.stdout)).toBe(
      `3 of 17 matches, prices in force ${todayIso()}; catalog: genai-prices as of 2026-08-21`,
    )
  })

  it('--provider keeps to one provider', async () => {
    const run = await margin('models', 'search', 'gpt', '4o', '--provider', 'openai')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const found = rows(run.stdout)
    expect(found.length).toBeGreaterThan(1)
    expect(found[0]!.slice(0, 4)).toEqual(['gpt-4o', 'openai', '$2.50', '$10.00'])
    expect(new Set(found.map((row) => row[1]))).toEqual(new Set(['openai']))
    expect(footer(run.stdout)).toMatch(new RegExp(`^${found.length} of ${found.length} matches`))
  })

  it('refuses --limit 0 and an unknown action with exit 2 and the usage', async () => {
    const [limit0, frobnicate] = await Promise.all([
      margin('models', 'search', 'sonnet', '--limit', '0'),
      margin('models', 'frobnicate'),
    ])
    expect(limit0.code).toBe(2)
    expect(limit0.stdout).toBe('')
    expect(limit0.stderr).toContain('--limit must be a whole number ≥ 1')
    expect(limit0.stderr).toContain('usage: margin models search <text>')
    expect(frobnicate.code).toBe(2)
    expect(frobnicate.stdout).toBe('')
    expect(frobnicate.stderr).toContain("unknown action 'frobnicate'")
    expect(frobnicate.stderr).toContain('usage: margin models search <text>')
  })
})
