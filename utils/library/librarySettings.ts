// The reader's library settings. Off until the reader turns it on (consent first); pausable;
// sites never to keep; how many articles to keep at most.

export interface LibrarySettings {
  /** The reader turned the library on. Off by default: nothing is kept without consent. */
  enabled: boolean;
  /** Turned on but not keeping for now; matching against what is kept goes on. */
  paused: boolean;
  /** Sites never to keep ("example.org" also covers "news.example.org"). */
  neverKeep: string[];
  /** Most articles kept; past it the oldest readings are removed first. */
  maxArticles: number;
}

/** A few thousand articles: about a year of a keen reader's news, some tens of megabytes. */
export const DEFAULT_MAX_ARTICLES = 3000;

export const DEFAULT_LIBRARY_SETTINGS: Readonly<LibrarySettings> = Object.freeze({ enabled: false, paused: false, neverKeep: [], maxArticles: DEFAULT_MAX_ARTICLES });
