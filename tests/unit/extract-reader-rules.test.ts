import { describe, expect, it } from "vitest";
import { extractClaims, readArticle } from "@/lib/extract";
import { readOdds } from "@/lib/extract/odds";

// The rules added for text the reader had not seen (issue 14), one by one,
// on sentences written for these tests.
const read = (text: string, publishedOn = "2026-03-05") => extractClaims(text, { publishedOn });

describe("two claims joined by 'and'", () => {
  it("offers a fact and a promise separately, each with its own kind and date", () => {
    const [fact, promise, ...rest] = read("Velo Rail has already hired the crews and will reopen the line by 2029, its chief executive, Mara Lind, said.");
    expect(rest).toEqual([]);
    expect(fact).toMatchObject({ claim: "Velo Rail has already hired the crews.", kind: "STATEMENT" });
    expect(fact).not.toHaveProperty("settleBy");
    expect(promise).toMatchObject({ claim: "Velo Rail will reopen the line by 2029.", kind: "PROMISE", settleBy: "2029-12-31" });
    expect(promise!.id).not.toBe(fact!.id);
  });

  it("splits at 'and that', keeping the second clause's own subject", () => {
    const claims = read("The union said that 2,000 farms had closed and that prices would keep rising by 10 percent a year.").map((item) => item.claim);
    expect(claims).toEqual(["2,000 farms had closed.", "Prices would keep rising by 10 percent a year."]);
  });

  it("leaves one claim whole when 'and' joins no second verb, or introduces what was promised", () => {
    expect(read("Finance Minister Clara Weiss said exports rose by 4 percent and fell back in May.")).toHaveLength(1);
    expect(
      read("Dr Priya Nair said the clinic would treat 40,000 patients a year, and promised that waits would fall below two weeks by March 31."),
    ).toHaveLength(1);
  });
});

describe("spans in the past and deadlines", () => {
  it("reads 'would keep falling' as a forecast, with no date to propose", () => {
    const [, forecast] = read("The farmers' union said on Wednesday that 2,000 farms had closed and that prices would keep falling through the harvest.");
    expect(forecast).toMatchObject({ claim: "Prices would keep falling through the harvest.", kind: "PREDICTION", madeOn: "2026-03-04" });
    expect(forecast).not.toHaveProperty("settleBy");
  });

  it("reads 'cut exports by a third within six months' as what happened, with no settle-by date", () => {
    const [claim] = read("Trade Minister Oskar Falk said on Tuesday that the tariffs had cut grain exports by a third within six months.");
    expect(claim).toMatchObject({ kind: "STATEMENT", madeOn: "2026-03-03" });
    expect(claim).not.toHaveProperty("settleBy");
  });

  it("keeps 'within six months' as a deadline when the words look forward", () => {
    const [claim] = read("Trade Minister Oskar Falk said on Tuesday that the tariffs would cut grain exports by a third within six months.");
    expect(claim).toMatchObject({ kind: "PREDICTION", settleBy: "2026-09-03" });
  });

  it("proposes a settle-by date for a season, 'next August' and a coming weekday", () => {
    expect(read("The port's director, Rui Matos, said the new quay would open in the spring.", "2026-11-12")[0]).toMatchObject({ settleBy: "2027-05-31" });
    expect(read("Chairman Neil Carden said the new stand would be finished by next August.", "2026-08-27")[0]).toMatchObject({ settleBy: "2027-08-31" });
    expect(read("The union's general secretary, Ruth Amadi, said the strike would begin on Monday.", "2026-12-03")[0]).toMatchObject({
      settleBy: "2026-12-07",
    });
  });
});

