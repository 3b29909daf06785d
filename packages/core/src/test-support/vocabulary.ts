/**
 * Word lists for synthetic postmortems. Invented for Hindsight's test data: every company,
 * person and system here is fictional, so generated documents can be shared freely.
 */

export const COMPANIES = [
  'Larkspur Pay',
  'Tidewater Health',
  'Quillstone',
  'Orbitpost',
  'Fernhill Games',
  'Brightkiln',
  'Cobalt Harbor',
  'Mossgate Logistics',
  'Pinewire',
  'Saltmarsh Media',
] as const;

export const SERVICE_STEMS = [
  'checkout',
  'ledger',
  'search',
  'notification',
  'billing',
  'session',
  'media',
  'inventory',
  'routing',
  'identity',
  'pricing',
  'reporting',
  'upload',
  'feed',
] as const;

export const SERVICE_SUFFIXES = [
  'api',
  'gateway',
  'worker',
  'service',
  'store',
  'proxy',
  'scheduler',
] as const;

export const DEPENDENCIES = [
  'the primary PostgreSQL cluster',
  'the Redis session cache',
  'the Kafka event bus',
  'the object-storage bucket for uploads',
  'the internal DNS resolvers',
  'the edge load balancers',
  'the feature-flag service',
  'the payment processor webhook endpoint',
  'the shared Elasticsearch cluster',
  'the message queue consumers',
] as const;

export const TRIGGERS = [
  'a configuration push that lowered the connection limit',
  'the deploy of release {version}',
  'a schema migration that added an index without CONCURRENTLY',
  'the expiry of an intermediate TLS certificate',
  'a traffic spike from a marketing email sent to every customer at once',
  'a kernel upgrade rolled to half of the fleet',
  'a nightly batch job that started two hours late',
  'a dependency bump that changed a default timeout',
  'the rotation of a database credential',
  'an autoscaling policy change merged the previous afternoon',
] as const;

export const SYMPTOMS = [
  'HTTP 502 responses on most requests',
  'p99 latency above eight seconds',
  'login attempts timing out',
  'a consumer lag of several hundred thousand messages',
  'blank pages for signed-in users',
  'duplicate charges on a small share of orders',
  'search returning stale or empty results',
  'uploads failing with a generic error',
] as const;

/** Causes paired with the fix that would really end them, so a document stays coherent. */
export const CAUSES_AND_FIXES = [
  [
    'the connection pool was exhausted and callers queued without a deadline',
    'raised the pool size and restarted the workers one by one',
  ],
  [
    'clients retried immediately and multiplied the load on a struggling dependency',
    'turned off client retries with a feature flag and let the queue drain',
  ],
  [
    'a query lost its index and began scanning the whole table',
    'added the missing index online and drained the backlog',
  ],
  [
    'debug logging filled the root disk on every node',
    'deleted the runaway log files and lowered the log level',
  ],
  [
    'clock skew between hosts made freshly issued tokens look expired',
    'restarted time synchronisation on the drifting hosts and widened the token leeway',
  ],
  [
    'a memory leak in the new build pushed pods into an out-of-memory loop',
    'rolled back to the previous release',
  ],
  [
    'a default value in the configuration schema silently changed meaning',
    'reverted the configuration change',
  ],
  [
    'a long DNS TTL kept traffic pointed at a drained region',
    'failed over to the standby region and lowered the TTL',
  ],
  [
    'an expired intermediate certificate broke every TLS handshake to the proxies',
    'renewed the certificate and reloaded the proxies',
  ],
] as const;

export const DETECTIONS = [
  'a synthetic probe paged the on-call engineer',
  'customer support escalated a cluster of tickets',
  'an engineer noticed the error-rate dashboard turning red',
  'a partner reported failures on their status channel',
  'the SLO burn-rate alert fired',
  'the canary analysis flagged the release',
] as const;

export const MISLEADING = [
  'suspected a network partition and spent time checking the VPC routes',
  'restarted the cache, which only made the cold-start load worse',
  'blamed an unrelated deploy from another team and asked them to roll back',
  'chased a spike in garbage-collection pauses that turned out to be a symptom',
  'looked for a DDoS because traffic graphs showed a surge of retries',
] as const;

export const FIRST_NAMES = [
  'Dana',
  'Kofi',
  'Mei',
  'José',
  'Priya',
  'Søren',
  'Aïcha',
  'Tomasz',
  'Zoë',
  'Emeka',
  'Hana',
  'Rafael',
  'Ingrid',
  'Yusuf',
] as const;

export const SURNAMES = [
  'Okafor',
  'Lindqvist',
  'Tanaka',
  'Moreau',
  'Adeyemi',
  'Kowalczyk',
  'Reyes',
  'Haddad',
  'Nakamura',
  'Fernández',
  'Brennan',
  'Osei',
] as const;

export const TEAMS = [
  'platform',
  'payments',
  'storage',
  'growth',
  'sre',
  'identity',
  'data',
] as const;

/** Zones as people write them in real documents, not only IANA names. */
export const ZONES = [
  'UTC',
  'PST',
  'PDT',
  'EST',
  'CET',
  'WAT',
  'IST',
  'GMT+1',
  'UTC-4',
  'Eastern time',
  'Europe/Berlin',
  'America/Los_Angeles',
] as const;

export const ACTION_VERBS = [
  'Add an alert on',
  'Write a runbook for',
  'Load-test',
  'Add a circuit breaker around',
  'Document the rollback procedure for',
  'Put a deadline on every call to',
  'Add a canary stage for changes to',
  'Review the retry policy of',
  'Create a dashboard for',
  'Automate the failover of',
] as const;

export const LESSONS = [
  'Rollbacks were fast once someone decided to do one; deciding took most of the time.',
  'The alert that mattered was buried among dozens of low-value pages.',
  'Nobody owned the shared configuration file, so nobody reviewed the change carefully.',
  'Having a status-page template ready saved us from writing updates under pressure.',
  'Our staging environment had a tenth of the production data and hid the slow query.',
  'Pairing on the investigation kept us from going down two wrong paths at once.',
  'The dashboards showed averages, which hid the tail latency that customers felt.',
  'We were lucky that the incident began during business hours in the main office.',
] as const;

/** Section headings as different teams write them; the parser must map all of them. */
export const SECTION_TITLES = {
  summary: ['Summary', 'Issue Summary', 'Executive summary', 'Overview', 'TL;DR'],
  impact: ['Impact', 'Customer impact', 'Who was affected'],
  timeline: ['Timeline', 'Timeline of events', 'Incident timeline', 'Chronology'],
  rootCause: ['Root Cause', 'Root cause analysis', 'What went wrong', 'Cause'],
  factors: ['Contributing factors', 'Contributing Factors'],
  whys: ['Five whys', '5 Whys', 'The whys'],
  resolution: ['Resolution', 'Resolution and recovery', 'How we fixed it', 'Recovery'],
  actions: [
    'Corrective and Preventative Measures',
    'Action items',
    'Follow-up tasks',
    'Next steps',
    'Remediation',
  ],
  lessons: ['Lessons learned', 'What we learned', 'Lessons Learned', 'Takeaways'],
} as const;
export type SectionId = keyof typeof SECTION_TITLES;
