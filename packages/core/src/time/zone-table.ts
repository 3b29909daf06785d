/**
 * What Hindsight knows about zone names. Abbreviations are taken literally: `PST` is −08:00
 * even on a summer date, because that is what the author wrote; a mistaken `PST` in July is
 * a writing problem, not something to silently "correct". Generic names (`PT`, `Eastern
 * time`) carry no season, so they map to an IANA region and follow its daylight-saving rules.
 */

/** Names that mean UTC itself. */
export const UTC_NAMES: ReadonlySet<string> = new Set(['UTC', 'GMT', 'UT', 'Z', 'UCT']);

/** Literal abbreviations: minutes east of UTC. The id of the zone is the abbreviation. */
export const FIXED_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  // North America
  ['PST', -480],
  ['PDT', -420],
  ['MST', -420],
  ['MDT', -360],
  ['CST', -360],
  ['CDT', -300],
  ['EST', -300],
  ['EDT', -240],
  ['AKST', -540],
  ['AKDT', -480],
  ['HST', -600],
  ['HDT', -540],
  ['AST', -240],
  ['ADT', -180],
  ['NST', -210],
  ['NDT', -150],
  // South America
  ['BRT', -180],
  ['ART', -180],
  ['UYT', -180],
  ['CLT', -240],
  ['CLST', -180],
  ['VET', -240],
  ['COT', -300],
  ['PET', -300],
  // Europe
  ['WET', 0],
  ['WEST', 60],
  ['BST', 60],
  ['CET', 60],
  ['MEZ', 60],
  ['CEST', 120],
  ['MESZ', 120],
  ['EET', 120],
  ['EEST', 180],
  ['MSK', 180],
  ['TRT', 180],
  // Africa
  ['WAT', 60],
  ['CAT', 120],
  ['SAST', 120],
  ['EAT', 180],
  // Asia
  ['IDT', 180],
  ['IRST', 210],
  ['GST', 240],
  ['PKT', 300],
  ['IST', 330],
  ['NPT', 345],
  ['ICT', 420],
  ['WIB', 420],
  ['WITA', 480],
  ['SGT', 480],
  ['MYT', 480],
  ['HKT', 480],
  ['PHT', 480],
  ['WIT', 540],
  ['JST', 540],
  ['KST', 540],
  // Oceania
  ['AWST', 480],
  ['ACST', 570],
  ['ACDT', 630],
  ['AEST', 600],
  ['AEDT', 660],
  ['NZST', 720],
  ['NZDT', 780],
]);

/** Season-less abbreviations: they name a region, so they follow its DST rules. */
export const GENERIC_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['PT', 'America/Los_Angeles'],
  ['MT', 'America/Denver'],
  ['CT', 'America/Chicago'],
  ['ET', 'America/New_York'],
  ['AKT', 'America/Anchorage'],
]);

/**
 * Abbreviations that name more than one zone. The reading chosen is the one most likely in an
 * English-language postmortem; the others are listed in the `ambiguous-zone` problem.
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  [
    'CST',
    'CST is read as US Central Standard Time (UTC-06:00); it also names China Standard Time (UTC+08:00) and Cuba Standard Time (UTC-05:00)',
  ],
  [
    'IST',
    'IST is read as India Standard Time (UTC+05:30); it also names Irish Standard Time (UTC+01:00) and Israel Standard Time (UTC+02:00)',
  ],
  [
    'BST',
    'BST is read as British Summer Time (UTC+01:00); it also names Bangladesh Standard Time (UTC+06:00)',
  ],
  [
    'AST',
    'AST is read as Atlantic Standard Time (UTC-04:00); it also names Arabia Standard Time (UTC+03:00)',
  ],
  [
    'GST',
    'GST is read as Gulf Standard Time (UTC+04:00); it also names South Georgia Time (UTC-02:00)',
  ],
]);

/**
 * Zones named in words: "<region> [Standard|Daylight|Summer] Time[zone]". Each value is a zone
 * id (an abbreviation above, `UTC`, or an IANA name). With no season word the generic zone is
 * used; regions without daylight saving map every form to their one abbreviation.
 * Where an abbreviation is ambiguous ("China Standard Time" is not our `CST`), the IANA
 * region is used instead so that the id stays unambiguous.
 */
interface RegionZones {
  generic: string;
  standard?: string;
  daylight?: string;
}

