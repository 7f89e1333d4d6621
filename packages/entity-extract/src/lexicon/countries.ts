/**
 * Hand-curated gazetteer of countries: name | demonyms (adjective and
 * plural people nouns) | capital | other names. Kept in one compact string so
 * the bundle stays small; parsed lazily by {@link getCountryLexicon}.
 */
const COUNTRY_DATA = `Afghanistan|Afghan,Afghans,Afghani|Kabul|
Albania|Albanian,Albanians|Tirana|
Algeria|Algerian,Algerians|Algiers|
Andorra|Andorran|Andorra la Vella|
Angola|Angolan,Angolans|Luanda|
Argentina|Argentine,Argentinian,Argentines,Argentinians|Buenos Aires|
Armenia|Armenian,Armenians|Yerevan|
Australia|Australian,Australians|Canberra|
Austria|Austrian,Austrians|Vienna|
Azerbaijan|Azerbaijani,Azerbaijanis,Azeri,Azeris|Baku|
Bahamas|Bahamian,Bahamians|Nassau|The Bahamas
Bahrain|Bahraini,Bahrainis|Manama|
Bangladesh|Bangladeshi,Bangladeshis|Dhaka|
Barbados|Barbadian,Barbadians|Bridgetown|
Belarus|Belarusian,Belarusians|Minsk|
Belgium|Belgian,Belgians|Brussels|
Belize|Belizean|Belmopan|
Benin|Beninese|Porto-Novo|
Bhutan|Bhutanese|Thimphu|
Bolivia|Bolivian,Bolivians|Sucre|
Bosnia and Herzegovina|Bosnian,Bosnians|Sarajevo|Bosnia
Botswana|Botswanan,Motswana,Batswana|Gaborone|
Brazil|Brazilian,Brazilians|Brasilia|
Brunei|Bruneian|Bandar Seri Begawan|
Bulgaria|Bulgarian,Bulgarians|Sofia|
Burkina Faso|Burkinabe,Burkinabè|Ouagadougou|
Burundi|Burundian,Burundians|Gitega|
Cambodia|Cambodian,Cambodians|Phnom Penh|
Cameroon|Cameroonian,Cameroonians|Yaounde|
Canada|Canadian,Canadians|Ottawa|
Cape Verde|Cape Verdean|Praia|Cabo Verde
Central African Republic|Central African|Bangui|CAR
Chad|Chadian,Chadians|N'Djamena|
Chile|Chilean,Chileans|Santiago|
China|Chinese|Beijing|People's Republic of China,PRC
Colombia|Colombian,Colombians|Bogota|
Comoros|Comoran,Comorian|Moroni|
Democratic Republic of the Congo|Congolese|Kinshasa|DRC,DR Congo,Congo-Kinshasa
Republic of the Congo|Congolese|Brazzaville|Congo,Congo-Brazzaville
Costa Rica|Costa Rican,Costa Ricans|San Jose|
Croatia|Croatian,Croatians,Croat,Croats|Zagreb|
Cuba|Cuban,Cubans|Havana|
Cyprus|Cypriot,Cypriots|Nicosia|
Czech Republic|Czech,Czechs|Prague|Czechia
Denmark|Danish,Dane,Danes|Copenhagen|
Djibouti|Djiboutian|Djibouti|
Dominican Republic|Dominican,Dominicans|Santo Domingo|
Ecuador|Ecuadorian,Ecuadorians,Ecuadoran|Quito|
Egypt|Egyptian,Egyptians|Cairo|
El Salvador|Salvadoran,Salvadorans|San Salvador|
Equatorial Guinea|Equatorial Guinean,Equatoguinean|Malabo|
Eritrea|Eritrean,Eritreans|Asmara|
Estonia|Estonian,Estonians|Tallinn|
Eswatini|Swazi,Swazis|Mbabane|Swaziland
Ethiopia|Ethiopian,Ethiopians|Addis Ababa|
Fiji|Fijian,Fijians|Suva|
Finland|Finnish,Finn,Finns|Helsinki|
France|French,Frenchman,Frenchmen|Paris|
Gabon|Gabonese|Libreville|
Gambia|Gambian,Gambians|Banjul|The Gambia
Georgia|Georgian,Georgians|Tbilisi|
Germany|German,Germans|Berlin|
Ghana|Ghanaian,Ghanaians|Accra|
Greece|Greek,Greeks|Athens|
Guatemala|Guatemalan,Guatemalans|Guatemala City|
Guinea|Guinean,Guineans|Conakry|
Guinea-Bissau|Bissau-Guinean|Bissau|
Guyana|Guyanese|Georgetown|
Haiti|Haitian,Haitians|Port-au-Prince|
Honduras|Honduran,Hondurans|Tegucigalpa|
Hungary|Hungarian,Hungarians|Budapest|
Iceland|Icelandic,Icelander,Icelanders|Reykjavik|
India|Indian,Indians|New Delhi|
Indonesia|Indonesian,Indonesians|Jakarta|
Iran|Iranian,Iranians,Persian|Tehran|
Iraq|Iraqi,Iraqis|Baghdad|
Ireland|Irish|Dublin|
Israel|Israeli,Israelis|Jerusalem|
Italy|Italian,Italians|Rome|
Ivory Coast|Ivorian,Ivorians|Yamoussoukro|Cote d'Ivoire,Côte d'Ivoire
Jamaica|Jamaican,Jamaicans|Kingston|
Japan|Japanese|Tokyo|
Jordan|Jordanian,Jordanians|Amman|
Kazakhstan|Kazakh,Kazakhs,Kazakhstani|Astana|
Kenya|Kenyan,Kenyans|Nairobi|
Kosovo|Kosovar,Kosovars,Kosovan|Pristina|
Kuwait|Kuwaiti,Kuwaitis|Kuwait City|
Kyrgyzstan|Kyrgyz|Bishkek|
Laos|Lao,Laotian,Laotians|Vientiane|
Latvia|Latvian,Latvians|Riga|
Lebanon|Lebanese|Beirut|
Lesotho|Basotho,Mosotho|Maseru|
Liberia|Liberian,Liberians|Monrovia|
Libya|Libyan,Libyans|Tripoli|
Liechtenstein|Liechtensteiner|Vaduz|
Lithuania|Lithuanian,Lithuanians|Vilnius|
Luxembourg|Luxembourgish,Luxembourger|Luxembourg|
Madagascar|Malagasy|Antananarivo|
Malawi|Malawian,Malawians|Lilongwe|
Malaysia|Malaysian,Malaysians|Kuala Lumpur|
Maldives|Maldivian,Maldivians|Male|
Mali|Malian,Malians|Bamako|
Malta|Maltese|Valletta|
Mauritania|Mauritanian,Mauritanians|Nouakchott|
Mauritius|Mauritian,Mauritians|Port Louis|
Mexico|Mexican,Mexicans|Mexico City|
Moldova|Moldovan,Moldovans|Chisinau|
Monaco|Monegasque|Monaco|
Mongolia|Mongolian,Mongolians|Ulaanbaatar|
Montenegro|Montenegrin,Montenegrins|Podgorica|
Morocco|Moroccan,Moroccans|Rabat|
Mozambique|Mozambican,Mozambicans|Maputo|
Myanmar|Burmese,Myanmarese|Naypyidaw|Burma
Namibia|Namibian,Namibians|Windhoek|
Nepal|Nepali,Nepalese,Nepalis|Kathmandu|
Netherlands|Dutch,Dutchman|Amsterdam|Holland,The Netherlands
New Zealand|New Zealander,New Zealanders,Kiwi|Wellington|
Nicaragua|Nicaraguan,Nicaraguans|Managua|
Niger|Nigerien,Nigeriens|Niamey|
Nigeria|Nigerian,Nigerians|Abuja|
North Korea|North Korean,North Koreans|Pyongyang|DPRK
North Macedonia|Macedonian,Macedonians|Skopje|Macedonia
Norway|Norwegian,Norwegians|Oslo|
Oman|Omani,Omanis|Muscat|
Pakistan|Pakistani,Pakistanis|Islamabad|
Palestine|Palestinian,Palestinians|Ramallah|Palestinian territories
Panama|Panamanian,Panamanians|Panama City|
Papua New Guinea|Papua New Guinean|Port Moresby|
Paraguay|Paraguayan,Paraguayans|Asuncion|
Peru|Peruvian,Peruvians|Lima|
Philippines|Filipino,Filipinos,Philippine|Manila|The Philippines
Poland|Polish,Pole,Poles|Warsaw|
Portugal|Portuguese|Lisbon|
Qatar|Qatari,Qataris|Doha|
Romania|Romanian,Romanians|Bucharest|
Russia|Russian,Russians|Moscow|Russian Federation
Rwanda|Rwandan,Rwandans|Kigali|
Saudi Arabia|Saudi,Saudis,Saudi Arabian|Riyadh|
Senegal|Senegalese|Dakar|
Serbia|Serbian,Serbians,Serb,Serbs|Belgrade|
Sierra Leone|Sierra Leonean,Sierra Leoneans|Freetown|
Singapore|Singaporean,Singaporeans|Singapore|
Slovakia|Slovak,Slovaks,Slovakian|Bratislava|
Slovenia|Slovenian,Slovene,Slovenians|Ljubljana|
Somalia|Somali,Somalis|Mogadishu|
South Africa|South African,South Africans|Pretoria|
South Korea|South Korean,South Koreans|Seoul|Korea
South Sudan|South Sudanese|Juba|
Spain|Spanish,Spaniard,Spaniards|Madrid|
Sri Lanka|Sri Lankan,Sri Lankans|Colombo|
Sudan|Sudanese|Khartoum|
Suriname|Surinamese|Paramaribo|
Sweden|Swedish,Swede,Swedes|Stockholm|
Switzerland|Swiss|Bern|
Syria|Syrian,Syrians|Damascus|
Taiwan|Taiwanese|Taipei|
Tajikistan|Tajik,Tajiks|Dushanbe|
Tanzania|Tanzanian,Tanzanians|Dodoma|
Thailand|Thai,Thais|Bangkok|
Togo|Togolese|Lome|
Trinidad and Tobago|Trinidadian,Tobagonian|Port of Spain|
Tunisia|Tunisian,Tunisians|Tunis|
Turkey|Turkish,Turk,Turks|Ankara|Turkiye,Türkiye
Turkmenistan|Turkmen|Ashgabat|
Uganda|Ugandan,Ugandans|Kampala|
Ukraine|Ukrainian,Ukrainians|Kyiv|Kiev
United Arab Emirates|Emirati,Emiratis|Abu Dhabi|UAE,U.A.E.
United Kingdom|British,Briton,Britons,Brit,Brits|London|Britain,Great Britain,UK,U.K.
United States|American,Americans|Washington|United States of America,USA,U.S.A.,US,U.S.,America
Uruguay|Uruguayan,Uruguayans|Montevideo|
Uzbekistan|Uzbek,Uzbeks|Tashkent|
Venezuela|Venezuelan,Venezuelans|Caracas|
Vietnam|Vietnamese|Hanoi|Viet Nam
Yemen|Yemeni,Yemenis|Sanaa|
Zambia|Zambian,Zambians|Lusaka|
Zimbabwe|Zimbabwean,Zimbabweans|Harare|
England|English,Englishman|London|
Scotland|Scottish,Scot,Scots|Edinburgh|
Wales|Welsh|Cardiff|
Tibet|Tibetan,Tibetans|Lhasa|
Chechnya|Chechen,Chechens|Grozny|
Kurdistan|Kurdish,Kurd,Kurds|Erbil|`;

