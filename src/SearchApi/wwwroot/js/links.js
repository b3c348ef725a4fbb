// Addresses of the web page's own views, shared by the search page, the document page and the feed.

/** A document's page; with a query its matches are marked, with a page number it opens there. */
export function documentHref(id, query, page) {
  let href = `/dokument/${encodeURIComponent(id)}`;
  if (query && query.trim()) href += `?q=${encodeURIComponent(query)}`;
  if (page) href += `#side-${page}`;
  return href;
}

/** The page listing the files the archive could not read. */
export const failuresHref = '/fejl';

/** The search page for a query and filters (URLSearchParams or a string). */
export function searchHref(params) {
  const text = params.toString();
  return text ? `/?${text}` : '/';
}
