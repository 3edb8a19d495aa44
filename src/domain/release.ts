/**
 * What a data release is and how it is cited and licensed, declared once. `GET /v1/release`, the
 * `X-Data-Release` header, the download file names and each vote's `cite` text derive from here (the boundaries'
 * licence and attribution are data: seed/boundary-sets.csv);
 * CITATION.cff states the same title and licence for citation tools (a test keeps them in step).
 */

/** The data release: the package version and the first 12 hex digits of the store's seed hash. */
export const releaseId = (packageVersion: string, seedHash: string) => `${packageVersion}-${seedHash.slice(0, 12)}`;

/** Shaped like a release id; anything else in a download URL is not a release at all. */
export const RELEASE_ID_PATTERN = /^\d+\.\d+\.\d+-[0-9a-f]{12}$/;

export const PROJECT_TITLE = 'Kazakhstan election results API: national votes 2019-2023';
export const PROJECT_AUTHORS = 'Kazakhstan election results API contributors';

/** The licence of the compiled data (figures, claims, reference tables): the project's own. */
export const DATA_LICENCE = {
  spdx: 'CC-BY-4.0',
  text:
    'The compiled data (figures, claims, sources, reference tables) is licensed CC BY 4.0: cite the release and, ' +
    'for each figure, the sources named beside it. The figures themselves are what official and press sources state.',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Where the changes of data and API are listed. */
export const CHANGELOG_TEXT =
  'CHANGELOG.md in the project repository: changes to the data and to the API, newest first, per release.';

/** How to cite a release as a whole. */
export const releaseCitation = (release: string, builtAt: string) =>
  `${PROJECT_AUTHORS}. ${PROJECT_TITLE}. Data release ${release}, built ${builtAt.slice(0, 10)}. ${DATA_LICENCE.spdx}.`;

/** How to cite one vote's figures: the release, then the sources that state them (title, publisher, URL). */
export const voteCitation = (
  release: string,
  builtAt: string,
  vote: string,
  sources: { title: string | null; publisher: string; url: string | null }[],
) =>
  `${vote}: figures from ${releaseCitation(release, builtAt)} As stated by: ` +
  sources.map((s) => [s.publisher, s.title && `"${s.title}"`, s.url].filter(Boolean).join(', ')).join('; ') +
  '. Cite each figure with the sources named beside it (source_ids).';
