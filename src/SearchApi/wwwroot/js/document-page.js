import { ApiError, Progress, getJson } from './api.js';
import { clear, el, markedHtml } from './dom.js';
import { fileFacts } from './file-facts.js';
import { describeProvenance, formatDate, plural } from './format.js';
import { hitItem } from './hits.js';
import { documentHref } from './links.js';
import { PdfPageView, ViewerMissing } from './pdf-viewer.js';

const $ = id => document.getElementById(id);
const id = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop() ?? '');
const pagesElement = $('pages');
const countElement = $('match-count');
const markInput = $('mark-q');
const fileLink = $('file-link');
const progress = new Progress($('status'), 'Henter udtalelsen …', 'Det tager længere tid end normalt at hente udtalelsen. Vent lidt.');

let loaded = null;
let marks = [];
let currentMark = -1;
let request = null;
const pdfView = new PdfPageView($('pdf-view'));
let pdfPage = 0;
let viewerMissing = false;

// Danish labels of the archive's metadata fields. The fields themselves come from the document: every field with a
// value names its source in `provenance`, in the archive's order, so a field the archive gains shows up here too
// (under its own name until it is given a label).
const labels = {
  title: 'Titel',
  council: 'Råd/udvalg',
  municipality: 'Kommune',
  date: 'Dato',
  type: 'Type',
  topics: 'Emner',
  caseNumber: 'Sagsnummer',
  recipient: 'Modtager',
  signatory: 'Underskrevet af',
  sender: 'Afsender',
  sourceUrl: 'Kildeadresse',
  textSource: 'Tekstkilde',
};

// Where the text came from (textSource), in words.
const textSources = {
  file: 'Filens egen tekst',
  ocr: 'Læst med OCR',
  'ocr-pending': 'Venter på OCR',
};

// What a reader should know about a text read from pictures of its pages.
const ocrNotes = {
  ocr: 'Teksten er læst med OCR og kan indeholde fejl.',
  'ocr-pending': 'Nogle sider er billeder, som endnu ikke er læst med OCR; teksten kommer, når de er læst.',
};

/** A metadata value as shown: dates in Danish with their precision, lists joined. */
function shownValue(documentData, key) {
  const value = documentData[key];
  if (key === 'date') return formatDate(value, documentData.datePrecision);
  if (key === 'textSource') return textSources[value] ?? value;
  if (Array.isArray(value)) return value.length ? value.join(', ') : null;
  return value;
}

function query() {
  return new URLSearchParams(location.search).get('q') ?? '';
}

/** The whole document: a long one comes in parts (each answer says where the next starts), put together here. */
async function getWhole(q, signal) {
  const part = fromPage => `/api/documents/${encodeURIComponent(id)}?fromPage=${fromPage}${q.trim() ? `&q=${encodeURIComponent(q)}` : ''}`;
  const whole = await getJson(part(1), { signal });
  for (let next = whole.nextFromPage; next; ) {
    const more = await getJson(part(next), { signal });
    whole.pages.push(...more.pages);
    next = more.nextFromPage;
  }
  whole.nextFromPage = null;
  return whole;
}

/** Fetches the document with the query's matches marked; a query the archive cannot read still shows the text. */
async function load() {
  request?.abort();
  const controller = new AbortController();
  request = controller;
  const q = query();
  markInput.value = q;
  progress.start();
  clear($('message'));
  try {
    let note = null;
    let document;
    try {
      document = await getWhole(q, controller.signal);
    } catch (error) {
      if (!(error instanceof ApiError) || error.kind !== 'query') throw error;
      note = error.message;
      document = await getWhole('', controller.signal);
    }
    if (request !== controller) return;
    show(document, q, note);
  } catch (error) {
    if (error.name === 'AbortError' || request !== controller) return;
    showError(error);
  } finally {
    if (request === controller) progress.stop();
  }
}

function show(documentData, q, note) {
  const firstLoad = loaded?.id !== documentData.id;
  loaded = documentData;
  const title = documentData.title || documentData.fileName;
  document.title = `${title} – Arkivet`;
  $('document-title').textContent = title;
  $('document-subtitle').textContent = [documentData.type, documentData.council, documentData.municipality, formatDate(documentData.date, documentData.datePrecision)]
    .filter(Boolean).join(' · ');
  renderMetadata(documentData);
  const ocrNote = $('ocr-note');
  ocrNote.textContent = ocrNotes[documentData.textSource] ?? '';
  ocrNote.hidden = !ocrNote.textContent;
  renderPages(documentData);
  $('document').hidden = false;
  if (note) {
    $('message').replaceChildren(el('div', { class: 'message message-error', role: 'alert' },
      el('p', { class: 'message-title', text: 'Søgeordene kan ikke markeres.' }),
      el('p', { class: 'message-detail', text: note })));
  }

  marks = [...pagesElement.querySelectorAll('mark')];
  currentMark = -1;
  $('match-nav').hidden = !q.trim();
  updateMatchCount();
  const target = /^#side-(\d+)$/.exec(location.hash);
  if (target && marks.length) {
    const index = marks.findIndex(mark => Number(mark.closest('.page').dataset.page) >= Number(target[1]));
    if (index >= 0) goTo(index);
  } else if (target) {
    $(`side-${target[1]}`)?.scrollIntoView({ block: 'start' });
  }
  updateFileLink();
  const firstMarkPage = marks.length ? Number(marks[Math.max(currentMark, 0)].closest('.page').dataset.page) : 1;
  pdfPage = 0;
  showOriginal(target && !marks.length ? Number(target[1]) : firstMarkPage);
  if (firstLoad) loadSimilar(documentData.id);
}

