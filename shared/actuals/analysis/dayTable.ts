/** Rows keyed by day and id, made on first use and listed by day, then id. */
export class DayTable<T> {
  private readonly rows = new Map<string, { day: string; id: string; row: T }>()

  constructor(private readonly create: (day: string, id: string) => T) {}

  at(day: string, id: string): T {
    const key = `${day}\n${id}`
    let entry = this.rows.get(key)
    if (!entry) this.rows.set(key, (entry = { day, id, row: this.create(day, id) }))
    return entry.row
  }

  get(day: string, id: string): T | undefined {
    return this.rows.get(`${day}\n${id}`)?.row
  }

  sorted(): T[] {
    return [...this.rows.values()]
      .sort((a, b) => compareText(a.day, b.day) || compareText(a.id, b.id))
      .map((entry) => entry.row)
  }
}

/** Code-unit order, locale-free, as the engine orders ids. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** A sum where null means "nothing known": null only when both are. */
export const plusKnown = (sum: number | null, value: number | null): number | null =>
  sum === null ? value : value === null ? sum : sum + value
