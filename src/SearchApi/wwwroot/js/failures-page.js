// The files the archive could not read, grouped by why, each group with what to do about it in Danish.
import { Progress, getJson } from './api.js';
import { clear, el } from './dom.js';
import { formatCount, plural } from './format.js';
import { describeFailureReason } from './failure-reasons.js';

const $ = id => document.getElementById(id);
const summaryElement = $('failures-summary');
const messageElement = $('message');
const listElement = $('failures');
const refreshButton = $('failures-refresh');
const progress = new Progress($('status'), 'Henter listen …', 'Det tager længere tid end normalt at hente listen. Vent lidt.');
const failedAtFormat = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short' });

let request = null;

async function load() {
  request?.abort();
  const controller = new AbortController();
  request = controller;
  progress.start();
  try {
    const answer = await getJson('/api/ingest/failures', { signal: controller.signal });
    if (request !== controller) return;
    clear(messageElement);
    show(answer.failures ?? []);
  } catch (error) {
    if (error.name === 'AbortError' || request !== controller) return;
    clear(listElement);
    summaryElement.textContent = 'Listen kunne ikke hentes.';
    messageElement.replaceChildren(el('div', { class: 'message message-error', role: 'alert', id: 'failures-error' },
      el('p', { class: 'message-title', text: 'Listen kunne ikke hentes.' }),
      el('p', { class: 'message-detail', text: error.message })));
  } finally {
    if (request === controller) progress.stop();
  }
}

function show(failures) {
  if (!failures.length) {
    summaryElement.textContent = 'Alle filer i arkivets mappe kunne læses.';
    clear(listElement);
    return;
  }

  summaryElement.textContent = `${plural(failures.length, 'fil', 'filer')} kunne ikke læses.`;
  const groups = groupByReason(failures);
  const overview = groups.length > 1
    ? el('nav', { class: 'failure-overview', 'aria-label': 'Årsager' },
      el('ul', {}, groups.map(group => el('li', {},
        el('a', { href: `#${group.id}` }, group.description.title), ` (${formatCount(group.failures.length)})`))))
    : null;
  listElement.replaceChildren(...[overview, ...groups.map(groupSection)].filter(Boolean));
}

/** One group per reason, the largest first; the API's order (by path) within a group. */
function groupByReason(failures) {
  const byReason = new Map();
  for (const failure of failures) {
    const reason = String(failure.reason ?? '');
    if (!byReason.has(reason)) byReason.set(reason, []);
    byReason.get(reason).push(failure);
  }
  return [...byReason]
    .map(([reason, members]) => ({ id: `aarsag-${reason.replace(/[^a-z0-9-]/gi, '') || 'ukendt'}`, description: describeFailureReason(reason), failures: members }))
    .sort((a, b) => b.failures.length - a.failures.length || a.description.title.localeCompare(b.description.title, 'da'));
}

function groupSection({ id, description, failures }) {
  const headingId = `${id}-heading`;
  const advice = description.known
    ? el('p', { class: 'failure-advice', text: description.advice })
    : el('p', { class: 'failure-advice' }, 'Arkivet har endnu ingen dansk forklaring på årsagen ', el('code', { text: description.title }), '. Arkivets egen besked står ved hver fil.');
  return el('section', { class: 'failure-group', id, 'aria-labelledby': headingId },
    el('h2', { id: headingId }, description.title, ' ', el('span', { class: 'failure-count', text: `(${formatCount(failures.length)})` })),
    advice,
    el('ul', { class: 'failure-files' }, failures.map(failureItem)));
}

function failureItem(failure) {
  const failedAt = failure.failedAt ? new Date(failure.failedAt) : null;
  return el('li', { class: 'failure' },
    el('p', { class: 'failure-path' }, el('code', { text: failure.path })),
    failure.message
      ? el('p', { class: 'failure-message' }, 'Arkivets besked: ', el('span', { lang: 'en', text: failure.message }))
      : null,
    failedAt && !Number.isNaN(failedAt.getTime())
      ? el('p', { class: 'failure-time' }, 'Forsøgt ', el('time', { datetime: failure.failedAt, text: failedAtFormat.format(failedAt) }))
      : null);
}

refreshButton.addEventListener('click', load);
load();
