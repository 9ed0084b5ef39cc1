// Booking a visit to a doctor at the clinic the applicant is attached to.
import type { Service } from '../serviceSchema';
import { contactsStep, dateField, longTextField, nameField, option, radioField, selectField, t, textField, when } from './formFields';

export const doctorAppointment = {
  id: 'doctor-appointment',
  code: '10000018003',
  title: { ru: 'Запись на приём к врачу', en: 'Booking a doctor’s appointment' },
  summary: {
    ru: 'Выбрать поликлинику, специалиста и удобное свободное время',
    en: 'Choose a clinic, a specialist and a free time that suits you',
  },
  description: {
    ru:
      'Для записи нужен номер полиса обязательного медицинского страхования (ОМС) — сохраните его в профиле, ' +
      'чтобы не вводить каждый раз. Запись идёт в поликлинику, к которой вы прикреплены. ' +
      'К терапевту, педиатру или врачу общей практики можно записаться напрямую, ' +
      'к узким специалистам часто нужно направление. Подтверждение записи сразу появится в личном кабинете; ' +
      'там же запись можно перенести или отменить, чтобы время досталось другому.',
    en:
      'Booking needs your compulsory medical insurance (OMS) policy number — save it in your profile ' +
      'so you need not type it each time. The booking goes to the clinic you are attached to. ' +
      'You can book a general practitioner or paediatrician directly; many specialists need a referral. ' +
      'The confirmation appears in your account at once, and there you can move or cancel the booking ' +
      'so that someone else can take the time.',
  },
  category: 'health',
  kind: 'appointment',
  term: 'instant',
  termDays: { min: 0, max: 0 },
  fee: null,
  whoMayApply: {
    ru: 'Любой, у кого есть полис ОМС; ребёнка записывает родитель.',
    en: 'Anyone with an OMS policy; a parent books for a child.',
  },
  identityLevel: 'standard',
  documents: [],
  results: ['electronic'],
  tool: { to: '/offices/doctor', label: { ru: 'Записаться к врачу', en: 'Book a doctor' }, only: true },
  steps: [
    {
      id: 'patient',
      title: t('Пациент', 'Patient'),
      fields: [
        radioField('forWhom', t('Кого записываете', 'Who the appointment is for'), [
          option('self', 'Себя', 'Myself'),
          option('child', 'Ребёнка', 'My child'),
        ]),
        nameField('childFullName', t('ФИО ребёнка', 'Child’s full name'), { showIf: when('forWhom', 'child') }),
        dateField('childBirthDate', t('Дата рождения ребёнка', 'Child’s date of birth'), { showIf: when('forWhom', 'child') }),
        textField('omsPolicy', t('Номер полиса ОМС', 'OMS policy number'), {
          hint: t('16 цифр; для ребёнка — его полис', '16 digits; for a child, the child’s policy'),
        }),
      ],
    },
    {
      id: 'visit',
      title: t('Приём', 'Appointment'),
      fields: [
        selectField('specialist', t('Врач', 'Doctor'), [
          option('therapist', 'Терапевт', 'General practitioner'),
          option('paediatrician', 'Педиатр', 'Paediatrician'),
          option('dentist', 'Стоматолог', 'Dentist'),
          option('ophthalmologist', 'Офтальмолог', 'Ophthalmologist'),
          option('surgeon', 'Хирург', 'Surgeon'),
        ]),
        dateField('visitDate', t('Желаемая дата', 'Preferred date')),
        radioField('timeOfDay', t('Удобное время', 'Preferred time'), [
          option('morning', 'Утро', 'Morning'),
          option('afternoon', 'День', 'Afternoon'),
          option('evening', 'Вечер', 'Evening'),
        ]),
        longTextField('complaint', t('Что беспокоит', 'What the matter is'), { optional: true }),
      ],
    },
    contactsStep(),
  ],
  keywords: ['запись к врачу', 'поликлиника', 'терапевт', 'педиатр', 'полис ОМС', 'талон', 'врач'],
} satisfies Service;
