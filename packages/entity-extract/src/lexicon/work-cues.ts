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

/** Nouns after which a capitalised run without quotation marks is a title ("the album Return to Cookie Mountain", "the novel Lonesome Dove"). */
export const UNQUOTED_WORK_CUES: readonly string[] = [
  "album", "single", "song", "novel", "film", "movie", "opera", "musical", "documentary", "poem", "painting", "titled", "entitled",
];

/** Lower-case words a title without quotation marks keeps inside it ("Return to Cookie Mountain", "Hero of the Day"); others end it ("… by Michael Jackson", "… in 1997"). */
export const UNQUOTED_TITLE_INNER_WORDS: readonly string[] = [
  "of", "the", "a", "an", "to", "for", "from", "with", "into", "my", "your", "me", "you", "it",
];
