import { Modal } from './Modal'
import { useChoices } from './choiceStore'

export function ChoiceDialog() {
  const request = useChoices((state) => state.request)
  const answer = useChoices((state) => state.answer)
  if (request === null) return null
  return (
    <Modal
      title={request.title}
      testId="choice-dialog"
      onClose={() => answer(null)}
      footer={
        <>
          <button type="button" onClick={() => answer(null)}>
            Cancel
          </button>
          {request.choices.map((choice) => (
            <button
              key={choice.value}
              type="button"
              className={choice.primary ? 'button-primary' : undefined}
              autoFocus={choice.primary}
              onClick={() => answer(choice.value)}
            >
              {choice.label}
            </button>
          ))}
        </>
      }
    >
      <p>{request.message}</p>
    </Modal>
  )
}
