import Link from "next/link";
import { formatDate } from "@/lib/dates";

type Topic = { slug: string; name: string; description: string | null; verdicts: number; latestSaid: Date };

// The topics index: each topic with published verdicts, how many, and when
// its latest checked claim was made.
export function TopicDirectoryList({ topics }: { topics: Topic[] }) {
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2">
      {topics.map((topic) => (
        <li key={topic.slug} className="rounded border border-rule p-4">
          <h2 className="text-lg font-semibold">
            <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>
          </h2>
          {topic.description ? <p className="mt-1 text-sm text-muted">{topic.description}</p> : null}
          <p className="mt-2 text-sm">
            {topic.verdicts} published {topic.verdicts === 1 ? "verdict" : "verdicts"} · latest claim said {formatDate(topic.latestSaid)}
          </p>
        </li>
      ))}
    </ul>
  );
}
