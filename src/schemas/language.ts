import { z } from 'zod';
import { DISPLAY_LANGS } from '../domain/values.js';
import { named } from './common.js';

export const Lang = named(
  z.enum(DISPLAY_LANGS),
  'Lang',
  'A language of display names: English, Kazakh (Cyrillic) or Russian.',
);

/** `?lang=` on every endpoint: it wins over Accept-Language; without either, English. */
// An unregistered copy of Lang: a $ref'd enum would lose this parameter's description in OpenAPI.
export const lang = z
  .enum(DISPLAY_LANGS)
  .optional()
  .describe(
    'Language of display names (`name`, `region_name`): en, kk or ru. Without it, `Accept-Language` decides, ' +
      'else English. The response says which in `Content-Language`.',
  )
  .meta({ example: 'kk' });

/** A display name and the language it is actually in (a name no source gives in the asked language is English). */
export const displayName = {
  name: z.string().describe('The name in the language asked for, as of the day of the vote where names changed.'),
  name_lang: Lang.describe('The language of `name`: the one asked for, or `en` when no source gives it in that one.'),
};
