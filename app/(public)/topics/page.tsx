import type { Metadata } from "next";
import Link from "next/link";
import { TopicDirectoryList } from "@/components/topics/topic-directory";
import { pageAlternates } from "@/lib/feeds/alternates";
import { topicDirectory } from "@/lib/topics/public";

// Rendered per request (the build needs no database) from the cached list of
// published verdicts, which every publication expires.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Topics",
  description: "The subjects we follow, each with a timeline of official claims beside the record.",
  alternates: pageAlternates("/topics"),
};

export default async function TopicsPage() {
  const topics = await topicDirectory();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Topics</h1>
      <p className="mt-2 max-w-2xl text-muted">
        Each topic puts what officials claimed and what the record shows on one timeline, and marks where they part ways.
      </p>
      {topics.length === 0 ? (
        <p className="mt-8 rounded border border-rule p-6 text-muted">
          No verdicts have been published yet, so no topic is listed. A topic appears here with its first published verdict; meanwhile, read{" "}
          <Link href="/methodology">how we check claims</Link>.
        </p>
      ) : (
        <TopicDirectoryList topics={topics} />
      )}
    </>
  );
}
