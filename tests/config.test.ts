import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('has defaults for every variable', () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      DATABASE_PATH: 'data/kz-elections.sqlite',
      LOG_LEVEL: 'info',
      CORS_ORIGIN: '*',
    });
  });

  it('parses numbers from the environment', () => {
    expect(loadConfig({ PORT: '8080' }).PORT).toBe(8080);
  });

  it('stops start-up naming a bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('has protections on by default', () => {
    expect(loadConfig({})).toMatchObject({
      RATE_LIMIT_PER_MINUTE: 600,
      TRUST_PROXY: false,
      REQUEST_TIMEOUT_MS: 10_000,
      HEADERS_TIMEOUT_MS: 5_000,
      MAX_CONNECTIONS: 1024,
      SHED_EVENT_LOOP_DELAY_MS: 1000,
      SHED_HEAP_USED_PERCENT: 90,
      HSTS_MAX_AGE: 0,
    });
  });

  it('reads TRUST_PROXY as off, on, a hop count or proxy addresses, and nothing else', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });

  it('refuses a header timeout longer than the request timeout', () => {
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: '20000', REQUEST_TIMEOUT_MS: '10000' })).toThrow(
      /HEADERS_TIMEOUT_MS/,
    );
  });

  it('reads DASHBOARD_FRAME_ANCESTORS as CSP sources and refuses anything that could add a directive', () => {
    expect(loadConfig({}).DASHBOARD_FRAME_ANCESTORS).toEqual(["'self'"]);
    expect(
      loadConfig({ DASHBOARD_FRAME_ANCESTORS: "'self'  https://news.example https://*.example.org:8443" })
        .DASHBOARD_FRAME_ANCESTORS,
    ).toEqual(["'self'", 'https://news.example', 'https://*.example.org:8443']);
    for (const bad of ["'self'; script-src *", 'https://a.example,https://b.example', '*', "'none' 'self'", ' ']) {
      expect(() => loadConfig({ DASHBOARD_FRAME_ANCESTORS: bad }), bad).toThrow(/DASHBOARD_FRAME_ANCESTORS/);
    }
  });

  it('keeps rate-limit counts in memory unless REDIS_URL names a redis:// or rediss:// server', () => {
    expect(loadConfig({}).REDIS_URL).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://redis:6379/0' }).REDIS_URL).toBe('redis://redis:6379/0');
    expect(loadConfig({ REDIS_URL: 'rediss://:secret@cache.example:6380' }).REDIS_URL).toMatch(/^rediss:/);
    expect(() => loadConfig({ REDIS_URL: 'http://redis:6379' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'redis' })).toThrow(/REDIS_URL/);
  });
});
