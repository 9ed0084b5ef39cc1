// A service's own page: what it is, who may apply, documents, fee, time frame, ways to get the result,
// and «Получить услугу». It says when the account level is too low and links to confirmation.
import { Link } from '../../ui/Link';
import { CATALOG_VISITS } from '../../domain/offices/kinds';
import { For, Show } from 'solid-js';
import { currentAccount } from '../../client/sessionState';
import { IDENTITY_LEVELS } from '../../domain/account';
import type { Service } from '../../domain/catalog/serviceSchema';
import { formatMoney } from '../../domain/money';
import { fill, formatBytes, locale, t } from '../../i18n/i18n';
import { KIND_NAMES } from '../../ui/fileVerdictText';
import { NotFound } from '../../ui/NotFound';
import { Page } from '../../ui/Page';
import { findService } from '../../domain/catalog/services';
import { catalogTexts } from '../../i18n/lazy/catalog';
import { ServiceRatings } from './ServiceRatings';

function Details(props: { service: Service }) {
  const lang = () => locale();
  const s = () => props.service;
  const levelTooLow = () => {
    const account = currentAccount();
    return account !== null && IDENTITY_LEVELS.indexOf(account.identityLevel) < IDENTITY_LEVELS.indexOf(s().identityLevel);
  };
  const term = () =>
    s().termDays.max === 0
      ? catalogTexts().catalog.termInstant
      : fill(catalogTexts().catalog.termDays, { min: s().termDays.min, max: s().termDays.max });
  return (
    <Page title={s().title[lang()]} lead={s().summary[lang()]}>
      <p class="meta">
        {catalogTexts().catalog.code}: {s().code} · {catalogTexts().catalog.categories[s().category]} · {catalogTexts().catalog.kinds[s().kind]}
      </p>
      <p>{s().description[lang()]}</p>
      <Show when={s().variants?.length}>
        <h2>{catalogTexts().catalog.variants}</h2>
        <ul>
          <For each={s().variants}>
            {(variant) => (
              <li>
                <strong>{variant.title[lang()]}</strong> — {variant.purpose[lang()]}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h2>{catalogTexts().catalog.whoMayApply}</h2>
      <p>{s().whoMayApply[lang()]}</p>
      <h2>{catalogTexts().catalog.documents}</h2>
      <Show when={s().documents.length} fallback={<p>{catalogTexts().catalog.noDocumentsNeeded}</p>}>
        <ul>
          <For each={s().documents}>
            {(doc) => (
              <li>
                {doc.title[lang()]} —{' '}
                {doc.required === 'if' && doc.when ? doc.when[lang()].toLowerCase() : catalogTexts().catalog.required[doc.required]};{' '}
                {fill(catalogTexts().catalog.formats, {
                  formats: doc.accept.map((kind) => KIND_NAMES[kind]).join(', '),
                  size: formatBytes(doc.maxBytes),
                })}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <dl class="facts">
        <dt>{catalogTexts().catalog.fee}</dt>
        <dd>{s().fee ? `${formatMoney(s().fee!.amountKopecks, lang())} — ${s().fee!.purpose[lang()]}` : catalogTexts().catalog.free}</dd>
        <dt>{catalogTexts().catalog.termLabel}</dt>
        <dd>{term()}</dd>
      </dl>
      <h2>{catalogTexts().catalog.results}</h2>
      <ul>
        <For each={s().results}>{(way) => <li>{catalogTexts().catalog.resultWays[way]}</li>}</For>
      </ul>
      <ServiceRatings serviceId={s().id} />
      <Show when={!currentAccount()}>
        <p class="notice">
          {catalogTexts().catalog.signInNeeded} <Link to="/login">{t().nav.signIn}</Link>
        </p>
      </Show>
      <Show when={levelTooLow()}>
        <p class="notice">
          {fill(catalogTexts().catalog.identityNeeded, { level: t().levels[s().identityLevel] })}{' '}
          <Link to="/profile/identity">{catalogTexts().catalog.identityLink}</Link>
        </p>
      </Show>
      <div class="button-row">
        <Show when={!s().tool?.only}>
          <Link to="/catalog/$serviceId/apply" params={{ serviceId: s().id }} class="button">
            {catalogTexts().catalog.apply}
          </Link>
        </Show>
        <Show when={s().tool}>
          {(tool) => (
            <Link to={tool().to} class={tool().only ? 'button' : 'button secondary'}>
              {tool().label[locale()]}
            </Link>
          )}
        </Show>
        <Show when={!s().tool?.only && CATALOG_VISITS[s().id]}>
          {(visit) => (
            <Link to="/offices/book" search={{ service: visit() }} class="button secondary">
              {catalogTexts().catalog.bookVisit}
            </Link>
          )}
        </Show>
        <Show when={s().results.includes('office') || CATALOG_VISITS[s().id]}>
          <Link to="/offices" search={CATALOG_VISITS[s().id] ? { services: [CATALOG_VISITS[s().id]!] } : {}} class="button secondary">
            {catalogTexts().catalog.findOffice}
          </Link>
        </Show>
        <Link to="/catalog" class="button secondary">
          {catalogTexts().catalog.back}
        </Link>
      </div>
    </Page>
  );
}

export default function ServicePage(props: { serviceId: string }) {
  return (
    <Show when={findService(props.serviceId)} keyed fallback={<NotFound />}>
      {(service) => <Details service={service} />}
    </Show>
  );
}
