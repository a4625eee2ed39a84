import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extract";
import { findAttribution } from "@/lib/extract/attribution";
import { SpeakerMemory } from "@/lib/extract/speaker-memory";
import { noticeMentions, readSpeaker } from "@/lib/extract/speakers";

/** Who a sentence is attributed to and what it reports, read against the people met so far. */
function attribute(sentence: string, memory = new SpeakerMemory()) {
  const found = findAttribution(sentence, memory);
  if (!found) return undefined;
  return {
    speaker: found.reading.speaker,
    named: found.reading.named,
    verb: found.verb,
    content: found.content.map((piece) => sentence.slice(piece.start, piece.end)).join(" | "),
    keepsVerb: found.keepsVerb,
  };
}

describe("findAttribution: verbs in both orders", () => {
  it("reads 'X said that ...' and strips the attribution from the content", () => {
    expect(attribute("Lena Ortiz said that Morland had agreed to cap enrichment.")).toEqual({
      speaker: { name: "Lena Ortiz" },
      named: true,
      verb: "said",
      content: "Morland had agreed to cap enrichment",
      keepsVerb: false,
    });
  });

  it("reads '..., X said' and '..., said X'", () => {
    expect(attribute("The deal is dead, Lena Ortiz said.")).toMatchObject({ speaker: { name: "Lena Ortiz" }, content: "The deal is dead" });
    expect(attribute("The deal is dead, said Lena Ortiz.")).toMatchObject({ speaker: { name: "Lena Ortiz" }, content: "The deal is dead" });
  });

  it("reads a quotation before the speaker, keeping the quotation marks in the content", () => {
    expect(attribute(`"We are ready," Ortiz said.`)).toMatchObject({ speaker: { name: "Ortiz" }, verb: "said", content: `"We are ready,"` });
    expect(attribute(`“We are ready,” said Ortiz.`)).toMatchObject({ speaker: { name: "Ortiz" }, content: `“We are ready,”` });
  });

  it("joins a quotation split around the attribution", () => {
    expect(attribute(`"We are ready," Ortiz said, "but not at any price."`)?.content).toBe(`"We are ready," | "but not at any price."`);
  });

  it("reads a quotation after a colon", () => {
    expect(attribute(`The minister, Lena Ortiz, said: "Everything is on the table."`)).toMatchObject({
      speaker: { name: "Lena Ortiz", title: "minister" },
      content: `"Everything is on the table."`,
    });
  });

  it("reads 'X told reporters (in Vienna) (on Tuesday) that ...'", () => {
    expect(attribute("Ortiz told reporters in Vienna on Tuesday that the talks had stalled.")).toMatchObject({
      verb: "told",
      content: "the talks had stalled",
    });
    expect(attribute("Vale told OnWire the figures were invented.")).toMatchObject({ content: "the figures were invented" });
  });

  it.each([
    ["claimed", "Vale claimed that exports had risen."],
    ["insisted", "Vale insisted that exports had risen."],
    ["announced", "Vale announced that exports had risen."],
    ["warned", "Vale warned that exports had fallen."],
    ["stated", "Vale stated that exports had risen."],
    ["argued", "Vale argued that exports had risen."],
    ["added", "Vale added that exports had risen."],
    ["denied", "Vale denied that exports had fallen."],
    ["confirmed", "Vale confirmed that exports had risen."],
    ["noted", "Vale noted that exports had risen."],
    ["told", "Vale told parliament that exports had risen."],
  ])("recognises '%s' as an attribution", (verb, sentence) => {
    expect(attribute(sentence)).toMatchObject({ speaker: { name: "Vale" }, verb, content: expect.stringMatching(/^exports had/) });
  });

  it("reads 'according to X' before and after the content, dropping 'figures compiled by'", () => {
    expect(attribute("According to the Kestrian Energy Office, exports fell by half.")).toMatchObject({
      speaker: { name: "Kestrian Energy Office" },
      verb: "according to",
      content: "exports fell by half",
    });
    expect(attribute("Exports fell by half, according to figures compiled by the Kestrian Energy Office.")).toMatchObject({
      speaker: { name: "Kestrian Energy Office" },
      content: "Exports fell by half",
    });
  });

  it("reads an attribution in the middle of the sentence", () => {
    expect(attribute("Morland, the ministry said, has agreed to resume talks.")?.content).toBe("Morland | has agreed to resume talks");
  });

  it("never takes 'said' inside a quotation for the attribution", () => {
    expect(attribute(`"He said no," Ortiz recalled.`)).toBeUndefined();
    expect(attribute(`The slogan "Hale said it first" was everywhere.`)).toBeUndefined();
  });

  it("finds nothing in a sentence with no speaker", () => {
    expect(attribute("Talks resumed in Vienna on Wednesday.")).toBeUndefined();
    expect(attribute("The claims were never tested in court.")).toBeUndefined();
  });

  it("keeps the verb when the reported words cannot stand alone", () => {
    expect(attribute("Dana Hale pledged on Monday to lift the export ban.")).toMatchObject({
      verb: "pledged",
      content: "to lift the export ban",
      keepsVerb: true,
    });
    expect(attribute("Idris Vale denied that account.")).toMatchObject({ content: "that account", keepsVerb: true });
  });
});

