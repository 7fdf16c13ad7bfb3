import { useMemo } from 'react'
import { modelPricesInForce } from '../../../../shared/engine'
import { EmptyState } from '../../frame/EmptyState'
import { useNavigation } from '../../frame/navigation'
import { SplitPane } from '../../frame/SplitPane'
import { useResult, useViewDoc } from '../../store/hooks'
import { listPaneHeight } from '../listPaneHeight'
import { ModelsGrid, modelColumns } from './ModelsGrid'
import { PricesGrid } from './PricesGrid'

export function ModelsView() {
  const doc = useViewDoc()
  const result = useResult()
  const selection = useNavigation((state) => state.selection)
  const select = useNavigation((state) => state.select)
  const pricesInForce = useMemo(() => (doc === null ? null : modelPricesInForce(doc)), [doc])
  if (doc === null || pricesInForce === null) return null
  const model = doc.models.find((m) => m.id === selection.model) ?? doc.models[0]
  const priceIndex = selection.price === undefined ? undefined : Number(selection.price)
  return (
    <SplitPane
      direction="column"
      initialSize={listPaneHeight(doc.models.length, modelColumns)}
      minFirst={150}
      minSecond={200}
      label="Resize the model list"
      first={
        <ModelsGrid
          doc={doc}
          pricesInForce={pricesInForce}
          cacheBreakevenReuse={result?.cacheBreakevenReuse}
          selected={model}
          onSelect={(id) => select('model', id)}
        />
      }
      second={
        model ? (
          <PricesGrid
            model={model}
            selectedIndex={priceIndex}
            onSelect={(index) => select('price', String(index))}
          />
        ) : (
          <EmptyState title="No models yet">
            Add the models your features call, then their prices per million tokens.
          </EmptyState>
        )
      }
    />
  )
}
