import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../errors/catalog.js';
import { planFileResponse } from '../../lib/byte-range.js';
import { findDownload, listDownloads } from '../../queries/downloads.js';
import { NoQuery } from '../../schemas/common.js';
import { DownloadList, DownloadParams } from '../../schemas/release.js';
import { dataProblems, jsonOk } from '../../schemas/responses.js';
import { DOWNLOAD_MEDIA_TYPES } from '../../domain/values.js';

/** A file's URL names its release, so its bytes never change: caches may keep it for a year without asking. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const fileTypes = Object.fromEntries(
  [...new Set(Object.values(DOWNLOAD_MEDIA_TYPES))].map((t) => [t, { schema: z.string().meta({ format: 'binary' }) }]),
);

const downloadRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/downloads',
    {
      schema: {
        operationId: 'listDownloads',
        summary: 'List the whole-dataset files of the current release',
        tags: ['Release'],
        description:
          'The store as SQLite, every table as CSV in one zip, and every table as Parquet, with size, SHA-256, ' +
          'media type and URL. Built once per release by the loader; each URL names its release.',
        querystring: NoQuery,
        response: { 200: jsonOk(DownloadList, 'The files of the current release'), ...dataProblems(400, 406) },
      },
    },
    async () => listDownloads(app.release),
  );

  app.get(
    '/downloads/:release/:file',
    {
      compress: false,
      config: { file: true },
      schema: {
        operationId: 'getDownload',
        summary: 'Download one file of a release',
        tags: ['Release'],
        description:
          'Streams the file with Content-Length, a strong ETag (its SHA-256) and `Cache-Control: immutable`. ' +
          '`Range: bytes=…` answers 206 with one range; a range past the end is 416. A release other than the ' +
          'current one is a 404 whose `did_you_mean` names the current release.',
        params: DownloadParams,
        querystring: NoQuery,
        response: {
          200: { description: 'The whole file', content: fileTypes },
          206: { description: 'One byte range of the file', content: fileTypes },
          ...dataProblems(400, 404, 406, 416),
        },
      },
    },
    async (req, typedReply) => {
      // A 304 and a file stream are outside the JSON schemas the typed reply checks bodies against.
      const reply = typedReply as unknown as FastifyReply;
      const { release, file: name } = req.params;
      // An Accept that allows no file type at all is refused before any lookup, as on every other operation.
      const accepts = (types: string[]) =>
        !req.headers.accept || req.accepts().type([...types, 'application/problem+json']) !== false;
      if (!accepts(Object.values(DOWNLOAD_MEDIA_TYPES))) {
        throw apiError('not-acceptable', `Release files are ${Object.values(DOWNLOAD_MEDIA_TYPES).join(', ')}.`);
      }
      if (release !== app.release.id) {
        throw apiError(
          'release-not-found',
          `This server serves release ${app.release.id}, not ${release}; GET /v1/downloads lists its files.`,
          undefined,
          [app.release.id],
        );
      }
      const file = findDownload(app.release, name);
      if (!file) {
        const names = app.release.manifest?.files.map((f) => f.name) ?? [];
        const stem = name.replace(/\..*$/, '');
        throw apiError(
          'download-not-found',
          `Release ${release} has no file ${name}; GET /v1/downloads lists them.`,
          undefined,
          names.filter((n) => stem.length >= 3 && (n.includes(stem) || stem.includes(n.replace(/\..*$/, '')))),
        );
      }
      if (!accepts([file.media_type])) {
        throw apiError('not-acceptable', `${name} is ${file.media_type}; the Accept header does not allow it.`);
      }
      const etag = `"${file.sha256}"`;
      const plan = planFileResponse(req.headers, file.size, etag);
      reply.header('etag', etag).header('cache-control', IMMUTABLE).header('accept-ranges', 'bytes');
      if (plan.status === 304) return reply.code(304).send();
      if (plan.status === 416) {
        reply.header('content-range', `bytes */${file.size}`);
        throw apiError('range-not-satisfiable', `${name} has ${file.size} bytes; the Range asks for none of them.`);
      }
      // Saved under a name that says its release: kz-elections-<release>.sqlite, kz-elections-<release>-claims.parquet.
      const saveAs = name.startsWith('kz-elections')
        ? name.replace('kz-elections', `kz-elections-${release}`)
        : `kz-elections-${release}-${name}`;
      reply.header('content-disposition', `attachment; filename="${saveAs}"`);
      if (plan.status === 206) reply.code(206).header('content-range', `bytes ${plan.start}-${plan.end}/${file.size}`);
      reply.type(file.media_type).header('content-length', plan.end - plan.start + 1);
      // Streamed from disk: a request never holds more than a stream buffer of the file in memory.
      return reply.send(createReadStream(path.join(app.release.dir, file.name), { start: plan.start, end: plan.end }));
    },
  );
};

export default downloadRoutes;
