/**
 * The board report's margin plan: present only when the team keeps backlog items or a lever adds
 * gross profit, kept items first, every figure what evaluateLevers gives for the same change.
 */
import { describe, expect, it } from 'vitest'
import {
  backlogItemFromLever,
  candidateLevers,
  evaluateLevers,
  type OverrideChange,
} from '../../../shared/backlog'
import type { BacklogItem, WorkspaceDoc } from '../../../shared/model/types'
import { buildBoardReport } from '../../../shared/report/boardReport'
import { formatMoney } from '../../../shared/report/format'
import { MARGIN_PLAN_ROWS } from '../../../shared/report/marginPlan'
import {
  QUALITY_CHECK_MARK,
  marginPlanMessage,
  marginPlanNote,
  marginPlanTable,
} from '../../../shared/report/marginPlanTables'
import { exampleDocument } from '../../fixtures/documents'
import { apiModel, cohort, feature, plan, workspace } from '../engine/builders'

const demo = exampleDocument('demo-workspace.json')
const MONTH = 1

const reportOf = (doc: WorkspaceDoc, month = MONTH) =>
  buildBoardReport(doc, { scenarioId: null, compare: [null], month, generatedOn: '2026-12-05' })

const levers = candidateLevers(demo, null, MONTH)
const leverById = (id: string) => levers.find((lever) => lever.id === id)!
const batchLever = leverById('batch:support-agent/resolve:100')
const capLever = leverById('cap-output:support-agent/resolve:1.5')

const BACKLOG: BacklogItem[] = [
  {
    id: 'route-loop',
    title: 'Route half of the agent loop to GPT-4o mini',
    status: 'planned',
    owner: 'Priya Shah',
    due: '2027-02-15',
    oneOffCost: 15_000,
    overrides: [
      { path: 'features/support-agent/steps/resolve/mix/claude-sonnet-4-5', op: 'set', value: 35 },
      { path: 'features/support-agent/steps/resolve/mix/gpt-4o-mini', op: 'set', value: 35 },
    ],
  },
  {
    id: 'kb-cache',
    title: 'Raise knowledge search cache hits to 28%',
    status: 'shipped',
    owner: 'Marco',
    overrides: [{ path: 'features/knowledge-search/responseCacheHitPct', op: 'set', value: 28 }],
  },
  { ...backlogItemFromLever(batchLever, 'batch-loop'), owner: 'Ana' },
  { ...backlogItemFromLever(capLever, 'cap-loop'), status: 'dropped' },
  {
    id: 'gone',
    title: 'Cut a feature that is no longer there',
    status: 'planned',
    overrides: [{ path: 'features/retired/pricePerUnit', op: 'set', value: 3 }],
  },
]

const withBacklog: WorkspaceDoc = { ...demo, backlog: BACKLOG }
const kept = BACKLOG.filter((item) => item.status !== 'dropped')

const asChange = (item: BacklogItem): OverrideChange => ({
  id: item.id,
  overrides: item.overrides,
  ...(item.oneOffCost === undefined ? {} : { oneOffCost: item.oneOffCost }),
})

const inputsOf = (overrides: readonly { path: string }[]) =>
  [...new Set(overrides.map(({ path }) => path))].sort().join('\n')

