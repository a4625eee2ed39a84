// The public shapes of the claim extractor. The desk's "paste an article"
// page is built against these names, so they change only with that page.

export type CandidateKind = "STATEMENT" | "PREDICTION" | "PROMISE";

export type CandidateSignal = "attributed" | "forecast" | "promise" | "quantitative";

export type Speaker = { name: string; title?: string };

export type Candidate = {
  /** Stable within one text: "s" and the sentence's index in reading order. */
  id: string;
  /** The sentence exactly as written in the article. */
  sentence: string;
  /** A proposed one-sentence claim: the reported content without the attribution, capitalised, ending with a full stop. */
  claim: string;
  /** The verbatim words, when the reported content is inside quotation marks. */
  quote?: string;
  speaker?: Speaker;
  /** YYYY-MM-DD guess of when it was said; never after the article's date. */
  madeOn?: string;
  kind: CandidateKind;
  /** YYYY-MM-DD by which a forecast or promise can be settled, when it names one. */
  settleBy?: string;
  /** Check-worthiness, 0-100. */
  score: number;
  /** Plain-English reasons for the score, shown to reporters. */
  reasons: string[];
  signals: CandidateSignal[];
  /** Character offsets of the sentence in the input text. */
  start: number;
  end: number;
};

export type ExtractOptions = {
  /** The article's date, YYYY-MM-DD: anchors "on Tuesday", "yesterday", "by the end of March". */
  publishedOn?: string;
  /** Candidates scoring below this are left out. */
  minScore?: number;
  /**
   * Other tools to measure against the reader's own rules (`npm run
   * eval:extract -- --tools`): a sentence splitter, and a judge of whether a
   * bare name ("Kestrel Energy") is a person's. The desk uses neither.
   */
  tools?: {
    sentences?: (text: string) => Array<{ text: string; start: number; end: number }>;
    isPersonName?: (name: string) => boolean | undefined;
  };
};
