/** Input sheets of the revenue side: Plans, Allowances (included units, overage), Cohorts, Usage. */
import type { Worksheet } from 'exceljs'
import { seatsPerCustomerOf } from '../../../shared/model/defaults'
import { writeTable } from './cells'
import type { WorkbookContext } from './context'
import { FORMAT } from './styles'
import { Table } from './table'

export type PlanKey =
  | 'id'
  | 'name'
  | 'seatPrice'
  | 'platformFee'
  | 'aiRevenueSharePct'
  | 'attribution'
  | 'nonAiCogsPerSeat'
  | 'convertsTo'
export type AllowanceKey = 'plan' | 'feature' | 'includedUnits' | 'overagePrice'
export type CohortKey = 'id' | 'name' | 'plan' | 'customers' | 'seatsPerCustomer' | 'growthPct'
export type UsageKey = 'cohort' | 'feature' | 'unitsPerSeat' | 'tokenScale'

export const plansTable = (count: number) =>
  new Table<PlanKey>(
    'Plans',
    'Input. Subscription plans; seat price and non-AI COGS are per seat per month, the platform fee per customer per month.',
    [
      { key: 'id', header: 'Plan id' },
      { key: 'name', header: 'Name' },
      { key: 'seatPrice', header: 'Seat price', format: FORMAT.fraction, input: true },
      { key: 'platformFee', header: 'Platform fee', format: FORMAT.fraction, input: true },
      { key: 'aiRevenueSharePct', header: 'AI revenue share %', format: FORMAT.pct, input: true },
      {
        key: 'attribution',
        header: 'Attribution',
        input: true,
        note: 'How the AI share of subscription revenue is split across a cohort\'s features: "usage" (units × calls per unit), "cost" (the cohort\'s cost of the feature) or "equal".',
      },
      {
        key: 'nonAiCogsPerSeat',
        header: 'Non-AI COGS per seat',
        format: FORMAT.fraction,
        input: true,
      },
      { key: 'convertsTo', header: 'Converts to plan' },
    ],
    count,
  )

export const allowancesTable = (count: number) =>
  new Table<AllowanceKey>(
    'Allowances',
    'Input. Included units per seat and overage prices; overage is billed only where a plan has both for a feature.',
    [
      { key: 'plan', header: 'Plan id' },
      { key: 'feature', header: 'Feature id' },
      {
        key: 'includedUnits',
        header: 'Included units per seat',
        format: FORMAT.fraction,
        input: true,
      },
      {
        key: 'overagePrice',
        header: 'Overage price per unit',
        format: FORMAT.unitMoney,
        input: true,
      },
    ],
    count,
  )

export const cohortsTable = (count: number) =>
  new Table<CohortKey>(
    'Cohorts',
    'Input. Customer cohorts; customers in month t = customers × (1 + growth/100)^t.',
    [
      { key: 'id', header: 'Cohort id' },
      { key: 'name', header: 'Name' },
      { key: 'plan', header: 'Plan id' },
      { key: 'customers', header: 'Customers (month 0)', format: FORMAT.fraction, input: true },
      {
        key: 'seatsPerCustomer',
        header: 'Seats per customer',
        format: FORMAT.fraction,
        input: true,
      },
      { key: 'growthPct', header: 'Monthly growth %', format: FORMAT.pct, input: true },
    ],
    count,
  )

export const usageTable = (count: number) =>
  new Table<UsageKey>(
    'Usage',
    "Input. Each cohort's use of each feature. Token scale multiplies a step's input, output and reasoning tokens (not the cached prefix).",
    [
      { key: 'cohort', header: 'Cohort id' },
      { key: 'feature', header: 'Feature id' },
      {
        key: 'unitsPerSeat',
        header: 'Units per seat per month',
        format: FORMAT.fraction,
        input: true,
      },
      { key: 'tokenScale', header: 'Token scale', format: FORMAT.fraction, input: true },
    ],
    count,
  )

export function writePlans(sheet: Worksheet, ctx: WorkbookContext): void {
  writeTable(sheet, ctx.tables.plans, (p) => {
    const plan = ctx.doc.plans[p]!
    return {
      id: plan.id,
      name: plan.name,
      seatPrice: plan.seatPrice,
      platformFee: plan.platformFee ?? 0,
      aiRevenueSharePct: plan.aiRevenueSharePct,
      attribution: plan.attribution,
      nonAiCogsPerSeat: plan.nonAiCogsPerSeat ?? 0,
      convertsTo: plan.convertsToPlanId ?? null,
    }
  })
}

export function writeAllowances(sheet: Worksheet, ctx: WorkbookContext): void {
  writeTable(
    sheet,
    ctx.tables.allowances,
    (row) => {
      const allowance = ctx.index.allowances[row]!
      return {
        plan: ctx.doc.plans[allowance.plan]!.id,
        feature: allowance.featureId,
        includedUnits: allowance.includedUnits ?? null,
        overagePrice: allowance.overagePrice ?? null,
      }
    },
    2,
  )
}

export function writeCohorts(sheet: Worksheet, ctx: WorkbookContext): void {
  writeTable(sheet, ctx.tables.cohorts, (c) => {
    const cohort = ctx.doc.cohorts[c]!
    return {
      id: cohort.id,
      name: cohort.name,
      plan: cohort.planId,
      customers: cohort.customers,
      seatsPerCustomer: seatsPerCustomerOf(cohort),
      growthPct: cohort.monthlyGrowthPct ?? 0,
    }
  })
}

export function writeUsage(sheet: Worksheet, ctx: WorkbookContext): void {
  writeTable(
    sheet,
    ctx.tables.usage,
    (row) => {
      const usage = ctx.index.usageRows[row]!
      return {
        cohort: ctx.doc.cohorts[usage.cohort]!.id,
        feature: ctx.doc.features[usage.feature]!.id,
        unitsPerSeat: usage.unitsPerSeat,
        tokenScale: usage.tokenScale,
      }
    },
    2,
  )
}