describe("findAttribution: speakers and titles", () => {
  it("splits a title before the name from the name", () => {
    expect(attribute("Foreign Minister Lena Ortiz said the talks had failed.")?.speaker).toEqual({ name: "Lena Ortiz", title: "Foreign Minister" });
    expect(attribute("President Dana Hale said the talks had failed.")?.speaker).toEqual({ name: "Dana Hale", title: "President" });
    expect(attribute("Kestria's Foreign Minister Lena Ortiz said the talks had failed.")?.speaker).toEqual({
      name: "Lena Ortiz",
      title: "Foreign Minister",
    });
    expect(attribute("Secretary of State Mark Ruiz said the talks had failed.")?.speaker).toEqual({ name: "Mark Ruiz", title: "Secretary of State" });
  });

  it.each([
    ["Treasury Secretary Ana Ruiz", { name: "Ana Ruiz", title: "Treasury Secretary" }],
    ["Senator Mark Hale", { name: "Mark Hale", title: "Senator" }],
    ["Sen. Mark Hale", { name: "Mark Hale", title: "Senator" }],
    ["Rep. Dana Cole", { name: "Dana Cole", title: "Representative" }],
    ["Gov. Bola Adeyemi", { name: "Bola Adeyemi", title: "Governor" }],
    ["Gen. Tomas Brandt", { name: "Tomas Brandt", title: "General" }],
    ["Lt. Gen. Tomas Brandt", { name: "Tomas Brandt", title: "Lieutenant General" }],
  ])("keeps the title of '%s', an abbreviation written out", (speaker, expected) => {
    expect(attribute(`${speaker} said the talks had failed.`)?.speaker).toEqual(expected);
    expect(attribute(`The talks had failed, ${speaker} said.`)?.speaker).toEqual(expected);
  });

  it("remembers a written-out title for the surname alone", () => {
    const memory = new SpeakerMemory();
    noticeMentions("Sen. Mark Hale arrived late.", memory);
    expect(attribute("Hale said the talks had failed.", memory)?.speaker).toEqual({ name: "Mark Hale", title: "Senator" });
  });

  it("reads a job description set off by commas, before or after the name", () => {
    expect(attribute("The central bank governor, Omar Reyes, said rates would stay high.")?.speaker).toEqual({
      name: "Omar Reyes",
      title: "central bank governor",
    });
    expect(attribute("Omar Reyes, the central bank governor, said rates would stay high.")?.speaker).toEqual({
      name: "Omar Reyes",
      title: "central bank governor",
    });
    expect(attribute("Rates will stay high, Omar Reyes, the central bank governor, said.")).toMatchObject({
      speaker: { name: "Omar Reyes", title: "central bank governor" },
      content: "Rates will stay high",
    });
    expect(attribute("Samir Okafor, chief economist at Greyline Bank, said growth would slow.")?.speaker).toEqual({
      name: "Samir Okafor",
      title: "chief economist at Greyline Bank",
    });
  });

  it("ignores asides between the speaker and the verb", () => {
    expect(attribute("Ortiz, who has led the delegation since January, said the talks had stalled.")).toMatchObject({
      speaker: { name: "Ortiz" },
      content: "the talks had stalled",
    });
  });

  it("takes organisations as speakers", () => {
    expect(attribute("The Foreign Ministry said the talks had been useful.")).toMatchObject({ speaker: { name: "Foreign Ministry" }, named: true });
    expect(attribute("Prices rose, the statistics office said.")).toMatchObject({ speaker: { name: "Statistics office" }, named: false });
  });

  it("attributes to unnamed sources without inventing a speaker", () => {
    expect(attribute("A senior official said the plan was dead.")).toMatchObject({ speaker: undefined, named: false, content: "the plan was dead" });
    expect(attribute("The plan is dead, two Western diplomats said.")).toMatchObject({ speaker: undefined, named: false });
  });

  it("finds the subject of 'X did this and said ...'", () => {
    expect(attribute("Finance Minister Clara Weiss welcomed the figures and said the deficit would halve.")).toMatchObject({
      speaker: { name: "Clara Weiss", title: "Finance Minister" },
      content: "the deficit would halve",
    });
  });
});

