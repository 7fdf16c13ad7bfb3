import type { LongContextPrices, Model, PricePoint } from '../../../shared/model/types'
import type { Db } from '../connection'
import { groupBy, optionalField, orNull, type TableRows } from './rows'

type ModelRow = {
  id: string
  position: number
  name: string
  provider: string
  kind: string
  source_id: string | null
}

type PricePointRow = {
  model_id: string
  position: number
  from_date: string
  input_per_mtok: number
  output_per_mtok: number
  cache_read_per_mtok: number | null
  cache_write_per_mtok: number | null
  reasoning_per_mtok: number | null
  batch_discount_pct: number | null
  long_threshold_tokens: number | null
  long_input_per_mtok: number | null
  long_output_per_mtok: number | null
  long_cache_read_per_mtok: number | null
  long_cache_write_per_mtok: number | null
}

export function modelTables(models: Model[]): TableRows[] {
  return [
    {
      spec: { name: 'models', key: ['id'] },
      rows: models.map((model, position): ModelRow => ({
        id: model.id,
        position,
        name: model.name,
        provider: model.provider,
        kind: model.kind,
        source_id: orNull(model.sourceId),
      })),
    },
    {
      spec: { name: 'price_points', key: ['model_id', 'position'] },
      rows: models.flatMap((model) =>
        model.prices.map((price, position) => pricePointRow(model.id, position, price)),
      ),
    },
  ]
}

function pricePointRow(modelId: string, position: number, price: PricePoint): PricePointRow {
  const long = price.longContext
  return {
    model_id: modelId,
    position,
    from_date: price.from,
    input_per_mtok: price.inputPerMTok,
    output_per_mtok: price.outputPerMTok,
    cache_read_per_mtok: orNull(price.cacheReadPerMTok),
    cache_write_per_mtok: orNull(price.cacheWritePerMTok),
    reasoning_per_mtok: orNull(price.reasoningPerMTok),
    batch_discount_pct: orNull(price.batchDiscountPct),
    long_threshold_tokens: orNull(long?.thresholdTokens),
    long_input_per_mtok: orNull(long?.inputPerMTok),
    long_output_per_mtok: orNull(long?.outputPerMTok),
    long_cache_read_per_mtok: orNull(long?.cacheReadPerMTok),
    long_cache_write_per_mtok: orNull(long?.cacheWritePerMTok),
  }
}

export function readModels(db: Db): Model[] {
  const models = db.prepare('SELECT * FROM models ORDER BY position').all() as ModelRow[]
  const prices = groupBy(
    db.prepare('SELECT * FROM price_points ORDER BY position').all() as PricePointRow[],
    (row) => row.model_id,
  )
  return models.map((row) => ({
    id: row.id,
    name: row.name,
    provider: row.provider,
    kind: row.kind as Model['kind'],
    prices: (prices.get(row.id) ?? []).map(pricePoint),
    ...optionalField('sourceId', row.source_id),
  }))
}

function pricePoint(row: PricePointRow): PricePoint {
  return {
    from: row.from_date,
    inputPerMTok: row.input_per_mtok,
    outputPerMTok: row.output_per_mtok,
    ...optionalField('cacheReadPerMTok', row.cache_read_per_mtok),
    ...optionalField('cacheWritePerMTok', row.cache_write_per_mtok),
    ...optionalField('reasoningPerMTok', row.reasoning_per_mtok),
    ...optionalField('batchDiscountPct', row.batch_discount_pct),
    ...optionalField('longContext', longContext(row)),
  }
}

/** The schema guarantees threshold and both prices are all set or all NULL. */
function longContext(row: PricePointRow): LongContextPrices | null {
  if (
    row.long_threshold_tokens === null ||
    row.long_input_per_mtok === null ||
    row.long_output_per_mtok === null
  ) {
    return null
  }
  return {
    thresholdTokens: row.long_threshold_tokens,
    inputPerMTok: row.long_input_per_mtok,
    outputPerMTok: row.long_output_per_mtok,
    ...optionalField('cacheReadPerMTok', row.long_cache_read_per_mtok),
    ...optionalField('cacheWritePerMTok', row.long_cache_write_per_mtok),
  }
}
