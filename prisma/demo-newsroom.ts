// The demo newsroom, written in OnRecord's own words, around the spring-2026
// US–Iran talks: who is on the desk, who said what, and what the record shows.
// prisma/seed.ts writes it into the database.

import type { ClaimKind, ClaimStatus, CorrectionKind, SourceType, Stance } from "../lib/generated/prisma/enums.ts";
import { WEEKS_OF_TALKS_CLAIMS, WEEKS_OF_TALKS_SOURCES } from "./demo/weeks-of-talks.ts";

export const DEMO_ACCOUNTS = [
  { email: "reporter@onrecord.test", name: "Rana Reporter", role: "REPORTER", password: "demo-reporter-2026" },
  { email: "editor@onrecord.test", name: "Eli Editor", role: "EDITOR", password: "demo-editor-2026" },
  { email: "admin@onrecord.test", name: "Ada Admin", role: "ADMIN", password: "demo-admin-2026" },
] as const;

export type DemoSource = {
  key: string;
  type: SourceType;
  title: string;
  publisher?: string;
  url?: string;
  publishedAt?: string;
  excerpt?: string;
  derivedFrom?: string;
  market?: { name: string; outcome: string; probability: number; observedAt: string };
  // Text of an archive copy taken the day it was published, as the desk's
  // archiver would have stored it.
  archived?: string;
};

const FIRST_LOOK_SOURCES: DemoSource[] = [
  {
    key: "wire-nuclear-off-table",
    type: "WIRE_REPORT",
    title: "Iran takes nuclear file off the agenda as talks end without a deal",
    publisher: "Regional wire service",
    url: "https://example.org/wire/2026-05-31-iran-nuclear-file",
    publishedAt: "2026-05-31",
    excerpt: "Negotiators left with no final agreement; Iranian officials said the nuclear question was no longer on the table for this round.",
    archived: "Negotiators left with no final agreement. (Demo archive copy.)",
  },
  {
    key: "wire-syndicated-copy",
    type: "NEWS_ARTICLE",
    title: "Talks end with no agreement (syndicated wire copy)",
    publisher: "Metro Daily",
    url: "https://example.org/metro/talks-end-no-agreement",
    publishedAt: "2026-05-31",
    excerpt: "A republished version of the regional wire report, unchanged apart from the headline.",
    derivedFrom: "wire-nuclear-off-table",
  },
  {
    key: "iran-fm-readout",
    type: "OFFICIAL_STATEMENT",
    title: "Foreign ministry readout on the latest round of talks",
    publisher: "Iranian Ministry of Foreign Affairs",
    url: "https://example.org/mfa/readout-2026-05-31",
    publishedAt: "2026-05-31",
    excerpt: "The readout describes the talks as serious but makes no mention of any agreement to limit the nuclear programme.",
  },
  {
    key: "wire-enrichment-rights",
    type: "WIRE_REPORT",
    title: "Tehran restates that enrichment rights are not negotiable",
    publisher: "International wire agency",
    url: "https://example.org/wire/2026-05-29-enrichment",
    publishedAt: "2026-05-29",
    excerpt: "Iranian negotiators repeated that the country would keep enriching uranium, the point on which earlier rounds also stalled.",
  },
  {
    key: "market-visit-israel",
    type: "MARKET_ODDS",
    title: "Prediction market: will the US president visit Israel in 2026?",
    publisher: "Prediction market",
    url: "https://example.org/markets/president-visits-israel-2026",
    market: { name: "President visits Israel in 2026", outcome: "Yes", probability: 0.38, observedAt: "2026-05-31" },
  },
  {
    key: "us-warning-briefing",
    type: "OFFICIAL_STATEMENT",
    title: "Briefing: consequences if the peace-plan conditions are rejected",
    publisher: "US Department of State",
    url: "https://example.org/state/briefing-2026-05-31",
    publishedAt: "2026-05-31",
    excerpt: "Officials said military options remained available if Iran turned down the conditions of the peace plan.",
  },
  {
    key: "lebanon-statement",
    type: "OFFICIAL_STATEMENT",
    title: "Government statement on strikes in southern Lebanon",
    publisher: "Lebanese Presidency",
    url: "https://example.org/lebanon/statement-2026-05-31",
    publishedAt: "2026-05-31",
  },
];

