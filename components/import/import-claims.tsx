"use client";

import { useEffect, useRef, useState } from "react";
import { ClaimPreviewTable, PreviewSummary, ProblemTable } from "@/components/import/import-preview";
import { inputClass } from "@/components/ui/field";
import { commitLines } from "@/lib/import/ndjson";
import type { CommitLine, ImportPreview, ImportRefusal } from "@/lib/import/summary";

// Choose a file → "Check file" → read the problems or the preview → "Import
// N claims" with a progress bar. The file goes to two route handlers rather
// than a server action: server actions take at most 1 MB and cannot report
// progress while they run, and an import is 10 MB written over a minute.

type Phase =
  | { step: "choose" }
  | { step: "checking" }
  | { step: "checked"; preview: ImportPreview }
  | { step: "importing"; preview: ImportPreview; done: number; total: number }
  | { step: "imported"; preview: ImportPreview; result: Extract<CommitLine, { type: "done" }> }
  | { step: "failed"; message: string; preview?: ImportPreview; problems?: Extract<CommitLine, { type: "error" }> };

const number = (n: number) => n.toLocaleString("en-GB");

// Sent as the raw file, with its name URI-encoded: headers carry only Latin-1.
function upload(path: string, file: File) {
  return fetch(path, {
    method: "POST",
    body: file,
    headers: { "Content-Type": "text/csv", "X-File-Name": encodeURIComponent(file.name) },
  });
}

async function refusalOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as ImportRefusal | null;
  return body?.error ?? `The server refused the file (status ${response.status}). Try again; if it keeps happening, tell the desk admin.`;
}

export function ImportClaims() {
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: "choose" });
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const busy = phase.step === "checking" || phase.step === "importing";
  // Leaving mid-import cancels it (the server rolls everything back), so ask first.
  useEffect(() => {
    if (phase.step !== "importing") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [phase.step]);
  useEffect(() => {
    if (phase.step === "checked" || phase.step === "imported" || phase.step === "failed") resultsHeading.current?.focus();
  }, [phase.step]);

  async function check(event: React.FormEvent) {
    event.preventDefault();
    if (!file || busy) return;
    setPhase({ step: "checking" });
    try {
      const response = await upload("/desk/import/preview", file);
      if (!response.ok) return setPhase({ step: "failed", message: await refusalOf(response) });
      setPhase({ step: "checked", preview: (await response.json()) as ImportPreview });
    } catch {
      setPhase({ step: "failed", message: "The file could not be sent. Check your connection and try again." });
    }
  }

  async function commit(preview: ImportPreview) {
    if (!file || busy) return;
    setPhase({ step: "importing", preview, done: 0, total: preview.claims });
    try {
      const response = await upload("/desk/import/commit", file);
      if (!response.ok || !response.body) return setPhase({ step: "failed", preview, message: await refusalOf(response) });
      for await (const line of commitLines(response.body)) {
        if (line.type === "progress") setPhase({ step: "importing", preview, done: line.done, total: line.total });
        else if (line.type === "done") return setPhase({ step: "imported", preview, result: line });
        else return setPhase({ step: "failed", preview, message: line.message, problems: line });
      }
      setPhase({
        step: "failed",
        preview,
        message: "The connection ended before the import finished, so it was rolled back. Look at the queue to be sure, then import again.",
      });
    } catch {
      setPhase({
        step: "failed",
        preview,
        message: "The connection was lost during the import, so it was rolled back. Look at the queue to be sure, then import again.",
      });
    }
  }

  const preview = "preview" in phase ? phase.preview : undefined;
  const problems = phase.step === "failed" && phase.problems?.errors.length ? phase.problems : undefined;

  return (
    <div className="space-y-6">
      <form onSubmit={check} className="flex flex-wrap items-end gap-3" noValidate>
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium">
            CSV file
          </label>
          <p id="import-file-hint" className="text-sm text-muted">
            A .csv file saved as “CSV UTF-8”, at most 10 MB.
          </p>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            disabled={busy}
            className={`${inputClass} max-w-md`}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setPhase({ step: "choose" });
            }}
          />
        </div>
        <button
          type="submit"
          disabled={!file || busy}
          className="rounded border border-gray-500 bg-white px-4 py-2 text-sm font-semibold hover:bg-gray-50 disabled:opacity-60"
        >
          {phase.step === "checking" ? "Checking…" : "Check file"}
        </button>
      </form>

      <div role="status" aria-live="polite" aria-atomic="true" className="text-sm">
        {phase.step === "checking" ? <p>Checking {file?.name}…</p> : null}
        {phase.step === "checked" ? (
          <p>
            {phase.preview.errorCount
              ? `${phase.preview.fileName} has ${number(phase.preview.errorCount)} ${phase.preview.errorCount === 1 ? "problem" : "problems"} to fix before it can be imported.`
              : `${phase.preview.fileName} is ready: ${number(phase.preview.claims)} ${phase.preview.claims === 1 ? "claim" : "claims"} to import.`}
          </p>
        ) : null}
        {phase.step === "importing" ? (
          <p>
            Imported {number(phase.done)} of {number(phase.total)} claims
          </p>
        ) : null}
        {phase.step === "imported" ? (
          <p>
            Imported {number(phase.result.created)} claims from {phase.preview.fileName}.
          </p>
        ) : null}
        {phase.step === "failed" ? <p className="rounded border-l-4 border-red-700 bg-red-50 px-3 py-2 text-red-900">{phase.message}</p> : null}
      </div>

      {preview ? (
        <section aria-labelledby="import-results-heading" className="rounded border border-rule p-4">
          <h2 id="import-results-heading" ref={resultsHeading} tabIndex={-1} className="text-lg font-semibold">
            {preview.fileName}
          </h2>
          <PreviewSummary preview={preview} />
          {preview.errorCount ? <ProblemTable errors={preview.errors} errorCount={preview.errorCount} /> : null}
          {problems ? <ProblemTable errors={problems.errors} errorCount={problems.errorCount} /> : null}
          <ClaimPreviewTable claims={preview.preview} total={preview.claims} />

          {phase.step === "importing" ? (
            <div className="mt-6 space-y-1">
              <label htmlFor="import-progress" className="block text-sm font-medium">
                Import progress
              </label>
              <progress id="import-progress" value={phase.done} max={Math.max(phase.total, 1)} className="h-3 w-full max-w-xl" />
              <p className="text-sm text-muted">
                Imported {number(phase.done)} of {number(phase.total)} claims. Stay on this page until it finishes.
              </p>
            </div>
          ) : null}

          {phase.step === "imported" ? (
            <p className="mt-6 rounded border-l-4 border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
              Imported {number(phase.result.created)} claims as drafts, with {number(phase.result.sourcesCreated)} new sources,{" "}
              {number(phase.result.speakersCreated)} new speakers and {number(phase.result.topicsCreated)} new topics.{" "}
              <a href="/desk/claims?status=DRAFT">See the drafts in the queue</a>.
            </p>
          ) : (
            <div className="mt-6 space-y-2">
              <button
                type="button"
                onClick={() => commit(preview)}
                disabled={busy || preview.errorCount > 0 || preview.claims === 0}
                className="rounded bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800 disabled:opacity-60"
              >
                Import {number(preview.claims)} {preview.claims === 1 ? "claim" : "claims"}
              </button>
              {preview.errorCount > 0 ? (
                <p className="text-sm text-muted">Fix the problems listed above, then choose the corrected file and check it again.</p>
              ) : (
                <p className="text-sm text-muted">All or nothing: if anything goes wrong, no claim from this file is kept.</p>
              )}
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
