// How many independent sources stand behind a set of evidence: a repost or a
// syndicated copy counts once, with the original it was derived from.
export function independentCount(sources: { id: string; derivedFromId: string | null }[]): number {
  return new Set(sources.map((source) => source.derivedFromId ?? source.id)).size;
}