/** Non-country group adjectives (religions, ethnic and regional groups): NORP without a country. */
const GROUP_NORP = `Arab,Arabs,African,Africans,European,Europeans,Asian,Asians,Latino,Latinos,Hispanic,Western,Westerners,Muslim,Muslims,Christian,Christians,Jewish,Jews,Jew,Catholic,Catholics,Protestant,Protestants,Sunni,Sunnis,Shiite,Shiites,Shia,Hindu,Hindus,Buddhist,Buddhists,Islamic,Islamist,Islamists,Democrat,Democrats,Republican,Republicans,Democratic,Pashtun,Pashtuns,Tuareg,Tuaregs,Hausa,Fulani,Berber,Berbers,Tamil,Tamils,Sikh,Sikhs,Uighur,Uighurs,Uyghur,Uyghurs,Baloch,Hazara,Yazidi,Yazidis,Alawite,Alawites,Druze,Maori,Roma,Slavic,Sahelian,Soviet,Latin American,Middle Eastern,West African,East African,North African`;

/**
 * Languages, ideologies, movements and historical peoples that are not a country's demonym:
 * NORP (CoNLL MISC) wherever they are capitalised (the gazetteer parser emits them). Languages
 * are NORP here because the schema has no LANGUAGE type. The major religions are in
 * `GROUP_NORP` only, a tagger feature: the training news marks "Muslim" or "Jewish" inconsistently.
 */
