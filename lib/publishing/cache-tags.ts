// Names of the cached public data, expired when what they hold changes.
export const PUBLISHED_VERDICTS_TAG = "published-verdicts";
