import { claimKey } from './check-claims.js';
import type { ClaimRow } from './seed-schemas.js';

export interface QualityFlag {
  electionId: string;
  check: string;
  subject: string;
  detail: string;
}

/** Half a unit of the last printed decimal, plus a little: 81.31 may stand for 81.305..81.315. */
const tolerance = (value: string) => 0.5 * 10 ** -(value.split('.')[1]?.length ?? 0) + 1e-9;

/**
 * Arithmetic the sources do not agree with themselves on. Nothing here changes a figure:
 * each finding is stored as a flag and served with the election, so users can judge.
 */
export function qualityFlags(electionIds: string[], accepted: Map<string, ClaimRow>): QualityFlag[] {
  const flags: QualityFlag[] = [];
  for (const electionId of electionIds) {
    const national = (metric: string) => {
      const c = accepted.get(
        claimKey({ election_id: electionId, subject_type: 'election', subject_id: electionId, metric }),
      );
      return c ? Number(c.value) : undefined;
    };
    const contestants = [...accepted.values()].filter(
      (c) => c.election_id === electionId && c.subject_type === 'contestant',
    );
    const votes = contestants.filter((c) => c.metric === 'votes');
    const valid = national('valid_ballots');
    const participated = national('voters_participated');
    const registered = national('registered_voters');
    const flag = (check: string, subject: string, detail: string) => flags.push({ electionId, check, subject, detail });

    if (valid !== undefined && votes.length > 0) {
      const sum = votes.reduce((n, c) => n + Number(c.value), 0);
      // Referendum ballots with both options marked count as valid but for neither option.
      const bothMarked = national('ballots_both_options_marked');
      const explained =
        bothMarked !== undefined && sum + bothMarked === valid
          ? `; the difference is exactly the ${bothMarked} ballots with both options marked (ballots_both_options_marked), valid but for neither option`
          : '';
      if (sum !== valid)
        flag(
          'votes-sum-vs-valid-ballots',
          electionId,
          `contestants' votes sum to ${sum}; valid ballots are ${valid} (difference ${sum - valid})${explained}`,
        );
    }
    const invalid = national('invalid_ballots');
    if (
      valid !== undefined &&
      invalid !== undefined &&
      participated !== undefined &&
      valid + invalid !== participated
    ) {
      flag(
        'valid-plus-invalid-vs-participated',
        electionId,
        `valid ${valid} + invalid ${invalid} = ${valid + invalid}; voters participated ${participated} (difference ${valid + invalid - participated})`,
      );
    }
    const turnout = accepted.get(
      claimKey({ election_id: electionId, subject_type: 'election', subject_id: electionId, metric: 'turnout_pct' }),
    );
    if (turnout && participated !== undefined && registered !== undefined) {
      const computed = (100 * participated) / registered;
      if (Math.abs(computed - Number(turnout.value)) > tolerance(turnout.value)) {
        flag(
          'turnout-pct-vs-counts',
          electionId,
          `turnout ${turnout.value}% vs participated/registered = ${computed.toFixed(3)}%`,
        );
      }
    }
    // A share may be of valid ballots or of all who voted (the referendum's); flag it only when
    // it matches neither base. Without valid ballots, the sum of all contestants' votes stands in.
    const sum = votes.length > 1 ? votes.reduce((n, c) => n + Number(c.value), 0) : undefined;
    const bases = [valid ?? sum, participated].filter((b): b is number => b !== undefined);
    for (const pct of contestants.filter((c) => c.metric === 'pct')) {
      const v = votes.find((c) => c.subject_id === pct.subject_id);
      if (!v || bases.length === 0) continue;
      const computed = bases.map((b) => (100 * Number(v.value)) / b);
      if (computed.every((x) => Math.abs(x - Number(pct.value)) > tolerance(pct.value))) {
        flag(
          'pct-vs-votes',
          pct.subject_id,
          `${pct.value}% matches neither votes/${valid !== undefined ? 'valid ballots' : 'sum of votes'} = ${computed[0]!.toFixed(3)}%` +
            (computed[1] !== undefined ? ` nor votes/voters participated = ${computed[1].toFixed(3)}%` : ''),
        );
      }
    }
  }
  return flags;
}
