/**
 * A small curated list of well-known news agencies, broadcasters and
 * newspapers, written as they appear in running text (case-sensitive,
 * space-separated tokens as the tokenizer splits them). Names whose official
 * form carries the article ("The New York Times") are listed with and
 * without it; the longest match wins. "RT" is left out: in social-media text
 * it is almost always "retweet".
 */
export const NEWS_ORGANIZATIONS: readonly string[] = [
  // Agencies
  "Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse", "Agence France Presse",
  "TASS", "ITAR-TASS", "RIA Novosti", "Interfax", "Sputnik", "Sputnik Africa", "Sputnik News", "Xinhua", "Kyodo", "Yonhap",
  "ANSA", "EFE", "Anadolu Agency", "Bloomberg", "Bloomberg News", "UPI", "United Press International",
  // Broadcasters
  "CNN", "BBC", "BBC News", "NPR", "PBS", "CBS News", "NBC News", "ABC News", "Fox News", "MSNBC", "CNBC", "Al Jazeera",
  "Russia Today", "Voice of America", "VOA", "Deutsche Welle", "France 24", "RFI", "Radio France Internationale",
  "RTN", "Euronews", "Sky News",
  // Newspapers, magazines, web outlets
  "The Hill", "The New York Times", "New York Times", "The Washington Post", "Washington Post", "The Wall Street Journal",
  "Wall Street Journal", "The Guardian", "The Economist", "Financial Times", "The Financial Times", "USA Today",
  "Los Angeles Times", "The Los Angeles Times", "Politico", "Axios", "Le Monde", "Jeune Afrique", "Stars and Stripes",
  "Der Spiegel", "The Telegraph", "The Independent", "The Atlantic", "Newsweek", "Time magazine",
];

