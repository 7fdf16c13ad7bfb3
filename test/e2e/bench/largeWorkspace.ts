/**
 * The demo workspace grown to `featureCount` features: its own five (which its plans and scenarios
 * name) plus copies of them, each copy used by the SMB and Enterprise cohorts, so every row of the
 * Features grid has units, revenue and a margin to compute.
 */
import type { Feature, WorkspaceDoc } from '../../../shared/model/types'
import { demoWorkspace } from '../support/workspace'

const cohortsUsingCopies = ['smb', 'enterprise']

export function largeWorkspace(featureCount: number): WorkspaceDoc {
  const doc = demoWorkspace()
  const originals = doc.features
  const copies: Feature[] = []
  for (let index = originals.length; index < featureCount; index += 1) {
    const source = originals[index % originals.length] as Feature
    const number = String(index + 1).padStart(4, '0')
    copies.push({
      ...structuredClone(source),
      id: `${source.id}-${number}`,
      name: `${source.name} #${number}`,
      pricePerUnit: 0.05 + (index % 40) * 0.01,
    })
  }
  const cohorts = doc.cohorts.map((cohort) =>
    cohortsUsingCopies.includes(cohort.id)
      ? {
          ...cohort,
          usage: [
            ...cohort.usage,
            ...copies.map((copy, index) => ({ featureId: copy.id, unitsPerSeat: 1 + (index % 9) })),
          ],
        }
      : cohort,
  )
  return {
    ...doc,
    name: `${doc.name} (${featureCount} features)`,
    features: [...originals, ...copies],
    cohorts,
  }
}
