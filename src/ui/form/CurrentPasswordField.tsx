// A password the person already has (to unlock the device's data, or to prove it before encryption is
// turned on), outside createForm: one field, its error slot present before any error so screen readers
// announce the message when it appears.
export function CurrentPasswordField(props: {
  id: string;
  label: string;
  error: string | null;
  ref: (input: HTMLInputElement) => void;
  autofocus?: boolean;
}) {
  const errorId = () => `${props.id}-error`;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <p id={errorId()} class="error" role="alert">
        {props.error ?? ''}
      </p>
      <input
        ref={props.ref}
        id={props.id}
        type="password"
        autocomplete="current-password"
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? errorId() : undefined}
        autofocus={props.autofocus}
      />
    </div>
  );
}
