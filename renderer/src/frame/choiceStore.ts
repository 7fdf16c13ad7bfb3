import { createPrompt } from './promptStore'

export interface Choice {
  value: string
  label: string
  primary?: boolean
}

export interface ChoiceRequest {
  title: string
  message: string
  /** Shown left to right after Cancel; the `primary` one has focus. */
  choices: Choice[]
}

/** A question with more than one way forward, answered through a promise (null: cancelled). */
export const { useStore: useChoices, ask: askChoice } = createPrompt<ChoiceRequest, string | null>(
  null,
)
