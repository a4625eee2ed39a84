// "Their spokesperson, Sam Kerr," and "its chief executive, Mara Lind,": the
// title belongs to the group the paragraph has just named, and the desk
// needs that group in it ("Rail Forward spokesperson"), not "Their".

const OWNER_TITLE = /^(?:its|their)\s+(.+)$/i;
// A run of capitalised words: "Rail Forward", "Nordhavn Ports", "Velo Rail".
const NAME_RUN = /(?<![\p{L}'’])(\p{Lu}[\p{L}&'’-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}&'’-]*)*)/gu;
// A single capitalised word is a group only when the text says what it is: "the developer Greyfield".
const GROUP_NOUN = /\b(?:group|company|firm|developer|operator|union|club|utility|charity|campaign|coalition|association|body|carrier|airline|bank)\s*$/i;
const NOT_GROUPS =
  /^(?:The|A|An|It|Its|Their|They|He|She|We|I|On|In|At|But|And|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The last group named in `text`: a run of two or more capitalised words, or one word after "the company", "the group"… */
export function lastNamedGroup(text: string, people: (name: string) => boolean): string | undefined {
  let found: string | undefined;
  for (const match of text.matchAll(NAME_RUN)) {
    const words = match[1]!.replace(/['’]s$/, "").split(/\s+/);
    while (words.length && NOT_GROUPS.test(words[0]!)) words.shift();
    const name = words.join(" ");
    if (!name || people(name)) continue;
    if (words.length >= 2 || GROUP_NOUN.test(text.slice(0, match.index))) found = name;
  }
  return found;
}

/** "Their spokesperson" as "Rail Forward spokesperson", when the text before names the group. */
export function ownerTitle(title: string | undefined, before: string, people: (name: string) => boolean): string | undefined {
  const owned = title && OWNER_TITLE.exec(title);
  if (!owned) return title;
  const group = lastNamedGroup(before, people);
  return group ? `${group} ${owned[1]}` : title;
}
