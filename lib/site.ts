import { settings } from "@/lib/settings";

// What the site calls itself and where it lives (lib/settings.ts): the name in
// the header, the publisher in ClaimReview data and feeds, the public address.
export const site = {
  get name() {
    return settings().SITE_NAME;
  },
  get publisher() {
    return settings().SITE_PUBLISHER;
  },
  get url() {
    const { SITE_URL, PORT } = settings();
    return SITE_URL ?? `http://localhost:${PORT}`;
  },
};
