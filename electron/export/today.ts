/** Today on this computer's calendar, 'YYYY-MM-DD': the date a report says it was made. */
export function today(): string {
  const date = new Date()
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
