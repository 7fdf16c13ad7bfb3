/** Sized for a table cell: four bars fit beside the numbers they draw. */
const WIDTH = 64
const HEIGHT = 18
const GAP = 3

/**
 * A feature's weekly cost as tiny bars, scaled to its own largest week: the shape of the trend at
 * a glance, the numbers beside it carry the amounts. A week before the data starts is left blank.
 */
export function CostSparkline({
  costs,
  label,
}: {
  costs: readonly (number | null)[]
  label: string
}) {
  const most = Math.max(0, ...costs.map((cost) => cost ?? 0))
  const barWidth = (WIDTH - GAP * (costs.length - 1)) / costs.length
  return (
    <svg className="cost-sparkline" width={WIDTH} height={HEIGHT} role="img" aria-label={label}>
      {costs.map((cost, index) => {
        if (cost === null) return null
        const height = most === 0 ? 1 : Math.max(1, (cost / most) * HEIGHT)
        return (
          <rect
            key={index}
            x={index * (barWidth + GAP)}
            y={HEIGHT - height}
            width={barWidth}
            height={height}
            className={index === costs.length - 1 ? 'cost-sparkline__last' : 'cost-sparkline__bar'}
          />
        )
      })}
    </svg>
  )
}
