import { site } from "@/lib/site";

// A frame on someone else's page still says what happened, in the card's space.
export default function EmbedNotFound() {
  return (
    <>
      <h1 className="text-base font-semibold">This verdict is not available</h1>
      <p className="mt-1 text-sm">It has not been published, it was taken down, or the address is wrong.</p>
      <p className="mt-auto pt-2 text-xs">
        <a href={`${site.url}/`} target="_blank" rel="noopener">
          See the latest verdicts on {site.name}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </p>
    </>
  );
}
