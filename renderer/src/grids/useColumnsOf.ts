import { useMemo } from 'react'
import type { GridColumn } from './gridColumn'

interface Named {
  id: string
  name: string
}

interface ColumnsOfOptions<E> {
  /** What of an entity the columns show, beyond its id; its name unless said otherwise. */
  label?(entity: E): string
  /** Anything else the columns are built from (an edit path). */
  also?: string
}

/**
 * Columns built from other entities (a plan picker, one column per feature), rebuilt only when
 * those entities' ids or shown labels change: a new columns array makes ag-grid rebuild its
 * columns, which would drop the focus and scroll on every edit of any other field.
 */
export function useColumnsOf<Row, E extends Named>(
  entities: readonly E[],
  build: () => GridColumn<Row>[],
  { label = (entity) => entity.name, also = '' }: ColumnsOfOptions<E> = {},
): GridColumn<Row>[] {
  const key = `${also}\u0002${entities.map((entity) => `${entity.id}\u0000${label(entity)}`).join('\u0001')}`
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for everything `build` reads
  return useMemo(() => build(), [key])
}