export type DemoClaim = {
  key: string;
  speaker: string;
  text: string;
  quote?: string;
  context?: string;
  madeAt: string;
  venue?: string;
  appearanceUrl?: string;
  kind: ClaimKind;
  settleBy?: string;
  settleCriteria?: string;
  status: ClaimStatus;
  assignee?: "reporter" | "editor";
  topics: string[];
  evidence?: { source: string; stance: Stance; passage?: string; note?: string }[];
  verdict?: {
    rating: string;
    summary: string;
    reasoning: string;
    proposer: "reporter" | "editor";
    approver?: "editor" | "admin";
    // Days of the proposal and the publication (1 and 2 June when left out).
    proposedOn?: string;
    publishedOn?: string;
  };
  duplicateOf?: string;
  // Who logged the claim, and so wrote its sentence: the reporter unless said.
  loggedBy?: "reporter" | "editor";
  // A correction to the published verdict; previousSummary is the summary
  // it replaced, when it changed one.
  correction?: { kind: CorrectionKind; note: string; author: "editor" | "admin"; on: string; previousSummary?: string };
  // How a published forecast was settled once due: proposed by one person,
  // approved by another, as lib/verdicts/settle.ts does it.
  settlement?: {
    rating: string;
    summary: string;
    reasoning: string;
    proposer: "reporter" | "editor";
    approver: "editor" | "admin";
    proposedOn: string;
    approvedOn: string;
  };
};

export const SPEAKERS = [
  { slug: "donald-trump", name: "Donald Trump", title: "President of the United States", affiliation: "White House" },
  { slug: "white-house-press-office", name: "White House press office", title: "Spokespeople for the US president", affiliation: "White House" },
  { slug: "iran-foreign-ministry", name: "Iranian foreign ministry", title: "Ministry spokespeople", affiliation: "Government of Iran" },
  { slug: "us-state-department", name: "US State Department", title: "Department officials", affiliation: "US government" },
  { slug: "lebanese-government", name: "Lebanese government", title: "Office of the president", affiliation: "Government of Lebanon" },
  { slug: "foreign-policy-columnist", name: "A foreign-policy columnist", title: "Opinion writer", affiliation: "Commentary" },
];

export const TOPICS = [
  { slug: "iran-nuclear-talks", name: "Iran nuclear talks" },
  { slug: "us-foreign-policy", name: "US foreign policy" },
  { slug: "israel-lebanon", name: "Israel and Lebanon" },
  { slug: "prediction-markets", name: "Prediction markets" },
  { slug: "sanctions-and-oil", name: "Sanctions and oil" },
];

