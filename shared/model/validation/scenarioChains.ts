import { asArray, stringField } from './access'

export interface ScenarioChains {
  /** Each parent cycle once, starting and ending at its first scenario in document order. */
  cycles: string[][]
  /** Scenarios whose parent chain ends at a root through scenarios that exist once, no cycle. */
  intact: ReadonlySet<string>
}

/** Follows every scenario's parent chain (defensively: the input is not validated yet). */
export function analyseScenarioChains(scenarios: unknown): ScenarioChains {
  const parentOf = new Map<string, string | undefined>()
  const order = new Map<string, number>()
  const duplicated = new Set<string>()
  for (const scenario of asArray(scenarios)) {
    const id = stringField(scenario, 'id')
    if (id === undefined) continue
    if (parentOf.has(id)) duplicated.add(id)
    parentOf.set(id, stringField(scenario, 'parentId'))
    if (!order.has(id)) order.set(id, order.size)
  }
  // A duplicated id makes every chain through it ambiguous (the duplicate is reported elsewhere).
  for (const id of duplicated) parentOf.delete(id)

  const intact = new Set<string>()
  const broken = new Set<string>()
  const cycles: string[][] = []
  for (const start of parentOf.keys()) {
    const chain: string[] = []
    let current: string | undefined = start
    let reachesRoot = false
    for (;;) {
      if (current === undefined || intact.has(current)) {
        reachesRoot = true
        break
      }
      if (broken.has(current) || !parentOf.has(current)) break
      const repeatAt = chain.indexOf(current)
      if (repeatAt >= 0) {
        cycles.push(startAtFirst(chain.slice(repeatAt), order))
        break
      }
      chain.push(current)
      current = parentOf.get(current)
    }
    for (const id of chain) (reachesRoot ? intact : broken).add(id)
  }
  return { cycles, intact }
}

/** Rotates a cycle to begin at its earliest scenario and closes it: [b, a] → [a, b, a]. */
function startAtFirst(cycle: string[], order: ReadonlyMap<string, number>): string[] {
  let first = 0
  cycle.forEach((id, index) => {
    if ((order.get(id) ?? 0) < (order.get(cycle[first] as string) ?? 0)) first = index
  })
  const rotated = [...cycle.slice(first), ...cycle.slice(0, first)]
  return [...rotated, rotated[0] as string]
}
