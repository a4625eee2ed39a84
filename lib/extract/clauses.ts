// Whether reported words can stand as a claim of their own ("Morland had
// agreed to ...") or only make sense with the speaker and verb in front
// ("pledged to open ten clinics", "denied the report").

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

const AUXILIARY =
  /^(?:is|are|was|were|be|been|being|has|had|have|will|would|could|can|may|might|should|must|did|does|do|shall|won['’]t|wouldn['’]t|isn['’]t|wasn['’]t|weren['’]t|aren['’]t|hasn['’]t|haven['’]t|hadn['’]t|can['’]t|cannot|didn['’]t|doesn['’]t|don['’]t)$/i;
const IRREGULAR_PAST = new Set([
  "rose",
  "fell",
  "grew",
  "hit",
  "cut",
  "won",
  "lost",
  "made",
  "took",
  "gave",
  "sent",
  "left",
  "met",
  "saw",
  "came",
  "went",
  "broke",
  "began",
  "spent",
  "paid",
  "kept",
  "held",
  "told",
  "said",
  "became",
  "brought",
  "bought",
  "fought",
  "sought",
  "thought",
  "ran",
  "led",
  "set",
  "put",
  "shut",
  "spread",
  "shrank",
  "sank",
  "stood",
  "understood",
  "drew",
  "flew",
  "knew",
  "threw",
  "wrote",
  "chose",
  "froze",
  "spoke",
  "remains",
  "stands",
  "needs",
  "wants",
  "plans",
]);
const NOT_A_SUBJECT = new Set(["the", "a", "an", "any", "all", "some", "its", "his", "her", "their", "our", "no", "reports", "claims"]);

/** Whether reported words read as a sentence of their own ("Morland had agreed") rather than an object ("the report"). */
export function readsAsClause(text: string): boolean {
  const tokens = words(text.replace(/["“”]/g, "")).slice(0, 8);
  if (tokens.length < 2 || /^(?:to|of|about|against|for|on|over)$/i.test(tokens[0]!)) return false;
  if (tokens.some((token) => AUXILIARY.test(token.replace(/[,.;:]$/, "")))) return true;
  return tokens.slice(1, 4).some((token, index) => {
    const word = token.toLowerCase().replace(/[^\p{L}]/gu, "");
    if (word.endsWith("ed") || IRREGULAR_PAST.has(word)) return true;
    return index === 0 && word.endsWith("s") && !NOT_A_SUBJECT.has(tokens[0]!.toLowerCase());
  });
}

// Verbs of saying take a clause: "She said her journey takes 75 minutes". Others
// often take an object ("pledged to ...", "denied the report", "expects inflation to fall").
const CLAUSE_VERBS = new Set([
  "said",
  "says",
  "say",
  "told",
  "tells",
  "added",
  "adds",
  "insisted",
  "insists",
  "argued",
  "argues",
  "claimed",
  "stated",
  "noted",
  "explained",
  "explains",
  "wrote",
  "writes",
  "declared",
  "asserted",
  "maintained",
  "maintains",
  "acknowledged",
  "admitted",
  "conceded",
  "stressed",
  "emphasised",
  "emphasized",
  "countered",
  "replied",
  "responded",
  "suggested",
  "cautioned",
  "boasted",
  "complained",
  "alleged",
]);

export function takesClause(verb: string, content: string): boolean {
  if (CLAUSE_VERBS.has(verb)) {
    const tokens = words(content);
    return tokens.length >= 3 && !/^(?:to|of|about|against|for|on|over|nothing|so)$/i.test(tokens[0]!);
  }
  return readsAsClause(content);
}