const FIRST_LOOK_CLAIMS: DemoClaim[] = [
  {
    key: "nuclear-restraint",
    speaker: "donald-trump",
    text: "Iran has agreed to nuclear restraint.",
    quote: "Iran has agreed to nuclear restraint",
    context: "Posted as the latest round of US–Iran talks was ending, and presented as evidence that diplomacy was working.",
    madeAt: "2026-05-31",
    venue: "Social media post",
    appearanceUrl: "https://example.org/social/post-2026-05-31",
    kind: "STATEMENT",
    status: "PUBLISHED",
    topics: ["iran-nuclear-talks", "us-foreign-policy"],
    evidence: [
      {
        source: "wire-nuclear-off-table",
        stance: "CONTRADICTS",
        passage: "no final agreement; the nuclear question was no longer on the table for this round",
      },
      { source: "wire-syndicated-copy", stance: "CONTRADICTS", note: "Same report as the regional wire; counted once." },
      { source: "iran-fm-readout", stance: "CONTRADICTS", passage: "makes no mention of any agreement to limit the nuclear programme" },
      {
        source: "market-visit-israel",
        stance: "CONTEXT",
        note: "Markets priced a presidential visit to Israel at 38%, which does not suggest confidence in a settled deal.",
      },
    ],
    verdict: {
      rating: "unsupported",
      summary: "No record we found shows Iran agreeing to limit its nuclear programme; Iran has not confirmed any such agreement.",
      reasoning:
        "The claim was made on the day the round of talks ended.\n\n" +
        "- Wire reports from that day describe talks ending **without a final agreement**, with Iran taking the nuclear file off the agenda.\n" +
        "- Iran's own readout of the talks mentions no commitment on the nuclear programme.\n\n" +
        "We found no document, readout or on-record statement from either side that corroborates an agreement. We will update this verdict if one is published.",
      proposer: "reporter",
      approver: "editor",
    },
    correction: {
      kind: "CLARIFICATION",
      note: "An earlier version named the wrong day for the foreign ministry readout; it was published on 31 May.",
      author: "editor",
      on: "2026-06-03",
    },
  },
  {
    key: "enrichment-consistent",
    speaker: "iran-foreign-ministry",
    text: "Iran has never agreed to give up uranium enrichment in these talks.",
    madeAt: "2026-05-29",
    venue: "Weekly press briefing",
    kind: "STATEMENT",
    status: "PUBLISHED",
    topics: ["iran-nuclear-talks"],
    evidence: [
      { source: "wire-enrichment-rights", stance: "SUPPORTS", passage: "would keep enriching uranium, the point on which earlier rounds also stalled" },
      { source: "wire-nuclear-off-table", stance: "SUPPORTS" },
    ],
    verdict: {
      rating: "mostly-accurate",
      summary: "Public reporting on every round shows Iran refusing to give up enrichment, though the talks themselves are not public.",
      reasoning:
        "Each round's wire coverage records the same position. The caveat: negotiating texts are not published, so we rely on what both sides said afterwards.",
      proposer: "reporter",
      approver: "admin",
    },
  },
  {
    key: "military-action-warning",
    speaker: "us-state-department",
    text: "The United States will take military action if Iran rejects the peace-plan conditions.",
    context: "Said at a briefing on the day the talks ended.",
    madeAt: "2026-05-31",
    venue: "Press briefing",
    kind: "PROMISE",
    settleBy: "2026-12-31",
    settleCriteria: "Comes true if Iran formally rejects the conditions and the US carries out a military strike on Iran by the date.",
    status: "PUBLISHED",
    topics: ["us-foreign-policy", "iran-nuclear-talks"],
    evidence: [{ source: "us-warning-briefing", stance: "CONTEXT", passage: "military options remained available" }],
    verdict: {
      rating: "pending",
      summary: "Not yet due: we will check this warning against the record by the end of 2026.",
      reasoning: "This is a conditional warning, not a statement of fact. We will rate it once the condition has been met or the date has passed.",
      proposer: "reporter",
      approver: "editor",
    },
  },
  {
    key: "talks-breakthrough",
    speaker: "white-house-press-office",
    text: "The previous round of talks with Iran was a breakthrough.",
    madeAt: "2026-05-20",
    venue: "Press briefing",
    kind: "STATEMENT",
    status: "IN_REVIEW",
    assignee: "reporter",
    topics: ["iran-nuclear-talks", "us-foreign-policy"],
    evidence: [{ source: "wire-enrichment-rights", stance: "CONTRADICTS", passage: "the point on which earlier rounds also stalled" }],
    verdict: {
      rating: "misleading",
      summary: "The round produced a schedule for more talks, not the agreement the word breakthrough suggests.",
      reasoning: "Both sides agreed to meet again, which is real progress of a kind; no text on the nuclear programme was agreed.",
      proposer: "reporter",
    },
  },
  {
    key: "minor-understandings",
    speaker: "foreign-policy-columnist",
    text: "The current round of US–Iran talks will produce only minor, temporary understandings.",
    madeAt: "2026-06-02",
    venue: "Opinion column",
    kind: "PREDICTION",
    settleBy: "2026-12-31",
    settleCriteria: "Fails if the two governments sign a written agreement limiting Iran's enrichment before the date.",
    status: "RESEARCHING",
    assignee: "reporter",
    topics: ["iran-nuclear-talks"],
  },
  {
    key: "scorched-earth",
    speaker: "lebanese-government",
    text: "Israel is pursuing a scorched-earth policy in southern Lebanon.",
    madeAt: "2026-05-31",
    venue: "Official statement",
    kind: "STATEMENT",
    status: "RESEARCHING",
    assignee: "editor",
    topics: ["israel-lebanon"],
    evidence: [{ source: "lebanon-statement", stance: "CONTEXT", note: "The statement itself; we still need independent damage assessments." }],
  },
  {
    key: "deal-close",
    speaker: "white-house-press-office",
    text: "A nuclear deal with Iran is close.",
    madeAt: "2026-05-25",
    venue: "Television interview",
    kind: "STATEMENT",
    status: "DRAFT",
    topics: ["iran-nuclear-talks"],
  },
  {
    key: "no-sanctions-relief",
    speaker: "white-house-press-office",
    text: "No sanctions will be lifted until Iran stops enriching uranium.",
    madeAt: "2026-05-26",
    venue: "Press briefing",
    kind: "PROMISE",
    settleBy: "2027-05-31",
    settleCriteria: "Broken if any US sanctions on Iran are lifted while Iran is still enriching uranium.",
    status: "DRAFT",
    topics: ["us-foreign-policy", "sanctions-and-oil"],
  },
  {
    key: "back-to-table",
    speaker: "us-state-department",
    text: "Iran will return to the negotiating table within weeks.",
    madeAt: "2026-06-01",
    venue: "Press briefing",
    kind: "PREDICTION",
    settleBy: "2026-07-15",
    settleCriteria: "Comes true if a new round of direct or indirect talks takes place by the date.",
    status: "IN_REVIEW",
    assignee: "reporter",
    topics: ["iran-nuclear-talks", "us-foreign-policy"],
    verdict: {
      rating: "pending",
      summary: "Not yet due: we will check whether talks resumed by mid-July.",
      reasoning: "",
      proposer: "reporter",
    },
  },
  {
    key: "limits-duplicate",
    speaker: "donald-trump",
    text: "Tehran has agreed to limit its nuclear programme.",
    madeAt: "2026-05-31",
    venue: "Remarks to reporters",
    kind: "STATEMENT",
    status: "ARCHIVED",
    topics: ["iran-nuclear-talks"],
    duplicateOf: "nuclear-restraint",
  },
];

export const SOURCES: DemoSource[] = [...FIRST_LOOK_SOURCES, ...WEEKS_OF_TALKS_SOURCES];

export const CLAIMS: DemoClaim[] = [...FIRST_LOOK_CLAIMS, ...WEEKS_OF_TALKS_CLAIMS];
