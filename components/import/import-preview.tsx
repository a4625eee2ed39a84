import { CLAIM_KIND_LABELS } from "@/lib/claims/labels";
import type { ImportError } from "@/lib/import/columns";
import type { ClaimPreview, ImportPreview } from "@/lib/import/summary";

// What "Check file" found: the totals, every problem by row and column, and
// the first claims as they will be imported.

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  return (
    <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
      <li>
        {count(preview.rows, "row", "rows")} describing {count(preview.claims, "claim", "claims")}
      </li>
      <li>
        {count(preview.sources, "source", "sources")}
        {preview.reusedSources ? `, of which ${count(preview.reusedSources, "is", "are")} already in the library and will be reused` : ""}
      </li>
      <li>
        {count(preview.newSpeakers, "new speaker", "new speakers")}
        {preview.newSpeakerNames.length ? `: ${preview.newSpeakerNames.join(", ")}${preview.newSpeakers > preview.newSpeakerNames.length ? "…" : ""}` : ""}
      </li>
      <li>{count(preview.newTopics, "new topic", "new topics")}</li>
      {preview.refsAlreadyOnDesk ? (
        <li className="font-medium text-red-800">
          {count(preview.refsAlreadyOnDesk, "claim_ref matches a claim", "claim_refs match claims")} already on the desk. Importing adds new copies; it never
          updates the claims already there.
        </li>
      ) : null}
    </ul>
  );
}

export function ProblemTable({ errors, errorCount }: { errors: ImportError[]; errorCount: number }) {
  return (
    <section aria-labelledby="import-problems-heading" className="mt-6">
      <h3 id="import-problems-heading" className="text-lg font-semibold text-red-800">
        {count(errorCount, "problem", "problems")} to fix
      </h3>
      <p className="mt-1 text-sm">
        Nothing is imported while any row has a problem. Correct these in your spreadsheet, save it as CSV again, and check the file again.
        {errorCount > errors.length ? ` Showing the first ${errors.length.toLocaleString("en-GB")}.` : ""}
      </p>
      <table className="mt-2 w-full border-collapse text-left text-sm">
        <caption className="sr-only">Problems in the file, by row and column</caption>
        <thead>
          <tr className="border-b-2 border-rule">
            <th scope="col" className="py-2 pr-3">
              Row
            </th>
            <th scope="col" className="py-2 pr-3">
              Column
            </th>
            <th scope="col" className="py-2">
              Problem
            </th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={index} className="border-b border-rule align-top">
              <td className="py-2 pr-3 tabular-nums">{error.row}</td>
              <td className="py-2 pr-3 font-mono">
                {error.column ?? <span className="font-sans text-muted">{error.row === 1 ? "header" : "whole row"}</span>}
              </td>
              <td className="py-2">{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function recordOf(claim: ClaimPreview) {
  const parts = [
    claim.supports ? `${claim.supports} supports` : "",
    claim.contradicts ? `${claim.contradicts} contradicts` : "",
    claim.context ? `${claim.context} context` : "",
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "none yet";
}

export function ClaimPreviewTable({ claims, total }: { claims: ClaimPreview[]; total: number }) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="import-claims-heading" className="mt-6">
      <h3 id="import-claims-heading" className="text-lg font-semibold">
        How the claims will be imported
      </h3>
      {total > claims.length ? (
        <p className="mt-1 text-sm text-muted">
          Showing {claims.length.toLocaleString("en-GB")} of {count(total, "claim", "claims")}, from the top of the file.
        </p>
      ) : null}
      <div className="overflow-x-auto">
        <table className="mt-2 w-full border-collapse text-left text-sm">
          <caption className="sr-only">Claims as they will be imported</caption>
          <thead>
            <tr className="border-b-2 border-rule">
              <th scope="col" className="py-2 pr-3">
                Row
              </th>
              <th scope="col" className="py-2 pr-3">
                Claim
              </th>
              <th scope="col" className="py-2 pr-3">
                Speaker
              </th>
              <th scope="col" className="py-2 pr-3">
                Kind
              </th>
              <th scope="col" className="py-2 pr-3">
                Said on
              </th>
              <th scope="col" className="py-2">
                Sources
              </th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.row} className="border-b border-rule align-top">
                <td className="py-2 pr-3 tabular-nums">{claim.row}</td>
                <td className="py-2 pr-3">{claim.text}</td>
                <td className="py-2 pr-3">
                  {claim.speaker}
                  {claim.speakerIsNew ? <span className="text-muted"> (new)</span> : null}
                </td>
                <td className="py-2 pr-3">{CLAIM_KIND_LABELS[claim.kind]}</td>
                <td className="py-2 pr-3">{claim.saidOn}</td>
                <td className="py-2">{recordOf(claim)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
