// A new-password field: show/hide, a strength meter and the list of rules, met or not, updated as the
// user types (this list is guidance, not an error; errors still wait for blur or submit).
import { createSignal, For } from 'solid-js';
import { passwordRules, passwordStrength } from '../../domain/password';

import type { Form } from '../../ui/form/createForm';
import { fieldId } from '../../ui/form/createForm';
import { TextField } from '../../ui/form/TextField';
import { accountTexts } from '../../i18n/lazy/account';

export function PasswordField(props: { form: Form; name: string; label: string }) {
  const [shown, setShown] = createSignal(false);
  const value = () => String(props.form.values[props.name] ?? '');
  const rules = () => passwordRules(value());
  const strength = () => passwordStrength(value());
  const labels = () => accountTexts().account.strength;
  return (
    <div>
      <TextField form={props.form} name={props.name} label={props.label} type={shown() ? 'text' : 'password'} autocomplete="new-password" />
      <div class="check">
        <input type="checkbox" id={`${fieldId(props.name)}-show`} checked={shown()} onChange={(e) => setShown(e.currentTarget.checked)} />
        <label for={`${fieldId(props.name)}-show`}>{accountTexts().account.showPassword}</label>
      </div>
      <div class="strength" data-level={strength()} aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      <p aria-live="polite">
        {accountTexts().account.strengthLabel}: {[labels().none, labels().weak, labels().fair, labels().good, labels().strong][strength()]}
      </p>
      <ul class="rules" aria-label={accountTexts().account.rulesTitle}>
        <For each={rules()}>
          {(rule) => (
            <li data-ok={String(rule.ok)}>
              <span class="visually-hidden">{rule.ok ? accountTexts().account.ruleMet : accountTexts().account.ruleUnmet}</span>
              {accountTexts().account.rules[rule.rule]}
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
