/**
 * Titles, honorifics and office words that precede a name ("Lt. Gen.",
 * "Interior Minister", "Under Secretary of State"). Lower-cased single words;
 * multi-word titles are built from them by the title scanner.
 */
const HONORIFICS =
  "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. reverend father sheikh imam rabbi pope saint st. mme mme. mlle";

const MILITARY =
  "gen gen. general lt lt. lieut. lieutenant col col. colonel maj maj. major capt capt. captain cpt. sgt sgt. sergeant cpl cpl. corporal pvt pvt. private adm adm. admiral cmdr cmdr. cdr. commander brig brig. brigadier marshal field commodore ensign col.-maj. lt.-col. lt.-gen. maj.-gen. brig.-gen. marine army navy air force chief staff";

const OFFICES =
  "president vice prime minister premier chancellor secretary under deputy assistant undersecretary ambassador envoy special senator sen. sen rep. rep representative congressman congresswoman governor gov. gov mayor king queen prince princess emir sultan crown spokesman spokeswoman spokesperson director chairman chairwoman chair chief executive ceo ceo. judge justice attorney commissioner inspector superintendent foreign interior defense defence finance state home trade health education energy agriculture information communications security affairs national homeland general-secretary secretary-general leader speaker counsel adviser advisor commander-in-chief head officer minister-designate president-elect junta ruler";

let titleWords: Set<string> | undefined;

/**
 * Lower-cased words that may be part of a title or honorific.
 *
 * @returns The title word set.
 */
export function getTitleWords(): Set<string> {
  titleWords ??= new Set(`${HONORIFICS} ${MILITARY} ${OFFICES}`.split(" "));
  return titleWords;
}

let headWords: Set<string> | undefined;

/**
 * Title words that can stand as the head of a title by themselves ("Gen.", "Minister", "Mr.").
 * Modifier words such as "foreign" or "deputy" are titles only in front of a head.
 *
 * @returns The set of head words.
 */
export function getTitleHeadWords(): Set<string> {
  headWords ??= new Set(
    `${HONORIFICS} ${MILITARY} president premier chancellor secretary undersecretary ambassador envoy senator sen. sen rep. congressman congresswoman governor gov. mayor king queen prince princess emir sultan spokesman spokeswoman spokesperson director chairman chairwoman judge justice commissioner inspector minister leader speaker adviser advisor commander-in-chief general-secretary secretary-general president-elect ceo`
      .split(" ")
      .filter((w) => !["marine", "army", "navy", "air", "force", "chief", "staff", "field"].includes(w)),
  );
  return headWords;
}
