// The state fee an application carries: the service's own fee, or — for a paper residence certificate —
// the fee its region charges for the paper copy. DOMAIN says only «paper may carry a state fee, paid
// before submit»; no official list exists, so the regions and amounts below are the simulation's data.
// Pure: the wizard (whether to show the fee step), the ledger (the invoice's amount) and the
// submission check all ask this one function.
import type { ResultWay } from './catalog/kinds';
import type { LocalText } from './catalog/localText';

/** Services whose paper result (post or office) is charged by some regions. */
export const PAPER_FEE_SERVICES: readonly string[] = ['residence-certificate'];

/** Regions that charge for a paper certificate, with the amount in kopecks. Moscow does not. */
export const PAPER_FEE_REGIONS: readonly { region: string; amountKopecks: number }[] = [
  { region: 'Московская область', amountKopecks: 20_000 },
  { region: 'Санкт-Петербург', amountKopecks: 15_000 },
  { region: 'Свердловская область', amountKopecks: 30_000 },
  { region: 'Приморский край', amountKopecks: 25_000 },
];

export interface Fee {
  amountKopecks: number;
  purpose: LocalText;
}

/** «город Москва», «г. Санкт-Петербург» and «московская  область» name the regions above too. */
export function regionKey(region: string): string {
  return region
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/^(город|г\.)\s*/, '')
    .replace(/\s+/g, ' ');
}

/** The paper fee of a region, or null where the paper copy is free. */
export function paperFeeOf(region: string | undefined): { region: string; amountKopecks: number } | null {
  if (!region) return null;
  return PAPER_FEE_REGIONS.find((r) => regionKey(r.region) === regionKey(region)) ?? null;
}

/**
 * What the application must have paid before it is sent, or null when nothing: a service with its own
 * fee always pays it; a paper result of a PAPER_FEE_SERVICES service pays its region's fee.
 */
export function feeFor(
  service: { id: string; fee: Fee | null },
  choice: { resultWay?: ResultWay | string | undefined; region?: string | undefined },
): Fee | null {
  if (service.fee) return service.fee;
  if (!PAPER_FEE_SERVICES.includes(service.id) || (choice.resultWay !== 'post' && choice.resultWay !== 'office')) return null;
  const charged = paperFeeOf(choice.region);
  if (!charged) return null;
  return {
    amountKopecks: charged.amountKopecks,
    purpose: {
      ru: `Государственная пошлина за бумажный экземпляр справки (${charged.region})`,
      en: `State fee for the paper copy of the certificate (${charged.region})`,
    },
  };
}
