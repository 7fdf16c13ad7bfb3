/**
 * The cost of serving a monthly token volume on a self-host option (DESIGN.md §3 "Self-host
 * crossover"), and the least volume at which that beats paying an API a fixed price per token.
 */
import type { CompiledSelfHost } from './compiledDoc'
import { wholeCountAtLeast } from './margins'

const HOURS_PER_MONTH = 730
const SECONDS_PER_HOUR = 3600

/** Tokens one replica serves in a month at the target utilization. */
export const replicaCapacity = (option: CompiledSelfHost): number =>
  (option.tokensPerSecondPerReplica *
    SECONDS_PER_HOUR *
    HOURS_PER_MONTH *
    option.targetUtilizationPct) /
  100

/** GPU cost of one replica for a month, with the ops overhead. */
const replicaMonthlyCost = (option: CompiledSelfHost): number =>
  option.gpusPerReplica * option.gpuHourlyCost * HOURS_PER_MONTH * (1 + option.opsOverheadPct / 100)

const costOfReplicas = (option: CompiledSelfHost, replicas: number): number =>
  replicas * replicaMonthlyCost(option) + option.fixedMonthlyCost

export function replicasFor(option: CompiledSelfHost, tokens: number): number {
  return Math.max(option.minReplicas, wholeCountAtLeast(tokens / replicaCapacity(option)))
}

export function selfHostCostOf(
  option: CompiledSelfHost,
  tokens: number,
): {
  replicas: number
  cost: number
} {
  const replicas = replicasFor(option, tokens)
  return { replicas, cost: costOfReplicas(option, replicas) }
}

/**
 * The least monthly volume V with selfHostCost(V) ≤ V·apiPricePerToken, or null when there is
 * none. Volumes served by r replicas run from the previous step, (r−1)·capacity (exclusive), to
 * r·capacity; the first segment, minReplicas, starts at 0. Within a segment the cost is flat, so
 * the least V is cost/price, or the segment's start when that falls below it ("just above a
 * replica step, that step's volume").
 */
export function crossoverVolume(option: CompiledSelfHost, apiPricePerToken: number): number | null {
  const capacity = replicaCapacity(option)
  const first = option.minReplicas
  const leastIn = (replicas: number): number | null => {
    const start = replicas === first ? 0 : (replicas - 1) * capacity
    const volume = Math.max(costOfReplicas(option, replicas) / apiPricePerToken, start)
    return volume <= replicas * capacity ? volume : null
  }
  if (!(apiPricePerToken > 0)) return costOfReplicas(option, first) <= 0 ? 0 : null
  if (!(capacity > 0)) return null
  const atFirst = leastIn(first)
  if (atFirst !== null) return atFirst
  // Beyond the first segment the condition is r·(capacity·price − perReplica) ≥ fixed: it holds
  // from one replica count on when each replica's volume earns more at API prices than it costs.
  const margin = capacity * apiPricePerToken - replicaMonthlyCost(option)
  if (!(margin > 0)) return null
  const estimate = Math.max(first + 1, Math.ceil(option.fixedMonthlyCost / margin))
  // The estimate can be one off from float rounding: check its neighbours against the rule itself.
  for (const replicas of [estimate - 1, estimate, estimate + 1]) {
    if (replicas <= first) continue
    const volume = leastIn(replicas)
    if (volume !== null) return volume
  }
  return null
}
