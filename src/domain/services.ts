/**
 * The catalogue of help a DigiPASS point gives. Names and "what to bring" checklists are
 * translated in the locale files (`service-<code>`, `service-<code>-bring`).
 */
export const SERVICE_CATALOGUE = [
  { code: 'spid', durationMinutes: 45 },
  { code: 'cie', durationMinutes: 30 },
  { code: 'fse', durationMinutes: 30 },
  { code: 'cup', durationMinutes: 30 },
  { code: 'pagopa', durationMinutes: 30 },
  { code: 'appio', durationMinutes: 30 },
  { code: 'school', durationMinutes: 30 },
  { code: 'inps', durationMinutes: 30 },
  { code: 'anagrafe', durationMinutes: 30 },
  { code: 'pec', durationMinutes: 30 },
  { code: 'safety', durationMinutes: 30 },
  { code: 'device', durationMinutes: 30 },
] as const;

export type ServiceCode = (typeof SERVICE_CATALOGUE)[number]['code'];

export const SERVICE_CODES: readonly ServiceCode[] = SERVICE_CATALOGUE.map((s) => s.code);

export function isServiceCode(s: string): s is ServiceCode {
  return (SERVICE_CODES as readonly string[]).includes(s);
}
