// Longer than most files here: the search page's one state (the address) drives the form, facets, chips, hits and
// paging, and every part reads and writes it; helpers it shares with the document page live in their own modules.
import { ApiError, Progress, getJson } from './api.js';
import { clear, el } from './dom.js';
import { formatCount, plural } from './format.js';
import { hitItem } from './hits.js';
import { failuresHref, searchHref } from './links.js';
import { facetFields, readState, toParams, withFilter, withQuery } from './search-state.js';
import { YearHistogram } from './year-histogram.js';

const maxResultWindow = 10000;
const facetPreview = 8;
const typingDelay = 250;

const $ = id => document.getElementById(id);
const form = $('search-form');
const queryInput = $('q');
const sortSelect = $('sort');
const fromInput = $('from');
const toInput = $('to');
const facetsElement = $('facets');
const chipsElement = $('chips');
const summaryElement = $('summary');
const messageElement = $('message');
const hitsElement = $('hits');
const pagerElement = $('pager');
const resultsHeading = $('results-heading');
const yearHistogram = new YearHistogram($('year-histogram'), (from, to) => navigate({ ...state, from, to, page: 1 }));
const progress = new Progress($('status'), 'Søger …', 'Søgningen tager længere tid end normalt. Arkivet arbejder stadig – vent lidt, eller gør søgningen smallere.');

let state = readState(location.search);
let current = null;
let typingTimer = 0;
let typing = false;
const expandedFacets = new Set();

/** Moves to a new state: a new history entry (or the same one while typing), then a new search. */
function navigate(next, { replace = false } = {}) {
  const href = searchHref(toParams(next));
  if (replace) history.replaceState(null, '', href);
  else if (href !== location.pathname + location.search) history.pushState(null, '', href);
  state = next;
  showState();
  search();
}

/** Puts the state into the controls that are not redrawn from the answer. */
function showState() {
  if (queryInput.value !== state.q) queryInput.value = state.q;
  fromInput.value = state.from;
  toInput.value = state.to;
  sortSelect.value = state.sort || (state.q.trim() ? 'relevance' : 'newest');
  const params = toParams(state, { withPage: false });
  const exportParams = format => {
    const copy = new URLSearchParams(params);
    copy.set('format', format);
    return `/api/search?${copy}`;
  };
  $('csv-link').href = exportParams('csv');
  $('atom-link').href = exportParams('atom');
  $('feed-link').href = exportParams('atom');
  document.title = state.q.trim() ? `${state.q.trim()} – Søg i arkivet` : 'Søg i arkivet – udtalelser fra råd og udvalg';
}

/** Runs the current state's search; an older request still under way is aborted so it can never show. */
async function search() {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  progress.start();
  $('hits').setAttribute('aria-busy', 'true');
  try {
    const results = await getJson(`/api/search?${toParams(state)}`, { signal: controller.signal });
    if (current !== controller) return;
    await showResults(results, controller.signal);
  } catch (error) {
    if (error.name === 'AbortError' || current !== controller) return;
    showError(error);
  } finally {
    if (current === controller) {
      progress.stop();
      $('hits').removeAttribute('aria-busy');
    }
  }
}

async function showResults(results, signal) {
  clear(messageElement);
  adoptResolvedFilters(results.filters);
  renderFacets(results.facets);
  showYears(results, signal);
  renderChips();
  sortSelect.value = results.sort;
  clear(hitsElement).append(...results.hits.map(hit => hitItem(hit, state.q)));
  renderPager(results.total, results.pageSize);
  document.body.classList.remove('failed');
  document.body.classList.toggle('no-results', results.total === 0);

  const took = `Søgningen tog ${formatCount(results.tookMs)} ms.`;
  if (results.total > 0) {
    showHowItWasSearched(results);
    const pages = Math.ceil(Math.min(results.total, maxResultWindow) / results.pageSize);
    const where = pages > 1 && state.page <= pages ? ` Side ${formatCount(state.page)} af ${formatCount(pages)}.` : '';
    summaryElement.textContent = `${plural(results.total, 'udtalelse', 'udtalelser')} fundet.${where} ${took}`;
    if (results.hits.length === 0) showPastTheEnd(pages);
    return;
  }

  summaryElement.textContent = `Ingen udtalelser fundet. ${took}`;
  const health = await getJson('/api/health', { signal }).catch(() => null);
  if (current?.signal !== signal) return;
  if (health && health.documents === 0) {
    showEmptyArchive(health);
    return;
  }
  showNoMatches(results.suggestion);
}

