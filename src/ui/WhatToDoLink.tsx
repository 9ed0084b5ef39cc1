// «Что делать?»: a link from a failure (an error screen, a refused file) to the help article about it.
import { Link } from './Link';
import { t } from '../i18n/i18n';

/** Knowledge-base articles that failures point to (ids from src/domain/support/articles). */
export type WhatToDoArticle = 'selfhelp-error-screen' | 'selfhelp-file-refused';

export function WhatToDoLink(props: { article: WhatToDoArticle }) {
  return (
    <Link to="/help/articles/$articleId" params={{ articleId: props.article }} class="what-to-do">
      {t().nav.whatToDo}
    </Link>
  );
}
