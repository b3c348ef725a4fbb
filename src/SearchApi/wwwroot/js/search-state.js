// The search page's whole state lives in its address, with the API's own parameter names, so a view can be
// shared, bookmarked, reloaded and reached again with the back button.

export const facetFields = [
  { key: 'council', label: 'Råd/udvalg' },
  { key: 'municipality', label: 'Kommune' },
  { key: 'type', label: 'Type' },
  { key: 'topic', label: 'Emne' },
  { key: 'year', label: 'År' },
];

export function readState(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const { key } of facetFields) {
    filters[key] = [...new Set(params.getAll(key).map(v => v.trim()).filter(Boolean))];
  }
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const pageSize = Number.parseInt(params.get('pageSize') ?? '', 10);
  return {
    q: params.get('q') ?? '',
    filters,
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: params.get('sort') ?? '',
    page: Number.isFinite(page) && page > 1 ? page : 1,
    // Hits per page as the address asks (the API checks the range); none: the API's default.
    pageSize: Number.isFinite(pageSize) ? pageSize : null,
    // false: search the query as typed, even when it finds nothing and a spelling correction would find something.
    correct: params.get('correct') !== 'false',
  };
}

/** The API's query string for a state; without the page for exports and feeds, which take the whole result. */
export function toParams(state, { withPage = true } = {}) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const { key } of facetFields) {
    for (const value of state.filters[key]) params.append(key, value);
  }
  if (state.from.trim()) params.set('from', state.from.trim());
  if (state.to.trim()) params.set('to', state.to.trim());
  if (state.sort) params.set('sort', state.sort);
  if (withPage && state.page > 1) params.set('page', String(state.page));
  if (withPage && state.pageSize) params.set('pageSize', String(state.pageSize));
  if (state.correct === false) params.set('correct', 'false');
  return params;
}

/** A new query from the first page; a new query may be corrected again, whatever the last one asked. */
export function withQuery(state, q) {
  return { ...state, q, page: 1, correct: true };
}

export function withFilter(state, key, value, selected) {
  const values = state.filters[key].filter(v => v !== value);
  if (selected) values.push(value);
  return { ...state, filters: { ...state.filters, [key]: values }, page: 1 };
}