describe('the margin plan in the board report', () => {
  it('is absent with nothing kept and no lever that adds gross profit', () => {
    const bare = workspace({
      models: [apiModel('m', { inputPerMTok: 1, outputPerMTok: 0 })],
      features: [
        feature('f', {
          pricePerUnit: 2,
          components: [{ id: 'c', name: 'c', layer: 'infrastructure', costPerUnit: 0.5 }],
        }),
      ],
      plans: [plan('p')],
      cohorts: [cohort('c', 'p', [{ featureId: 'f', unitsPerSeat: 100 }])],
    })
    expect(reportOf(bare, 0).marginPlan).toBeUndefined()
    const dropped = { ...BACKLOG[1]!, status: 'dropped' as const }
    expect(reportOf({ ...bare, backlog: [dropped] }, 0).marginPlan).toBeUndefined()
  })

  it('proposes the best levers by dollars, one of any that set the same inputs', () => {
    const plan = reportOf(demo).marginPlan!
    const evaluations = evaluateLevers(demo, null, levers, { month: MONTH })
    const byId = new Map(evaluations.map((evaluation) => [evaluation.lever.id, evaluation]))
    expect(plan.rows).toHaveLength(MARGIN_PLAN_ROWS)
    for (const row of plan.rows) {
      const evaluation = byId.get(row.id)!
      expect(row.kept).toBeUndefined()
      expect(row.title).toBe(evaluation.lever.title)
      expect(row.deltaGrossProfitQuarter).toBe(evaluation.deltaGrossProfitQuarter)
      expect(row.deltaMarginPts).toBe(evaluation.deltaMarginPts)
      expect(row.paybackMonths).toBe(evaluation.paybackMonths)
      expect(row.needsQualityCheck).toBe(evaluation.lever.needsQualityCheck)
      expect(row.deltaGrossProfitQuarter).toBeGreaterThan(0)
    }
    const gains = plan.rows.map((row) => row.deltaGrossProfitQuarter)
    expect(gains).toEqual([...gains].sort((a, b) => b - a))
    const inputs = plan.rows.map((row) => inputsOf(leverById(row.id).overrides))
    expect(new Set(inputs).size).toBe(inputs.length)
    // The best of the three routings of the agent loop leads; the other two are not shown.
    const best = evaluations.find((evaluation) => evaluation.error === undefined)!
    expect(plan.rows[0]!.id).toBe(best.lever.id)
    const alternatives = new Set(
      evaluations
        .filter((e) => e.deltaGrossProfitQuarter > 0)
        .map((e) => inputsOf(e.lever.overrides)),
    )
    expect(plan.leftOut).toBe(alternatives.size - MARGIN_PLAN_ROWS)
    expect(plan.planned).toBeNull()
    expect(plan.months).toEqual(['2027-01', '2027-02', '2027-03'])
  })

  it('puts the kept items first, with where they stand, as evaluateLevers judges them', () => {
    const plan = reportOf(withBacklog).marginPlan!
    const evaluations = evaluateLevers(withBacklog, null, kept.map(asChange), { month: MONTH })
    const keptRows = plan.rows.slice(0, kept.length)
    expect(keptRows.map((row) => row.id)).toEqual(evaluations.map((e) => e.lever.id))
    expect(keptRows.at(-1)!.id).toBe('gone')
    expect(keptRows.at(-1)!.error).toMatch(/features\/retired/)
    keptRows.forEach((row, index) => {
      const evaluation = evaluations[index]!
      const item = kept.find((each) => each.id === row.id)!
      expect(row.kept).toEqual({ status: item.status, owner: item.owner, due: item.due })
      expect(row.title).toBe(item.title)
      expect(row.deltaGrossProfitQuarter).toBe(evaluation.deltaGrossProfitQuarter)
      expect(row.deltaMarginPts).toBe(evaluation.deltaMarginPts)
      expect(row.paybackMonths).toBe(evaluation.paybackMonths)
    })
    expect(keptRows.find((row) => row.id === 'route-loop')!.paybackMonths).not.toBeNull()
    expect(plan.rows.slice(kept.length).every((row) => row.kept === undefined)).toBe(true)
    expect(plan.rows).toHaveLength(MARGIN_PLAN_ROWS)
  })

  it('proposes nothing the team keeps or dropped, nor an alternative of it', () => {
    const plan = reportOf(withBacklog).marginPlan!
    const ids = plan.rows.map((row) => row.id)
    expect(ids).not.toContain('cap-loop')
    expect(ids).not.toContain(batchLever.id)
    expect(ids).not.toContain(capLever.id)
    // Every routing of the agent loop sets the same two shares the planned item sets.
    expect(ids.some((id) => id.startsWith('route:support-agent/resolve:'))).toBe(false)
  })

  it('marks the quality check: the kept lever’s own flag, else routing or output changes', () => {
    const rows = new Map(reportOf(withBacklog).marginPlan!.rows.map((row) => [row.id, row]))
    expect(rows.get('route-loop')!.needsQualityCheck).toBe(true)
    expect(rows.get('kb-cache')!.needsQualityCheck).toBe(false)
    expect(rows.get('batch-loop')!.needsQualityCheck).toBe(batchLever.needsQualityCheck)
  })

  it('totals the items planned or shipped as the Backlog view does: each one’s own gain', () => {
    const { planned } = reportOf(withBacklog).marginPlan!
    // 'gone' is planned but no longer applies: it adds nothing; the idea is not counted.
    const counted = evaluateLevers(
      withBacklog,
      null,
      kept.filter((item) => item.id === 'route-loop' || item.id === 'kb-cache').map(asChange),
      { month: MONTH },
    )
    expect(planned).toEqual({
      count: 2,
      deltaGrossProfitQuarter: counted.reduce((sum, e) => sum + e.deltaGrossProfitQuarter, 0),
    })
  })
})

describe('how the margin plan reads', () => {
  const plan = reportOf(withBacklog).marginPlan!

  it('says what the planned items add and the best lever not yet kept', () => {
    const best = plan.rows.find((row) => row.kept === undefined)!
    expect(marginPlanMessage(plan)).toBe(
      `The 2 items planned or shipped add +${formatMoney(plan.planned!.deltaGrossProfitQuarter)} ` +
        `of gross profit over Jan 2027 – Mar 2027. The best lever not yet kept, ${best.title}, ` +
        `adds +${formatMoney(best.deltaGrossProfitQuarter)}.`,
    )
  })

  it('shows status, owner, due date, the quality check and the payback in the table', () => {
    const table = marginPlanTable(plan)
    expect(table.columns.map((column) => column.label)).toEqual([
      'Lever',
      'Status',
      'Owner',
      'Due',
      'Δ gross profit (3 months)',
      'Δ margin',
      'Quality check',
      'Payback (months)',
    ])
    const route = table.rows[plan.rows.findIndex((row) => row.id === 'route-loop')]!
    expect(route.slice(0, 4)).toEqual([BACKLOG[0]!.title, 'Planned', 'Priya Shah', 'Feb 15, 2027'])
    expect(route[6]).toBe(QUALITY_CHECK_MARK)
    const gone = table.rows[plan.rows.findIndex((row) => row.id === 'gone')]!
    expect(gone[0]).toContain('no longer applies')
    expect(gone[4]).toBeNull()
    expect(table.rows.filter((row) => row[1] === 'Proposed')).toHaveLength(
      MARGIN_PLAN_ROWS - kept.length,
    )
  })

  it('explains the quality check and the payback in its note', () => {
    const note = marginPlanNote(plan)
    expect(note).toContain(`Quality check ${QUALITY_CHECK_MARK.toLowerCase()}:`)
    expect(note).toContain('Payback:')
    expect(note).toContain(`${plan.leftOut} more levers not shown.`)
  })
})
