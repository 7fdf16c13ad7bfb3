import { useId, type ReactNode } from 'react'
import './charts.css'

export interface ChartCardProps {
  title: string
  /** One line saying what the chart shows and how to read it. */
  caption: string
  children: ReactNode
  testId?: string
  /** Spans both columns of a two-column grid. */
  wide?: boolean
}

export function ChartCard({ title, caption, children, testId, wide = false }: ChartCardProps) {
  const titleId = useId()
  return (
    <section
      className={wide ? 'chart-card chart-card--wide' : 'chart-card'}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <header className="chart-card__header">
        <h3 id={titleId} className="chart-card__title">
          {title}
        </h3>
        <p className="chart-card__caption">{caption}</p>
      </header>
      {children}
    </section>
  )
}
