import type { Metadata } from "next";
import { FailedJobButtons, RunJobButton } from "@/components/jobs/job-buttons";
import { decide } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { jobsOverview } from "@/lib/jobs/overview";

export const metadata: Metadata = { title: "Background jobs" };

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export default async function JobsPage() {
  const actor = await requireActor();
  const decision = decide(actor, "jobs.manage");
  if (!decision.allowed) {
    return (
      <>
        <h1 className="text-2xl font-bold">Background jobs</h1>
        <p className="mt-4 rounded border-l-4 border-red-700 bg-red-50 px-3 py-2">{decision.reason}</p>
      </>
    );
  }
  const overview = await jobsOverview(actor);
  if (!overview.reachable) {
    return (
      <>
        <h1 className="text-2xl font-bold">Background jobs</h1>
        <p className="mt-4 rounded border-l-4 border-red-700 bg-red-50 px-3 py-2">{overview.reason} Reload the page in a moment.</p>
      </>
    );
  }
  const { jobs, failed, workers } = overview;
  return (
    <>
      <h1 className="text-2xl font-bold">Background jobs</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Mail, re-archiving the record, reminders, backups and clean-up run here, on the newsroom's database. A job that fails is tried again with growing
        pauses; one that fails every try is listed below until someone retries or dismisses it. Times are in UTC for schedules and in the newsroom's zone
        elsewhere.
      </p>

      <section aria-labelledby="workers-heading" className="mt-8">
        <h2 id="workers-heading" className="text-lg font-semibold">
          Workers
        </h2>
        {workers.length === 0 ? (
          <p className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2" data-testid="no-workers">
            No worker has been heard from in the last minute, so jobs are waiting. Start OnRecord with <code>npm start</code> (which runs a worker unless{" "}
            <code>JOBS_IN_APP=false</code>) or run <code>npm run worker</code>.
          </p>
        ) : (
          <ul className="mt-2 list-disc pl-6" data-testid="workers">
            {workers.map((worker) => (
              <li key={`${worker.host}-${worker.pid}-${worker.name}`}>
                {worker.host}, process {worker.pid}: running since {formatDateTime(worker.startedAt)}, last heard from {formatDateTime(worker.lastHeardAt)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="jobs-heading" className="mt-8">
        <h2 id="jobs-heading" className="text-lg font-semibold">
          Jobs ({jobs.length})
        </h2>
        {jobs.length === 0 ? (
          <p className="mt-2 text-muted">No background jobs are defined.</p>
        ) : (
          <ul className="mt-3 divide-y divide-rule border-y border-rule">
            {jobs.map((job) => (
              <li key={job.name} className="py-4" data-testid={`job-${job.name}`}>
                <h3 className="font-semibold">{job.name}</h3>
                <p className="text-muted">{job.description}</p>
                <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="font-medium">Schedule</dt>
                  <dd>{job.schedule ? <code>{job.schedule}</code> : "When the app asks for it"}</dd>
                  <dt className="font-medium">Next run</dt>
                  <dd>{job.nextRunAt ? formatDateTime(job.nextRunAt) : "Not scheduled"}</dd>
                  <dt className="font-medium">Queue</dt>
                  <dd>
                    {job.waiting} waiting, {job.running} running, {job.retrying} waiting to retry, {job.failedKept} failed
                  </dd>
                </dl>
                {/* A job without a schedule runs on what the app hands it (a purge's tags): run by hand, it has nothing to do. */}
                {job.schedule ? (
                  <div className="mt-2">
                    <RunJobButton name={job.name} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="failed-heading" className="mt-8">
        <h2 id="failed-heading" className="text-lg font-semibold">
          Failed after every try ({failed.length})
        </h2>
        {failed.length === 0 ? (
          <p className="mt-2 text-muted">Nothing has failed. Jobs that fail every try are listed here for 30 days.</p>
        ) : (
          <ul className="mt-3 divide-y divide-rule border-y border-rule">
            {failed.map((job) => (
              <li key={job.id} className="py-4" data-testid={`failed-${job.job}`}>
                <p className="font-medium">
                  {job.job}{" "}
                  <span className="text-muted">
                    · failed {formatDateTime(job.failedAt)} · {count(job.tries, "try", "tries")}
                  </span>
                </p>
                <p className="mt-1 rounded bg-red-50 px-2 py-1 text-sm text-red-900">{job.error}</p>
                <p className="mt-1 break-all text-sm text-muted">
                  Data: <code>{job.data}</code>
                </p>
                <div className="mt-2">
                  <FailedJobButtons id={job.id} name={job.job} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
