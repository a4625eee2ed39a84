import { speakerLinks } from "@/lib/speakers/links";

type Speaker = { name: string; title: string | null; affiliation: string | null; description: string | null; links: string[]; wikidataId: string | null };

// Who the speaker is: name, role and affiliation, the desk's description,
// and links elsewhere. Links are nofollow: we point to them, we do not vouch.
export function SpeakerHeading({ speaker }: { speaker: Speaker }) {
  const role = [speaker.title, speaker.affiliation].filter(Boolean).join(", ");
  const links = speakerLinks(speaker.links, speaker.wikidataId);
  return (
    <header>
      <p className="text-sm text-muted">Speaker</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{speaker.name}</h1>
      {role ? <p className="mt-1 text-lg">{role}</p> : null}
      {speaker.description ? <p className="mt-3 max-w-3xl text-muted">{speaker.description}</p> : null}
      {links.length ? (
        <ul aria-label={`Elsewhere: ${speaker.name}`} className="mt-3 flex flex-wrap gap-4 text-sm">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} rel="nofollow noopener noreferrer">
                {link.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}
