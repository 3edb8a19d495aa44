import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * The dashboard's size budget: everything the page itself loads (HTML, script, stylesheet), gzip-compressed.
 * The API's answers (the map's GeoJSON above all) come on top; the README states both. A test holds the build to it.
 */
export const DASHBOARD_GZIP_BUDGET_BYTES = 110 * 1024;

const SOURCE_DIR = 'dashboard';

/** Bytes of each built file after gzip (level 9, as a server might precompress), by path relative to the build. */
export function gzipSizes(outDir: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (!/\.(map|br|gz)$/.test(name))
        sizes[path.relative(outDir, file)] = gzipSync(readFileSync(file), { level: 9 }).length;
    }
  };
  walk(outDir);
  return sizes;
}

/**
 * Brotli (best) and gzip copies of the assets, served by @fastify/static as the browser accepts: compressing the
 * script on every request would cost more than the rest of the page's first answer.
 */
function precompress(assets: string) {
  for (const name of readdirSync(assets)) {
    const file = path.join(assets, name);
    const bytes = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  }
}

/**
 * Builds the dashboard into `outDir`: index.html, assets/main.js and assets/ui.js with their shared chunks (the
 * page's TypeScript and Observable Plot, bundled and minified by esbuild) and assets/dashboard.css. Nothing is
 * fetched from elsewhere at run time.
 */
export async function buildDashboard(outDir: string): Promise<Record<string, number>> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'assets'), { recursive: true });
  await build({
    // Two entries: main.js starts reading the API at once; ui.js (Plot and the drawing) arrives meanwhile.
    entryPoints: ['main', 'ui'].map((name) => path.join(SOURCE_DIR, `src/${name}.ts`)),
    outdir: path.join(outDir, 'assets'),
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    legalComments: 'linked',
    logLevel: 'warning',
  });
  copyFileSync(path.join(SOURCE_DIR, 'dashboard.css'), path.join(outDir, 'assets/dashboard.css'));
  copyFileSync(path.join(SOURCE_DIR, 'index.html'), path.join(outDir, 'index.html'));
  precompress(path.join(outDir, 'assets'));
  return gzipSizes(outDir);
}

// `tsx scripts/build-dashboard.ts [outDir]` (npm run build runs it).
if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2] ?? 'dist/dashboard';
  const sizes = await buildDashboard(outDir);
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`built ${outDir}: ${JSON.stringify(sizes)}; ${total} bytes gzip (budget ${DASHBOARD_GZIP_BUDGET_BYTES})`);
  if (total > DASHBOARD_GZIP_BUDGET_BYTES) process.exit(1);
}
