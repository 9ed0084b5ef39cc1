// The verdict, said in words with an icon as well as a colour, and the document's particulars when the
// signature is genuine. Its heading takes the focus so a keyboard or screen-reader user lands on it.
import { onMount, Show } from 'solid-js';
import type { Verdict, VerifyResult } from '../../domain/certificate';
import { formatRuDate } from '../../domain/identifiersPerson';
import { certificateRu } from '../../i18n/certificate.ru';
import { fill, formatDateTime, locale } from '../../i18n/i18n';
import { AnswerFacts } from './AnswerFacts';
import { VerdictFacts } from './VerdictFacts';
import { verifyTexts } from '../../i18n/lazy/verify';

/**
 * Icons repeat the verdict for those who cannot tell the colours apart; they are hidden from readers.
 * Plain symbols only: emoji such as ⌛ show as empty boxes on desktops without an emoji font.
 */
const LOOKS: Record<Verdict, { icon: string; tone: string }> = {
  valid: { icon: '✓', tone: 'success' },
  expired: { icon: '!', tone: 'warning' },
  revoked: { icon: '✗', tone: 'error' },
  forged: { icon: '✗', tone: 'error' },
  changed: { icon: '✗', tone: 'error' },
  other_key: { icon: '✗', tone: 'error' },
  unreadable: { icon: '✗', tone: 'error' },
  legacy: { icon: '!', tone: 'warning' },
  unknown: { icon: '?', tone: '' },
};

/** A certified calendar day as documents write it: ДД.ММ.ГГГГ. */
const day = (iso: string) => formatRuDate(iso) ?? iso;

/** A calendar day («2026-05-31») in the user's language; UTC so no time zone moves it a day. */
function formatDay(day: string): string {
  const format = new Intl.DateTimeFormat(locale() === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  return format.format(Date.parse(`${day}T00:00:00Z`));
}

export function VerdictPanel(props: { result: VerifyResult }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const look = () => LOOKS[props.result.verdict];
  const texts = () => verifyTexts().verify.verdicts[props.result.verdict];
  const certificate = () => props.result.certificate;
  return (
    <section class={`notice ${look().tone}`} aria-labelledby="verify-verdict" data-verdict={props.result.verdict}>
      <h2 id="verify-verdict" tabindex="-1" ref={heading}>
        <span aria-hidden="true" class="verdict-icon">
          {look().icon}
        </span>
        {texts().title}
      </h2>
      <p>
        {props.result.answer
          ? verifyTexts().verify.answer.valid
          : fill(texts().text, { date: certificate() ? formatDay(certificate()!.validUntil) : '' })}
      </p>
      <Show when={props.result.answer}>{(answer) => <AnswerFacts answer={answer()} />}</Show>
      <Show when={certificate()}>
        {(doc) => {
          const d = () => verifyTexts().verify.details;
          // Exactly what the authority certified, in the order and words of the PDF (Russian values).
          const rows = (): [string, string | undefined][] => [
            [d().number, doc().number],
            [d().title, doc().title],
            [d().authority, doc().authority],
            [d().applicant, doc().applicant.fullName],
            [d().birthDate, day(doc().applicant.birthDate)],
            [d().address, doc().address],
            [
              d().kind,
              doc().kind && (certificateRu.certificatePdf.kinds[doc().kind as keyof typeof certificateRu.certificatePdf.kinds] ?? doc().kind),
            ],
            [d().purpose, doc().purpose],
            [d().period, doc().period && `${day(doc().period!.from)} — ${day(doc().period!.to)}`],
            [d().caseNumber, doc().caseNumber],
            [d().issued, formatDateTime(Date.parse(doc().issuedAt))],
            [d().validUntil, day(doc().validUntil)],
          ];
          return <VerdictFacts certified={d().certified} label={d().label} rows={rows()} />;
        }}
      </Show>
    </section>
  );
}
