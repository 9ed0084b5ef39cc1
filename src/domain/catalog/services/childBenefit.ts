// The unified child benefit: a monthly payment to families whose income is below the regional minimum.
import type { Service } from '../serviceSchema';
import { FORM_KINDS, MAX_UPLOAD_BYTES, SCAN_KINDS } from './common';
import { childBenefitSteps } from './childBenefit.steps';

export const childBenefit = {
  id: 'child-benefit',
  code: '10000062214',
  title: { ru: 'Единое пособие на детей', en: 'Unified child benefit' },
  summary: {
    ru: 'Ежемесячная выплата семьям с невысоким доходом — на детей до 17 лет и во время беременности',
    en: 'A monthly payment to low-income families — for children under 17 and during pregnancy',
  },
  description: {
    ru:
      'Пособие назначает Социальный фонд России, если доход на одного члена семьи ниже прожиточного минимума ' +
      'в регионе. Учитывают доходы и имущество всей семьи; большинство сведений фонд запрашивает сам. ' +
      'Размер — 50, 75 или 100% регионального прожиточного минимума на каждого ребёнка. ' +
      'Решение принимают за 10 рабочих дней, а если каких-то сведений не хватает, срок может вырасти ' +
      'ещё на 20 рабочих дней. Деньги приходят на карту «Мир». Пособие назначают на 12 месяцев, ' +
      'потом заявление подают снова.',
    en:
      'The Social Fund of Russia grants the benefit when the family’s income per person is below the regional ' +
      'subsistence minimum. The income and property of the whole family are counted; the fund requests most ' +
      'of the data itself. The amount is 50, 75 or 100% of the regional minimum per child. ' +
      'A decision takes 10 working days, or up to 20 more if some data is missing. ' +
      'The money goes to a Mir card. The benefit is granted for 12 months; then you apply again.',
  },
  category: 'family',
  kind: 'online',
  term: 'week_plus',
  termDays: { min: 10, max: 30 },
  fee: null,
  whoMayApply: {
    ru: 'Родитель, усыновитель или опекун ребёнка до 17 лет, а также женщина, вставшая на учёт ' + 'по беременности до 12 недель.',
    en: 'A parent, adoptive parent or guardian of a child under 17, or a woman registered with a clinic ' + 'for her pregnancy before the 12th week.',
  },
  identityLevel: 'confirmed',
  documents: [
    {
      id: 'foreign_birth_certificate',
      title: { ru: 'Свидетельство о рождении ребёнка', en: 'The child’s birth certificate' },
      required: 'if',
      when: { ru: 'Если ребёнок родился за границей', en: 'If the child was born abroad' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
    {
      id: 'guardianship_decision',
      title: { ru: 'Решение об установлении опеки', en: 'The decision appointing you as guardian' },
      required: 'if',
      when: { ru: 'Если вы опекун ребёнка', en: 'If you are the child’s guardian' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
    {
      id: 'income_proof',
      title: {
        ru: 'Сведения о доходах, которых нет в государственных реестрах',
        en: 'Proof of income that state registries do not hold',
      },
      required: 'if',
      when: {
        ru: 'Например, алименты или доход, полученный за границей',
        en: 'For example, alimony or income earned abroad',
      },
      accept: FORM_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
  ],
  results: ['electronic'],
  steps: childBenefitSteps,
  keywords: ['единое пособие', 'детские', 'пособие на ребёнка', 'СФР', 'малоимущие', 'беременность', 'выплаты семьям'],
} satisfies Service;
