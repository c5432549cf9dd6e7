import { isServiceCode } from '../domain/services.js';

/**
 * `/start <payload>` deep links (t.me/<bot>?start=<payload>): 1–64 characters of A–Z a–z 0–9 _ -.
 * Parsed into a closed set of kinds; features register what each kind does.
 */
export type DeepLink =
  | { kind: 'invite'; code: string }
  | { kind: 'point'; slug: string }
  | { kind: 'event'; eventId: number; publicationId?: number }
  | { kind: 'book'; pointSlug?: string; serviceCode?: string; publicationId?: number };

export function parseDeepLink(payload: string | undefined): DeepLink | undefined {
  if (!payload || payload.length > 64 || !/^[A-Za-z0-9_-]+$/.test(payload)) return undefined;
  let m: RegExpExecArray | null;
  if ((m = /^inv_([A-Za-z0-9]{8,32})$/.exec(payload))) return { kind: 'invite', code: m[1]! };
  if ((m = /^pt_([a-z0-9-]{1,60})$/.exec(payload))) return { kind: 'point', slug: m[1]! };
  if ((m = /^ev_(\d{1,9})(?:_p(\d{1,9}))?$/.exec(payload))) {
    return { kind: 'event', eventId: Number(m[1]), ...(m[2] ? { publicationId: Number(m[2]) } : {}) };
  }
  // book[_<point>][_s<service>][_p<publication>], or bks_<service>[_p<publication>] (service only:
  // a point's slug has no underscore, so "_s" after it cannot be confused with it).
  if ((m = /^(?:book(?:_([a-z0-9-]{1,50}))?(?:_s([a-z]{2,12}))?|bks_([a-z]{2,12}))(?:_p(\d{1,9}))?$/.exec(payload))) {
    const service = m[2] ?? m[3];
    if (service !== undefined && !isServiceCode(service)) return undefined;
    return {
      kind: 'book',
      ...(m[1] ? { pointSlug: m[1] } : {}),
      ...(service ? { serviceCode: service } : {}),
      ...(m[4] ? { publicationId: Number(m[4]) } : {}),
    };
  }
  return undefined;
}

export function deepLinkPayload(link: DeepLink): string {
  switch (link.kind) {
    case 'invite':
      return `inv_${link.code}`;
    case 'point':
      return `pt_${link.slug}`;
    case 'event':
      return `ev_${link.eventId}${link.publicationId ? `_p${link.publicationId}` : ''}`;
    case 'book': {
      const p = link.publicationId ? `_p${link.publicationId}` : '';
      const payload =
        link.serviceCode && !link.pointSlug ? `bks_${link.serviceCode}${p}` : `book${link.pointSlug ? `_${link.pointSlug}` : ''}${link.serviceCode ? `_s${link.serviceCode}` : ''}${p}`;
      // Telegram takes 64 characters: a long point name drops the attribution first, then the service.
      if (payload.length <= 64) return payload;
      if (link.publicationId) return deepLinkPayload({ kind: 'book', ...(link.pointSlug ? { pointSlug: link.pointSlug } : {}), ...(link.serviceCode ? { serviceCode: link.serviceCode } : {}) });
      return deepLinkPayload({ kind: 'book', ...(link.pointSlug ? { pointSlug: link.pointSlug } : {}) });
    }
  }
}
