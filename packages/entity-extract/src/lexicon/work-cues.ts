/**
 * Cues for titles of works (songs, films, books) in quotation marks. Lower case unless noted; each list is
 * deduplicated (a test checks it). Data only: the refiners build their sets from these.
 *
 * @packageDocumentation
 */

/** Nouns before a quoted title of a work ("the single", "the film"). */
export const WORK_CUES: readonly string[] = [
  "song", "songs", "single", "album", "ep", "film", "movie", "novel", "book", "poem", "play", "opera", "series",
  "show", "episode", "title", "titled", "entitled", "called", "track", "tracks", "hit", "anthem", "painting",
  "documentary", "musical", "game",
];

/** Words right before a quoted title ("called", "titled"). */
export const WORK_NEAR_CUES: readonly string[] = [
  "called", "titled", "entitled",
];
