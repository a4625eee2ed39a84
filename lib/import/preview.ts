import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { isoDate, wallClockIn } from "@/lib/dates";
import { prisma, type Transaction } from "@/lib/db";
import { IMPORT_LIMITS } from "@/lib/import/columns";
import { parseImportFile } from "@/lib/import/parse";
import { authorizeImport, findExisting, nameKey } from "@/lib/import/resolve";
import type { ImportFile, ImportPreview } from "@/lib/import/summary";

// As the file wrote it, so the person can match it against their spreadsheet.
function saidOn(madeAt: Date, zone: string | null) {
  if (!zone) return isoDate(madeAt);
  const { day, time } = wallClockIn(madeAt, zone);
  return `${day} ${time} (${zone})`;
}

// "Check file": everything the import would do, and every problem with the
// file, without writing anything.
export async function previewImport(actor: Actor | null, file: ImportFile, db: Transaction = prisma): Promise<ImportPreview> {
  authorizeImport(actor);
  const parsed = parseImportFile(file.text);
  const existing = await findExisting(db, parsed);

  const newSpeakerNames = new Map<string, string>();
  for (const claim of parsed.claims) {
    const key = nameKey(claim.speakerName);
    if (!existing.speakers.has(key) && !newSpeakerNames.has(key)) newSpeakerNames.set(key, claim.speakerName);
  }
  const newTopics = new Set(parsed.claims.flatMap((claim) => claim.topics.map(nameKey)).filter((key) => !existing.topics.has(key)));

  return {
    fileName: file.name,
    rows: parsed.rows,
    claims: parsed.claimCount,
    sources: parsed.sources.length,
    reusedSources: parsed.sources.filter((source) => source.url && existing.sources.has(source.url)).length,
    newSpeakers: newSpeakerNames.size,
    newSpeakerNames: [...newSpeakerNames.values()].slice(0, 20),
    newTopics: newTopics.size,
    refsAlreadyOnDesk: existing.refsOnDesk,
    errors: parsed.errors.slice(0, IMPORT_LIMITS.errorsShown),
    errorCount: parsed.errors.length,
    preview: parsed.claims.slice(0, IMPORT_LIMITS.previewClaims).map((claim) => {
      const stances = claim.evidence.map((item) => item.stance);
      return {
        row: claim.row,
        ref: claim.ref,
        text: claim.text,
        speaker: claim.speakerName,
        speakerIsNew: !existing.speakers.has(nameKey(claim.speakerName)),
        kind: claim.kind,
        saidOn: saidOn(claim.madeAt, claim.madeAtTimeZone),
        topics: claim.topics,
        supports: stances.filter((stance) => stance === "SUPPORTS").length,
        contradicts: stances.filter((stance) => stance === "CONTRADICTS").length,
        context: stances.filter((stance) => stance === "CONTEXT").length,
      };
    }),
  };
}
