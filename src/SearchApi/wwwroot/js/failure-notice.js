// The number of files the archive could not read, in the search page's header, linking to the list of them.
// Shown only when there are any; checked again when the reader comes back to the page, as ingestion goes on.
import { getJson } from './api.js';
import { el } from './dom.js';
import { plural } from './format.js';
import { failuresHref } from './links.js';

const header = document.querySelector('.site-header-inner');

async function showFailureCount() {
  const health = await getJson('/api/health').catch(() => null);
  const count = Number.isInteger(health?.failedFiles) ? health.failedFiles : 0;
  let notice = document.getElementById('failure-notice');
  if (count === 0) {
    notice?.remove();
    return;
  }
  if (!notice) {
    notice = el('p', { class: 'failure-notice', id: 'failure-notice' }, el('a', { href: failuresHref }));
    header.append(notice);
  }
  notice.firstElementChild.textContent = `${plural(count, 'fil', 'filer')} kunne ikke læses`;
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') showFailureCount();
});
showFailureCount();
