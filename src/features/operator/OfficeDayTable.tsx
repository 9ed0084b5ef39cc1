// The office's bookings for the day as a table: time in the office's zone, ticket, service, status (with
// the place in line of those waiting), and the clerk's marks «Пришёл» / «Не пришёл».
import { For, Show } from 'solid-js';
import { visitService } from '../../domain/offices/kinds';
import { officeById } from '../../domain/offices/offices';
import { fill, locale } from '../../i18n/i18n';
import { officeTime } from '../../ui/officeText';
import { markBooking, type OfficeDay } from './officeConsoleApi';
import { operatorTexts } from '../../i18n/lazy/operator';
import { officesTexts } from '../../i18n/lazy/offices';

export function OfficeDayTable(props: { pin: string; day: OfficeDay; onDone: (message: string) => void; onFailure: (error: unknown) => void }) {
  const c = () => operatorTexts().officeConsole;
  const office = () => officeById(props.day.officeId)!;
  const rows = () => [...props.day.bookings].sort((a, b) => a.startsAt - b.startsAt);
  const mark = async (id: string, mark: 'arrived' | 'no_show') => {
    try {
      const marked = await markBooking(props.pin, id, mark);
      props.onDone(fill(c().marked, { ticket: marked.ticket, status: officesTexts().offices.statuses[marked.status] }));
    } catch (error) {
      props.onFailure(error);
    }
  };
  return (
    <section aria-labelledby="console-day-title">
      <h2 id="console-day-title">{c().bookings}</h2>
      <Show when={rows().length} fallback={<p>{c().noBookings}</p>}>
        <table class="appeals-table" aria-labelledby="console-day-title">
          <thead>
            <tr>
              <th scope="col">{c().time}</th>
              <th scope="col">{c().ticket}</th>
              <th scope="col">{c().service}</th>
              <th scope="col">{c().status}</th>
              <th scope="col">{c().actions}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(b) => (
                <tr>
                  <td>{officeTime(office(), b.startsAt)}</td>
                  <th scope="row">{b.ticket}</th>
                  <td>{visitService(b.serviceId)?.title[locale()] ?? b.serviceId}</td>
                  <td>
                    {officesTexts().offices.statuses[b.status]}
                    <Show when={b.status === 'arrived' && b.queue?.place}>{(place) => <>, {fill(c().place, { place: place() })}</>}</Show>
                  </td>
                  <td>
                    <div class="button-row">
                      <Show when={b.status === 'confirmed'}>
                        <button
                          type="button"
                          class="button secondary small"
                          aria-label={fill(c().arrivedOf, { ticket: b.ticket })}
                          onClick={() => void mark(b.id, 'arrived')}
                        >
                          {c().arrived}
                        </button>
                      </Show>
                      <Show when={b.status === 'confirmed' || b.status === 'arrived'}>
                        <button
                          type="button"
                          class="button secondary small"
                          aria-label={fill(c().noShowOf, { ticket: b.ticket })}
                          onClick={() => void mark(b.id, 'no_show')}
                        >
                          {c().noShow}
                        </button>
                      </Show>
                    </div>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
