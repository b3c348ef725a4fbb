// Danish wording of the archive's values.

const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "15. september 2015", "september 2015" or "2015", as precise as the document's own date. */
export function formatDate(iso, precision) {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number);
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${months[month - 1]} ${year}`;
  return `${day}. ${months[month - 1]} ${year}`;
}

export function formatCount(n) {
  return new Intl.NumberFormat('da-DK').format(n);
}

/** "1 udtalelse" / "2 udtalelser". */
export function plural(n, one, many) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Where a metadata value came from, in words: "teksten (underskrift)", "sidecar-filen" … */
export function describeProvenance(source) {
  if (!source) return null;
  const [kind, detail] = source.split(/:(.*)/s);
  const details = {
    address: 'adresse', 'adopted-by': 'vedtaget af', 'answering-minister': 'svarende minister', 'author-body': 'afsender',
    'case-number': 'sagsnummer', 'committee-line': 'udvalgslinje', 'date-line': 'datolinje', default: 'standardværdi',
    'first-line': 'første linje', header: 'sidehoved', headline: 'overskrift', imprint: 'kolofon', 'letter-date': 'brevdato',
    letterhead: 'brevhoved', meeting: 'mødeangivelse', 'meeting-heading': 'mødeoverskrift', mentions: 'omtaler i teksten',
    publisher: 'udgiver', 'recipient-line': 'modtagerlinje', 'recommended-to': 'indstilling', signature: 'underskrift',
    'topic-words': 'emneord', updated: 'opdateret', 'year-line': 'årstal', host: 'webadressens domæne',
    named: 'navn i adressen', news: 'nyhedsside', path: 'adressens sti',
    'largest-text': 'største tekst på første side', 'title-style': 'typografien Titel', 'heading-1': 'typografien Overskrift 1',
  };
  const described = detail ? (details[detail] ?? detail) : null;
  switch (kind) {
    case 'text': return described ? `teksten (${described})` : 'teksten';
    case 'url': return described ? `kildeadressen (${described})` : 'kildeadressen';
    case 'sidecar': return 'sidecar-fil (angivet ved indlæsningen)';
    case 'metadata.csv': return 'metadata.csv (angivet ved indlæsningen)';
    case 'file': return detail === 'text' ? 'filens egen tekst' : described ? `filens egenskaber (${described})` : 'filens egenskaber';
    case 'email': return detail === 'message' ? 'e-mailen, som filen var vedhæftet' : 'e-mailens brevhoved (afsender, modtagere, dato, emne)';
    case 'pdf': return described ? `PDF-filens layout (${described})` : 'PDF-filens layout';
    case 'docx': return described ? `Word-filen (${described})` : 'Word-filen';
    case 'ocr': return `OCR af billeder af siderne (${detail === 'tesseract' ? 'Tesseract' : detail})`;
    default: return source;
  }
}
