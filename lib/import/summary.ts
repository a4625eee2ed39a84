import type { ClaimKind } from "@/lib/claims/labels";
import type { ImportError } from "@/lib/import/columns";

// What the import routes take and send back, shared by the server and the
// upload form.

// The uploaded file: its name (for the history and the audit log) and text.
export type ImportFile = { name: string; text: string };

// POST /desk/import/preview
export type ImportPreview = {
  fileName: string;
  // Rows with something in them, not counting the header.
  rows: number;
  claims: number;
  // Distinct sources the file cites, of which some are already in the library.
  sources: number;
  reusedSources: number;
  newSpeakers: number;
  // A few of them by name: a misspelt speaker shows up here before it is created.
  newSpeakerNames: string[];
  newTopics: number;
  // claim_refs that are the slug of a claim already on the desk: importing
  // an export back into the same desk makes copies, which is worth a warning.
  refsAlreadyOnDesk: number;
  errors: ImportError[];
  errorCount: number;
  preview: ClaimPreview[];
};

export type ClaimPreview = {
  row: number;
  ref: string | null;
  text: string;
  speaker: string;
  speakerIsNew: boolean;
  kind: ClaimKind;
  saidOn: string;
  topics: string[];
  supports: number;
  contradicts: number;
  context: number;
};

// POST /desk/import/commit streams one of these per line (NDJSON).
export type CommitLine =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; created: number; firstClaimIds: string[]; sourcesCreated: number; speakersCreated: number; topicsCreated: number }
  | { type: "error"; message: string; errors: ImportError[]; errorCount: number };

// Any refusal before the work starts (signed out, too large, cross-site…).
export type ImportRefusal = { error: string };
