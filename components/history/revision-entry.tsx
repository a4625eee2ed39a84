import { DiffRuns } from "@/components/history/diff-runs";
import { RestoreButton } from "@/components/history/restore-button";
import { revisionLabel } from "@/lib/claims/labels";
import { formatDateTime, isoInstant } from "@/lib/dates";
import { describeRevision, revisionTitle } from "@/lib/history/changes";
import type { NameBook } from "@/lib/history/fields";
import type { HistoryRevision } from "@/lib/history/queries";
import { holdsAlready, offersRestore } from "@/lib/history/restore-schema";

// What restoring needs: the claim, the version this page shows, and what the
// claim holds now. Null when the person may not edit the claim.
export type RestoreContext = { claimId: string; version: number; now: Record<string, unknown> } | null;

// One revision: who, when, what kind of change and why, then each field
// before and after.
export function RevisionEntry({ revision, names, restore }: { revision: HistoryRevision; names: NameBook; restore: RestoreContext }) {
  const { changes, about } = describeRevision(revision.changes, names);
  const title = revisionTitle(revision.action, revision.changes, revisionLabel);
  const fields = changes.map((change) => change.field);
  const when = formatDateTime(revision.createdAt);
  const headingId = `revision-${revision.id}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="rounded border border-rule p-4">
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted">
          by {revision.author.name} · <time dateTime={isoInstant(revision.createdAt)}>{when}</time>
        </p>
        {about.map((context) => (
          <p key={context.field} className="mt-2 text-sm">
            <span className="font-medium">{context.label}:</span> {context.text}
          </p>
        ))}
        {revision.reason ? (
          <p className="mt-2 text-sm">
            <span className="font-medium">Reason:</span> {revision.reason}
          </p>
        ) : null}
        {changes.length === 0 ? (
          <p className="mt-2 text-sm text-muted">No field-by-field changes were recorded for this entry.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">
                What changed: {title}, {when}
              </caption>
              <thead>
                <tr className="border-b-2 border-rule">
                  <th scope="col" className="w-40 py-2 pr-3">
                    Field
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Before
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    After
                  </th>
                  {restore ? (
                    <th scope="col" className="py-2">
                      <span className="sr-only">Restore</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.field} className="border-b border-rule align-top">
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {change.label}
                    </th>
                    <td className="whitespace-pre-wrap break-words py-2 pr-3">
                      <DiffRuns runs={change.before} />
                    </td>
                    <td className="whitespace-pre-wrap break-words py-2 pr-3">
                      <DiffRuns runs={change.after} />
                    </td>
                    {restore ? (
                      <td className="py-2">
                        {!offersRestore(change.field, change.from, fields) ? null : holdsAlready(change.field, change.from, restore.now) ? (
                          <span className="text-muted">The claim holds this earlier value now.</span>
                        ) : (
                          <RestoreButton
                            claimId={restore.claimId}
                            version={restore.version}
                            revisionId={revision.id}
                            field={change.field}
                            fieldLabel={change.label}
                            changedAt={when}
                          />
                        )}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </article>
    </li>
  );
}
