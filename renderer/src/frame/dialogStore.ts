import { createPrompt } from './promptStore'

export interface ConfirmRequest {
  title: string
  message: string
  /** Listed under the message, e.g. what else a delete removes. */
  items?: string[]
  confirmLabel: string
  danger?: boolean
}

/** One modal confirmation at a time, answered through a promise (false when dismissed). */
export const { useStore: useDialogs, ask: confirmAction } = createPrompt<ConfirmRequest, boolean>(
  false,
)
