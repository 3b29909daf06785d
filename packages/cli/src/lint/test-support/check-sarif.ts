/*
 * A structural check of a SARIF 2.1.0 log against the parts of the OASIS schema
 * (sarif-schema-2.1.0.json) that a linter's output touches: required properties, types,
 * enums, minimums, and the schema's `additionalProperties: false` on every object below.
 * Written out here so that tests need no network and no schema validator.
 */

type Json = Record<string, unknown>;

const ALLOWED: Record<string, readonly string[]> = {
  log: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: [
    'tool',
    'invocations',
    'conversion',
    'language',
    'versionControlProvenance',
    'originalUriBaseIds',
    'artifacts',
    'logicalLocations',
    'graphs',
    'results',
    'automationDetails',
    'runAggregates',
    'baselineGuid',
    'redactionTokens',
    'defaultEncoding',
    'defaultSourceLanguage',
    'newlineSequences',
    'columnKind',
    'externalPropertyFileReferences',
    'threadFlowLocations',
    'taxonomies',
    'addresses',
    'translations',
    'policies',
    'webRequests',
    'webResponses',
    'specialLocations',
    'properties',
  ],
  tool: ['driver', 'extensions', 'properties'],
  toolComponent: [
    'guid',
    'name',
    'organization',
    'product',
    'productSuite',
    'shortDescription',
    'fullDescription',
    'fullName',
    'version',
    'semanticVersion',
    'dottedQuadFileVersion',
    'releaseDateUtc',
    'downloadUri',
    'informationUri',
    'globalMessageStrings',
    'notifications',
    'rules',
    'taxa',
    'locations',
    'language',
    'contents',
    'isComprehensive',
    'localizedDataSemanticVersion',
    'minimumRequiredLocalizedDataSemanticVersion',
    'associatedComponent',
    'translationMetadata',
    'supportedTaxonomies',
    'properties',
  ],
  reportingDescriptor: [
    'id',
    'deprecatedIds',
    'guid',
    'deprecatedGuids',
    'name',
    'deprecatedNames',
    'shortDescription',
    'fullDescription',
    'messageStrings',
    'defaultConfiguration',
    'helpUri',
    'help',
    'relationships',
    'properties',
  ],
  reportingConfiguration: ['enabled', 'level', 'rank', 'parameters', 'properties'],
  multiformatMessageString: ['text', 'markdown', 'properties'],
  result: [
    'ruleId',
    'ruleIndex',
    'rule',
    'kind',
    'level',
    'message',
    'analysisTarget',
    'locations',
    'guid',
    'correlationGuid',
    'occurrenceCount',
    'partialFingerprints',
    'fingerprints',
    'stacks',
    'codeFlows',
    'graphs',
    'graphTraversals',
    'relatedLocations',
    'suppressions',
    'baselineState',
    'rank',
    'attachments',
    'hostedViewerUri',
    'workItemUris',
    'provenance',
    'fixes',
    'taxa',
    'webRequest',
    'webResponse',
    'properties',
  ],
  message: ['text', 'markdown', 'id', 'arguments', 'properties'],
  location: [
    'id',
    'physicalLocation',
    'logicalLocations',
    'message',
    'annotations',
    'relationships',
    'properties',
  ],
  physicalLocation: ['address', 'artifactLocation', 'region', 'contextRegion', 'properties'],
  artifactLocation: ['uri', 'uriBaseId', 'index', 'description', 'properties'],
  region: [
    'startLine',
    'startColumn',
    'endLine',
    'endColumn',
    'charOffset',
    'charLength',
    'byteOffset',
    'byteLength',
    'snippet',
    'message',
    'sourceLanguage',
    'properties',
  ],
};

const LEVELS = ['none', 'note', 'warning', 'error'];

