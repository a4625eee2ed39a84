import { z } from "zod";
import type { OddsToAttach } from "@/lib/articles/market-odds-evidence";
import { type NewClaimInput, newClaimSchema } from "@/lib/claims/schema";
import { optionalDate, optionalUrl } from "@/lib/form-fields";
import { removeForbiddenCharacters } from "@/lib/input-rules";

// Turning a pasted (or fetched) article into claims: first read it, then log
// the candidates the reporter ticked, all in one step.

export const MAX_ARTICLE_CHARACTERS = 100_000;

export const readArticleSchema = z
  .object({
    // A pasted article is someone else's text: invisible control characters
    // in it are dropped, not refused (each candidate logged from it is then
    // checked like any claim).
    articleText: z
      .string()
      .overwrite(removeForbiddenCharacters)
      .trim()
      .max(MAX_ARTICLE_CHARACTERS, { error: `Paste at most ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} characters; split a longer text.` })
      .optional()
      .transform((value) => value || undefined),
    articleUrl: optionalUrl("The article's link"),
    publishedOn: optionalDate("The article's date"),
  })
  .superRefine((article, context) => {
    if (!article.articleText && !article.articleUrl) {
      context.addIssue({ code: "custom", path: ["articleText"], message: "Paste the article's text, or give its link below." });
    }
  });

export type ReadArticleInput = z.output<typeof readArticleSchema>;

// Odds ticked on a candidate ("odds.s4" = "o7") arrive with what the reader
// found ("oddsBy.o7", "oddsPercent.o7", "oddsSentence.o7"); undefined when
// they do not read as odds.
function oddsTicked(raw: Record<string, unknown>, id: string, observedOn: Date | undefined): OddsToAttach[] | undefined {
  const ids = [raw[`odds.${id}`]].flat().filter((value): value is string => typeof value === "string");
  const odds: OddsToAttach[] = [];
  for (const oddsId of ids) {
    const by = raw[`oddsBy.${oddsId}`];
    const percent = Number(raw[`oddsPercent.${oddsId}`]);
    const sentence = raw[`oddsSentence.${oddsId}`];
    if (!/^o\d{1,6}$/.test(oddsId) || typeof by !== "string" || typeof sentence !== "string" || !Number.isInteger(percent)) return undefined;
    if (percent < 0 || percent > 100 || !by.trim() || by.length > 200 || !sentence.trim() || sentence.length > 1000) return undefined;
    odds.push({ by: by.trim(), percent, sentence: sentence.trim(), observedOn: observedOn ?? new Date() });
  }
  return odds;
}

// The ticked candidates arrive as fields named after each candidate's id
// ("text.s4", "speaker.s4"…). Each becomes a claim draft checked by the same
// rules as the log form; a problem is reported on that candidate's field.
const PER_CANDIDATE = ["text", "quote", "speakerId", "speaker", "speakerTitle", "madeAt", "kind", "settleBy", "settleCriteria"] as const;

export const pickedClaimsSchema = z
  .record(z.string(), z.unknown())
  .transform((raw, context): { drafts: NewClaimInput[]; oddsFor: Map<NewClaimInput, OddsToAttach[]>; articleUrl?: string; articleSourceId?: string } => {
    const ticked = [raw.pick].flat().filter((id): id is string => typeof id === "string" && /^[\w-]{1,40}$/.test(id));
    if (ticked.length === 0) {
      context.addIssue({ code: "custom", path: ["pick"], message: "Tick at least one candidate to log it." });
      return z.NEVER;
    }
    const articleUrl = optionalUrl("The article's link").safeParse(raw.articleUrl);
    const drafts: NewClaimInput[] = [];
    const oddsFor = new Map<NewClaimInput, OddsToAttach[]>();
    const observedOn = optionalDate("The article's date").safeParse(raw.articlePublishedOn);
    for (const id of [...new Set(ticked)]) {
      const field = (name: (typeof PER_CANDIDATE)[number]) => {
        const value = raw[`${name}.${id}`];
        return typeof value === "string" ? value : undefined;
      };
      const parsed = newClaimSchema.safeParse({
        text: field("text"),
        quote: field("quote"),
        speakerId: field("speakerId"),
        newSpeakerName: field("speakerId") ? undefined : field("speaker"),
        newSpeakerTitle: field("speakerId") ? undefined : field("speakerTitle"),
        assignToMe: typeof raw.assignToMe === "string" ? raw.assignToMe : undefined,
        madeAt: field("madeAt"),
        kind: field("kind"),
        settleBy: field("settleBy"),
        settleCriteria: field("settleCriteria"),
        appearanceUrl: articleUrl.success ? articleUrl.data : undefined,
        // The reporter has seen the duplicate hints beside each candidate.
        confirmedNew: "on",
      });
      const odds = oddsTicked(raw, id, observedOn.success ? observedOn.data : undefined);
      if (odds === undefined)
        context.addIssue({ code: "custom", path: [`odds.${id}`], message: "These odds could not be read: untick them, or read the article again." });
      if (parsed.success) {
        drafts.push(parsed.data);
        if (odds?.length) oddsFor.set(parsed.data, odds);
      } else {
        for (const issue of parsed.error.issues) {
          const name =
            issue.path[0] === "speakerId" || issue.path[0] === "newSpeakerName"
              ? "speaker"
              : issue.path[0] === "newSpeakerTitle"
                ? "speakerTitle"
                : String(issue.path[0]);
          context.addIssue({ code: "custom", path: [`${name}.${id}`], message: issue.message });
        }
      }
    }
    const sourceId = typeof raw.articleSourceId === "string" && /^[\w-]{1,40}$/.test(raw.articleSourceId) ? raw.articleSourceId : undefined;
    return { drafts, oddsFor, articleUrl: articleUrl.success ? articleUrl.data : undefined, articleSourceId: sourceId };
  });

export type PickedClaims = z.output<typeof pickedClaimsSchema>;
