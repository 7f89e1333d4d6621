/**
 * Common acronyms of news organisations and institutions and their expansions, one a line:
 * `ACRONYM:Expansion|Other expansion`. Hand-curated for this project from the official names
 * of the bodies (no external list was copied). The resolver links an acronym to its expansion
 * across documents even when no article spells the expansion out next to the acronym.
 * An acronym with several common readings is left out (resolution then relies on the corpus).
 * Add a line here, not in code.
 */
export const ACRONYM_LINES = `
AP:Associated Press
AFP:Agence France-Presse|Agence France Presse
ABC:American Broadcasting Company
BBC:British Broadcasting Corporation
CBS:Columbia Broadcasting System
CNN:Cable News Network
NBC:National Broadcasting Company
NPR:National Public Radio
UN:United Nations
UNICEF:United Nations Children's Fund
UNHCR:United Nations High Commissioner for Refugees|UN High Commissioner for Refugees
UNESCO:United Nations Educational, Scientific and Cultural Organization
WHO:World Health Organization
WTO:World Trade Organization
IMF:International Monetary Fund
NATO:North Atlantic Treaty Organization|North Atlantic Treaty Organisation
EU:European Union
ECB:European Central Bank
AU:African Union
ECOWAS:Economic Community of West African States
ASEAN:Association of Southeast Asian Nations
OPEC:Organization of the Petroleum Exporting Countries
OSCE:Organization for Security and Co-operation in Europe
ICC:International Criminal Court
ICJ:International Court of Justice
IAEA:International Atomic Energy Agency
ICRC:International Committee of the Red Cross
FBI:Federal Bureau of Investigation
CIA:Central Intelligence Agency
NSA:National Security Agency
DHS:Department of Homeland Security
DOJ:Department of Justice|Justice Department
DOD:Department of Defense|Defense Department
EPA:Environmental Protection Agency
FDA:Food and Drug Administration
CDC:Centers for Disease Control and Prevention|Centers for Disease Control
FAA:Federal Aviation Administration
FCC:Federal Communications Commission
FEMA:Federal Emergency Management Agency
IRS:Internal Revenue Service
NASA:National Aeronautics and Space Administration
NTSB:National Transportation Safety Board
SEC:Securities and Exchange Commission
ATF:Bureau of Alcohol, Tobacco, Firearms and Explosives
DEA:Drug Enforcement Administration
ICE:Immigration and Customs Enforcement
TSA:Transportation Security Administration
NRA:National Rifle Association
ACLU:American Civil Liberties Union
GOP:Republican Party
DNC:Democratic National Committee
RNC:Republican National Committee
NFL:National Football League
NBA:National Basketball Association
MLB:Major League Baseball
NHL:National Hockey League
NCAA:National Collegiate Athletic Association
FIFA:Fédération Internationale de Football Association
IOC:International Olympic Committee
IBF:International Boxing Federation
WBA:World Boxing Association
WBC:World Boxing Council
WBO:World Boxing Organization
MI5:Security Service
NHS:National Health Service
PLO:Palestine Liberation Organization
ANC:African National Congress
LAPD:Los Angeles Police Department
NYPD:New York City Police Department|New York Police Department
`;