const region = (generic: string, standard?: string, daylight?: string): RegionZones => ({
  generic,
  standard,
  daylight,
});

export const REGION_WORDS: ReadonlyMap<string, RegionZones> = new Map([
  ['pacific', region('America/Los_Angeles', 'PST', 'PDT')],
  ['us pacific', region('America/Los_Angeles', 'PST', 'PDT')],
  ['mountain', region('America/Denver', 'MST', 'MDT')],
  ['us mountain', region('America/Denver', 'MST', 'MDT')],
  ['central', region('America/Chicago', 'CST', 'CDT')],
  ['us central', region('America/Chicago', 'CST', 'CDT')],
  ['eastern', region('America/New_York', 'EST', 'EDT')],
  ['us eastern', region('America/New_York', 'EST', 'EDT')],
  ['atlantic', region('America/Halifax', 'AST', 'ADT')],
  ['alaska', region('America/Anchorage', 'AKST', 'AKDT')],
  ['alaskan', region('America/Anchorage', 'AKST', 'AKDT')],
  ['hawaii', region('HST')],
  ['hawaiian', region('HST')],
  ['hawaii aleutian', region('America/Adak', 'HST', 'HDT')],
  ['newfoundland', region('America/St_Johns', 'NST', 'NDT')],
  ['coordinated universal', region('UTC')],
  ['universal', region('UTC')],
  ['greenwich', region('UTC')],
  ['greenwich mean', region('UTC')],
  ['british', region('Europe/London', 'Europe/London', 'BST')],
  ['uk', region('Europe/London', 'Europe/London', 'BST')],
  ['london', region('Europe/London', 'Europe/London', 'BST')],
  ['irish', region('Europe/Dublin')],
  ['western european', region('Europe/Lisbon', 'WET', 'WEST')],
  ['west european', region('Europe/Lisbon', 'WET', 'WEST')],
  ['central european', region('Europe/Paris', 'CET', 'CEST')],
  ['central europe', region('Europe/Paris', 'CET', 'CEST')],
  ['eastern european', region('Europe/Athens', 'EET', 'EEST')],
  ['moscow', region('MSK')],
  ['turkey', region('TRT')],
  ['turkish', region('TRT')],
  ['west africa', region('WAT')],
  ['west african', region('WAT')],
  ['western africa', region('WAT')],
  ['west central africa', region('WAT')],
  ['western central africa', region('WAT')],
  ['central africa', region('CAT')],
  ['central african', region('CAT')],
  ['east africa', region('EAT')],
  ['east african', region('EAT')],
  ['south africa', region('SAST')],
  ['south african', region('SAST')],
  ['israel', region('Asia/Jerusalem')],
  ['arabia', region('Asia/Riyadh')],
  ['arabian', region('Asia/Riyadh')],
  ['gulf', region('GST')],
  ['pakistan', region('PKT')],
  ['india', region('IST')],
  ['indian', region('IST')],
  ['nepal', region('NPT')],
  ['indochina', region('ICT')],
  ['western indonesia', region('WIB')],
  ['western indonesian', region('WIB')],
  ['singapore', region('SGT')],
  ['malaysia', region('MYT')],
  ['hong kong', region('HKT')],
  ['philippine', region('PHT')],
  ['philippines', region('PHT')],
  ['china', region('Asia/Shanghai')],
  ['japan', region('JST')],
  ['korea', region('KST')],
  ['korean', region('KST')],
  ['australian western', region('AWST')],
  ['australian central', region('Australia/Adelaide', 'ACST', 'ACDT')],
  ['australian eastern', region('Australia/Sydney', 'AEST', 'AEDT')],
  ['new zealand', region('Pacific/Auckland', 'NZST', 'NZDT')],
  ['brasilia', region('BRT')],
  ['brazil', region('BRT')],
  ['argentina', region('ART')],
  ['chile', region('America/Santiago', 'CLT', 'CLST')],
  ['colombia', region('COT')],
  ['peru', region('PET')],
]);

/** Picks the zone id for a region written with an optional season word. */
export function regionZoneId(zones: RegionZones, season: string | undefined): string {
  if (season === 'standard') return zones.standard ?? zones.generic;
  if (season === 'daylight' || season === 'summer') return zones.daylight ?? zones.generic;
  return zones.generic;
}
