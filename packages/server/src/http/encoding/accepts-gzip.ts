/**
 * Whether a request's `Accept-Encoding` header accepts gzip (RFC 9110, 12.5.3): `gzip` (or its
 * old alias `x-gzip`) with a weight above zero, or `*` above zero when gzip is not named.
 * `gzip;q=0` refuses it, as does a missing header, which asks for no coding.
 *
 * @example
 * acceptsGzip('gzip, deflate, br'); // true
 * acceptsGzip('br;q=1, gzip;q=0');  // false
 */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (header === undefined) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  let anyWeight: number | undefined;
  for (const item of value.split(',')) {
    const [coding = '', ...params] = item.split(';');
    const name = coding.trim().toLowerCase();
    if (name !== 'gzip' && name !== 'x-gzip' && name !== '*') continue;
    const weight = weightOf(params);
    if (name !== '*') return weight > 0;
    anyWeight = weight;
  }
  return anyWeight !== undefined && anyWeight > 0;
}

/** The `q` parameter among `params` (1 when absent; 0 when malformed, which refuses). */
function weightOf(params: readonly string[]): number {
  for (const param of params) {
    const [key = '', raw = ''] = param.split('=');
    if (key.trim().toLowerCase() !== 'q') continue;
    const text = raw.trim();
    // RFC 9110: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
    return /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(text) ? Number(text) : 0;
  }
  return 1;
}
