import type { ValueMapEntry } from '../../../../../shared/model/types'
import { withEntry } from './mappingDraft'

interface ValueTableProps {
  /** Says what the table maps: "Trace name → feature". */
  caption: string
  /** The values seen in the preview; values the table already maps are listed too. */
  values: readonly string[]
  entries: readonly ValueMapEntry[] | undefined
  options: readonly { id: string; name: string }[]
  /** The choice that leaves a value to the rule's own matching. */
  unsetLabel: string
  onChange(entries: ValueMapEntry[]): void
  testId: string
}

/** A source value → workspace id table, one select per value. */
export function ValueTable(props: ValueTableProps) {
  const { entries, options } = props
  const rows = [...new Set([...(entries ?? []).map((entry) => entry.value), ...props.values])]
  if (rows.length === 0) return null
  return (
    <table className="import-value-table" data-testid={props.testId}>
      <caption>{props.caption}</caption>
      <tbody>
        {rows.map((value) => (
          <tr key={value}>
            <th scope="row" title={value}>
              {value}
            </th>
            <td>
              <select
                aria-label={`${props.caption}: ${value}`}
                value={entries?.find((entry) => entry.value === value)?.id ?? ''}
                onChange={(event) =>
                  props.onChange(withEntry(entries, value, event.target.value || null))
                }
              >
                <option value="">{props.unsetLabel}</option>
                {options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
