// Why the archive refused a search, in Danish. Keyed by the code of the API's 400 problem (SearchProblemCodes on
// the server); each line fills in the values the problem carries. A code the archive gains is one more line here;
// until then the page says the search could not be run and shows the archive's English message as a note.

const parameterNames = {
  q: 'søgningen', from: 'fra-datoen', to: 'til-datoen', sort: 'sorteringen', page: 'sidetallet',
  pageSize: 'antal hits pr. side', year: 'året', correct: 'stavekontrollen', format: 'formatet',
};

const parameter = name => parameterNames[name] ?? name;

const messages = {
  'unclosed-quote': () => 'Et anførselstegn er ikke lukket: en frase skal have " i begge ender.',
  'unopened-parenthesis': () => 'En slutparentes ")" har ingen startparentes "(".',
  'unclosed-parenthesis': () => 'En parentes "(" er ikke lukket.',
  'dangling-operator': p => `"${p.operator}" skal have et ord på begge sider.`,
  'leading-wildcard': () => 'Et ord kan ikke begynde med * eller ?: skriv mindst de første bogstaver (fx misbrug*).',
  'empty-field': () => 'Et feltnavn skal have en værdi efter kolon, fx council:Udsatterådet.',
  'unreadable-query': p => `Søgningen kan ikke læses${p.position ? ` ved tegn nr. ${p.position}` : ''}. Brug ord, "fraser", OR, -ord, felt:værdi, ord* eller ord~; sæt specialtegn i anførselstegn.`,
  'unknown-field': p => `Feltet "${p.field}:" findes ikke. Du kan søge i: ${p.fields}. Sæt ord med kolon i anførselstegn.`,
  'phrase-distance-out-of-range': p => `Afstanden efter ~ i "${p.phrase}"~${p.value} skal være fra 0 til ${p.max}.`,
  'short-wildcard-word': p => `"${p.word}": et ord skal have mindst ${p.min} bogstaver før * eller ?.`,
  'too-many-wildcards': p => `"${p.word}" har ${p.count} jokertegn (* eller ?); et ord må højst have ${p.max}.`,
  'too-many-expanding-words': p => `Søgningen har mere end ${p.max} ord med *, ? eller ~; højst ${p.max} er tilladt.`,
  'too-many-fuzzy-words': p => `Søgningen har mere end ${p.max} ord med ~; højst ${p.max} er tilladt.`,
  'query-too-long': p => `Søgningen er ${p.length} tegn lang; højst ${p.max} er tilladt.`,
  'not-a-date': p => `"${p.value}" er ikke en dato: skriv år-måned-dag (2019-05-31), år-måned (2019-05) eller år (2019).`,
  'range-reversed': p => `Fra-datoen (${p.from}) ligger efter til-datoen (${p.to}).`,
  'unknown-value': p => `${capitalize(parameter(p.parameter))} kan ikke være "${p.value}": brug ${p.allowed}.`,
  'parameter-out-of-range': p => p.max
    ? `${capitalize(parameter(p.parameter))} skal være et helt tal fra ${p.min} til ${p.max} (ikke "${p.value}").`
    : `${capitalize(parameter(p.parameter))} skal være et helt tal på mindst ${p.min} (ikke "${p.value}").`,
  'beyond-result-window': p => `Hits efter nr. ${Number(p.max).toLocaleString('da-DK')} kan ikke vises: gør søgningen snævrere med ord eller filtre, eller hent den som CSV.`,
  'not-a-year': p => `Året skal skrives med fire cifre, fx 2019 (ikke "${p.value}").`,
};

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The Danish sentence for a refused search, and, for a code this page does not know, the archive's own English
 * explanation as a note (null otherwise).
 */
export function describeProblem(problem, englishDetail) {
  const message = problem && typeof problem.code === 'string' && Object.hasOwn(messages, problem.code)
    ? messages[problem.code] : null;
  if (message) return { text: message(problem), note: null };
  return { text: 'Søgningen kunne ikke udføres: arkivet kunne ikke bruge den.', note: englishDetail ?? null };
}
