/** Ids in code-unit order, locale-free: ties between levers break the same way everywhere. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
