import { Fragment } from "react";
import { snippetParts } from "@/lib/search/snippet";

// A headline from ts_headline, with the matched words in <mark>. Every run is
// a React text node, so whatever the stored text holds ("<script>", "&") is
// escaped by React and shown as written; nothing here is parsed as HTML
// (lib/search/snippet.ts explains the markers).
export function HighlightedText({ headline }: { headline: string }) {
  return (
    <>
      {snippetParts(headline).map((part, index) =>
        part.marked ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
