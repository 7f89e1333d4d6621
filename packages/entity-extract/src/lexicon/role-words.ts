/**
 * Role words the title-role refiner reads beyond the tagger's title list (`titles.ts`, which is
 * a tagger feature and stays as the model was trained). Lower case, as data:
 *  - modifiers: words inside a title or role, never one by themselves ("press" in "White House
 *    press secretary", "acting", "former", "chief financial");
 *  - heads: nouns that end a title or an appositive role ("administrator", "coroner", "nominee",
 *    "coach", "quarterback").
 */
const MODIFIERS =
  "press acting former interim outgoing incoming then-president then ex senior top chief executive financial operating technology technical marketing legal policy economic campaign communications media public affairs managing general associate principal lead co-founder vice-president first second third deputy assistant regional district county city state federal national international presidential presumptive republican democratic party team club head defensive offensive running wide tight starting backup star veteran retired longtime former- medical forensic kick personal";

const HEADS =
  "administrator coroner sheriff prosecutor detective investigator inspector officer trooper coach manager owner founder co-founder executive ceo cfo coo cto president chairman chairwoman chairperson nominee candidate challenger incumbent lawmaker legislator congressman congresswoman senator delegate councilman councilwoman councillor alderman mayor governor premier minister secretary spokesman spokeswoman spokesperson lawyer attorney counsel solicitor barrister judge magistrate analyst economist professor lecturer researcher scientist historian author novelist writer editor columnist reporter correspondent journalist photographer producer director actor actress singer rapper musician artist comedian host anchor presenter player quarterback pitcher catcher baseman shortstop outfielder striker goalkeeper midfielder defender linebacker receiver boxer champion fighter wrestler golfer cyclist athlete captain skipper pilot doctor physician surgeon nurse paramedic firefighter teacher principal student pastor priest bishop cardinal imam rabbi ambassador envoy diplomat commissioner superintendent warden director-general secretary-general president-elect leader organizer organiser activist advocate adviser advisor consultant aide strategist pollster lobbyist banker investor entrepreneur businessman businesswoman chef architect engineer designer publicist agent agents officers treasurer auditor regulator official commander general admiral colonel sergeant lieutenant major marshal deputy" +
  // Offices, professions and parties to a case that news writes before or after a name (added after probing every
  // pattern of the role finder with a list of occupations).
  " chief archbishop provost comptroller controller clerk assemblyman assemblywoman councilmember trustee regent publisher editor-in-chief ranger constable ombudsman chaplain monsignor representative pathologist blogger returner undersheriff trader broker ayatollah nun counselor counsellor speechwriter fundraiser juror defendant plaintiff farmer fisherman miner contractor psychiatrist psychologist pharmacist dentist veterinarian soldier marine sailor airman astronaut screenwriter poet songwriter guitarist drummer composer conductor dancer commentator broadcaster mayor-elect governor-elect senator-elect" +
  // Police ranks as nouns, plural too ("the lawyer for policemen Jane Roe and John Doe").
  " policeman policemen policewoman policewomen";

let roleWords: { modifiers: Set<string>; heads: Set<string> } | undefined;

/**
 * The role modifiers and role heads (see the file comment), built on first use.
 *
 * @returns Both sets, lower case.
 */
export function getRoleWords(): { modifiers: Set<string>; heads: Set<string> } {
  roleWords ??= { modifiers: new Set(MODIFIERS.split(" ")), heads: new Set(HEADS.split(" ")) };
  return roleWords;
}
