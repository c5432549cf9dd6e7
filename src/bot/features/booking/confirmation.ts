import { InlineKeyboard, InputFile, type Context } from 'grammy';
import type { Point } from '../../../app/reference.js';
import { renderConfirmation, serviceName } from '../../../render/booking.js';
import { pointWhere } from '../../../render/find.js';
import { appointmentIcs } from '../../../render/ics.js';
import type { Translate } from '../../../render/translate.js';
import { myCb } from './codec.js';

export interface ConfirmedBooking {
  id: number;
  code: string;
  start: Date;
  end: Date;
  serviceCode: string;
  note: string | null;
  /** When it was made: the calendar file's stamp. */
  createdAt: Date;
}

/**
 * What a person gets for every secured booking — a new one, a waiting-list offer taken, a move:
 * code, place, time and what to bring, Cancel and Move (not for someone booked by staff, who is
 * managed from /agenda), and the appointment as an .ics file.
 */
export async function sendConfirmation(
  ctx: Pick<Context, 'reply' | 'replyWithDocument'>,
  tr: { t: Translate; label: Translate; locale: string },
  point: Point,
  b: ConfirmedBooking,
  opts: { manage: boolean } = { manage: true },
): Promise<void> {
  const { t, label, locale } = tr;
  const manage = opts.manage
    ? new InlineKeyboard()
        .text(label('mybookings-move', { code: b.code }), myCb.pack({ a: 'move', id: b.id, v: 0 }))
        .text(label('mybookings-cancel', { code: b.code }), myCb.pack({ a: 'cancel', id: b.id, v: 0 }))
    : undefined;
  await ctx.reply(renderConfirmation(t, locale, point, { code: b.code, start: b.start, serviceCode: b.serviceCode, note: b.note }), {
    parse_mode: 'HTML',
    ...(manage ? { reply_markup: manage } : {}),
  });
  const ics = appointmentIcs(
    {
      uid: `booking-${b.code}@digipass-bot`,
      sequence: 0,
      start: b.start,
      end: b.end,
      summary: `${serviceName(t, b.serviceCode)} — ${point.name}`,
      description: `${b.code}. ${t(`service-${b.serviceCode}-bring`)}`,
      location: `${point.name}, ${pointWhere(point)}`,
      geo: { lat: point.lat, lon: point.lon },
      stamp: b.createdAt,
    },
    'DigiPASS Umbria',
  );
  await ctx.replyWithDocument(new InputFile(Buffer.from(ics, 'utf8'), `digipass-${b.code}.ics`), { caption: t('book-ics-caption') });
}
