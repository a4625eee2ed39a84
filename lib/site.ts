// Site-wide settings read from the environment, with sensible defaults.
export const site = {
  name: process.env.SITE_NAME || "OnRecord",
  publisher: process.env.SITE_PUBLISHER || "OnRecord newsroom",
  url: (process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, ""),
};