/**
 * A PDF's original page (the current match's, or the one asked for) drawn beside the text, with the matches
 * marked on it. Other formats keep the text alone; so does a PDF when the viewer is not installed, which the
 * page says once.
 */
async function showOriginal(page) {
  const pdf = loaded?.contentType === 'application/pdf' && !viewerMissing;
  $('original').hidden = !pdf;
  if (!pdf || page === pdfPage) return;
  pdfPage = page;
  const words = marks.filter(mark => Number(mark.closest('.page').dataset.page) === page).map(mark => mark.textContent);
  try {
    const shown = await pdfView.show(`/api/documents/${encodeURIComponent(loaded.id)}/file`, page, words);
    if (pdfPage !== page) return;
    $('original-nav').hidden = shown.pageCount < 2;
    $('pdf-page-number').textContent = `Side ${shown.page} af ${shown.pageCount}`;
    $('previous-pdf-page').disabled = shown.page <= 1;
    $('next-pdf-page').disabled = shown.page >= shown.pageCount;
  } catch (error) {
    $('original').hidden = true;
    const note = $('viewer-note');
    if (error instanceof ViewerMissing) {
      viewerMissing = true;
      note.textContent = 'Originalsiden vises ikke her, fordi PDF-fremviseren ikke er installeret på denne server. Teksten står nedenfor, og originalfilen kan åbnes med linket.';
    } else {
      pdfPage = 0;
      note.textContent = 'Originalsiden kunne ikke vises. Teksten står nedenfor, og originalfilen kan åbnes med linket.';
    }
    note.hidden = false;
  }
}

function renderMetadata(documentData) {
  const rows = [];
  const provenance = documentData.provenance ?? {};
  for (const key of Object.keys(provenance)) {
    const shown = shownValue(documentData, key);
    if (!shown) continue;
    const label = labels[key] ?? key;
    const source = describeProvenance(provenance[key]);
    const content = key === 'sourceUrl' && /^https?:\/\//i.test(shown)
      ? el('a', { href: shown, rel: 'noopener noreferrer external' }, shown)
      : shown;
    rows.push(el('div', { class: 'metadata-row' },
      el('dt', { text: label }),
      el('dd', {}, el('span', { class: 'metadata-value' }, content), source ? el('span', { class: 'provenance' }, `Kilde: ${source}`) : null)));
  }
  // An e-mail and its attachments are documents of their own, linked both ways.
  const linkTo = linked => el('a', { href: documentHref(linked.id, query()) }, linked.title || linked.fileName);
  if (documentData.partOf) {
    rows.push(el('div', { class: 'metadata-row' },
      el('dt', { text: 'Vedhæftet til' }),
      el('dd', {}, el('span', { class: 'metadata-value', id: 'part-of' }, linkTo(documentData.partOf)))));
  }
  if (documentData.attachments?.length) {
    rows.push(el('div', { class: 'metadata-row' },
      el('dt', { text: 'Vedhæftede filer' }),
      el('dd', {}, el('ul', { class: 'metadata-value attachments', id: 'attachments' },
        ...documentData.attachments.map(attachment => el('li', {}, linkTo(attachment), ` (${attachment.fileName})`))))));
  }
  rows.push(el('div', { class: 'metadata-row' },
    el('dt', { text: 'Fil' }),
    el('dd', {}, el('span', { class: 'metadata-value', text: (documentData.fileNames?.length ? documentData.fileNames : [documentData.fileName]).join(', ') }),
      el('span', { class: 'provenance', text: `${[documentData.format, plural(documentData.pageCount, 'side', 'sider')].filter(Boolean).join(' · ')} · indlæst ${new Date(documentData.ingestedAt).toLocaleString('da-DK')}` }),
      documentData.alsoAs?.length ? fileFacts({ fileName: null, alsoAs: documentData.alsoAs }, query(), 'provenance document-copies') : null)));
  $('metadata').replaceChildren(...rows);
}

