import { formatDateIn } from "@/lib/dates";
import type { EmbeddableVerdict } from "@/lib/embed/queries";

// The picture social networks and chat apps show for a verdict link
// (1200 × 630), drawn by satori: inline styles only, and every box with more
// than one child laid out with flex. Colours match app/globals.css.
const INK = "#111827";
const MUTED = "#4b5563";
const RULE = "#d1d5db";

export function ShareImage({ verdict, siteName }: { verdict: EmbeddableVerdict; siteName: string }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", color: INK, fontFamily: "Inter" }}>
      <div style={{ height: 16, background: verdict.rating.colour }} />
      <div style={{ flex: 1, display: "flex", flexDirection: "column", padding: "48px 64px" }}>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
          <div style={{ fontSize: 36, fontWeight: 700 }}>{siteName}</div>
          <div style={{ fontSize: 28, color: MUTED }}>Fact check</div>
        </div>
        <div style={{ display: "flex", marginTop: 40 }}>
          <div style={{ background: verdict.rating.colour, color: "#ffffff", fontSize: 44, fontWeight: 700, padding: "10px 28px", borderRadius: 10 }}>
            {verdict.rating.label}
          </div>
        </div>
        <div style={{ marginTop: 32, fontSize: 56, fontWeight: 700, lineHeight: 1.2, lineClamp: 3, display: "block" }}>{verdict.text}</div>
        <div style={{ marginTop: "auto", paddingTop: 24, borderTop: `2px solid ${RULE}`, fontSize: 30, color: MUTED, display: "flex" }}>
          {`${verdict.speaker.name} · said ${formatDateIn(verdict.madeAt, verdict.madeAtTimeZone)}`}
        </div>
      </div>
    </div>
  );
}
