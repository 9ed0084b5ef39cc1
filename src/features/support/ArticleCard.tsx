// One article in a list: its title, a few lines, its category, and «Открыть». Used by the help page
// and by the chat's answers.
import { Link } from '../../ui/Link';
import type { Article } from '../../domain/support/articleSchema';
import { fill, locale } from '../../i18n/i18n';
import { supportTexts } from '../../i18n/lazy/support';

export function ArticleCard(props: { article: Article; headingLevel?: 2 | 3; onOpen?: () => void }) {
  const title = () => props.article.title[locale()];
  return (
    <li class="card article-card">
      {props.headingLevel === 2 ? <h2 class="h3">{title()}</h2> : <h3>{title()}</h3>}
      <p class="muted small">{supportTexts().support.categories[props.article.category]}</p>
      <p>{props.article.summary[locale()]}</p>
      <Link
        to="/help/articles/$articleId"
        params={{ articleId: props.article.id }}
        class="button secondary small"
        aria-label={fill(supportTexts().support.openArticle, { title: title() })}
        onClick={() => props.onOpen?.()}
      >
        {supportTexts().support.open}
      </Link>
    </li>
  );
}
