import type { CalibrationWindow as Window } from '../../../../../shared/actuals/calibration/types'
import { dayDiff } from '../../../../../shared/actuals/days'

interface CalibrationWindowProps {
  /** The days the calibration on screen read. */
  shown: Window
  /** Whether those are the default (the last 4 weeks of data). */
  isDefault: boolean
  onChange(window: Partial<Window>): void
}

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text)

/** From and to, typed or picked; "Last 4 weeks" goes back to the default. */
export function CalibrationWindowPicker({ shown, isDefault, onChange }: CalibrationWindowProps) {
  // A window takes effect once both ends are whole dates in order; until then nothing refetches.
  const pick = (from: string, to: string) => {
    if (isDay(from) && isDay(to) && from <= to) onChange({ from, to })
  }
  const days = dayDiff(shown.from, shown.to) + 1
  return (
    <div className="calibration-window" data-testid="calibration-window">
      <label className="inline-field">
        From
        <input
          type="date"
          value={shown.from}
          onChange={(event) => pick(event.target.value, shown.to)}
          data-testid="calibration-from"
        />
      </label>
      <label className="inline-field">
        to
        <input
          type="date"
          value={shown.to}
          onChange={(event) => pick(shown.from, event.target.value)}
          data-testid="calibration-to"
        />
      </label>
      <span className="calibration-window__days">
        {days} {days === 1 ? 'day' : 'days'}
      </span>
      <button
        type="button"
        disabled={isDefault}
        onClick={() => onChange({})}
        data-testid="calibration-default-window"
      >
        Last 4 weeks
      </button>
    </div>
  )
}
