import type { Metadata } from "next";
import { ImportClaims } from "@/components/import/import-claims";
import { requireActor } from "@/lib/auth/session";
import { COLUMN_HELP, COLUMNS, IMPORT_LIMITS, REQUIRED_COLUMNS } from "@/lib/import/columns";
import { importRefusal } from "@/lib/import/resolve";

export const metadata: Metadata = { title: "Import claims" };

const number = (n: number) => n.toLocaleString("en-GB");

export default async function ImportPage() {
  const actor = await requireActor();
  // Only to decide what to show: the import routes check again themselves.
  const refusal = importRefusal(actor);
  return (
    <div className="max-w-5xl">
      <h1 className="text-2xl font-bold">Import claims</h1>
      <p className="mt-2 text-muted">
        Bring in claims with their sources and stances from a spreadsheet, such as an archive from another tracker or a file exported from the queue.
      </p>

      <section aria-labelledby="import-format-heading" className="mt-6 max-w-3xl space-y-3">
        <h2 id="import-format-heading" className="text-lg font-semibold">
          The file
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            A CSV file (comma-separated, UTF-8), with the column names in the first row. Only <code>{REQUIRED_COLUMNS.join(", ")}</code> are required columns.
          </li>
          <li>
            One row per item of the record. A claim with two sources takes two rows with the same <code>claim_ref</code>; its own fields (the claim, speaker,
            dates…) go on the first of them, and later rows leave them empty.
          </li>
          <li>
            At most {number(IMPORT_LIMITS.maxClaims)} claims, {number(IMPORT_LIMITS.maxRows)} rows and 10 MB per file. Larger archives go in several files.
          </li>
          <li>
            Speakers and topics are matched by name, and sources by link, to what the desk already has; anything new is added. Imported claims start as drafts,
            assigned to nobody, logged by you.
          </li>
          <li>Nothing is imported unless every row is correct: check the file first, fix what it lists, and check again.</li>
        </ul>
        <p>
          <a href="/desk/import/template" download>
            Download a template CSV
          </a>{" "}
          with the header and one example row, or use{" "}
          <a href="/desk/claims/export" download>
            a CSV exported from the queue
          </a>
          , which has the same columns.
        </p>
        <details className="rounded border border-rule p-3">
          <summary className="cursor-pointer font-medium">What goes in each column</summary>
          <table className="mt-3 w-full border-collapse text-left text-sm">
            <caption className="sr-only">Columns of the import file</caption>
            <thead>
              <tr className="border-b-2 border-rule">
                <th scope="col" className="py-2 pr-3">
                  Column
                </th>
                <th scope="col" className="py-2">
                  What to write
                </th>
              </tr>
            </thead>
            <tbody>
              {COLUMNS.map((column) => (
                <tr key={column} className="border-b border-rule align-top">
                  <th scope="row" className="py-2 pr-3 font-mono font-normal">
                    {column}
                    {REQUIRED_COLUMNS.includes(column) ? <span className="font-sans text-muted"> (required)</span> : null}
                  </th>
                  <td className="py-2">{COLUMN_HELP[column]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="import-upload-heading" className="mt-10">
        <h2 id="import-upload-heading" className="text-lg font-semibold">
          Upload
        </h2>
        <div className="mt-3">{refusal ? <p className="rounded border border-rule p-4 text-muted">{refusal}</p> : <ImportClaims />}</div>
      </section>
    </div>
  );
}
