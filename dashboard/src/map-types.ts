import type { NumberFigure } from '../../src/schemas/common.js';

/** One region of `GET /v1/elections/{id}/map`: its boundary on the vote's day and that vote's figures there. */
export interface MapFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  properties: {
    region_id: string;
    name: string;
    name_lang?: string;
    turnout: {
      registered_voters: NumberFigure;
      voters_participated: NumberFigure;
      turnout_pct: NumberFigure;
      valid_ballots?: NumberFigure;
      invalid_ballots?: NumberFigure;
      polling_stations: NumberFigure;
    };
    results: { contestant_id: string; contestant_kind: string; name: string; votes: NumberFigure; pct: NumberFigure }[];
  };
}

export interface ElectionMap {
  type: 'FeatureCollection';
  election_id: string;
  date: string;
  boundary_set?: { id: string; valid_from: string | null; valid_to: string | null };
  attribution: string;
  license?: string;
  features: MapFeature[];
}
