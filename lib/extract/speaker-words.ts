// The vocabulary of speakers in news copy: job titles that come before a
// name, nouns that end an organisation's name, and words for sources that
// are not named. Plain lists, so a newsroom can extend them.

export const TITLE_HEADS = [
  "President", "Vice-President", "Premier", "Minister", "Secretary", "Secretary-General", "Mayor", "Governor",
  "Senator", "Sen\\.", "Representative", "Rep\\.", "Congressman", "Congresswoman", "Councillor", "Councilor",
  "Councilman", "Councilwoman", "Alderman", "Chancellor", "Ambassador", "Envoy", "Commissioner", "Director",
  "Director-General", "Chair", "Chairman", "Chairwoman", "Chairperson", "Chief", "Officer", "Executive",
  "Spokesperson", "Spokesman", "Spokeswoman", "Speaker", "Judge", "Justice", "Prosecutor", "General", "Gen\\.",
  "Admiral", "Adm\\.", "Colonel", "Col\\.", "Lieutenant", "Lt\\.", "Captain", "Capt\\.", "Sergeant", "Sgt\\.",
  "Commander", "Dr\\.", "Doctor", "Prof\\.", "Professor", "King", "Queen", "Prince", "Princess", "Sheikh", "Emir",
  "Pope", "Bishop", "Archbishop", "Rabbi", "Imam", "Negotiator", "Superintendent", "Inspector", "Administrator",
  "Economist", "Ombudsman", "Treasurer", "Comptroller", "Leader", "Deputy", "Gov\\.", "Sheriff", "Coach",
].sort((a, b) => b.length - a.length);

// Abbreviated ranks and offices, written out for the speaker's title: "Sen. Mark Hale" is
// "Senator" to a reader of the desk. "Dr." and "Prof." stay as written: they are forms of
// address, and a job description given later ("the city's health director") should replace them.
export const ABBREVIATED_TITLES: Record<string, string> = {
  "Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor", "Gen.": "General", "Lt.": "Lieutenant",
  "Col.": "Colonel", "Capt.": "Captain", "Sgt.": "Sergeant", "Adm.": "Admiral",
};

export const ORGANISATION_HEADS = new Set([
  "ministry", "department", "government", "administration", "agency", "bank", "fund", "office", "council",
  "commission", "committee", "authority", "institute", "bureau", "union", "organisation", "organization", "company",
  "corporation", "group", "board", "service", "police", "army", "military", "court", "parliament", "assembly",
  "cabinet", "party", "embassy", "secretariat", "mission", "campaign", "hospital", "university", "regulator",
  "utility", "operator", "coalition", "alliance", "federation", "association", "chamber", "observatory", "watchdog",
  "network", "broadcaster", "newspaper", "foundation", "trust", "centre", "center", "house", "kremlin", "pentagon",
  "tribunal", "senate", "congress", "city", "firm", "exchange", "airline", "inc", "ltd", "plc", "league", "monitor",
]);

export const UNNAMED_HEADS = new Set([
  "official", "officials", "source", "sources", "analyst", "analysts", "diplomat", "diplomats", "economist",
  "economists", "expert", "experts", "observer", "observers", "critic", "critics", "resident", "residents",
  "witness", "witnesses", "people", "person", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
  "insider", "insiders", "negotiators", "investors", "traders", "lawmakers", "legislators", "spokeswoman",
  "spokesman", "spokesperson", "report", "study", "survey", "statement", "data", "figures", "documents", "poll",
  "doctors", "scientists", "researchers", "activists", "protesters", "commuters", "officers", "authorities",
  "organisers", "organizers", "campaigners", "everyone", "nobody", "others", "some", "many", "both", "few", "most",
  "all", "someone", "somebody", "forecasters", "economists", "bankers", "executives", "workers", "unions",
]);

// Words that make a phrase a job description: "the central bank governor", "chief economist at Greyline Bank".
export const ROLE_WORDS = new Set([
  "minister", "president", "secretary", "mayor", "governor", "senator", "director", "chief", "spokesperson",
  "spokeswoman", "spokesman", "economist", "analyst", "professor", "researcher", "chairman", "chairwoman", "chair",
  "head", "leader", "adviser", "advisor", "commissioner", "ambassador", "envoy", "negotiator", "officer",
  "executive", "manager", "official", "founder", "deputy", "lawmaker", "legislator", "councillor", "councilor",
  "engineer", "doctor", "nurse", "epidemiologist", "scientist", "expert", "owner", "strategist", "consultant",
  "lawyer", "attorney", "judge", "prosecutor", "general", "commander", "fellow", "lecturer", "historian", "author",
  "editor", "correspondent", "member", "candidate", "teacher", "principal", "activist", "organiser", "organizer",
  "campaigner", "planner", "inspector", "auditor", "treasurer", "administrator", "coordinator", "representative",
  "delegate", "diplomat", "partner", "trader", "investor", "resident", "commuter", "worker", "student", "patient",
  "farmer", "driver", "physician", "surgeon", "economist", "architect", "superintendent", "regulator", "banker",
]);
