// «Скачать подтверждение (PDF)» of a doctor's appointment: built on the device by the one PDF pipeline
// (the doctorConfirmation kind in the PDF worker), in the reader's language, the policy masked.
import { createSignal, Show } from 'solid-js';
import { renderPdf } from '../../client/pdfClient';
import type { BookingView } from '../../domain/offices/booking';
import { doctorConfirmation } from '../../domain/offices/doctorConfirmation';
import type { Office } from '../../domain/offices/officeSchema';
import { locale } from '../../i18n/i18n';
import { downloadBlob } from '../../ui/downloadBlob';
import { officesTexts } from '../../i18n/lazy/offices';
import { doctorTexts } from '../../i18n/lazy/doctor';

export function DoctorPdfButton(props: { booking: BookingView; office: Office }) {
  const [busy, setBusy] = createSignal(false);
  const [failed, setFailed] = createSignal(false);
  const download = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const specialties = officesTexts().offices.specialties as Record<string, string>;
      const input = doctorConfirmation(props.booking, props.office, doctorTexts().doctor.confirmation, locale(), (s) => specialties[s] ?? s);
      downloadBlob(await renderPdf('doctorConfirmation', input), `okno-${props.booking.ticket}.pdf`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="button secondary" disabled={busy()} onClick={() => void download()}>
        {busy() ? doctorTexts().doctor.pdfBusy : doctorTexts().doctor.pdf}
      </button>
      <Show when={failed()}>
        <p class="notice error" role="alert">
          {doctorTexts().doctor.pdfFailed}
        </p>
      </Show>
    </>
  );
}