/**
 * The filters as the archive read them ("Slagelse" is Slagelse Kommune): boxes, chips and the address show those,
 * so the box of the value searched is ticked and unticking it removes the filter. The search itself is the same.
 */
function adoptResolvedFilters(resolved) {
  if (!resolved) return;
  const filters = Object.fromEntries(facetFields.map(({ key }) => [key, resolved[key] ?? state.filters[key]]));
  if (facetFields.every(({ key }) => filters[key].join('\u0000') === state.filters[key].join('\u0000'))) return;
  state = { ...state, filters };
  history.replaceState(null, '', searchHref(toParams(state)));
}

/** Says when the results are a spelling correction's, or include documents that lack some of the words. */
function showHowItWasSearched(results) {
  const notes = [];
  if (results.correctedFrom) {
    const typed = { ...state, correct: false, page: 1 };
    notes.push(el('p', { class: 'corrected', id: 'corrected-search' },
      'Viser resultater for ', el('strong', { text: results.query }), '. Søg i stedet efter ',
      el('a', { href: searchHref(toParams(typed)), id: 'typed-query-link', onclick: event => { event.preventDefault(); navigate(typed); } }, results.correctedFrom),
      '.'));
  }
  if (results.totalWithAllWords < results.total) {
    notes.push(el('p', { class: 'partial', id: 'partial-matches' }, results.totalWithAllWords === 0
      ? 'Ingen udtalelser rummer alle ordene. Her er dem, der rummer alle på nær ét.'
      : `Kun ${plural(results.totalWithAllWords, 'udtalelse', 'udtalelser')} rummer alle ordene og står først. Derefter følger dem, der rummer alle på nær ét.`));
  }
  if (notes.length) messageElement.replaceChildren(el('div', { class: 'search-notes' }, notes));
}

/** A page number beyond the last page (an old link, or fewer hits since): offer the first page. */
function showPastTheEnd(pages) {
  const first = { ...state, page: 1 };
  messageElement.replaceChildren(el('div', { class: 'message' },
    el('p', { class: 'message-title', text: `Søgningen har kun ${plural(pages, 'side', 'sider')} med resultater.` }),
    el('p', {}, el('a', { href: searchHref(toParams(first)), onclick: event => { event.preventDefault(); navigate(first); } }, 'Gå til første side'))));
}

