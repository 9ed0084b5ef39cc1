// Russian labels of the PDF documents: the signed certificate (an official Russian document, so the page
// always passes these) and the copy of an application. The PDF worker's label types are the contract.
import type { ApplicationCopyLabels } from '../../workers/pdf/applicationCopy';
import type { CertificateLabels } from '../../workers/pdf/certificate';

export const certificateRu = {
  certificatePdf: {
    simulationNote: 'Учебная симуляция «Окно»: документ не имеет юридической силы',
    authority: 'Орган, выдавший документ',
    number: 'Номер документа',
    caseNumber: 'Номер заявления',
    applicant: 'Заявитель',
    birthDate: 'Дата рождения',
    address: 'Адрес регистрации',
    kind: 'Вид справки',
    purpose: 'Куда предоставляется',
    period: 'Период проживания',
    periodValue: 'с {from} по {to}',
    issuedAt: 'Дата выдачи',
    validUntil: 'Действительна до',
    signed: 'Документ подписан электронной подписью',
    keyId: 'Ключ',
    signature: 'Подпись',
    qrHint: 'Проверить подлинность: отсканируйте QR-код или загрузите этот файл в разделе «Проверить документ».',
    kinds: {
      registration_fact: 'О факте регистрации по месту жительства',
      residence: 'О месте жительства',
      residence_period: 'О месте жительства с указанием срока проживания',
    },
  },
  applicationCopyPdf: {
    title: 'Копия заявления',
    number: 'Номер заявления',
    service: 'Услуга',
    submittedAt: 'Дата подачи',
    status: 'Статус',
    answers: 'Сведения из заявления',
    files: 'Приложенные файлы',
    noFiles: 'Файлы не прикладывались',
    sizeKb: '{n} КБ',
    page: 'Страница {n} из {total}',
    note: 'Копия сформирована в приложении «Окно» по данным, сохранённым на этом устройстве. Она не заменяет результат услуги.',
  },
} satisfies { certificatePdf: CertificateLabels; applicationCopyPdf: ApplicationCopyLabels };
