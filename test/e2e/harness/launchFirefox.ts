// Launches Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core), installs the
// Firefox build as a temporary add-on, and routes every request through the fixture server.
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser, firefoxSpec } from './findBrowser';
import type { FixtureServer } from './fixtureServer';
import { firefoxBuildDir } from './paths';
import { requireBuild } from './requireBuild';

/** The gecko id from wxt.config.ts; the UUID pref below is keyed by it. */
export const GECKO_ID = 'crossquote@example.org';

export interface FirefoxSession {
  browser: Browser;
  /** "moz-extension://UUID", pinned with a pref so the tests know it before installing. */
  extensionOrigin: string;
  /** URLs pages asked for outside the fixture server and the extension (puppeteer's view). */
  strayRequests: string[];
  /** Starts watching a page's requests (the proxy sees everything anyway; this names the page). */
  watch(page: Page): void;
  close(): Promise<void>;
}

export async function launchFirefox(server: FixtureServer): Promise<FirefoxSession> {
  const executablePath = findBrowser(firefoxSpec);
  requireBuild(firefoxBuildDir, 'npm run build:firefox');
  const uuid = randomUUID();
  const extensionOrigin = `moz-extension://${uuid}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Release builds honour services.settings.server (below) only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    // Without it, moz-extension:// pages cannot be opened from the test.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Every request, loopback included, goes through the fixture server acting as proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.share_proxy_settings': false,
      // Firefox's own remote-settings sync would otherwise reach Mozilla: point it at the local
      // server, so that what reaches another host can only come from a page or the extension.
      'services.settings.server': `${server.origin}/firefox-services/settings/v1`,
    },
  });
  try {
    await browser.installExtension(firefoxBuildDir);
    const strayRequests: string[] = [];
    return {
      browser,
      extensionOrigin,
      strayRequests,
      watch(page) {
        page.on('request', (request) => {
          const url = request.url();
          const ok =
            url.startsWith(extensionOrigin + '/') ||
            url.startsWith('data:') ||
            url.startsWith('blob:') ||
            url === 'about:blank' ||
            (URL.canParse(url) && new URL(url).host === server.host && url.startsWith('http:'));
          if (!ok) strayRequests.push(url);
        });
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
