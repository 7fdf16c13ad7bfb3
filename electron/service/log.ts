/** Where the service reports what a caller must not see: unexpected errors with their stacks. */
export type Log = (message: string, error?: unknown) => void