function showNoMatches(suggestion) {
  const children = [el('p', { class: 'message-title', text: 'Ingen udtalelser passer til søgningen.' })];
  if (typeof suggestion === 'string' && suggestion.trim() && suggestion.trim() !== state.q.trim()) {
    const next = withQuery(state, suggestion);
    children.push(el('p', { class: 'suggestion' }, 'Mente du ',
      el('a', { href: searchHref(toParams(next)), id: 'suggestion-link', onclick: event => { event.preventDefault(); navigate(next); queryInput.focus(); } }, suggestion),
      '?'));
  }
  const tips = ['Prøv færre eller andre ord.', 'Fjern et eller flere filtre.'];
  if (/["()]/.test(state.q)) tips.push('Tjek at citationstegn og parenteser står parvis.');
  children.push(el('ul', {}, tips.map(tip => el('li', { text: tip }))));
  messageElement.replaceChildren(el('div', { class: 'message' }, children));
}

function showEmptyArchive(health) {
  const failed = health.failedFiles > 0
    ? el('p', {}, `${plural(health.failedFiles, 'fil', 'filer')} kunne ikke læses – se `, el('a', { href: failuresHref, text: 'listen over fejlede filer' }), '.')
    : null;
  messageElement.replaceChildren(el('div', { class: 'message', id: 'empty-archive' },
    el('p', { class: 'message-title', text: 'Arkivet er tomt.' }),
    el('p', { text: 'Der er endnu ingen udtalelser i arkivet. Læg PDF-, Word- eller tekstfiler i arkivets mappe, så kan de søges få sekunder efter.' }),
    failed));
  summaryElement.textContent = 'Arkivet er tomt.';
}

function showError(error) {
  clear(hitsElement);
  clear(pagerElement);
  document.body.classList.add('failed');
  const kind = error instanceof ApiError ? error.kind : 'network';
  const title = kind === 'network' ? 'Ingen forbindelse til arkivet.'
    : kind !== 'query' ? 'Arkivet kunne ikke søge.'
    : error.fields.some(field => field === 'from' || field === 'to') ? 'Perioden kan ikke læses.'
    : error.fields.length && !error.fields.includes('q') ? 'Søgningen kan ikke udføres.'
    : 'Søgningen kan ikke læses.';
  const retry = kind === 'query' ? null : el('button', { type: 'button', onclick: () => search() }, 'Prøv igen');
  messageElement.replaceChildren(el('div', { class: 'message message-error', role: 'alert', id: 'search-error' },
    el('p', { class: 'message-title', text: title }),
    el('p', { class: 'message-detail', text: error.message }),
    error.note ? el('p', { class: 'message-note', lang: 'en', text: error.note }) : null,
    retry));
  summaryElement.textContent = title;
}

/**
 * The year bars show every year of the search without its own year range, so the years outside a chosen range
 * stay there to be picked; that takes a second, one-hit search while a range is set.
 */
async function showYears(results, signal) {
  let years = results.facets?.year;
  if (state.from.trim() || state.to.trim()) {
    const params = toParams({ ...state, from: '', to: '', page: 1 });
    params.set('pageSize', '1');
    const wide = await getJson(`/api/search?${params}`, { signal }).catch(() => null);
    if (current?.signal !== signal) return;
    years = wide?.facets?.year ?? years;
  }
  yearHistogram.show(years, state.from, state.to);
}

function renderFacets(facets) {
  const focused = document.activeElement?.closest?.('[data-facet]');
  const focusKey = focused ? `${focused.dataset.facet}\u0000${focused.dataset.value ?? ''}` : null;
  clear(facetsElement);
  for (const { key, label } of facetFields) {
    // Years are bars in the period filter (showYears); a year filter from an older link shows as a chip.
    if (key === 'year') continue;
    const selected = state.filters[key];
    let values = [...(facets?.[key] ?? [])];
    for (const value of selected) {
      if (!values.some(v => v.value === value)) values.push({ value, count: 0 });
    }
    const expanded = expandedFacets.has(key);
    const shown = expanded ? values : values.filter((v, i) => i < facetPreview || selected.includes(v.value));
    const listId = `facet-${key}`;
    const items = shown.map((entry, i) => {
      const id = `${listId}-${i}`;
      return el('li', {},
        el('input', {
          type: 'checkbox', id, checked: selected.includes(entry.value), 'data-facet': key, 'data-value': entry.value,
          onchange: event => navigate(withFilter(state, key, entry.value, event.target.checked)),
        }),
        el('label', { for: id },
          el('span', { class: 'facet-value', text: entry.value }),
          el('span', { class: 'facet-count', text: formatCount(entry.count) })));
    });
    const more = values.length > facetPreview
      ? el('button', {
        type: 'button', class: 'link-button', 'aria-expanded': String(expanded), 'aria-controls': listId, 'data-facet': key, 'data-value': '',
        onclick: () => { expanded ? expandedFacets.delete(key) : expandedFacets.add(key); renderFacets(facets); },
      }, expanded ? 'Vis færre' : `Vis alle ${formatCount(values.length)}`)
      : null;
    facetsElement.append(el('fieldset', { class: 'facet' },
      el('legend', { text: label }),
      items.length ? el('ul', { id: listId, class: 'facet-values' }, items) : el('p', { class: 'facet-empty', text: 'Ingen' }),
      more));
  }
  if (focusKey) {
    const again = [...facetsElement.querySelectorAll('[data-facet]')]
      .find(node => `${node.dataset.facet}\u0000${node.dataset.value ?? ''}` === focusKey);
    again?.focus();
  }
  const count = facetFields.reduce((n, { key }) => n + state.filters[key].length, 0) + (state.from ? 1 : 0) + (state.to ? 1 : 0);
  $('filters-toggle-count').textContent = count ? `(${count} valgt)` : '';
}

function renderChips() {
  const chips = [];
  for (const { key, label } of facetFields) {
    for (const value of state.filters[key]) {
      chips.push({ text: `${label}: ${value}`, next: () => withFilter(state, key, value, false) });
    }
  }
  if (state.from) chips.push({ text: `Fra ${state.from}`, next: () => ({ ...state, from: '', page: 1 }) });
  if (state.to) chips.push({ text: `Til ${state.to}`, next: () => ({ ...state, to: '', page: 1 }) });
  if (!chips.length) {
    clear(chipsElement);
    return;
  }

  const removeAt = index => {
    navigate(chips[index].next());
    // Focus stays among the chips (the next one, or the one before), so a keyboard user can go on removing.
    const buttons = chipsElement.querySelectorAll('.chip');
    (buttons[Math.min(index, buttons.length - 1)] ?? queryInput).focus();
  };
  const clearAll = () => {
    const filters = Object.fromEntries(facetFields.map(({ key }) => [key, []]));
    navigate({ ...state, filters, from: '', to: '', page: 1 });
    queryInput.focus();
  };
  chipsElement.replaceChildren(el('div', { class: 'chips' },
    el('h3', { class: 'chips-heading', id: 'chips-heading', text: 'Valgte filtre' }),
    el('ul', { 'aria-labelledby': 'chips-heading' }, chips.map((chip, i) => el('li', {},
      el('button', { type: 'button', class: 'chip', 'aria-label': `Fjern filteret ${chip.text}`, onclick: () => removeAt(i) },
        chip.text, el('span', { class: 'chip-x', 'aria-hidden': 'true', text: '×' }))))),
    el('button', { type: 'button', class: 'link-button', onclick: clearAll }, 'Ryd alle filtre')));
}

function renderPager(total, pageSize) {
  clear(pagerElement);
  const pages = Math.ceil(Math.min(total, maxResultWindow) / pageSize);
  if (pages <= 1) return;
  const page = Math.min(state.page, pages);
  const link = (number, text, label, rel) => {
    const next = { ...state, page: number };
    return el('a', {
      href: searchHref(toParams(next)), 'aria-label': label, rel,
      'aria-current': number === page && !rel ? 'page' : null,
      onclick: event => {
        event.preventDefault();
        navigate(next);
        resultsHeading.focus({ preventScroll: true });
        resultsHeading.scrollIntoView({ block: 'start' });
      },
    }, text);
  };
  const numbers = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter(n => n >= 1 && n <= pages));
  const items = [];
  if (page > 1) items.push(link(page - 1, '‹ Forrige', 'Forrige side', 'prev'));
  let last = 0;
  for (const n of [...numbers].sort((a, b) => a - b)) {
    if (n > last + 1) items.push(el('span', { class: 'gap', 'aria-hidden': 'true', text: '…' }));
    items.push(link(n, formatCount(n), `Side ${n}`, null));
    last = n;
  }
  if (page < pages) items.push(link(page + 1, 'Næste ›', 'Næste side', 'next'));
  pagerElement.append(el('ul', {}, items.map(item => el('li', {}, item))));
}

form.addEventListener('submit', event => {
  event.preventDefault();
  clearTimeout(typingTimer);
  typing = false;
  navigate(withQuery(state, queryInput.value));
});

// Results follow the typing; one history entry per burst of typing, not one per letter.
queryInput.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    navigate(withQuery(state, queryInput.value), { replace: typing });
    typing = true;
  }, typingDelay);
});
queryInput.addEventListener('blur', () => { typing = false; });

sortSelect.addEventListener('change', () => navigate({ ...state, sort: sortSelect.value, page: 1 }));

const applyRange = () => navigate({ ...state, from: fromInput.value.trim(), to: toInput.value.trim(), page: 1 });
$('range-apply').addEventListener('click', applyRange);
for (const input of [fromInput, toInput]) {
  input.addEventListener('keydown', event => {
    if (event.key === 'Enter') {
      event.preventDefault();
      applyRange();
    }
  });
}

// On a phone the filters fold away behind a button; beside the results they are always shown.
const filtersToggle = $('filters-toggle');
const showFilters = open => {
  filtersToggle.setAttribute('aria-expanded', String(open));
  document.body.classList.toggle('filters-open', open);
};
filtersToggle.addEventListener('click', () => showFilters(filtersToggle.getAttribute('aria-expanded') !== 'true'));
$('filters-done').addEventListener('click', () => {
  showFilters(false);
  resultsHeading.focus({ preventScroll: true });
  resultsHeading.scrollIntoView({ block: 'start' });
});

window.addEventListener('popstate', () => {
  clearTimeout(typingTimer);
  typing = false;
  state = readState(location.search);
  showState();
  search();
});

showState();
search();
