import type { Db } from '../db/open-store.js';
import type { GapReasons } from './figures.js';

/** What every read needs: the store and the reasons behind unknown figures. */
export interface ReadContext {
  db: Db;
  gaps: GapReasons;
}
