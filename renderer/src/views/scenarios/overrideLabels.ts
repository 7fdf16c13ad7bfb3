/**
 * Override paths in words: `features/complex/steps/loop/mix/gpt-4o-mini` reads
 * "Complex resolution › Multi-step reasoning › share on GPT-4o mini".
 */
import type { WorkspaceDoc } from '../../../../shared/model/types'

const FIELD_WORDS: Record<string, string> = {
  pricePerUnit: 'price per unit',
  inputPerMTok: 'input $/MTok',
  outputPerMTok: 'output $/MTok',
  cacheReadPerMTok: 'cache read $/MTok',
  cacheWritePerMTok: 'cache write $/MTok',
  reasoningPerMTok: 'reasoning $/MTok',
  responseCacheHitPct: 'response cache hit %',
  aiRevenueSharePct: 'AI share of revenue %',
  nonAiCogsPerSeat: 'non-AI COGS per seat',
  tokensPerSecondPerReplica: 'tokens/s per replica',
}

/** `retryRatePct` → "retry rate %", `inputTokensP95` → "input tokens P95". */
function fieldWords(field: string): string {
  const known = FIELD_WORDS[field]
  if (known !== undefined) return known
  return field
    .replace(/Pct$/, ' %')
    .replace(/P95$/, ' P95')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/ p95$/, ' P95')
}

type Named = { id: string; name: string }

function nameIn(items: readonly Named[], id: string | undefined, all: string): string {
  if (id === undefined) return '?'
  if (id === '*') return all
  return items.find((item) => item.id === id)?.name ?? id
}

function modelSelector(doc: WorkspaceDoc, selector: string | undefined): string {
  if (selector?.startsWith('provider:')) return `all ${selector.slice('provider:'.length)} models`
  return nameIn(doc.models, selector, 'all models')
}

export function describeOverridePath(doc: WorkspaceDoc, path: string): string {
  const [root, id, ...rest] = path.split('/')
  const parts: string[] = []
  switch (root) {
    case 'workspace':
      return `Workspace › ${fieldWords(id ?? '')}`
    case 'models':
      parts.push(modelSelector(doc, id))
      if (rest[0] === 'prices') {
        parts.push(rest[1] === '*' ? 'every price point' : `price point ${Number(rest[1]) + 1}`)
        rest.splice(0, 2)
      }
      break
    case 'features': {
      parts.push(nameIn(doc.features, id, 'every feature'))
      const feature = doc.features.find((f) => f.id === id)
      if (rest[0] === 'steps') {
        parts.push(nameIn(feature?.steps ?? [], rest[1], 'every step'))
        if (rest[2] === 'mix') {
          parts.push(`share on ${modelSelector(doc, rest[3])}`)
          return parts.join(' › ')
        }
        rest.splice(0, 2)
      } else if (rest[0] === 'components') {
        parts.push(nameIn(feature?.components ?? [], rest[1], 'every cost'))
        rest.splice(0, 2)
      }
      break
    }
    case 'plans':
      parts.push(nameIn(doc.plans, id, 'every plan'))
      if (rest[0] === 'includedUnits' || rest[0] === 'overagePrice') {
        const what = rest[0] === 'includedUnits' ? 'included units' : 'overage price'
        return [...parts, `${nameIn(doc.features, rest[1], 'every feature')} ${what}`].join(' › ')
      }
      break
    case 'cohorts':
      parts.push(nameIn(doc.cohorts, id, 'every cohort'))
      if (rest[0] === 'usage') {
        parts.push(nameIn(doc.features, rest[1], 'every feature'))
        rest.splice(0, 2)
      }
      break
    case 'selfHost':
      parts.push(nameIn(doc.selfHost, id, 'every self-host option'))
      break
    default:
      return path
  }
  return [...parts, ...rest.map(fieldWords)].join(' › ')
}