describe("extractClaims: newswire titles before a name", () => {
  const DREDGING = "The harbour authority will finish dredging by the end of 2027.";

  /** The one candidate for a sentence published on 10 June 2026: its speaker and its claim. */
  function claimOf(sentence: string) {
    const candidates = extractClaims(sentence, { publishedOn: "2026-06-10" });
    expect(candidates).toHaveLength(1);
    return { speaker: candidates[0]!.speaker, claim: candidates[0]!.claim };
  }

  it("reads a lowercase job before the name at the start of the sentence", () => {
    expect(claimOf("Chief engineer Tomas Reyes said that the harbour authority will finish dredging by the end of 2027.")).toEqual({
      speaker: { name: "Tomas Reyes", title: "Chief engineer" },
      claim: DREDGING,
    });
  });

  it.each([
    ["Chief Engineer Tomas Reyes", "Tomas Reyes", "Chief Engineer"],
    ["Deputy Finance Minister Ana Lucas", "Ana Lucas", "Deputy Finance Minister"],
    ["Senior Vice President Jo Park", "Jo Park", "Senior Vice President"],
    ["Police Chief Dan Ortiz", "Dan Ortiz", "Police Chief"],
    ["Attorney General Mia Tran", "Mia Tran", "Attorney General"],
    ["Port Minister Carla Mendes", "Carla Mendes", "Port Minister"],
  ])("gives every capitalised title word of '%s' to the title", (speaker, name, title) => {
    expect(claimOf(`${speaker} said that the harbour authority will finish dredging by the end of 2027.`)).toEqual({
      speaker: { name, title },
      claim: DREDGING,
    });
  });

  it.each([
    "The harbour authority will finish dredging by the end of 2027, chief engineer Tomas Reyes said.",
    "The harbour authority will finish dredging by the end of 2027, said chief engineer Tomas Reyes.",
    "The harbour authority will finish dredging by the end of 2027, Tomas Reyes, the chief engineer, said.",
    "The harbour authority will finish dredging by the end of 2027, according to chief engineer Tomas Reyes.",
  ])("reads the job and name after the content: %s", (sentence) => {
    expect(claimOf(sentence)).toEqual({ speaker: { name: "Tomas Reyes", title: "chief engineer" }, claim: DREDGING });
  });

  it.each([
    ["Central bank governor Omar Reyes said", "Omar Reyes", "Central bank governor"],
    ["Hospital director Amy Chen warned", "Amy Chen", "Hospital director"],
    ["Opposition leader Sam Kerr claimed", "Sam Kerr", "Opposition leader"],
    ["Greyline Bank chief economist Samir Okafor said", "Samir Okafor", "Greyline Bank chief economist"],
  ])("keeps a role description as written: '%s'", (attribution, name, title) => {
    expect(claimOf(`${attribution} that the harbour authority will finish dredging by the end of 2027.`)).toEqual({
      speaker: { name, title },
      claim: DREDGING,
    });
  });

  it("reads a role description after a comma", () => {
    expect(claimOf("The harbour authority will finish dredging by the end of 2027, central bank governor Omar Reyes said.")).toEqual({
      speaker: { name: "Omar Reyes", title: "central bank governor" },
      claim: DREDGING,
    });
  });

  it.each([
    ["Tomas Reyes told reporters that", { name: "Tomas Reyes" }],
    ["Tomas Reyes told reporters", { name: "Tomas Reyes" }],
    ["The chief engineer, Tomas Reyes, told reporters that", { name: "Tomas Reyes", title: "chief engineer" }],
    ["Chief engineer Tomas Reyes told reporters", { name: "Tomas Reyes", title: "Chief engineer" }],
  ])("attributes '%s ...' to the one who told them", (attribution, speaker) => {
    expect(claimOf(`${attribution} the harbour authority will finish dredging by the end of 2027.`)).toEqual({ speaker, claim: DREDGING });
  });

  it("remembers a job given in passing, so the surname alone names the person later", () => {
    const [candidate] = extractClaims("The plan was drawn up by senior engineer Tomas Reyes. Reyes said that dredging will cost $40 million.", {
      publishedOn: "2026-06-10",
    });
    expect(candidate).toMatchObject({ speaker: { name: "Tomas Reyes", title: "senior engineer" }, claim: "Dredging will cost $40 million." });
  });

  it("does not take a clause or a spokesman's employer for a titled name", () => {
    expect(attribute("The bill was backed by finance minister Lena Ortiz, who said taxes would rise.")?.speaker).toBeUndefined();
    expect(attribute("The deal is dead, a spokesman for Prime Minister Dana Hale said.")?.speaker).toBeUndefined();
    expect(attribute("Chief engineer Tomas Farmer said the dredging would finish in 2027.")?.speaker).toEqual({
      name: "Tomas Farmer",
      title: "Chief engineer",
    });
  });
});

