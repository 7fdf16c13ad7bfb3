import { useMemo, useState } from 'react'
import { firstDayOfMonth } from '../../../../shared/engine/months'
import { horizonMonthsOf } from '../../../../shared/model/defaults'
import { monthName } from '../../../../shared/report/labels'
import { EmptyState } from '../../frame/EmptyState'
import { useNavigation } from '../../frame/navigation'
import { SplitPane } from '../../frame/SplitPane'
import { useViewDoc } from '../../store/hooks'
import { useModelsAtMonth } from '../../store/useModelsAtMonth'
import { RefreshPricesDialog } from '../../catalog/RefreshPricesDialog'
import { listPaneHeight } from '../listPaneHeight'
import { ModelsGrid, modelColumns } from './ModelsGrid'
import { ModelsToolbar } from './ModelsToolbar'
import { useModelsView } from './modelsViewState'
import { monthWithin } from '../../frame/MonthSelect'
import { PricesGrid } from './PricesGrid'
import { callOf, chosenSampleCall, sampleCallChoices } from './sampleCalls'
import './models.css'

export function ModelsView() {
  const viewDoc = useViewDoc()
  const selection = useNavigation((state) => state.selection)
  const select = useNavigation((state) => state.select)
  const chosenMonth = useModelsView((state) => state.month)
  const setMonth = useModelsView((state) => state.setMonth)
  const callKey = useModelsView((state) => state.callKey)
  const setCallKey = useModelsView((state) => state.setCallKey)
  const month = viewDoc === null ? 0 : monthWithin(chosenMonth, horizonMonthsOf(viewDoc))
  const atMonth = useModelsAtMonth(month)
  const [refreshing, setRefreshing] = useState(false)
  const choices = useMemo(
    () => (viewDoc === null ? [] : sampleCallChoices(atMonth?.doc ?? viewDoc)),
    [atMonth, viewDoc],
  )
  const chosen = chosenSampleCall(choices, callKey)
  const call = callOf(chosen)
  if (viewDoc === null) return null

  const shownMonth = monthName(viewDoc, month)
  const model = viewDoc.models.find((m) => m.id === selection.model) ?? viewDoc.models[0]
  const priceIndex = selection.price === undefined ? undefined : Number(selection.price)
  return (
    <div className="models-view">
      <ModelsToolbar
        doc={viewDoc}
        month={month}
        onMonth={setMonth}
        declineFactor={atMonth?.declineFactor ?? 1}
        choices={choices}
        chosen={chosen}
        call={call}
        onChoose={setCallKey}
      >
        <button
          type="button"
          onClick={() => setRefreshing(true)}
          title="Update prices from a newer genai-prices or LiteLLM file, with a preview first"
          data-testid="models-refresh"
        >
          Refresh prices…
        </button>
      </ModelsToolbar>
      {refreshing && <RefreshPricesDialog onClose={() => setRefreshing(false)} />}
      <SplitPane
        direction="column"
        initialSize={listPaneHeight(viewDoc.models.length, modelColumns)}
        minFirst={150}
        minSecond={200}
        label="Resize the model list"
        first={
          <ModelsGrid
            doc={viewDoc}
            atMonth={atMonth?.models ?? null}
            monthName={shownMonth}
            call={call}
            callLabel={chosen?.label ?? 'a sample call (1,000 input + 500 output tokens)'}
            selected={model}
            onSelect={(id) => select('model', id)}
          />
        }
        second={
          model ? (
            <PricesGrid
              model={model}
              date={firstDayOfMonth(viewDoc, month)}
              monthName={shownMonth}
              nextMonthDate={firstDayOfMonth(viewDoc, month + 1)}
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
    </div>
  )
}
