// Launches Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core), installs the
// Firefox build as a temporary add-on, and routes every request through the fixture server.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { BrowserSession, BrowserTab, LaunchOptions } from './browserSession';
import { badgeTextInExtension, closeWindowInExtension, createTabInExtension, libraryInExtension, openPrivateWindowInExtension, pollReportInExtension } from './extensionApi';
import { findBrowser, firefoxSpec } from './findBrowser';
import type { FixtureServer } from './fixtureServer';
import { firefoxBuildDir } from './paths';
import { requireBuild } from './requireBuild';

/** The gecko id from wxt.config.ts; the UUID pref below is keyed by it. */
export const GECKO_ID = 'crossquote@example.org';

/** The add-on's UUID for a kept profile: the one chosen at its first start, kept in the profile folder. */
async function profileUuid(profileDir: string): Promise<string> {
  await mkdir(profileDir, { recursive: true });
  const file = path.join(profileDir, 'crossquote-e2e-uuid');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const uuid = randomUUID();
  await writeFile(file, uuid);
  return uuid;
}

export interface FirefoxSession extends BrowserSession {
  browser: Browser;
}

/** Waits until a download into `dir` (empty before) is complete, and returns its text (never empty). */
async function downloadedText(dir: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  // Firefox writes NAME.part and a placeholder NAME, then moves the .part over the placeholder.
  for (;;) {
    // (So an empty file, the placeholder before the .part appears, is not taken for a finished one.)
    const names = await readdir(dir);
    const done = names.filter((n) => !n.endsWith('.part'));
    const text = done.length > 0 && names.length === done.length ? await readFile(path.join(dir, done[0]!), 'utf8') : '';
    if (text !== '') return text;
    if (Date.now() > deadline) throw new Error(`no finished download in ${dir} within 20 s (found: ${names.join(', ') || 'nothing'})`);
    // Polling the download folder: the loop ends when the file is there.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The driver-neutral tab over a puppeteer page; downloads land in `downloadDir`. */
function firefoxTab(page: Page, tabId: number, downloadDir: string): BrowserTab {
  // puppeteer's text selector: CSS, then elements whose text includes the words.
  const target = async (selector: string, text?: string) => {
    const handle = await page.waitForSelector(text === undefined ? selector : `${selector}::-p-text(${text})`, { timeout: 20_000 });
    if (!handle) throw new Error(`no ${selector} with "${text ?? ''}"`);
    return handle;
  };
  return {
    tabId,
    evaluate: (fn, arg) => page.evaluate(fn, arg as never) as never,
    async waitFor(predicate, timeoutMs = 20_000) {
      await page.waitForFunction(predicate, { timeout: timeoutMs });
    },
    async addScript(source) {
      await page.addScriptTag({ content: source });
    },
    async click(selector, text) {
      await (await target(selector, text)).click();
    },
    async pressEnter(selector, text) {
      // Keys go to the focused tab: this one must be in front (a click needs no focus).
      await page.bringToFront();
      await (await target(selector, text)).focus();
      await page.keyboard.press('Enter');
    },
    async uploadFile(selector, file) {
      const input = (await target(selector)) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(file);
    },
    async download(action) {
      for (const name of await readdir(downloadDir)) await rm(path.join(downloadDir, name), { force: true });
      await action();
      return downloadedText(downloadDir);
    },
    setViewport: (size) => page.setViewport(size),
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    },
    close: () => page.close(),
  };
}

/**
 * Navigates to an extension page. In Firefox over BiDi, goto() to a moz-extension:// URL loads
 * the page but never resolves, so wait for the page itself to be there instead.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => {
    // Expected: see above. A real failure shows as the wait below timing out.
  });
  await waitForPageAt(page, url);
}

/**
 * Waits until `page` shows `url`, fully loaded. Needed for moz-extension:// pages, which
 * puppeteer's targets list as "about:blank" (so waitForTarget cannot find them by URL).
 */
export async function waitForPageAt(page: Page, url: string): Promise<void> {
  // While the tab swaps documents, an evaluation can fail with a protocol error ("right-hand side
  // of 'in' should be an object") instead of returning false: that is the navigation still
  // under way, so ask again until the deadline.
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await page.waitForFunction((expected: string) => location.href === expected && document.readyState === 'complete', { timeout: Math.max(1, deadline - Date.now()) }, url);
      return;
    } catch (error) {
      // puppeteer wraps it ("Waiting failed", the protocol error as its cause).
      const cause = error instanceof Error ? error.cause : undefined;
      if (Date.now() >= deadline || !/Protocol error/i.test(`${String(error)} ${String(cause)}`)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Allows the add-on in private windows in `profileDir`, as about:addons' "Run in Private
 * Windows: Allow" does: that switch writes this record to the profile's extension-preferences.json.
 * (about:addons itself cannot be driven: it is a privileged page that refuses the driver's
 * scripts, "unsafe filename".)
 */
async function allowInPrivateWindows(profileDir: string): Promise<void> {
  const file = path.join(profileDir, 'extension-preferences.json');
  const current = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Record<string, { permissions: string[]; origins: string[] }>) : {};
  const entry = current[GECKO_ID] ?? { permissions: [], origins: [] };
  if (!entry.permissions.includes('internal:privateBrowsingAllowed')) entry.permissions.push('internal:privateBrowsingAllowed');
  await writeFile(file, JSON.stringify({ ...current, [GECKO_ID]: entry }));
}

/** `initScripts` run in every page opened with openTab, before its own scripts (self-contained functions). */
export async function launchFirefox(server: FixtureServer, initScripts: ReadonlyArray<() => void> = [], options: LaunchOptions = {}): Promise<FirefoxSession> {
  const executablePath = findBrowser(firefoxSpec);
  requireBuild(firefoxBuildDir, 'npm run build:firefox');
  // On a kept profile the add-on keeps its address, so its IndexedDB is found again.
  const uuid = options.profileDir ? await profileUuid(options.profileDir) : randomUUID();
  const extensionOrigin = `moz-extension://${uuid}`;
  const downloadDir = await mkdtemp(path.join(tmpdir(), 'cq-firefox-downloads-'));
  if (options.profileDir && options.allowPrivateWindows) await allowInPrivateWindows(options.profileDir);
  if (options.allowPrivateWindows && !options.profileDir) throw new Error('allowPrivateWindows needs a profileDir in Firefox');
  const browser = await puppeteer.launch({
    ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
    browser: 'firefox',
    executablePath,
    headless: true,
    // Release builds honour services.settings.server (below) only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    // Without it, moz-extension:// pages cannot be opened from the test.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Headless Firefox here never advances a smooth scroll (scrollIntoView({behavior: 'smooth'})
      // leaves scrollY at 0, even from the page's own script); with this off, smooth scrolls jump.
      'general.smoothScroll': false,
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
      // Downloads (the library's export) go straight to a known folder, without asking.
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      // The add-on is a temporary one, uninstalled when Firefox closes, where a reader's add-on
      // stays installed. Its IndexedDB survived a restart without these prefs when tried
      // (3 Dec 2026, ESR 153); they make sure no uninstall clean-up ever removes the library
      // between two starts on one profile (the restart scenario), as for an installed add-on.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
    },
  });
  try {
    await browser.installExtension(firefoxBuildDir);
    const strayRequests: string[] = [];
    const dialogs: string[] = [];
    const toAccept: string[] = [];
    const watch = (page: Page): void => {
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        const accepted = toAccept.indexOf(dialog.message());
        if (accepted >= 0) toAccept.splice(accepted, 1);
        void (accepted >= 0 ? dialog.accept() : dialog.dismiss()).catch(() => {});
      });
      page.on('request', (request) => {
        const url = request.url();
        const ok =
          url.startsWith(extensionOrigin + '/') ||
          url.startsWith('data:') ||
          url.startsWith('blob:') ||
          url === 'about:blank' ||
          (URL.canParse(url) && new URL(url).host === server.host && url.startsWith('http:'));
        // A subresource the page's own markup loads is the page's doing. (WebDriver BiDi gives
        // puppeteer no resource type here, so unlike in Chromium a script's request to the same
        // URL cannot be told apart; the proxy's record applies the same rule.)
        if (!ok && !server.isDeclaredByPage(url)) strayRequests.push(url);
      });
    };
    // An extension page kept open to call extension APIs from (Firefox has no service worker
    // here; the MV2 background page is not reachable as a puppeteer page).
    let tabsOpened = 0;
    const control = await browser.newPage();
    watch(control);
    await gotoExtensionPage(control, `${extensionOrigin}/popup.html`);
    return {
      name: 'firefox',
      browser,
      extensionOrigin,
      strayRequests,
      dialogs,
      async openTab(url) {
        // The extension opens a blank page of the fixture server, so the tab id is known
        // (tabs.query shows no URLs without the "tabs" permission, and with a port in the URL
        // finds nothing in Firefox anyway); the test then watches that tab before the real
        // page loads, so a dialog opened while loading is seen too.
        const blank = server.url(`/pages/blank.html?tab=${++tabsOpened}`);
        const [target, tabId] = await Promise.all([
          browser.waitForTarget((t) => t.url() === blank, { timeout: 20_000 }),
          control.evaluate(createTabInExtension, { url: blank, active: true }),
        ]);
        const page = await target.page();
        if (!page) throw new Error(`no page for ${blank}`);
        watch(page);
        for (const script of initScripts) await page.evaluateOnNewDocument(script);
        await page.goto(url, { waitUntil: 'load' });
        return firefoxTab(page, tabId, downloadDir);
      },
      async reportFor(tabId) {
        const answer = await control.evaluate(pollReportInExtension, { tabId, timeoutMs: 30_000 });
        if (answer.state === 'timeout') throw new Error(`no report for tab ${tabId} within 30 s (last answer: ${answer.last})`);
        return answer;
      },
      badgeText: (tabId) => control.evaluate(badgeTextInExtension, tabId),
      async openReport(tabId) {
        const page = await browser.newPage();
        watch(page);
        await page.setViewport({ width: 420, height: 900 });
        await gotoExtensionPage(page, `${extensionOrigin}/popup.html?tabId=${tabId}`);
        await page.waitForSelector('[data-state]:not([data-state="analysing"])', { timeout: 30_000 });
        return firefoxTab(page, 0, downloadDir);
      },
      async openExtensionPage(pathname) {
        const page = await browser.newPage();
        watch(page);
        await gotoExtensionPage(page, `${extensionOrigin}${pathname}`);
        return firefoxTab(page, 0, downloadDir);
      },
      library: (op) => control.evaluate(libraryInExtension, op),
      async openPrivateTab(url) {
        const { tabId, windowId } = await control.evaluate(openPrivateWindowInExtension, url);
        return { tabId, close: () => control.evaluate(closeWindowInExtension, windowId) };
      },
      acceptDialog(message) {
        toAccept.push(message);
      },
      async tabOpenedBy(url, action) {
        // Extension pages are listed as "about:blank": wait for the new tab, then for its address.
        const before = new Set(browser.targets());
        const [target] = await Promise.all([browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 20_000 }), action()]);
        const page = await target.page();
        if (!page) throw new Error(`no page for ${url}`);
        watch(page);
        await waitForPageAt(page, url);
        return firefoxTab(page, 0, downloadDir);
      },
      async close() {
        await browser.close();
        await rm(downloadDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    await rm(downloadDir, { recursive: true, force: true });
    throw error;
  }
}