describe("findAttribution: where and how it was said", () => {
  const okafor = () => {
    const memory = new SpeakerMemory();
    noticeMentions("Energy Minister Grace Okafor visited the plant on Monday.", memory);
    return memory;
  };

  it.each([
    "Okafor said in a statement that",
    "Okafor said on Tuesday in a statement that",
    "Okafor said in a statement on Tuesday that",
    "Okafor said in a statement to Reuters that",
    "Okafor said in an interview that",
    "Okafor said in a televised interview on Tuesday that",
    "Okafor said at a news conference that",
    "Okafor said at a news conference in Lagos on Tuesday that",
    "Okafor told reporters at a news conference that",
    "Okafor said during a visit to Abuja that",
    "Okafor said late on Tuesday in a statement posted on X that",
  ])("looks past the occasion in '%s ...' to the reported words", (attribution) => {
    expect(attribute(`${attribution} the plant will reopen by March.`, okafor())).toMatchObject({
      speaker: { name: "Grace Okafor", title: "Energy Minister" },
      named: true,
      content: "the plant will reopen by March",
      keepsVerb: false,
    });
  });

  it("keeps a quotation after 'said in a statement that' whole, marks included", () => {
    expect(attribute(`Okafor said in a statement that "the plant will reopen by March."`, okafor())).toMatchObject({
      speaker: { name: "Grace Okafor", title: "Energy Minister" },
      content: `"the plant will reopen by March."`,
    });
  });

  it("does not take a month for a place the words were said in", () => {
    expect(attribute("The report, expected in August, will detail the costs.")).toBeUndefined();
    expect(attribute("The Congressional Budget Office report, expected in August, will detail the costs.")).toBeUndefined();
    expect(attribute("The deficit, estimated at $3 billion, will grow.")).toBeUndefined();
  });
});