const NORP_WORDS = `Latin,Swahili,Esperanto,Sanskrit,Yiddish,Hebrew,Urdu,Hindi,Bengali,Punjabi,Tagalog,Mandarin,Cantonese,Gaelic,Celtic,Norse,Anglo-Saxon,Anglo-Saxons,Germanic,Slavonic,Amharic,Pashto,Dari,Farsi,Catalan,Basque,Basques,Flemish,Walloon,Creole,Quechua,Zulu,Xhosa,Yoruba,Igbo,Gujarati,Marathi,Telugu,Kannada,Malayalam,Tibetan,Tibetans,Cherokee,Navajo,Sioux,Apache,Communist,Communists,Marxist,Marxists,Leninist,Maoist,Maoists,Socialist,Socialists,Nazi,Nazis,Fascist,Fascists,Zionist,Zionists,Bolshevik,Bolsheviks,Orthodox,Anglican,Anglicans,Lutheran,Lutherans,Methodist,Methodists,Baptist,Baptists,Presbyterian,Presbyterians,Evangelical,Evangelicals,Mormon,Mormons,Quaker,Quakers,Calvinist,Calvinists,Confucian,Taoist,Coptic,Copts,Maronite,Maronites,Salafi,Salafist,Salafists,Wahhabi,Jihadist,Jihadists,Islamist,Islamists,Western,Roman,Romans,Byzantine,Ottoman,Ottomans,Viking,Vikings,Aztec,Aztecs,Inca,Incas,Mayan,Celts,Saxon,Saxons,Normans,Moors,Hellenic`;

