import { inputClass } from "@/components/ui/field";
import { CopyButton } from "@/components/verdict-page/copy-button";
import { cardSize, cardTitle, iframeCode } from "@/lib/embed/iframe";
import { site } from "@/lib/site";

// "Share this verdict": the link, the embed code and an email, and nothing
// from a third party (no share widgets, no trackers). The embed code is the
// same <iframe> /api/oembed hands to sites that ask for it.
export function SharePanel({ slug, title, url, embedUrl }: { slug: string; title: string; url: string; embedUrl: string }) {
  const size = cardSize();
  const embedCode = iframeCode({ src: embedUrl, title: cardTitle(title, site.name), ...size });
  const linkId = `share-link-${slug}`;
  const embedId = `share-embed-${slug}`;
  const email = `mailto:?subject=${encodeURIComponent(cardTitle(title, site.name))}&body=${encodeURIComponent(`${title}\n\n${url}`)}`;
  return (
    <section aria-labelledby="share-heading" className="mt-10 rounded border border-rule p-5 print:hidden">
      <h2 id="share-heading" className="text-xl font-semibold">
        Share this verdict
      </h2>
      <div className="mt-4 space-y-1">
        <label htmlFor={linkId} className="block text-sm font-medium">
          Link to this verdict
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <input id={linkId} type="url" readOnly value={url} className={`${inputClass} min-w-0 flex-1`} />
          <CopyButton text={url} fieldId={linkId} label="Copy link" />
        </div>
      </div>
      <div className="mt-4 space-y-1">
        <label htmlFor={embedId} className="block text-sm font-medium">
          Embed this verdict on your site
        </label>
        <p id={`${embedId}-hint`} className="text-sm text-muted">
          Paste this code into your page&apos;s HTML: it shows the verdict as a card, {size.width} × {size.height} pixels, that narrows with your column.
        </p>
        <textarea id={embedId} readOnly rows={3} value={embedCode} aria-describedby={`${embedId}-hint`} className={`${inputClass} font-mono text-sm`} />
        <CopyButton text={embedCode} fieldId={embedId} label="Copy embed code" />
      </div>
      <p className="mt-4">
        <a href={email}>Share by email</a>
      </p>
    </section>
  );
}
