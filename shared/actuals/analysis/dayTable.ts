/** Rows keyed by day and id, made on first use and listed by day, then id. */
export class DayTable<T> {
  /**
   * Day → id → row: two lookups without building a key string, which this does for every
   * aggregate of a year of actuals.
   */
  private readonly days = new Map<string, Map<string, T>>()

  constructor(private readonly create: (day: string, id: string) => T) {}

  at(day: string, id: string): T {
    let rows = this.days.get(day)
    if (!rows) this.days.set(day, (rows = new Map()))
    let row = rows.get(id)
    if (row === undefined) rows.set(id, (row = this.create(day, id)))
    return row
  }

  get(day: string, id: string): T | undefined {
    return this.days.get(day)?.get(id)
  }

  sorted(): T[] {
    const rows: T[] = []
    for (const day of [...this.days.keys()].sort(compareText)) {
      const byId = this.days.get(day)!
      for (const id of [...byId.keys()].sort(compareText)) rows.push(byId.get(id)!)
    }
    return rows
  }
}

/** Code-unit order, locale-free, as the engine orders ids. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** A sum where null means "nothing known": null only when both are. */
export const plusKnown = (sum: number | null, value: number | null): number | null =>
  sum === null ? value : value === null ? sum : sum + value
