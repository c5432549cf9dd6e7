import { Keyboard } from 'grammy';
import type { Translate } from '../render/translate.js';

/** Menu entries: reply-keyboard labels are matched in every locale by their key. */
export const MENU_KEYS = [
  'menu-find',
  'menu-book',
  'menu-events',
  'menu-mybookings',
  'menu-language',
] as const;
export type MenuKey = (typeof MENU_KEYS)[number];

/** The main menu: big buttons, one or two per row, location first. */
export function mainMenu(t: Translate): Keyboard {
  return new Keyboard()
    .requestLocation(t('menu-location'))
    .row()
    .text(t('menu-find'))
    .text(t('menu-book'))
    .row()
    .text(t('menu-events'))
    .text(t('menu-mybookings'))
    .row()
    .text(t('menu-language'))
    .resized()
    .persistent()
    .placeholder(t('menu-placeholder').slice(0, 64));
}
