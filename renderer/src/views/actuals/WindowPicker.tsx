import { useId } from 'react'
import { dayDiff } from '../../../../shared/actuals/days'
import { formatDay } from '../../../../shared/report/labels'
import { useWindowChoice, type DaySpan, type WindowChoice } from './actualsData'

interface WindowPickerProps {
  /** The first and last imported day: a custom window stays within them. */
  span: DaySpan
  /** The days on screen (the overview's window). */
  shown: DaySpan
}

const presets: { id: string; label: string; choice: WindowChoice }[] = [
  { id: '4w', label: 'Last 4 weeks', choice: { kind: 'weeks', weeks: 4 } },
  { id: '8w', label: '8 weeks', choice: { kind: 'weeks', weeks: 8 } },
  { id: '13w', label: '13 weeks', choice: { kind: 'weeks', weeks: 13 } },
  { id: 'all', label: 'All imported', choice: { kind: 'all' } },
]

const sameChoice = (a: WindowChoice, b: WindowChoice) => JSON.stringify(a) === JSON.stringify(b)

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text)

/** The days the Actuals pages cover: a few recent windows, all of it, or a custom from–to. */
export function WindowPicker({ span, shown }: WindowPickerProps) {
  const [choice, choose] = useWindowChoice()
  const name = useId()
  // Typed days take effect once both ends are whole dates in order; until then nothing refetches.
  const pick = (from: string, to: string) => {
    if (isDay(from) && isDay(to) && from <= to) choose({ kind: 'custom', from, to })
  }
  const days = dayDiff(shown.from, shown.to) + 1
  return (
    <div
      className="window-picker"
      data-testid="actuals-window"
      data-from={shown.from}
      data-to={shown.to}
    >
      <div className="segmented" role="radiogroup" aria-label="Window">
        {presets.map((preset) => (
          <label key={preset.id} className="segmented__option">
            <input
              type="radio"
              name={name}
              checked={sameChoice(choice, preset.choice)}
              onChange={() => choose(preset.choice)}
              data-testid={`actuals-window-${preset.id}`}
            />
            {preset.label}
          </label>
        ))}
        <label className="segmented__option">
          <input
            type="radio"
            name={name}
            checked={choice.kind === 'custom'}
            onChange={() => choose({ kind: 'custom', ...shown })}
            data-testid="actuals-window-custom"
          />
          Custom
        </label>
      </div>
      {choice.kind === 'custom' ? (
        <span className="window-picker__days">
          <input
            type="date"
            aria-label="From"
            min={span.from}
            max={span.to}
            value={choice.from}
            onChange={(event) => pick(event.target.value, choice.to)}
            data-testid="actuals-window-from"
          />
          –
          <input
            type="date"
            aria-label="To"
            min={span.from}
            max={span.to}
            value={choice.to}
            onChange={(event) => pick(choice.from, event.target.value)}
            data-testid="actuals-window-to"
          />
        </span>
      ) : (
        <span className="window-picker__range" data-testid="actuals-window-range">
          {formatDay(shown.from)} – {formatDay(shown.to)} · {days} {days === 1 ? 'day' : 'days'}
        </span>
      )}
    </div>
  )
}