describe("who said it", () => {
  it("reads a name in apposition after an indefinite role", () => {
    expect(read("A ministry spokesperson, Jonas Berg, insisted on Tuesday that the government had set aside 400 million crowns.")[0]).toMatchObject({
      speaker: { name: "Jonas Berg", title: "ministry spokesperson" },
      claim: "The government had set aside 400 million crowns.",
      madeOn: "2026-03-03",
    });
  });

  it("reads 'X also told the meeting that ...' without the meeting in the claim", () => {
    const claims = read("Councillor Dana Whitlock spoke first. Whitlock also told the meeting that rents had risen by 11 percent.");
    expect(claims.at(-1)).toMatchObject({ claim: "Rents had risen by 11 percent.", speaker: { name: "Dana Whitlock" } });
  });

  it("gives 'Their spokesperson' and 'Its spokesperson' the group just named", () => {
    const [claim] = read(
      "The passengers' group Rail Forward has campaigned for years. Their spokesperson, Sam Kerr, said the closure had added 40 minutes to commutes.",
    );
    expect(claim!.speaker).toEqual({ name: "Sam Kerr", title: "Rail Forward spokesperson" });
    const [other] = read("The developer Greyfield Homes owns the land. Its spokesperson, Omar Haddad, said 200 homes were planned.");
    expect(other!.speaker).toEqual({ name: "Omar Haddad", title: "Greyfield Homes spokesperson" });
  });

  it("reads 'the company said' as the company the article named", () => {
    const claims = read("Kestrel Energy announced that it will build a wind farm by 2029. The project will create 1,500 jobs, the company said.");
    expect(claims.map((item) => item.speaker?.name)).toEqual(["Kestrel Energy", "Kestrel Energy"]);
  });

  it("gives an interview transcript's answers to the labelled speaker, on the day it was recorded", () => {
    const claims = read(
      "The interview was recorded on Wednesday.\n\nHANNA LIE: What went wrong?\n\nERIK HALVORSEN: Waiting lists have fallen by 10 percent. We have hired 1,200 nurses.",
      "2026-09-24",
    );
    expect(claims.filter((item) => item.speaker?.name === "Erik Halvorsen").map((item) => item.madeOn)).toEqual(["2026-09-23", "2026-09-23"]);
  });

  it("gives an opinion piece's own assertions to its signed author, but not a news report's to its reporter", () => {
    const opinion = "Opinion: Bills are too high\n\nBy Priya Nair\n\nHousehold water bills have risen by 48 percent since 2019.";
    expect(read(opinion)[0]!.speaker).toEqual({ name: "Priya Nair" });
    const news = "Bills rise again\n\nBy Tom Reed\n\nHousehold water bills have risen by 48 percent since 2019.";
    expect(read(news)[0]).not.toHaveProperty("speaker");
  });

  it("reads live-blog entries behind their time stamps", () => {
    const [claim] = read("09:12 Finance Minister Tomas Reyes told parliament that the deficit fell to 2.1 percent of GDP.");
    expect(claim).toMatchObject({ speaker: { name: "Tomas Reyes" }, claim: "The deficit fell to 2.1 percent of GDP." });
  });
});

describe("dates against the dateline", () => {
  it("counts each part of a roundup's weekdays back from its own dateline", () => {
    const claims = read(
      "PORTALEGRE, November 12 (Wire) — Port director Rui Matos said on Wednesday that traffic rose 14 percent.\n\nNAIROBI, November 11 (Wire) — Utility chief Grace Wanjiru said on Tuesday that 300,000 homes were connected.",
      "2026-11-12",
    );
    expect(claims.map((item) => item.madeOn)).toEqual(["2026-11-11", "2026-11-10"]);
  });
});

describe("odds from markets, newsletters and bookmakers", () => {
  it("reads percentages, fractional odds and 'one in four' with who gives them", () => {
    expect(readOdds("The trade newsletter Harvest Ledger is putting the odds of a deal this year at 30 percent.")).toEqual({
      percent: 30,
      by: "Harvest Ledger",
    });
    expect(readOdds("Bookmakers make Rovers 5/1 to win the league.")).toEqual({ percent: 17, by: "Bookmakers" });
    expect(readOdds("Bookmaker Castle Bet has cut the odds on the budget passing to 1/4.")).toEqual({ percent: 80, by: "Castle Bet" });
    expect(readOdds("Betting exchange Tallyline gives a 1 in 4 chance that the tariffs are lifted.")).toEqual({ percent: 25, by: "Tallyline" });
  });

  it("leaves figures that are no odds alone", () => {
    expect(readOdds("Inflation fell to 3 percent, the statistics office said.")).toBeUndefined();
    expect(readOdds("The market grew by 12 percent last year.")).toBeUndefined();
  });

  it("offers odds as market-odds evidence for the forecast they concern, never as a claim", () => {
    const { candidates, odds } = readArticle(
      "Minister Oskar Falk predicted a grain deal by December. The trade newsletter Harvest Ledger puts the odds of a grain deal this year at 30 percent.",
      { publishedOn: "2026-07-02" },
    );
    expect(candidates.map((item) => item.sentence)).toEqual(["Minister Oskar Falk predicted a grain deal by December."]);
    expect(odds).toMatchObject([{ percent: 30, by: "Harvest Ledger", concerns: candidates[0]!.id }]);
  });
});
