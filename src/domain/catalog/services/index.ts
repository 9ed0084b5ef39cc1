// Every service the catalog offers, in the order the catalog shows them before any search or filter.
// Adding a service means adding a definition here; no screen changes.
import type { Service } from '../serviceSchema';
import { childBenefit } from './childBenefit';
import { criminalRecordCertificate, incomeStatement, pensionStatement } from './certificates';
import { doctorAppointment } from './doctorAppointment';
import { drivingLicence } from './drivingLicence';
import { marriageRegistration, schoolEnrolment } from './family';
import { missingService } from './missingService';
import { foreignPassport, internalPassport } from './passports';
import { finePayment, taxPayment } from './payments';
import { residenceRegistration, stayRegistration } from './registration';
import { residenceCertificate } from './residenceCertificate';

export const SERVICES: readonly Service[] = [
  residenceCertificate,
  internalPassport,
  foreignPassport,
  drivingLicence,
  residenceRegistration,
  stayRegistration,
  criminalRecordCertificate,
  incomeStatement,
  pensionStatement,
  finePayment,
  taxPayment,
  doctorAppointment,
  childBenefit,
  marriageRegistration,
  schoolEnrolment,
  missingService,
];

/** The service with this id, or undefined for an id the catalog does not know (an old link, a typo). */
export function findService(id: string): Service | undefined {
  return SERVICES.find((service) => service.id === id);
}
