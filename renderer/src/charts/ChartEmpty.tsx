import './charts.css'

/** Stands in for a chart with nothing to draw, saying what would fill it. */
export function ChartEmpty({ message, testId }: { message: string; testId?: string }) {
  return (
    <div className="chart-empty" role="status" data-testid={testId}>
      {message}
    </div>
  )
}
