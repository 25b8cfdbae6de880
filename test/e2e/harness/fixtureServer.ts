// The only server the browsers may talk to: serves fixture pages on 127.0.0.1, and doubles as
// the browsers' HTTP proxy so it sees every request they make — to any host, from pages and
// from the extension alike. Anything addressed to another host is recorded (and refused):
// that list is how the privacy tests know nothing left the machine.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { e2ePagesDir, fixturesDir, generatedPagesDir, libraryPagesDir } from './paths';

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
  /**
   * Requests to other hosts that a served page's own markup asks for (an AMP page's runtime,
   * an ad script): the browser sends them with or without Crossquote, so they are listed here,
   * not in foreignRequests. They are refused all the same: nothing leaves the machine.
   */
  pageDeclaredRequests: string[];
  /** True when a served page's markup itself references `url` (see pageDeclaredRequests). */
  isDeclaredByPage(url: string): boolean;
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

const roots: Record<string, string> = { fixtures: fixturesDir, pages: e2ePagesDir, generated: generatedPagesDir, library: libraryPagesDir };

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

/**
 * Absolute URLs of subresources a page's markup loads by itself (script, img, iframe, media src;
 * stylesheet, preload and icon links). Plain links (<a href>, canonical) load nothing.
 */
export function subresourceUrls(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/<(?:script|img|iframe|source|video|audio|embed|input)\b[^>]*?\ssrc\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi)) {
    if (m[1]) urls.push(m[1]);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/\srel\s*=\s*["']?[^"'>]*\b(?:stylesheet|preload|modulepreload|icon)\b/i.test(tag)) continue;
    const href = /\shref\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i.exec(tag)?.[1];
    if (href) urls.push(href);
  }
  return urls.map((u) => u.replace(/&amp;/g, '&'));
}

async function serveFile(pathname: string, res: http.ServerResponse, onHtml: (html: string) => void): Promise<void> {
  const file = fileFor(pathname);
  if (file && (await stat(file).catch(() => null))?.isFile()) {
    const body = await readFile(file);
    if (file.endsWith('.html')) onHtml(body.toString('utf8'));
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
  const pageDeclaredRequests: string[] = [];
  const served: string[] = [];
  const declaredUrls = new Set<string>();
  /** "host:port" of https URLs pages declare: a CONNECT shows no more than that. */
  const declaredTunnels = new Set<string>();
  const declare = (html: string): void => {
    for (const url of subresourceUrls(html)) {
      if (!URL.canParse(url)) continue;
      const parsed = new URL(url);
      declaredUrls.add(parsed.href);
      if (parsed.protocol === 'https:') declaredTunnels.add(`${parsed.hostname}:${parsed.port || '443'}`);
    }
  };
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const host = `127.0.0.1:${port}`;
  const origin = `http://${host}`;

  server.on('request', (req, res) => {
    // A proxied request carries an absolute URL; a direct one only a path.
    const target = new URL(req.url ?? '/', origin);
    if (target.host !== host || target.protocol !== 'http:') {
      (declaredUrls.has(target.href) ? pageDeclaredRequests : foreignRequests).push(target.href);
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Crossquote e2e: requests to other hosts are not allowed');
      return;
    }
    served.push(target.pathname);
    serveFile(target.pathname, res, declare).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  // HTTPS (and wss) through a proxy start with CONNECT host:port: record it and refuse.
  server.on('connect', (req: http.IncomingMessage, socket) => {
    const tunnel = req.url ?? '?';
    (declaredTunnels.has(tunnel) ? pageDeclaredRequests : foreignRequests).push(`https://${tunnel}`);
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
    pageDeclaredRequests,
    isDeclaredByPage: (url) => URL.canParse(url) && declaredUrls.has(new URL(url).href),
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
