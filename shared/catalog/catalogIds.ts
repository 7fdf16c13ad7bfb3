/**
 * How a price source's model ids become workspace ids (DESIGN.md §8). Ids are segments of edit
 * and override paths, so a `/` inside a source id (`anthropic/claude-sonnet-5` on OpenRouter)
 * must never read as a separator: each becomes `~`.
 */
import { uniqueId } from '../model/freeNames'
import type { Model } from '../model/types'

export const catalogModelId = (sourceId: string): string => sourceId.replaceAll('/', '~')

/**
 * The same model of the same provider, by the id its source knows it by. Providers compare without
 * case: a model typed by hand as "OpenAI" is the file's "openai".
 */
export const isSameSourceModel = (
  model: Pick<Model, 'provider' | 'sourceId'>,
  source: { provider: string; sourceId: string },
): boolean => model.sourceId === source.sourceId && sameProvider(model.provider, source.provider)

const sameProvider = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/**
 * The workspace's copy of a source model: the model linked to it (same provider and source id),
 * else a hand-typed model of its provider (no source id yet) whose id is its path-safe source id.
 */
export function workspaceModelOf<M extends Pick<Model, 'id' | 'provider' | 'sourceId'>>(
  models: readonly M[],
  source: { provider: string; sourceId: string },
): M | undefined {
  return (
    models.find((model) => isSameSourceModel(model, source)) ??
    models.find(
      (model) =>
        model.sourceId === undefined &&
        sameProvider(model.provider, source.provider) &&
        model.id === catalogModelId(source.sourceId),
    )
  )
}

/**
 * The id a source model the workspace does not have (see workspaceModelOf) takes there: its
 * path-safe source id, with `@<provider>` appended when that id is taken (by another provider's
 * model, as the same model would have been found), and a number after that if need be.
 */
export function workspaceModelId(
  source: { provider: string; sourceId: string },
  existing: readonly Pick<Model, 'id'>[],
): string {
  const taken = existing.map((model) => model.id)
  const plain = catalogModelId(source.sourceId)
  return taken.includes(plain) ? uniqueId(`${plain}@${source.provider}`, taken) : plain
}
