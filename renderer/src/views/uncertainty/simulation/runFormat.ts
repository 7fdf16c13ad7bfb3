import { formatNumber, formatPct } from '../../../../../shared/report/format'

/** "10,000 draws". */
export const formatDraws = (draws: number): string =>
  `${formatNumber(draws, 0)} ${draws === 1 ? 'draw' : 'draws'}`

/** "0.8 s"; under a tenth of a second, to the hundredth, so a quick run does not read "0.0 s". */
export function formatWallTime(ms: number): string {
  const seconds = ms / 1000
  return `${seconds.toFixed(seconds < 0.1 ? 2 : 1)} s`
}

/** "12,400 draws/s": three significant digits, as a rate measured once is not more precise. */
export const formatDrawRate = (perSecond: number): string =>
  `${formatNumber(Number(perSecond.toPrecision(3)), 0)} draws/s`

/** A share of draws (0..1) as a chance: "18%", "2.4%", "0%"; "<0.1%" for a rare one that did happen. */
export function formatChance(share: number): string {
  const pct = share * 100
  if (pct > 0 && pct < 0.1) return '<0.1%'
  return formatPct(pct, pct === 0 || pct >= 10 ? 0 : 1)
}
