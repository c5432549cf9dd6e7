import { describe, expect, it } from 'vitest';
import { deepLinkPayload, parseDeepLink, type DeepLink } from '../../../src/bot/deep-links.js';

describe('booking deep links', () => {
  it('reads a point, a service, both, and a publication', () => {
    expect(parseDeepLink('book')).toEqual({ kind: 'book' });
    expect(parseDeepLink('book_digipass-foligno')).toEqual({ kind: 'book', pointSlug: 'digipass-foligno' });
    expect(parseDeepLink('book_digipass-foligno_scie')).toEqual({ kind: 'book', pointSlug: 'digipass-foligno', serviceCode: 'cie' });
    expect(parseDeepLink('book_digipass-foligno_spagopa_p12')).toEqual({ kind: 'book', pointSlug: 'digipass-foligno', serviceCode: 'pagopa', publicationId: 12 });
    expect(parseDeepLink('bks_spid')).toEqual({ kind: 'book', serviceCode: 'spid' });
    expect(parseDeepLink('bks_anagrafe_p7')).toEqual({ kind: 'book', serviceCode: 'anagrafe', publicationId: 7 });
  });

  it('refuses a service that is not in the catalogue, and malformed forms', () => {
    expect(parseDeepLink('bks_nope')).toBeUndefined();
    expect(parseDeepLink('book_digipass-foligno_sxyz')).toBeUndefined();
    expect(parseDeepLink('bks_')).toBeUndefined();
    expect(parseDeepLink('bks_SPID')).toBeUndefined();
    expect(parseDeepLink('bks_spid_extra')).toBeUndefined();
  });

  it('round-trips every form and stays within Telegram’s 64 characters', () => {
    const links: DeepLink[] = [
      { kind: 'book' },
      { kind: 'book', pointSlug: 'digipass-foligno' },
      { kind: 'book', serviceCode: 'cie' },
      { kind: 'book', serviceCode: 'anagrafe', publicationId: 999_999_999 },
      { kind: 'book', pointSlug: 'digipass-foligno', serviceCode: 'anagrafe', publicationId: 999_999_999 },
    ];
    for (const link of links) {
      const payload = deepLinkPayload(link);
      expect(payload.length).toBeLessThanOrEqual(64);
      expect(parseDeepLink(payload)).toEqual(link);
    }
  });

  it('drops the attribution, then the service, rather than exceed 64 characters', () => {
    // The longest slug in the reference data has 47 characters.
    const slug = 'punto-digipass-umbertide-fabbrica-moderna-fa-mo';
    expect(deepLinkPayload({ kind: 'book', pointSlug: slug, serviceCode: 'cie', publicationId: 123 })).toBe(`book_${slug}_scie_p123`);
    expect(deepLinkPayload({ kind: 'book', pointSlug: slug, serviceCode: 'anagrafe', publicationId: 999_999_999 })).toBe(`book_${slug}_sanagrafe`);
    // A slug of the longest form accepted (50 characters): the service cannot fit.
    expect(deepLinkPayload({ kind: 'book', pointSlug: `${slug}-ab`, serviceCode: 'anagrafe' })).toBe(`book_${slug}-ab`);
  });
});