/** Continents, regions, water bodies, mountains: OntoNotes LOC. */
const LOCATIONS = `Africa,Europe,Asia,Antarctica,Oceania,North America,South America,Latin America,Central America,Middle East,Near East,Far East,Sahel,Sahara,Sahara Desert,West Africa,East Africa,North Africa,Southern Africa,Central Africa,Horn of Africa,Sub-Saharan Africa,Central Asia,South Asia,Southeast Asia,East Asia,Western Europe,Eastern Europe,Balkans,Caucasus,Scandinavia,Mediterranean,Mediterranean Sea,Red Sea,Black Sea,Caspian Sea,South China Sea,Persian Gulf,Gulf of Aden,Gulf of Mexico,Atlantic,Atlantic Ocean,Pacific,Pacific Ocean,Indian Ocean,Arctic,Arctic Ocean,Nile,Niger River,Amazon,Himalayas,Alps,Andes,Gaza Strip,West Bank,Golan Heights,Lake Chad,Lake Victoria,Arabian Peninsula,Korean Peninsula,Crimea,Donbas,Kashmir,Darfur,Siberia,Patagonia,the West,Gulf`;

/** Well-known cities and sub-national GPEs beyond capitals (kept short). */
const CITIES = `New York,Los Angeles,Chicago,Houston,San Francisco,Boston,Miami,Seattle,Atlanta,Philadelphia,Detroit,Dallas,Geneva,Zurich,Munich,Frankfurt,Hamburg,Milan,Naples,Barcelona,Marseille,Lyon,Manchester,Liverpool,Birmingham,Glasgow,St. Petersburg,Istanbul,Dubai,Karachi,Lahore,Mumbai,Kolkata,Chennai,Bangalore,Shanghai,Hong Kong,Guangzhou,Shenzhen,Osaka,Sydney,Melbourne,Toronto,Montreal,Vancouver,Sao Paulo,Rio de Janeiro,Lagos,Kano,Agadez,Zinder,Maradi,Tahoua,Diffa,Tillaberi,Gao,Timbuktu,Kidal,Mopti,Benghazi,Aleppo,Homs,Mosul,Basra,Fallujah,Kirkuk,Kandahar,Herat,Helmand,Peshawar,Quetta,Gaza,Tel Aviv,Haifa,Odesa,Odessa,Kharkiv,Donetsk,Luhansk,Mariupol,Bakhmut,Texas,California,Florida,Virginia,Maryland,Ohio,Michigan,Pennsylvania,Georgia,Arizona,Nevada,Alaska,Hawaii,Scotland,Wales,Quebec,Ontario,Bavaria,Sicily,Tigray,Punjab,Sindh,Xinjiang,Hokkaido`;

