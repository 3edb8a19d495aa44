import { FALLBACK_LANG, type DisplayLang } from '../domain/values.js';
import { existedOn } from './existed-on.js';

/*
 * Which name is shown, in one place for the API (queries/names) and the loader, which sorts lists by the same
 * names (loader/derive-sort-keys): so it is part of the code a store's fingerprint covers (loader/seed-hash).
 */

/** A name to show and the language it is in: the one asked for, or English when no source gives it there. */
export interface DisplayName {
  name: string;
  name_lang: DisplayLang;
}

/** The name in the asked language, else English (and says so). */
export function pickName(
  lang: DisplayLang | undefined,
  names: { en: string; kk?: string | null; ru?: string | null },
): DisplayName {
  const asked = lang && lang !== FALLBACK_LANG ? names[lang] : null;
  return asked ? { name: asked, name_lang: lang! } : { name: names.en, name_lang: FALLBACK_LANG };
}

/** The three names of a row with name columns (null where no source gives one). */
export const localized = (r: { nameEn: string; nameKk?: string | null; nameRu?: string | null }) => ({
  en: r.nameEn,
  kk: r.nameKk ?? null,
  ru: r.nameRu ?? null,
});

type RegionNameColumns = { id: string; nameEn: string; nameKk?: string | null; nameRu?: string | null };
type RegionNameRow = { regionId: string; lang: string; name: string; validFrom: string | null; validTo: string | null };

/**
 * The name of a region as it was on a day (Nur-Sultan in 2019-2022, Astana otherwise), in a language: its dated
 * name, else the English dated name (a rename no source gives in that language), else its plain name, else the
 * English one. `names` are the region's name rows. The one choice: the API shows it, the loader sorts by it.
 */
export function regionNameOn(
  region: RegionNameColumns,
  names: readonly RegionNameRow[],
  day: string,
  lang: DisplayLang,
): DisplayName {
  const dated = (l: string) =>
    names.find((n) => n.lang === l && (n.validFrom || n.validTo) && existedOn(n.validFrom, n.validTo, day))?.name;
  const ownDated = dated(lang);
  if (ownDated) return { name: ownDated, name_lang: lang };
  const englishDated = dated(FALLBACK_LANG);
  return englishDated ? { name: englishDated, name_lang: FALLBACK_LANG } : pickName(lang, localized(region));
}
