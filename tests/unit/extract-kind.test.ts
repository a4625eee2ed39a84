import { describe, expect, it } from "vitest";
import { classifyKind } from "@/lib/extract/kind";
import type { SpeakerReading } from "@/lib/extract/speakers";

const minister: SpeakerReading = { speaker: { name: "Clara Weiss", title: "Finance Minister" }, named: true, person: true, phrase: "Weiss" };
const governor: SpeakerReading = { speaker: { name: "Omar Reyes", title: "central bank governor" }, named: true, person: true, phrase: "Reyes" };
const ministry: SpeakerReading = { speaker: { name: "Foreign Ministry" }, named: true, person: false, phrase: "the ministry" };

function kindOf(content: string, extra: Partial<Parameters<typeof classifyKind>[0]> = {}) {
  return classifyKind({ content, sentence: content, hasFigure: false, question: false, ...extra });
}

describe("classifyKind", () => {
  it.each([
    ["growth will likely slow", "will likely"],
    ["exports are expected to recover", "are expected to"],
    ["the deficit could reach 6 percent", "could reach"],
    ["inflation is set to ease", "is set to"],
  ])("reads '%s' as a prediction", (content, cue) => {
    expect(kindOf(content)).toEqual({ kind: "PREDICTION", cue });
  });

  it("reads forecasting verbs of attribution as predictions", () => {
    expect(kindOf("inflation would fall to 3.2 percent", { verb: "predicted", reading: governor })).toEqual({ kind: "PREDICTION", cue: "predicted" });
    expect(kindOf("growth of 1 percent", { verb: "forecast" }).kind).toBe("PREDICTION");
  });

  it("reads commitment verbs of attribution as promises", () => {
    for (const verb of ["pledged", "vowed", "promised", "committed"]) {
      expect(kindOf("to open ten clinics", { verb, reading: minister })).toEqual({ kind: "PROMISE", cue: verb });
    }
  });

  it("reads a commitment in the speaker's own voice as a promise", () => {
    expect(kindOf("We will not sign a bad deal")).toEqual({ kind: "PROMISE", cue: "we will" });
    expect(kindOf("I'll ride the first train")).toEqual({ kind: "PROMISE", cue: "i'll" });
    expect(kindOf("We are committed to lower fares").kind).toBe("PROMISE");
  });

  it("reads 'committed to' as a promise in anyone's voice", () => {
    expect(kindOf("Morland remains committed to the treaty")).toEqual({ kind: "PROMISE", cue: "remains committed to" });
    expect(kindOf("The government is fully committed to cutting emissions").kind).toBe("PROMISE");
  });

  it("reads 'her government would', 'the government will' from a minister and 'the bank would' from its governor as promises", () => {
    expect(kindOf("her government would not accept the text", { reading: minister }).kind).toBe("PROMISE");
    expect(kindOf("the government would halve the deficit", { reading: minister }).kind).toBe("PROMISE");
    expect(kindOf("the bank would keep rates at 6.5 percent", { reading: governor, hasFigure: true })).toEqual({
      kind: "PROMISE",
      cue: "the bank would",
    });
    expect(kindOf("it would respond within two weeks", { reading: ministry })).toEqual({ kind: "PROMISE", cue: "it would" });
  });

  it("does not take an opposition leader's 'the government will' for a promise", () => {
    const opposition: SpeakerReading = { speaker: { name: "Ana Ruiz", title: "opposition leader" }, named: true, person: true, phrase: "Ruiz" };
    expect(kindOf("the government will raise taxes", { reading: opposition }).kind).toBe("STATEMENT");
  });

  it("makes a plain 'will' a prediction only with a figure or a date to check it against", () => {
    expect(kindOf("the city will open 12 stations", { hasFigure: true })).toEqual({ kind: "PREDICTION", cue: "will" });
    expect(kindOf("the talks will resume", { deadline: { phrase: "in April", explicit: false } }).kind).toBe("PREDICTION");
    expect(kindOf("the talks will resume").kind).toBe("STATEMENT");
  });

  it("takes an explicit deadline alone as a prediction", () => {
    expect(kindOf("emissions down 40 percent by 2030", { deadline: { phrase: "by 2030", explicit: true } })).toEqual({
      kind: "PREDICTION",
      cue: "by 2030",
    });
  });

  it("does not read hindsight or questions as predictions", () => {
    const hindsight = "Traders had expected a smaller fall";
    expect(kindOf("a smaller fall", { verb: "expected", sentence: hindsight }).kind).toBe("STATEMENT");
    expect(kindOf("Will Morland cut its stockpile by 40 percent?", { hasFigure: true, question: true }).kind).toBe("STATEMENT");
  });

  it("does not read what a report due out 'will show' as a forecast", () => {
    const content = "The report will show that inflation rose to 3 percent";
    expect(kindOf(content, { hasFigure: true }).kind).toBe("PREDICTION");
    expect(kindOf(content, { hasFigure: true, describesDocument: true }).kind).toBe("STATEMENT");
    expect(kindOf("exports are expected to rise", { describesDocument: true }).kind).toBe("PREDICTION");
  });

  it("reads past facts as statements", () => {
    expect(kindOf("unemployment had fallen to 5.9 percent", { reading: minister, hasFigure: true }).kind).toBe("STATEMENT");
    expect(kindOf("We promised discipline and we have delivered it").kind).toBe("STATEMENT");
  });
});