/** One country of the gazetteer. */
export interface CountryEntry {
  /** Short English name, e.g. `United States`. */
  name: string;
  /** Adjectives and people nouns, e.g. `American`, `Americans`. */
  demonyms: string[];
  /** Capital city. */
  capital: string;
  /** Other names and abbreviations. */
  aliases: string[];
}

/** Lookup tables built from the gazetteer; all keys are lower-cased. */
export interface CountryLexicon {
  countries: CountryEntry[];
  /** Country names and aliases → country name. */
  countryByName: Map<string, string>;
  /** Demonym → country name (nationality adjectives and nouns). */
  countryByDemonym: Map<string, string>;
  /** Capital → country name. */
  countryByCapital: Map<string, string>;
  /** Group NORPs with no country (religions, regional groups). */
  groupNorp: Set<string>;
  /** Languages, religions, ideologies, historical peoples: always NORP when capitalised (also in `groupNorp`). */
  norpWords: Set<string>;
  /** Continents, regions, water bodies. */
  locations: Set<string>;
  /** Other cities and states (GPE). */
  cities: Set<string>;
  /** Longest phrase length, in words, over every table. */
  maxWords: number;
}

let lexicon: CountryLexicon | undefined;

/**
 * The country / demonym / capital gazetteer, parsed on first use.
 *
 * @returns Lower-cased lookup tables.
 */
export function getCountryLexicon(): CountryLexicon {
  if (lexicon) return lexicon;
  const countries: CountryEntry[] = [];
  const countryByName = new Map<string, string>();
  const countryByDemonym = new Map<string, string>();
  const countryByCapital = new Map<string, string>();
  let maxWords = 1;
  const words = (s: string): number => s.split(" ").length;
  for (const line of COUNTRY_DATA.split("\n")) {
    const [name = "", dem = "", capital = "", aliases = ""] = line.split("|");
    if (!name) continue;
    const entry: CountryEntry = {
      name,
      demonyms: dem ? dem.split(",") : [],
      capital,
      aliases: aliases ? aliases.split(",") : [],
    };
    countries.push(entry);
    if (!countryByName.has(name.toLowerCase())) countryByName.set(name.toLowerCase(), name);
    for (const a of entry.aliases) if (!countryByName.has(a.toLowerCase())) countryByName.set(a.toLowerCase(), name);
    for (const d of entry.demonyms) if (!countryByDemonym.has(d.toLowerCase())) countryByDemonym.set(d.toLowerCase(), name);
    if (capital && !countryByCapital.has(capital.toLowerCase())) countryByCapital.set(capital.toLowerCase(), name);
    for (const s of [name, capital, ...entry.aliases, ...entry.demonyms]) maxWords = Math.max(maxWords, words(s));
  }
  const norpWords = new Set(NORP_WORDS.split(",").map((s) => s.toLowerCase()));
  const groupNorp = new Set([...GROUP_NORP.split(",").map((s) => s.toLowerCase()), ...norpWords]);
  const locations = new Set(LOCATIONS.split(",").map((s) => s.toLowerCase()));
  const cities = new Set(CITIES.split(",").map((s) => s.toLowerCase()));
  for (const s of [...groupNorp, ...locations, ...cities]) maxWords = Math.max(maxWords, words(s));
  lexicon = { countries, countryByName, countryByDemonym, countryByCapital, groupNorp, norpWords, locations, cities, maxWords };
  return lexicon;
}
