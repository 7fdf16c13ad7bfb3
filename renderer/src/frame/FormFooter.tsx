interface FormFooterProps {
  /** The id of the form the primary button submits (it sits in the dialog's footer, outside it). */
  formId: string
  submitLabel: string
  onCancel(): void
  disabled?: boolean
  submitTestId?: string
}

/** A form dialog's footer: Cancel, then the primary button that submits the form. */
export function FormFooter({
  formId,
  submitLabel,
  onCancel,
  disabled,
  submitTestId,
}: FormFooterProps) {
  return (
    <>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button
        type="submit"
        form={formId}
        className="button-primary"
        disabled={disabled}
        data-testid={submitTestId}
      >
        {submitLabel}
      </button>
    </>
  )
}
