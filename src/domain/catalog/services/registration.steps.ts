// Application forms for permanent and temporary registration. The new address is prefilled from the
// profile's actual address (where the person now lives), the former one from the registered address.
import type { FieldDef, StepDef } from '../formSchema';
import {
  addressFields,
  consentField,
  contactsStep,
  dateField,
  nameField,
  passportFields,
  personFields,
  radioField,
  t,
  when,
  YES_NO,
} from './formFields';

/** The owner's consent is asked for only when the applicant is not the owner. */
function ownerFields(): FieldDef[] {
  return [
    radioField('isOwner', t('Вы собственник этого жилья?', 'Do you own this home?'), YES_NO),
    nameField('ownerName', t('ФИО собственника', "Owner's full name"), { showIf: when('isOwner', 'no') }),
    consentField(
      'ownerConsent',
      t(
        'Собственник согласен на мою регистрацию; его письменное согласие я приложу на шаге «Документы»',
        'The owner agrees to my registration; I will attach their written consent at the Documents step',
      ),
      { showIf: when('isOwner', 'no') },
    ),
  ];
}

const applicantStep = (): StepDef => ({
  id: 'applicant',
  title: t('Заявитель', 'Applicant'),
  fields: [...personFields(), ...passportFields(true)],
});

export const residenceRegistrationSteps: StepDef[] = [
  {
    id: 'newAddress',
    title: t('Новый адрес', 'New address'),
    fields: [
      ...addressFields('actualAddress'),
      dateField('arrivalDate', t('Дата переезда', 'Date you moved in'), {
        hint: t('Зарегистрироваться нужно в течение 7 дней, ДД.ММ.ГГГГ', 'Register within 7 days; DD.MM.YYYY'),
      }),
    ],
  },
  { id: 'owner', title: t('Собственник жилья', 'Home owner'), fields: ownerFields() },
  applicantStep(),
  {
    id: 'previousAddress',
    title: t('Прежний адрес регистрации', 'Previous registered address'),
    fields: addressFields('registrationAddress', 'prev'),
  },
  contactsStep(),
];

export const stayRegistrationSteps: StepDef[] = [
  {
    id: 'stayAddress',
    title: t('Адрес и срок пребывания', 'Address and period of stay'),
    fields: [
      ...addressFields('actualAddress'),
      dateField('stayFrom', t('Срок пребывания: с', 'Stay: from')),
      dateField('stayTo', t('Срок пребывания: по', 'Stay: until'), {
        hint: t(
          'Не позже окончания договора найма или согласия собственника, ДД.ММ.ГГГГ',
          'No later than the lease or the owner’s consent ends; DD.MM.YYYY',
        ),
      }),
    ],
  },
  { id: 'owner', title: t('Собственник жилья', 'Home owner'), fields: ownerFields() },
  applicantStep(),
  contactsStep(),
];
