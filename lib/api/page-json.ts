// A page of a list in the API's envelope: the rows asked for, and the cursor
// and address of the next page when the query found one row more than the limit.

export function pageJson<Row, Item>(
  rows: Row[],
  limit: number,
  options: { json: (row: Row) => Item; cursorAfter: (row: Row) => string; nextUrl: (cursor: string) => string },
) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? options.cursorAfter(last) : null;
  return { data: page.map(options.json), nextCursor, nextUrl: nextCursor ? options.nextUrl(nextCursor) : null };
}

// The next page's address: the same query on the site's public address, with
// the cursor set. The query was validated already, so it holds nothing else.
export function nextPageUrl(siteUrl: string, request: Request) {
  return (cursor: string) => {
    const url = new URL(request.url);
    url.searchParams.set("cursor", cursor);
    return `${siteUrl}${url.pathname}?${url.searchParams}`;
  };
}