/** Every way `log` departs from the SARIF 2.1.0 schema's essentials; empty when it conforms. */
export function checkSarif(log: unknown): string[] {
  const problems: string[] = [];
  const fail = (path: string, what: string): void => void problems.push(`${path}: ${what}`);

  const object = (value: unknown, path: string, kind: string): value is Json => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(path, `must be an object (${kind})`);
      return false;
    }
    for (const key of Object.keys(value)) {
      if (!(ALLOWED[kind] ?? []).includes(key))
        fail(`${path}.${key}`, `is not a property of ${kind}`);
    }
    return true;
  };
  const string = (value: unknown, path: string, required = false): void => {
    if (value === undefined) {
      if (required) fail(path, 'is required');
    } else if (typeof value !== 'string') fail(path, 'must be a string');
  };
  const integer = (value: unknown, path: string, minimum: number): void => {
    if (value === undefined) return;
    if (!Number.isInteger(value) || (value as number) < minimum) {
      fail(path, `must be an integer ≥ ${minimum}`);
    }
  };
  const uri = (value: unknown, path: string, absolute: boolean): void => {
    string(value, path);
    if (typeof value !== 'string') return;
    if (/[\s\\]/.test(value)) fail(path, 'must be a URI (no spaces or backslashes)');
    if (absolute && !/^[a-z][a-z0-9+.-]*:/i.test(value)) fail(path, 'must be an absolute URI');
  };
  const multiformat = (value: unknown, path: string): void => {
    if (value === undefined) return;
    if (object(value, path, 'multiformatMessageString')) string(value.text, `${path}.text`, true);
  };

  if (!object(log, '$', 'log')) return problems;
  if (log.version !== '2.1.0') fail('$.version', 'must be "2.1.0"');
  uri(log.$schema, '$.$schema', true);
  if (!Array.isArray(log.runs)) return [...problems, '$.runs: is required and must be an array'];

  log.runs.forEach((run: unknown, r) => {
    const at = `$.runs[${r}]`;
    if (!object(run, at, 'run')) return;
    if (
      run.columnKind !== undefined &&
      !['utf16CodeUnits', 'unicodeCodePoints'].includes(String(run.columnKind))
    ) {
      fail(`${at}.columnKind`, 'is not a column kind');
    }
    let ruleIds: string[] = [];
    if (
      object(run.tool, `${at}.tool`, 'tool') &&
      object(run.tool.driver, `${at}.tool.driver`, 'toolComponent')
    ) {
      const driver = run.tool.driver;
      string(driver.name, `${at}.tool.driver.name`, true);
      string(driver.version, `${at}.tool.driver.version`);
      uri(driver.informationUri, `${at}.tool.driver.informationUri`, true);
      if (driver.rules !== undefined && !Array.isArray(driver.rules))
        fail(`${at}.tool.driver.rules`, 'must be an array');
      ruleIds = (Array.isArray(driver.rules) ? driver.rules : []).map((rule: unknown, i) => {
        const rp = `${at}.tool.driver.rules[${i}]`;
        if (!object(rule, rp, 'reportingDescriptor')) return '';
        string(rule.id, `${rp}.id`, true);
        multiformat(rule.shortDescription, `${rp}.shortDescription`);
        multiformat(rule.fullDescription, `${rp}.fullDescription`);
        uri(rule.helpUri, `${rp}.helpUri`, false);
        const config = rule.defaultConfiguration;
        if (
          config !== undefined &&
          object(config, `${rp}.defaultConfiguration`, 'reportingConfiguration')
        ) {
          if (config.level !== undefined && !LEVELS.includes(String(config.level)))
            fail(`${rp}.defaultConfiguration.level`, 'is not a level');
          if (config.enabled !== undefined && typeof config.enabled !== 'boolean')
            fail(`${rp}.defaultConfiguration.enabled`, 'must be a boolean');
        }
        return typeof rule.id === 'string' ? rule.id : '';
      });
    }
    if (run.results === undefined) return;
    if (!Array.isArray(run.results)) return fail(`${at}.results`, 'must be an array');
    run.results.forEach((result: unknown, i) => {
      const rp = `${at}.results[${i}]`;
      if (!object(result, rp, 'result')) return;
      if (
        object(result.message, `${rp}.message`, 'message') &&
        result.message.text === undefined &&
        result.message.id === undefined
      ) {
        fail(`${rp}.message`, 'needs text or id');
      }
      string(result.ruleId, `${rp}.ruleId`);
      integer(result.ruleIndex, `${rp}.ruleIndex`, -1);
      if (
        typeof result.ruleIndex === 'number' &&
        result.ruleIndex >= 0 &&
        ruleIds[result.ruleIndex] !== result.ruleId
      ) {
        fail(
          `${rp}.ruleIndex`,
          `points at ${String(ruleIds[result.ruleIndex])}, not ${String(result.ruleId)}`,
        );
      }
      if (result.level !== undefined && !LEVELS.includes(String(result.level)))
        fail(`${rp}.level`, 'is not a level');
      if (result.locations === undefined) return;
      if (!Array.isArray(result.locations)) return fail(`${rp}.locations`, 'must be an array');
      result.locations.forEach((location: unknown, l) => {
        const lp = `${rp}.locations[${l}]`;
        if (!object(location, lp, 'location') || location.physicalLocation === undefined) return;
        const pp = `${lp}.physicalLocation`;
        if (!object(location.physicalLocation, pp, 'physicalLocation')) return;
        const physical = location.physicalLocation;
        if (
          physical.artifactLocation !== undefined &&
          object(physical.artifactLocation, `${pp}.artifactLocation`, 'artifactLocation')
        ) {
          uri(physical.artifactLocation.uri, `${pp}.artifactLocation.uri`, false);
          string(physical.artifactLocation.uriBaseId, `${pp}.artifactLocation.uriBaseId`);
        }
        if (physical.region === undefined || !object(physical.region, `${pp}.region`, 'region'))
          return;
        const region = physical.region;
        for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'])
          integer(region[key], `${pp}.region.${key}`, 1);
        if (
          region.startLine === undefined &&
          region.charOffset === undefined &&
          region.byteOffset === undefined
        ) {
          fail(`${pp}.region`, 'needs startLine, charOffset or byteOffset');
        }
        if (
          typeof region.endLine === 'number' &&
          typeof region.startLine === 'number' &&
          region.endLine < region.startLine
        ) {
          fail(`${pp}.region.endLine`, 'is before startLine');
        }
      });
    });
  });
  return problems;
}
