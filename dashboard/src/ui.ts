/**
 * Everything that draws (Observable Plot and the page's sections), loaded as its own module so the page's first
 * script can start reading the API while this one is still arriving.
 */
export { regionPanel } from './region-panel.js';
export { renderExtras, renderVote } from './render.js';
