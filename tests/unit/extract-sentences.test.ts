import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/extract/sentences";

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it("splits at full stops, question marks and exclamation marks followed by a capital", () => {
    expect(texts("Talks resumed. Did they work? Nobody knows! The end.")).toEqual(["Talks resumed.", "Did they work?", "Nobody knows!", "The end."]);
  });

  it("does not split after titles before a name", () => {
    const text = "Mr. Vale met Mrs. Ortiz and Dr. Nair. Gen. Brandt, Sen. Ana Ruiz and Rep. Tom Hall stayed away. St. Anne's Hall was empty.";
    expect(texts(text)).toEqual([
      "Mr. Vale met Mrs. Ortiz and Dr. Nair.",
      "Gen. Brandt, Sen. Ana Ruiz and Rep. Tom Hall stayed away.",
      "St. Anne's Hall was empty.",
    ]);
  });

  it("does not split inside U.S., U.N., month abbreviations, times or decimals", () => {
    const text = "The U.S. envoy met the U.N. team on Jan. 5 and again on Feb. 12 at 9 a.m. local time. Inflation was 3.5 percent. It rose to 4.25 later.";
    expect(texts(text)).toEqual([
      "The U.S. envoy met the U.N. team on Jan. 5 and again on Feb. 12 at 9 a.m. local time.",
      "Inflation was 3.5 percent.",
      "It rose to 4.25 later.",
    ]);
  });

  it("does not split after 'St.' in a place name, in any case", () => {
    const text =
      "Economists at the St. Louis Fed noted that inflation had fallen to 2.4% in October. ST. LOUIS stayed calm. The Fed met in St. Louis. The bank said so.";
    expect(texts(text)).toEqual([
      "Economists at the St. Louis Fed noted that inflation had fallen to 2.4% in October.",
      "ST. LOUIS stayed calm.",
      "The Fed met in St. Louis.",
      "The bank said so.",
    ]);
  });

  it("does not split after a middle initial", () => {
    expect(texts("John F. Kennedy spoke first. J. R. Osei spoke next.")).toEqual(["John F. Kennedy spoke first.", "J. R. Osei spoke next."]);
  });

  it("ends a sentence at an abbreviation when the next word opens a sentence", () => {
    expect(texts("Exports went mostly to the U.S. The rest went to Morland.")).toEqual(["Exports went mostly to the U.S.", "The rest went to Morland."]);
  });

  it("keeps a quotation with several sentences inside it as one sentence with its attribution", () => {
    const text = `"We are ready. The ball is in their court," Ortiz said. Vale disagreed.`;
    expect(texts(text)).toEqual([`"We are ready. The ball is in their court," Ortiz said.`, "Vale disagreed."]);
    const curly = "“There is no cap. There never was,” Vale said. Talks ended.";
    expect(texts(curly)).toEqual(["“There is no cap. There never was,” Vale said.", "Talks ended."]);
  });

  it("keeps a short attribution after a quoted question with the question", () => {
    expect(texts(`"Who will pay for it?" Osei asked. Nobody answered.`)).toEqual([`"Who will pay for it?" Osei asked.`, "Nobody answered."]);
  });

  it("starts a new sentence at every paragraph, even without a full stop (headlines, bylines)", () => {
    const sentences = splitSentences("Talks end without a deal\n\nBy Amal Reddy\n\nThe talks ended. Both sides left.");
    expect(sentences.map((sentence) => sentence.text)).toEqual(["Talks end without a deal", "By Amal Reddy", "The talks ended.", "Both sides left."]);
    expect(sentences[2]!.paragraph).toBe(sentences[3]!.paragraph);
    expect(sentences[1]!.paragraph).not.toBe(sentences[2]!.paragraph);
  });

  it("joins a hard-wrapped line that continues in lowercase", () => {
    expect(texts("The minister said the talks\nhad failed. Nobody was surprised.")).toEqual([
      "The minister said the talks\nhad failed.",
      "Nobody was surprised.",
    ]);
  });

  it("gives offsets that point at the sentence in the original text", () => {
    const text = '  First one here.   Second, with "a quote."  \n\n Third?';
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(texts(text)).toEqual(["First one here.", `Second, with "a quote."`, "Third?"]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n \t")).toEqual([]);
  });
});
