import type { Db } from '../db/open-store.js';
import type { DisplayLang } from '../domain/values.js';
import type { GapReasons } from './figures.js';

/** What every read needs: the store, the reasons behind unknown figures and the language of names. */
export interface ReadContext {
  db: Db;
  gaps: GapReasons;
  /** Language of display names; English when absent (the loader, tests, the benchmark). */
  lang?: DisplayLang;
}
