// The evaluation corpus's shape: articles written for the evaluation
// (invented people, places and figures), each with what a reporter would
// expect the article reader to offer.

export type Kind = "STATEMENT" | "PREDICTION" | "PROMISE";

export type ExpectedClaim = {
  /** Words from the sentence the claim is in, enough to find it in the article. */
  in: string;
  /** Words the proposed claim must contain. Two claims in one sentence each name their own part. */
  says: string;
  /** Words the proposed claim must not contain: the other half of a sentence holding two claims. */
  not?: string;
  /** Who made it, as the desk would name them; null when the article gives no one. */
  speaker: string | null;
  /** Words the speaker's title must contain: "Rail Forward" for "Their spokesperson, Sam Kerr". */
  title?: string;
  /** Two kinds only where a forecast is also the speaker's own undertaking ("the new quay would open", said by the port's director). */
  kind: Kind | Kind[];
  /** YYYY-MM-DD, when it was said. */
  madeOn: string;
  /** YYYY-MM-DD by which a forecast or promise can be settled; left out when the article names no time (the reader must then ask). */
  settleBy?: string;
};

export type ExpectedOdds = {
  /** Words from the sentence giving the odds. */
  in: string;
  /** The chance the odds give, in percent (whole number). */
  percent: number;
  /** Who gives them: the market, newsletter or bookmaker. */
  by: string;
};

export type EvalArticle = {
  name: string;
  style: string;
  publishedOn: string;
  text: string;
  claims: ExpectedClaim[];
  /** Odds and probabilities to be offered as market-odds evidence, never as claims. */
  odds?: ExpectedOdds[];
  /** Words from sentences with nothing to check (weather, scene-setting): none may rank above a real claim. */
  filler: string[];
};
