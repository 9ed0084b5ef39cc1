// «Клиентские службы», booking and «Мои записи». Hooks run once in the route component; pages get props.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { rootRoute } from '../../ui/rootRoute';
import { signedInRoute } from '../../ui/signedIn';
import { BookSearchSchema, OfficesSearchSchema } from './officesSearch';
import { DoctorSearchSchema } from './doctorSearch';

export function officeRoutes() {
  const root = rootRoute;
  const OfficesPage = lazyRouteComponent(() => import('./OfficesPage'));
  const BookPage = lazyRouteComponent(() => import('./BookPage'));
  const BookingsPage = lazyRouteComponent(() => import('./BookingsPage'));
  const BookingPage = lazyRouteComponent(() => import('./BookingPage'));
  const DoctorPage = lazyRouteComponent(() => import('./DoctorPage'));
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
    getParentRoute: () => signedInRoute,
    path: '/offices/book',
    validateSearch: BookSearchSchema,
    component: () => {
      const search = book.useSearch();
      return <BookPage search={search()} />;
    },
  });
  const doctor = createRoute({
    getParentRoute: () => signedInRoute,
    path: '/offices/doctor',
    validateSearch: DoctorSearchSchema,
    component: () => {
      const search = doctor.useSearch();
      return <DoctorPage search={search()} />;
    },
  });
  const bookings = createRoute({ getParentRoute: () => signedInRoute, path: '/bookings', component: () => <BookingsPage /> });
  const booking = createRoute({
    getParentRoute: () => signedInRoute,
    path: '/bookings/$bookingId',
    component: () => {
      const params = booking.useParams();
      return <BookingPage id={params().bookingId} />;
    },
  });
  return { open: [offices] as const, signedIn: [book, doctor, bookings, booking] as const };
}
