import { z } from "zod";
import { saidAt } from "@/lib/dates";
import { checkbox, claimId, dateInput, optionalText, readableSaidAt, timeOfDay, timeZone, webAddress } from "@/lib/form-fields";
import { isInFuture } from "@/lib/input-rules";

// One place where a claim was made or repeated: the link, and when it was seen.

const appearanceUrl = webAddress("The link", "Give the link to where it was said.");

export const newAppearanceSchema = z
  .object({
    claimId,
    appearanceUrl,
    appearanceTitle: optionalText(300, "The title"),
    venue: optionalText(200, "Where it was said"),
    madeAt: dateInput("when it was said"),
    madeAtTime: timeOfDay,
    timeZone,
    markFirst: checkbox,
  })
  // Seen, so not in the future: the time of day counts, read in its zone,
  // as for the claim itself.
  .superRefine(
    (appearance, context) => {
      // An unreadable date, time or zone is already reported on its field.
      if (!readableSaidAt(appearance)) return;
      if (isInFuture(saidAt(appearance).madeAt)) {
        context.addIssue({ code: "custom", path: ["madeAt"], message: "It cannot have been said in the future." });
      }
    },
    { when: () => true },
  );

export type NewAppearanceInput = z.output<typeof newAppearanceSchema>;

export const appearanceRefSchema = z.object({
  claimId,
  appearanceId: z.string({ error: "No appearance given." }).trim().min(1, { error: "No appearance given." }),
});

export type AppearanceRef = z.output<typeof appearanceRefSchema>;
