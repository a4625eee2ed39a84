// Who has been named so far in the article. News copy introduces a speaker
// once in full ("Foreign Minister Lena Ortiz") and then says "Ortiz", "she"
// or "the minister"; this is what lets those later sentences name her.

export type Gender = "female" | "male";
export type PersonRecord = { name: string; title?: string; gender?: Gender };

const lastWord = (name: string) => name.split(/\s+/).at(-1) ?? name;
// "Dr." or "Sen." tells less than "the city's public health director".
const isAbbreviatedTitle = (title: string) => /^\p{Lu}\p{Ll}{0,4}\.$/u.test(title);

export class SpeakerMemory {
  // Oldest first: the last entry is the most recently mentioned.
  private readonly people: PersonRecord[] = [];
  private readonly organisations: string[] = [];

  /** A person by full name or by surname alone, the most recently mentioned first. */
  recallPerson(name: string): PersonRecord | undefined {
    const single = !/\s/.test(name);
    return this.people.findLast((person) => person.name === name || (single && lastWord(person.name) === name));
  }

  rememberPerson(name: string, title?: string, gender?: Gender): PersonRecord {
    let person = this.recallPerson(name);
    if (!person && /\s/.test(name)) {
      // The full name of someone first met by surname alone.
      person = this.people.findLast((known) => known.name === lastWord(name));
      if (person) person.name = name;
    }
    if (person) this.people.splice(this.people.indexOf(person), 1);
    else person = { name };
    if (title && (!person.title || (isAbbreviatedTitle(person.title) && !isAbbreviatedTitle(title)))) person.title = title;
    if (gender && !person.gender) person.gender = gender;
    this.people.push(person);
    return person;
  }

  /** The most recently mentioned person a "he" or "she" can refer to. */
  lastPerson(gender: Gender): PersonRecord | undefined {
    return this.people.findLast((person) => person.gender === undefined || person.gender === gender);
  }

  /** "the governor" after "central bank governor Omar Reyes". */
  personWithTitle(word: string): PersonRecord | undefined {
    const wanted = word.toLowerCase();
    return this.people.findLast((person) =>
      person.title
        ?.toLowerCase()
        .split(/[\s-]+/)
        .includes(wanted),
    );
  }

  rememberOrganisation(name: string): void {
    const index = this.organisations.indexOf(name);
    if (index !== -1) this.organisations.splice(index, 1);
    this.organisations.push(name);
  }

  /** "the ministry" after "Morland's Foreign Ministry"; "the statistics office" after "National Statistics Office". */
  recallOrganisation(phrase: string): string | undefined {
    const wanted = phrase.toLowerCase().replace(/^the\s+/, "");
    const exact = this.organisations.findLast((name) => name.toLowerCase().endsWith(wanted));
    if (exact) return exact;
    const head = lastWord(wanted);
    return this.organisations.findLast((name) => name.toLowerCase().split(/\s+/).includes(head));
  }

  lastOrganisation(): string | undefined {
    return this.organisations.at(-1);
  }
}
