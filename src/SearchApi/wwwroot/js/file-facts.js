import { el } from './dom.js';
import { plural } from './format.js';
import { documentHref } from './links.js';

/**
 * Which file a hit or a document is: "politiske-pejlemaerker-2019.pdf · PDF · 4 sider", then the same text in
 * other files, "også som DOCX, TXT", each a link to that file's own page.
 */
export function fileFacts(item, query, className = 'file-facts') {
  const parts = [
    item.fileName ? el('span', { class: 'file-name', text: item.fileName }) : null,
    item.format ? el('span', { text: item.format }) : null,
    Number.isInteger(item.pageCount) ? el('span', { text: plural(item.pageCount, 'side', 'sider') }) : null,
  ].filter(Boolean);
  const copies = item.alsoAs ?? [];
  const also = copies.length
    ? el('span', { class: 'also-as' }, 'også som ', copies.flatMap((copy, i) => [
      i ? ', ' : null,
      el('a', { href: documentHref(copy.id, query), title: copy.fileName, 'aria-label': `Samme tekst som ${copy.format}: ${copy.fileName}` }, copy.format),
    ]).filter(Boolean))
    : null;
  return el('p', { class: className },
    [...parts, also].filter(Boolean).flatMap((part, i) => i === 0 ? [part] : [el('span', { class: 'separator', 'aria-hidden': 'true', text: ' · ' }), part]));
}
