// «Ожидает подтверждения» for a doctor's visit: clinic, doctor, specialty, room, time and patient once
// more before «Подтвердить».
import { locale, fill } from '../../i18n/i18n';
import type { BookingView } from '../../domain/offices/booking';
import { officeById } from '../../domain/offices/offices';
import { addressText, officeDateTime } from '../../ui/officeText';
import { officesTexts } from '../../i18n/lazy/offices';
import { doctorTexts } from '../../i18n/lazy/doctor';

export function DoctorSummary(props: { booking: BookingView; busy: boolean; onConfirm: () => void }) {
  const office = () => officeById(props.booking.officeId)!;
  const doctor = () => office().doctors?.find((d) => d.id === props.booking.doctorId);
  return (
    <section class="card" aria-labelledby="doctor-confirm-title">
      <h2 id="doctor-confirm-title" tabindex="-1">
        {doctorTexts().doctor.pending}
      </h2>
      <p>{doctorTexts().doctor.confirmLead}</p>
      <dl>
        <dt>{officesTexts().offices.ticket.doctor}</dt>
        <dd>
          {doctor()
            ? `${officesTexts().offices.specialties[doctor()!.specialty]}: ${doctor()!.name[locale()]}, ${fill(officesTexts().offices.ticket.room, { room: doctor()!.room })}`
            : ''}
        </dd>
        <dt>{officesTexts().offices.book.when}</dt>
        <dd>{officeDateTime(office(), props.booking.startsAt)}</dd>
        <dt>{officesTexts().offices.book.where}</dt>
        <dd>
          {office().name[locale()]}, {addressText(office())}
        </dd>
        <dt>{officesTexts().offices.ticket.patient}</dt>
        <dd>{props.booking.patient?.name}</dd>
      </dl>
      <div class="button-row">
        <button type="button" class="button" disabled={props.busy} onClick={() => props.onConfirm()}>
          {doctorTexts().doctor.confirm}
        </button>
      </div>
    </section>
  );
}
