/**
 * The translation function the chart text modules take, so they stay pure: pages pass
 * `useTranslations(lang)`; nothing here reads a language or a resource itself.
 */
import type { TFunction } from 'i18next';

export type Translate = TFunction;
