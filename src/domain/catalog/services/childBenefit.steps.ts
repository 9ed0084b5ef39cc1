// The unified child benefit form: the applicant, the child (or the pregnancy), the family's income and
// the account the money goes to. The form holds one child, the youngest; the fund finds the others by SNILS.
import type { StepDef } from '../formSchema';
import {
  contactsStep,
  dateField,
  input,
  longTextField,
  nameField,
  option,
  passportFields,
  personFields,
  radioField,
  selectField,
  snilsField,
  t,
  textField,
  when,
  YES_NO,
} from './formFields';

export const childBenefitSteps: StepDef[] = [
  {
    id: 'applicant',
    title: t('Заявитель', 'Applicant'),
    fields: [...personFields(), snilsField(), ...passportFields()],
  },
  {
    id: 'children',
    title: t('Дети', 'Children'),
    fields: [
      radioField('applyingFor', t('На что оформляете пособие', 'What you apply for'), [
        option('children', 'На ребёнка до 17 лет', 'A child under 17'),
        option('pregnancy', 'По беременности', 'Pregnancy'),
      ]),
      radioField(
        'relation',
        t('Кем вы приходитесь ребёнку', 'Your relation to the child'),
        [option('parent', 'Родитель', 'Parent'), option('adoptive', 'Усыновитель', 'Adoptive parent'), option('guardian', 'Опекун', 'Guardian')],
        { showIf: when('applyingFor', 'children') },
      ),
      selectField('childrenCount', t('Сколько детей до 17 лет в семье', 'Children under 17 in the family'), [
        option('0', 'Пока нет', 'None yet'),
        option('1', '1', '1'),
        option('2', '2', '2'),
        option('3', '3', '3'),
        option('4', '4', '4'),
        option('5_plus', '5 и больше', '5 or more'),
      ]),
      nameField('childSurname', t('Фамилия младшего ребёнка', 'Youngest child’s surname'), {
        showIf: when('applyingFor', 'children'),
      }),
      nameField('childName', t('Имя ребёнка', 'Child’s first name'), { showIf: when('applyingFor', 'children') }),
      nameField('childPatronymic', t('Отчество ребёнка', 'Child’s patronymic'), {
        showIf: when('applyingFor', 'children'),
        optional: true,
      }),
      dateField('childBirthDate', t('Дата рождения ребёнка', 'Child’s date of birth'), {
        showIf: when('applyingFor', 'children'),
      }),
      input('childSnils', 'snils', t('СНИЛС ребёнка', 'Child’s SNILS'), {
        showIf: when('applyingFor', 'children'),
        optional: true,
        hint: t('Если уже оформлен', 'If already issued'),
      }),
      textField('clinicName', t('Женская консультация, где вы на учёте', 'Antenatal clinic where you are registered'), {
        showIf: when('applyingFor', 'pregnancy'),
      }),
      dateField('pregnancyRegisteredOn', t('Дата постановки на учёт', 'Date you registered'), {
        showIf: when('applyingFor', 'pregnancy'),
      }),
    ],
  },
  {
    id: 'family',
    title: t('Семья и доходы', 'Family and income'),
    fields: [
      radioField('maritalStatus', t('Вы состоите в браке?', 'Are you married?'), YES_NO),
      nameField('spouseName', t('ФИО супруга', 'Spouse’s full name'), { showIf: when('maritalStatus', 'yes') }),
      input('spouseSnils', 'snils', t('СНИЛС супруга', 'Spouse’s SNILS'), { showIf: when('maritalStatus', 'yes') }),
      radioField('hasOtherIncome', t('Есть доходы, которых нет в госреестрах?', 'Any income that state registries do not hold?'), YES_NO, {
        hint: t('Например, алименты или доход за границей', 'For example, alimony or income earned abroad'),
      }),
      longTextField('otherIncome', t('Какие это доходы и сколько за год', 'What income and how much a year'), {
        showIf: when('hasOtherIncome', 'yes'),
      }),
    ],
  },
  {
    id: 'payment',
    title: t('Куда перечислять', 'Where to pay'),
    fields: [
      textField('accountNumber', t('Номер счёта карты «Мир»', 'Mir card account number'), {
        hint: t('20 цифр, есть в приложении банка', '20 digits, shown in your banking app'),
      }),
      textField('bik', t('БИК банка', 'Bank BIC'), { hint: t('9 цифр', '9 digits') }),
    ],
  },
  contactsStep(),
];
