// The driving licence application: the situation (its values are the service's variant ids), the medical
// certificate and the applicant. The visit to the traffic police is booked on the wizard's own visit page
// (a real slot through the booking engine, see WIZARD_VISITS), not chosen from a fixed list here.
import type { StepDef } from '../formSchema';
import { contactsStep, dateField, longTextField, option, passportFields, personFields, radioField, t, textField, when } from './formFields';

export const drivingLicenceSteps: StepDef[] = [
  {
    id: 'situation',
    title: t('Ситуация', 'Situation'),
    fields: [
      radioField('reason', t('Что нужно сделать', 'What you need'), [
        option('new', 'Получить первое удостоверение', 'Get a first licence'),
        option('expiry', 'Заменить по истечении срока', 'Replace it on expiry'),
        option('loss', 'Заменить после утраты или порчи', 'Replace it after loss or damage'),
      ]),
      textField('categories', t('Категории', 'Categories'), {
        hint: t('Например, B или B, C1', 'For example, B or B, C1'),
      }),
      textField('drivingSchool', t('Автошкола', 'Driving school'), { showIf: when('reason', 'new') }),
      dateField('examDate', t('Дата сдачи экзаменов', 'Date of the exams'), { showIf: when('reason', 'new') }),
      textField('oldLicenceNumber', t('Серия и номер нынешнего удостоверения', 'Current licence series and number'), {
        showIf: when('reason', 'expiry'),
        hint: t('10 цифр, например 99 12 345678', '10 digits, for example 99 12 345678'),
      }),
      longTextField('lossCircumstances', t('Что случилось с удостоверением', 'What happened to the licence'), {
        showIf: when('reason', 'loss'),
      }),
    ],
  },
  {
    id: 'medical',
    title: t('Медицинское заключение', 'Medical certificate'),
    fields: [
      textField('medicalNumber', t('Номер медицинского заключения', 'Medical certificate number'), {
        optional: true,
        hint: t('Нужно для первого удостоверения и для замены по сроку', 'Needed for a first licence and for a replacement on expiry'),
      }),
      dateField('medicalDate', t('Дата выдачи заключения', 'Date the certificate was issued'), { optional: true }),
    ],
  },
  {
    id: 'applicant',
    title: t('Заявитель', 'Applicant'),
    fields: [...personFields(), ...passportFields()],
  },
  contactsStep(),
];
