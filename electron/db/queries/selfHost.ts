import type { SelfHostOption } from '../../../shared/model/types'
import type { Db } from '../connection'
import { groupBy, optionalField, orNull, type TableRows } from './rows'

type SelfHostRow = {
  id: string
  position: number
  name: string
  gpu_hourly_cost: number
  gpus_per_replica: number
  tokens_per_second_per_replica: number
  target_utilization_pct: number
  ops_overhead_pct: number | null
  fixed_monthly_cost: number | null
  min_replicas: number | null
  setup_cost: number | null
}

type ReplacedModelRow = { self_host_id: string; model_id: string; position: number }

export function selfHostTables(options: SelfHostOption[]): TableRows[] {
  return [
    {
      spec: { name: 'self_host_options', key: ['id'] },
      rows: options.map((option, position): SelfHostRow => ({
        id: option.id,
        position,
        name: option.name,
        gpu_hourly_cost: option.gpuHourlyCost,
        gpus_per_replica: option.gpusPerReplica,
        tokens_per_second_per_replica: option.tokensPerSecondPerReplica,
        target_utilization_pct: option.targetUtilizationPct,
        ops_overhead_pct: orNull(option.opsOverheadPct),
        fixed_monthly_cost: orNull(option.fixedMonthlyCost),
        min_replicas: orNull(option.minReplicas),
        setup_cost: orNull(option.setupCost),
      })),
    },
    {
      spec: { name: 'self_host_replaced_models', key: ['self_host_id', 'position'] },
      rows: options.flatMap((option) =>
        option.replacesModelIds.map((modelId, position): ReplacedModelRow => ({
          self_host_id: option.id,
          model_id: modelId,
          position,
        })),
      ),
    },
  ]
}

export function readSelfHost(db: Db): SelfHostOption[] {
  const options = db
    .prepare('SELECT * FROM self_host_options ORDER BY position')
    .all() as SelfHostRow[]
  const replaced = groupBy(
    db
      .prepare('SELECT * FROM self_host_replaced_models ORDER BY position')
      .all() as ReplacedModelRow[],
    (row) => row.self_host_id,
  )
  return options.map((row) => ({
    id: row.id,
    name: row.name,
    replacesModelIds: (replaced.get(row.id) ?? []).map((entry) => entry.model_id),
    gpuHourlyCost: row.gpu_hourly_cost,
    gpusPerReplica: row.gpus_per_replica,
    tokensPerSecondPerReplica: row.tokens_per_second_per_replica,
    targetUtilizationPct: row.target_utilization_pct,
    ...optionalField('opsOverheadPct', row.ops_overhead_pct),
    ...optionalField('fixedMonthlyCost', row.fixed_monthly_cost),
    ...optionalField('minReplicas', row.min_replicas),
    ...optionalField('setupCost', row.setup_cost),
  }))
}
