// Where the post delivers a paper result: a structured address like the registration address (the same
// parts, normalisers and «Проверить адрес»), prefilled from the registration address in «Мои данные».
// The wizard keeps its parts as fields «deliveryRegion»…; the submission carries them as one address,
// and the server's field errors come back under the same field names, shown in place.
import * as v from 'valibot';
import { ADDRESS_FIELDS, AddressSchema, type Address, type AddressField } from './address';
import { addressPartsOf, type AddressParts } from './addressLine';
import type { StepDef } from './catalog/formSchema';
import { addressFields, t } from './catalog/services/formFields';
import { fieldCodes } from './validationCodes';

const PREFIX = 'delivery';

/** The delivery address as a form step (shown on the «how to receive» page when post is chosen). */
export const DELIVERY_STEP: StepDef = {
  id: 'delivery',
  title: t('Адрес доставки', 'Delivery address'),
  fields: addressFields('registrationAddress', PREFIX),
};

export const deliveryFieldId = (part: AddressField) => PREFIX + part.charAt(0).toUpperCase() + part.slice(1);
export const DELIVERY_FIELD_IDS: readonly string[] = ADDRESS_FIELDS.map(deliveryFieldId);

/** The wizard's values as the submission's address (blank parts left out). */
export function deliveryAddressOf(values: Record<string, unknown>): AddressParts {
  const parts = addressPartsOf(values, PREFIX);
  return Object.fromEntries(Object.entries(parts).filter(([, value]) => value && value.trim() !== ''));
}

/** The address normalised, or the field errors under the wizard's field names. */
export function parseDelivery(raw: unknown): { ok: true; address: Address } | { ok: false; fields: Record<string, string> } {
  const result = v.safeParse(AddressSchema, raw ?? {});
  if (result.success) return { ok: true, address: result.output };
  const codes = fieldCodes(result.issues);
  const fields = Object.fromEntries(
    Object.entries(codes).map(([part, code]) => [
      (ADDRESS_FIELDS as readonly string[]).includes(part) ? deliveryFieldId(part as AddressField) : part,
      code,
    ]),
  );
  return { ok: false, fields };
}
