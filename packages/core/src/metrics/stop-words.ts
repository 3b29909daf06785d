/**
 * Words left out when comparing incident texts. Ordinary English function words, plus the
 * words every postmortem uses whatever went wrong ("root cause", "incident", "issue"):
 * they would make unrelated incidents look alike. Matched after lower-casing, before
 * stemming.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are around as at be because been
  before being below between both but by can could did do does doing done down during each
  either else even ever every few for from further get got had has have having he her here
  him his how however i if in into is it its itself just let like many may me might more most
  much must my no nor not now of off on once only or other our out over own per quite rather
  really same she should since so some such than that the their them then there these they
  this those though through thus to too under until up upon us very via was we were what
  when where whether which while who whom why will with within without would yet you your
  caused cause causes causing root incident incidents issue issues problem problems outage
  outages due result resulted resulting led lead leading which occurred occur occurs happened
  happen went time times minute minutes hour hours day days am pm utc gmt`
    .split(/\s+/)
    .filter(Boolean),
);
