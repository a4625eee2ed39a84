// The three kinds of change to a published verdict, as readers and the desk
// name them. Kept apart from the schema so the history and the public page can
// use the words without the form's rules. Importable from client code.
export const CORRECTION_KINDS = ["CORRECTION", "UPDATE", "CLARIFICATION"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const CORRECTION_KIND_LABELS: Record<CorrectionKind, string> = {
  CORRECTION: "Correction",
  UPDATE: "Update",
  CLARIFICATION: "Clarification",
};
