import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useId, type ReactNode } from 'react';
import { formErrors, type FormErrors } from './errors';

/**
 * The API's message about one field: the attributes that tie it to the control (or the fieldset
 * of a multiple choice), and the message itself to show under it. Nothing when there is none.
 */
export function useFieldError(error: string | undefined): {
  described: { 'aria-describedby'?: string; 'aria-invalid'?: true };
  message: ReactNode;
} {
  const id = `${useId()}-error`;
  if (!error) return { described: {}, message: null };
  return {
    described: { 'aria-describedby': id, 'aria-invalid': true },
    message: (
      <p id={id} className="field-error">
        {error}
      </p>
    ),
  };
}

/** A form's failed submission split by the fields it names; a failure that is not the API's answer (the hub did not answer) goes above the form. */
export function submissionErrors(error: unknown, names: readonly string[]): FormErrors {
  return CombinedGraphQLErrors.is(error) ? formErrors(error.errors, names) : { fields: {}, other: [String(error)] };
}

/** The errors of a submission that name none of the form's fields, at the top of the form. */
export function ErrorSummary({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="notice error">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}
