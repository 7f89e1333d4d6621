/**
 * Common words that are not names when capitalised. Lower case unless noted; each list is
 * deduplicated (a test checks it). Data only: the refiners build their sets from these.
 *
 * @packageDocumentation
 */

/** Capitalised words that do not start a name with a head word (pronouns, determiners, auxiliaries, prepositions …). */
export const NOT_NAME_START_WORDS: readonly string[] = [
  "a", "an", "the", "this", "that", "these", "those", "if", "but", "and", "or", "in", "on", "at", "as", "for",
  "with", "by", "from", "when", "while", "after", "before", "since", "during", "under", "despite", "although",
  "though", "meanwhile", "however", "also", "then", "there", "here", "his", "her", "their", "its", "our", "my",
  "your", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "senior",
  "former", "top", "acting", "current", "some", "many", "most", "several", "both", "all", "two", "three", "four",
  "five", "to", "once", "why", "how", "what", "who", "whom", "where", "whether", "because", "so", "not", "no",
  "just", "only", "even", "now", "yet", "than", "until", "unless", "into", "about", "over", "against", "through",
  "without", "is", "are", "was", "were", "be", "has", "have", "had", "do", "does", "did", "will", "would", "can",
  "could", "should", "must",
];

/** Common words that are capitalised only because they start a sentence or a headline. */
export const SENTENCE_START_COMMON_WORDS: readonly string[] = [
  "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
  "her", "their", "our", "my", "your", "him", "them", "us", "me", "who", "what", "when", "where", "why", "how",
  "which", "and", "or", "but", "so", "yet", "if", "then", "than", "because", "while", "although", "though", "after",
  "before", "since", "until", "as", "at", "by", "for", "from", "in", "into", "of", "on", "onto", "to", "with",
  "without", "about", "above", "across", "against", "along", "among", "around", "behind", "below", "beneath",
  "beside", "between", "beyond", "during", "except", "inside", "near", "outside", "over", "past", "through",
  "throughout", "toward", "towards", "under", "underneath", "unlike", "up", "upon", "within", "no", "not", "nor",
  "yes", "all", "any", "both", "each", "every", "few", "many", "more", "most", "much", "other", "some", "such",
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "last",
  "next", "new", "old", "several", "there", "here", "today", "yesterday", "tomorrow", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december", "also", "still", "even", "just", "only", "now",
  "however", "meanwhile", "moreover", "furthermore", "thus", "therefore", "instead", "indeed", "again", "already",
  "obviously", "currently", "recently", "senior", "former", "current", "officials", "official", "troops", "forces",
  "people", "government", "military", "demonstrators", "thousands", "hundreds", "dozens", "protesters", "police",
  "leave", "reply", "see", "sign", "subscribe", "share", "read", "watch", "click", "follow", "advertisement",
  "related", "photo", "video", "updated", "published", "comments", "comment", "email", "said", "says", "according",
  "asked", "told", "reported", "added", "noted", "explained", "whether", "despite", "amid", "following",
];

/** Words that do not start a company's name. */
export const NOT_COMPANY_START_WORDS: readonly string[] = [
  "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "shares", "analysts",
  "chief", "former", "then", "ex",
];

/** Common capitalised words that are no company by themselves ("Water", "Power", "Sales"). */
export const NOT_COMPANY_WORDS: readonly string[] = [
  "bank", "banks", "company", "companies", "group", "firm", "firms", "investors", "analysts", "shares", "stocks",
  "markets", "market", "oil", "gas", "energy", "steel", "mining", "retail", "water", "power", "insurance", "tech",
  "software", "airlines", "profit", "sales", "revenue", "earnings", "prices", "it", "he", "she", "they", "we", "i",
  "you", "there", "here", "this", "that",
];
