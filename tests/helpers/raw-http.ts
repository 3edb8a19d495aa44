import net from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  closed: boolean;
  ms: number;
}

/**
 * Sends bytes as they are (malformed, slow or odd requests no HTTP client would send) and reads what comes
 * back until the server closes the connection or `waitMs` passes. `chunks` are written `gapMs` apart.
 */
export function rawRequest(
  port: number,
  chunks: string[],
  opts: { gapMs?: number; waitMs?: number; localAddress?: string } = {},
): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress: opts.localAddress });
    let data = '';
    let closed = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = () => {
      timers.forEach(clearTimeout);
      socket.destroy();
      const [head = '', body = ''] = data.split('\r\n\r\n', 2);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({
        status: Number(statusLine.split(' ')[1] ?? 0),
        headers,
        body,
        closed,
        ms: performance.now() - started,
      });
    };
    socket.on('data', (d) => {
      data += d.toString();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      closed = true;
      finish();
    });
    socket.on('connect', () => {
      chunks.forEach((chunk, i) =>
        timers.push(
          setTimeout(
            () => {
              if (!socket.destroyed) socket.write(chunk);
            },
            i * (opts.gapMs ?? 0),
          ),
        ),
      );
    });
    timers.push(setTimeout(finish, opts.waitMs ?? 3000));
  });
}
