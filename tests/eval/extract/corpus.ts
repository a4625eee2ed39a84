// Every article of the evaluation corpus, in a fixed order.

import { article as council } from "./articles/council-housing-meeting";
import { article as court } from "./articles/court-fraud-trial";
import { article as health } from "./articles/health-flu-study";
import { article as interview } from "./articles/interview-health-minister";
import { article as liveblog } from "./articles/liveblog-budget-vote";
import { article as oped } from "./articles/oped-water-prices";
import { article as pressRelease } from "./articles/press-release-wind-farm";
import { article as readout } from "./articles/readout-leaders-call";
import { article as roundup } from "./articles/roundup-two-datelines";
import { article as sport } from "./articles/sport-club-finances";
import { article as statement } from "./articles/statement-union-dispute";
import { article as trade } from "./articles/trade-talks-odds";
import { article as wire } from "./articles/wire-rail-reopening";
import type { EvalArticle } from "./types";

export const CORPUS: EvalArticle[] = [wire, readout, oped, liveblog, interview, pressRelease, roundup, trade, council, health, sport, statement, court];