function renderPages(documentData) {
  clear(pagesElement);
  const many = documentData.pages.length > 1;
  for (const page of documentData.pages) {
    pagesElement.append(el('section', { class: 'page', id: `side-${page.page}`, 'data-page': page.page, 'aria-label': `Side ${page.page}` },
      many ? el('h3', { class: 'page-number', text: `Side ${page.page}` }) : null,
      el('div', { class: 'page-text' }, page.html !== undefined ? markedHtml(page.html) : page.text)));
  }
}

function updateMatchCount() {
  const none = marks.length === 0;
  $('previous-match').disabled = none;
  $('next-match').disabled = none;
  if (none) countElement.textContent = query().trim() ? 'Ingen træf' : '';
  else if (currentMark < 0) countElement.textContent = plural(marks.length, 'træf', 'træf');
  else {
    const page = marks[currentMark].closest('.page').dataset.page;
    countElement.textContent = `${currentMark + 1} af ${marks.length} (side ${page})`;
  }
}

/** Makes match <index> the current one (wrapping around) and scrolls it into view. */
function goTo(index) {
  if (!marks.length) return;
  marks[currentMark]?.classList.remove('current');
  currentMark = (index + marks.length) % marks.length;
  const mark = marks[currentMark];
  mark.classList.add('current');
  mark.scrollIntoView({ block: 'center' });
  updateMatchCount();
  updateFileLink();
  showOriginal(Number(mark.closest('.page').dataset.page));
}

function updateFileLink() {
  if (!loaded) return;
  const base = `/api/documents/${encodeURIComponent(loaded.id)}/file`;
  const page = currentMark >= 0 ? marks[currentMark].closest('.page').dataset.page : null;
  const pdf = loaded.contentType === 'application/pdf';
  fileLink.href = pdf && page ? `${base}#page=${page}` : base;
  fileLink.textContent = pdf && page ? `Åbn originalfilen på side ${page}` : 'Åbn originalfilen';
}

async function loadSimilar(documentId) {
  const section = $('similar');
  const list = clear($('similar-hits'));
  const status = $('similar-status');
  section.hidden = false;
  status.textContent = 'Finder lignende udtalelser …';
  try {
    const similar = await getJson(`/api/documents/${encodeURIComponent(documentId)}/similar?otherMunicipalities=true&size=5`);
    if (loaded?.id !== documentId) return;
    list.append(...similar.hits.map(hit => hitItem(hit, '', { plain: true, maxSnippets: 1 })));
    status.textContent = similar.hits.length ? '' : 'Ingen lignende udtalelser fra andre kommuner.';
  } catch (error) {
    status.textContent = `Lignende udtalelser kunne ikke hentes. ${error.message}`;
  }
}

function showError(error) {
  $('document').hidden = true;
  $('similar').hidden = true;
  const notFound = error instanceof ApiError && error.kind === 'not-found';
  $('message').replaceChildren(el('div', { class: 'message message-error', role: 'alert', id: 'document-error' },
    el('h1', { class: 'message-title', text: notFound ? 'Udtalelsen findes ikke i arkivet.' : 'Udtalelsen kunne ikke hentes.' }),
    el('p', { class: 'message-detail', text: notFound ? 'Den kan være slettet eller flyttet. Søg efter den igen.' : error.message }),
    notFound ? el('a', { href: '/' }, 'Gå til søgningen') : el('button', { type: 'button', onclick: load }, 'Prøv igen')));
}

$('next-match').addEventListener('click', () => goTo(currentMark + 1));
$('previous-pdf-page').addEventListener('click', () => showOriginal(pdfPage - 1));
$('next-pdf-page').addEventListener('click', () => showOriginal(pdfPage + 1));
$('previous-match').addEventListener('click', () => goTo(currentMark < 0 ? marks.length - 1 : currentMark - 1));

// Alt+N and Alt+Shift+N jump between matches. A single-letter shortcut would fire while a screen reader user
// types letters to move around the page (WCAG 2.1.4); the key's code, not its character, so Option+N on a Mac works.
document.addEventListener('keydown', event => {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyN') return;
  event.preventDefault();
  if (event.shiftKey) $('previous-match').click();
  else $('next-match').click();
});

$('mark-form').addEventListener('submit', event => {
  event.preventDefault();
  const q = markInput.value.trim();
  history.pushState(null, '', documentHref(id, q));
  load();
});

window.addEventListener('popstate', load);

// Back to the search the reader came from when there is one, else a new search for the same words.
const back = $('back-link');
try {
  const from = new URL(document.referrer);
  if (from.origin === location.origin && from.pathname === '/') back.href = from.pathname + from.search;
  else if (query().trim()) back.href = `/?q=${encodeURIComponent(query())}`;
} catch {
  if (query().trim()) back.href = `/?q=${encodeURIComponent(query())}`;
}

load();
