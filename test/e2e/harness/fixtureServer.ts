// The only server the browsers may talk to: serves fixture pages on 127.0.0.1, and doubles as
// the browsers' HTTP proxy so it sees every request they make — to any host, from pages and
// from the extension alike. Anything addressed to another host is recorded (and refused):
// that list is how the privacy tests know nothing left the machine.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { e2ePagesDir, fixturesDir } from './paths';

export interface FixtureServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** "127.0.0.1:PORT" */
  host: string;
  port: number;
  /** Absolute URL of a served path ("/fixtures/x/page.html"). */
  url(pathname: string): string;
  /** Every request the browsers sent to a host other than this server, as URLs. */
  foreignRequests: string[];
  /** Paths this server answered, in order (to check the harness really routed through it). */
  served: string[];
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.txt': 'text/plain; charset=utf-8',
};

const roots: Record<string, string> = { fixtures: fixturesDir, pages: e2ePagesDir };

/** Maps "/fixtures/a/page.html" to a file inside the matching root, or null (never escapes the root). */
function fileFor(pathname: string): string | null {
  const [, top, ...rest] = pathname.split('/');
  const root = top ? roots[top] : undefined;
  if (!root) return null;
  const relative = decodeURIComponent(rest.join('/'));
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : null;
}

/** A fixture's expected.json may say the page is served as another type ("not-html" is an SVG). */
async function declaredContentType(file: string): Promise<string | null> {
  if (path.basename(file) !== 'page.html') return null;
  const expected = await readFile(path.join(path.dirname(file), 'expected.json'), 'utf8').catch(() => null);
  if (!expected) return null;
  const parsed: unknown = JSON.parse(expected);
  const type = typeof parsed === 'object' && parsed !== null && 'contentType' in parsed ? parsed.contentType : null;
  return typeof type === 'string' ? type : null;
}

async function serveFile(pathname: string, res: http.ServerResponse): Promise<void> {
  const file = fileFor(pathname);
  if (file && (await stat(file).catch(() => null))?.isFile()) {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': (await declaredContentType(file)) ?? contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('not found');
}

/** Starts the server on an ephemeral port of 127.0.0.1. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const foreignRequests: string[] = [];
  const served: string[] = [];
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const host = `127.0.0.1:${port}`;
  const origin = `http://${host}`;

  server.on('request', (req, res) => {
    // A proxied request carries an absolute URL; a direct one only a path.
    const target = new URL(req.url ?? '/', origin);
    if (target.host !== host || target.protocol !== 'http:') {
      foreignRequests.push(target.href);
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Crossquote e2e: requests to other hosts are not allowed');
      return;
    }
    served.push(target.pathname);
    serveFile(target.pathname, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  // HTTPS (and wss) through a proxy start with CONNECT host:port: record it and refuse.
  server.on('connect', (req: http.IncomingMessage, socket) => {
    foreignRequests.push(`https://${req.url ?? '?'}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('upgrade', (req: http.IncomingMessage, socket) => {
    foreignRequests.push(`upgrade ${req.url ?? '?'}`);
    socket.destroy();
  });

  return {
    origin,
    host,
    port,
    url: (pathname) => new URL(pathname, origin).href,
    foreignRequests,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
