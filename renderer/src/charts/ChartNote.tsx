import './charts.css'

/** A quiet line under a chart: what was left out of it and why. */
export function ChartNote({ children }: { children: string }) {
  return <p className="chart-note">{children}</p>
}
