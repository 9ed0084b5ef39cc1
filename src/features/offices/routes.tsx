// «Клиентские службы», booking and «Мои записи». Hooks run once in the route component; pages get props.
import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/solid-router';
import { BookSearchSchema, OfficesSearchSchema } from './officesSearch';

export function officeRoutes<R extends AnyRoute>(root: R) {
  const OfficesPage = lazyRouteComponent(() => import('./OfficesPage'));
  const BookPage = lazyRouteComponent(() => import('./BookPage'));
  const BookingsPage = lazyRouteComponent(() => import('./BookingsPage'));
  const BookingPage = lazyRouteComponent(() => import('./BookingPage'));
  const offices = createRoute({
    getParentRoute: () => root,
    path: '/offices',
    validateSearch: OfficesSearchSchema,
    component: () => {
      const search = offices.useSearch();
      return <OfficesPage search={search()} />;
    },
  });
  const book = createRoute({
    getParentRoute: () => root,
    path: '/offices/book',
    validateSearch: BookSearchSchema,
    component: () => {
      const search = book.useSearch();
      return <BookPage search={search()} />;
    },
  });
  const bookings = createRoute({ getParentRoute: () => root, path: '/bookings', component: () => <BookingsPage /> });
  const booking = createRoute({
    getParentRoute: () => root,
    path: '/bookings/$bookingId',
    component: () => {
      const params = booking.useParams();
      return <BookingPage id={params().bookingId} />;
    },
  });
  return [offices, book, bookings, booking] as const;
}
