import { Modal } from './Modal'
import { useDialogs } from './dialogStore'

export function ConfirmDialog() {
  const confirmation = useDialogs((state) => state.request)
  const answer = useDialogs((state) => state.answer)
  if (confirmation === null) return null
  return (
    <Modal
      title={confirmation.title}
      testId="confirm-dialog"
      onClose={() => answer(false)}
      footer={
        <>
          <button type="button" onClick={() => answer(false)}>
            Cancel
          </button>
          <button
            type="button"
            className={confirmation.danger ? 'button-danger' : 'button-primary'}
            onClick={() => answer(true)}
            autoFocus
          >
            {confirmation.confirmLabel}
          </button>
        </>
      }
    >
      <p>{confirmation.message}</p>
      {confirmation.items && confirmation.items.length > 0 && (
        <ul className="confirm-items">
          {confirmation.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </Modal>
  )
}