describe("findAttribution: groups at a named institution", () => {
  it("names the group when it belongs to a named institution", () => {
    expect(attribute("Economists at the St. Louis Fed noted that inflation had fallen to 2.4% in October.")).toMatchObject({
      speaker: { name: "Economists at the St. Louis Fed" },
      named: false,
      verb: "noted",
      content: "inflation had fallen to 2.4% in October",
    });
    expect(attribute("Inflation will slow, analysts at Greyline Bank said.")).toMatchObject({
      speaker: { name: "Analysts at Greyline Bank" },
      content: "Inflation will slow",
    });
  });

  it("invents no speaker for one unnamed person or a group at an unnamed place", () => {
    expect(attribute("A senior official at the Foreign Ministry said the plan was dead.")?.speaker).toBeUndefined();
    expect(attribute("Economists at the bank said inflation would slow.")?.speaker).toBeUndefined();
  });
});

describe("findAttribution with what the article said before", () => {
  it("resolves a surname to the full name and title given earlier", () => {
    const memory = new SpeakerMemory();
    noticeMentions("Kestria's Foreign Minister Lena Ortiz arrived in Vienna on Monday.", memory);
    expect(attribute("Ortiz said the talks had stalled.", memory)?.speaker).toEqual({ name: "Lena Ortiz", title: "Foreign Minister" });
    expect(attribute("Ms. Ortiz said the talks had stalled.", memory)?.speaker).toEqual({ name: "Lena Ortiz", title: "Foreign Minister" });
  });

  it("resolves 'he' and 'she' to the last named person of that sex, or of unknown sex", () => {
    const memory = new SpeakerMemory();
    memory.rememberPerson("Lena Ortiz", "Foreign Minister", "female");
    memory.rememberPerson("Idris Vale", "chief negotiator");
    expect(attribute("He added that exports had risen.", memory)?.speaker).toEqual({ name: "Idris Vale", title: "chief negotiator" });
    memory.rememberPerson("Idris Vale", undefined, "male");
    expect(attribute(`"We will not sign," she said.`, memory)?.speaker).toEqual({ name: "Lena Ortiz", title: "Foreign Minister" });
  });

  it("leaves 'he said' unnamed when nobody has been named", () => {
    expect(attribute("He said the talks had stalled.")).toMatchObject({ speaker: undefined, named: false });
  });

  it("resolves 'the ministry' and 'it' to the organisation named earlier", () => {
    const memory = new SpeakerMemory();
    noticeMentions("Officials at Morland's Foreign Ministry were not available.", memory);
    expect(attribute("The ministry said the talks had been useful.", memory)).toMatchObject({
      speaker: { name: "Morland's Foreign Ministry" },
      named: true,
    });
    expect(attribute("It said the talks had been useful.", memory)?.speaker).toEqual({ name: "Morland's Foreign Ministry" });
  });

  it("resolves 'the governor' to the person last given that title", () => {
    const memory = new SpeakerMemory();
    memory.rememberPerson("Omar Reyes", "central bank governor");
    expect(attribute("The governor said rates would stay high.", memory)?.speaker).toEqual({ name: "Omar Reyes", title: "central bank governor" });
  });
});

describe("readSpeaker", () => {
  it("rejects words that do not name anyone", () => {
    const memory = new SpeakerMemory();
    expect(readSpeaker("the talks had stalled because", memory)).toBeUndefined();
    expect(readSpeaker(`"We are ready,"`, memory)).toBeUndefined();
    expect(readSpeaker("Iran agreed, Morland, Ortiz", memory)).toBeUndefined();
  });

  it("takes a single unknown capitalised word for a named organisation or country, not a person", () => {
    const reading = readSpeaker("Morland", new SpeakerMemory());
    expect(reading).toMatchObject({ speaker: { name: "Morland" }, named: true, person: false });
  });
});
