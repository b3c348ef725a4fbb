import { el, markedHtml } from './dom.js';
import { fileFacts } from './file-facts.js';
import { formatDate } from './format.js';
import { documentHref } from './links.js';

/**
 * One hit as a list item: title linking to its page, date and bodies, type and topic badges, snippets with pages.
 * Similar documents pass plain: their marks are the terms that made them similar, which mean nothing to a reader.
 */
export function hitItem(hit, query, { plain = false, maxSnippets = 3 } = {}) {
  const title = hit.title || hit.fileName || 'Uden titel';
  const date = formatDate(hit.date, hit.datePrecision);
  const facts = [
    date ? el('time', { datetime: hit.date, text: date }) : el('span', { text: 'Udateret' }),
    hit.council ? el('span', { text: hit.council }) : null,
    hit.municipality ? el('span', { text: hit.municipality }) : null,
  ].filter(Boolean);

  const badges = el('ul', { class: 'badges', 'aria-label': 'Type og emner' },
    hit.type ? el('li', { class: 'badge badge-type', text: hit.type }) : null,
    (hit.topics ?? []).map(topic => el('li', { class: 'badge badge-topic', text: topic })));

  const snippets = (hit.snippets ?? []).slice(0, maxSnippets).map(snippet => el('li', { class: 'snippet' },
    el('a', { class: 'page-ref', href: documentHref(hit.id, query, snippet.page), 'aria-label': `Side ${snippet.page}: åbn udtalelsen her` }, `s. ${snippet.page}`),
    ' ',
    el('span', { class: 'snippet-text' }, plain ? markedHtml(snippet.html).textContent : markedHtml(snippet.html))));

  // A partial match says which words it lacks, struck through, as web search does.
  const missing = hit.missingWords?.length
    ? el('p', { class: 'hit-missing' }, 'Mangler: ', hit.missingWords.flatMap((word, i) => [i ? ', ' : null, el('s', { text: word })]).filter(Boolean))
    : null;

  return el('li', { class: 'hit' },
    el('h3', { class: 'hit-title' }, el('a', { href: documentHref(hit.id, query) }, title)),
    el('p', { class: 'hit-facts' }, facts.flatMap((fact, i) => i === 0 ? [fact] : [el('span', { class: 'separator', 'aria-hidden': 'true', text: ' · ' }), fact])),
    fileFacts(hit, query),
    badges.childElementCount ? badges : null,
    missing,
    snippets.length ? el('ul', { class: 'snippets', 'aria-label': 'Uddrag' }, snippets) : null);
}
