// Visible links to a page's feeds, for readers who follow by feed reader.
// Plain anchors: a feed is a document to open or copy, not a page to route
// to. Screen readers hear whose feed it is, since the footer has site-wide
// links with the same visible words.
export function FollowLinks({ path, subject }: { path: string; subject: string }) {
  const whose = <span className="sr-only"> of verdicts on {subject}</span>;
  return (
    <p className="mt-3 text-sm">
      <span className="font-semibold">Follow:</span> <a href={`${path}/feed.xml`}>RSS{whose}</a>
      {" · "}
      <a href={`${path}/feed.json`}>JSON Feed{whose}</a>
    </p>
  );
}
