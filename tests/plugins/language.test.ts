import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, getJson } from '../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ RESPONSE_CACHE_MB: 16 });
});
afterAll(async () => {
  await app.close();
});

describe('names in English, Kazakh and Russian', () => {
  it("answers Tokayev's Kazakh name from sourced rows with ?lang=kk", async () => {
    const { body, headers } = await getJson(app, '/v1/candidates/tokayev-kassym-jomart?lang=kk');
    expect(headers['content-language']).toBe('kk');
    expect(headers.vary).toMatch(/Accept-Language/);
    expect(body).toMatchObject({ name: 'Қасым-Жомарт Тоқаев', name_lang: 'kk' });
    const shown = body.name_spellings.find((s: { lang: string; shown: boolean }) => s.lang === 'kk' && s.shown);
    expect(shown.name).toBe('Қасым-Жомарт Тоқаев');
    expect(shown.source_ids.length).toBeGreaterThan(0);
    for (const id of shown.source_ids) expect((await getJson(app, `/v1/sources/${id}`)).status).toBe(200);
  });

  it('takes the language from Accept-Language when ?lang is absent (kk-KZ is kk)', async () => {
    const { body, headers } = await getJson(app, '/v1/elections/2022-presidential/results?limit=1', {
      'accept-language': 'kk-KZ, ru;q=0.5',
    });
    expect(headers['content-language']).toBe('kk');
    expect(body.data[0]).toMatchObject({ name: 'Қасым-Жомарт Тоқаев', name_lang: 'kk' });
  });

  it('lets ?lang win over Accept-Language, and keeps cached answers apart by language', async () => {
    const url = '/v1/elections/2019-presidential/turnout?region=astana';
    const ru = await getJson(app, url, { 'accept-language': 'ru' });
    const en = await getJson(app, url);
    const kk = await getJson(app, `${url}&lang=kk`, { 'accept-language': 'ru' });
    expect(ru.body.data[0].region_name).toBe('Нур-Султан');
    expect(en.body.data[0].region_name).toBe('Nur-Sultan');
    expect(kk.body.data[0].region_name).toBe('Нұр-Сұлтан');
    expect((await getJson(app, url, { 'accept-language': 'ru' })).body.data[0].region_name).toBe('Нур-Султан');
  });

  it('falls back to English and says so where no source gives the name', async () => {
    const { body } = await getJson(app, '/v1/candidates/rakhimbekov-toleutai?lang=kk');
    expect(body).toMatchObject({ name: 'Toleutai Rakhimbekov', name_lang: 'en' });
    expect(body.names.kk).toBeNull();
  });

  it('keeps search matching every script whatever the display language', async () => {
    for (const q of ['Тоқаев', 'Токаев', 'Tokayev']) {
      const { body } = await getJson(app, `/v1/search?q=${encodeURIComponent(q)}&lang=ru&type=candidate`);
      expect(body.data[0], q).toMatchObject({ id: 'tokayev-kassym-jomart', name: 'Касым-Жомарт Токаев' });
    }
  });

  it('rejects an unknown language with invalid-parameter', async () => {
    const { status, body } = await getJson(app, '/v1/regions?lang=de');
    expect(status).toBe(400);
    expect(body.code).toBe('invalid-parameter');
  });
});
