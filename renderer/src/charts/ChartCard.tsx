import { useId, type ReactNode } from 'react'
import { ChartTitleContext } from './chartContext'
import './charts.css'

export interface ChartCardProps {
  title: string
  /** One line saying what the chart shows and how to read it. */
  caption: string
  children: ReactNode
  testId?: string
  /** Spans both columns of a two-column grid. */
  wide?: boolean
  /** Buttons at the right of the header (copy, download). */
  actions?: ReactNode
}

export function ChartCard({
  title,
  caption,
  children,
  testId,
  wide = false,
  actions,
}: ChartCardProps) {
  const titleId = useId()
  return (
    <section
      className={wide ? 'chart-card chart-card--wide' : 'chart-card'}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <header className="chart-card__header">
        <div className="chart-card__heading">
          <h3 id={titleId} className="chart-card__title">
            {title}
          </h3>
          <p className="chart-card__caption">{caption}</p>
        </div>
        {actions && <div className="chart-card__actions">{actions}</div>}
      </header>
      {/* A chart saved as an image carries this title: the image has no card around it. */}
      <ChartTitleContext value={title}>{children}</ChartTitleContext>
    </section>
  )
}
