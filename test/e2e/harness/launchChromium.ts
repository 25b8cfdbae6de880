// Launches Debian's Chromium with the built extension, proxied through the fixture server
// (so every request the browser makes is seen), and finds the extension's id.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { BrowserSession, BrowserTab, LaunchOptions } from './browserSession';
import { badgeTextInExtension, closeWindowInExtension, createTabInExtension, libraryInExtension, openPrivateWindowInExtension, pollReportInExtension } from './extensionApi';
import { chromiumSpec, findBrowser } from './findBrowser';
import type { FixtureServer } from './fixtureServer';
import { chromeBuildDir } from './paths';
import { requireBuild } from './requireBuild';

/** Playwright 1.65's --disable-features list, plus AutofillServerCommunication. */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'AutofillServerCommunication',
];

/** A Chromium tab, with Playwright's page for what only Chromium can do (tracing, long tasks). */
export interface ChromiumTab extends BrowserTab {
  page: Page;
}

export interface ChromiumSession extends BrowserSession {
  context: BrowserContext;
  /** The extension's background service worker (where chrome.action and chrome.tabs are). */
  worker: Worker;
  extensionId: string;
  openTab(url: string): Promise<ChromiumTab>;
  openReport(tabId: number): Promise<ChromiumTab>;
}

/** The driver-neutral tab over a Playwright page. */
export function chromiumTab(page: Page, tabId: number): ChromiumTab {
  const target = (selector: string, text?: string) => page.locator(selector, text === undefined ? {} : { hasText: text }).first();
  return {
    page,
    tabId,
    evaluate: (fn, arg) => page.evaluate(fn, arg as never) as never,
    async waitFor(predicate, timeoutMs = 20_000) {
      await page.waitForFunction(predicate, undefined, { timeout: timeoutMs });
    },
    async addScript(source) {
      await page.addScriptTag({ content: source });
    },
    click: (selector, text) => target(selector, text).click(),
    async pressEnter(selector, text) {
      await target(selector, text).focus();
      await target(selector, text).press('Enter');
    },
    uploadFile: (selector, file) => page.setInputFiles(selector, file),
    async download(action) {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), action()]);
      return readFile(await download.path(), 'utf8');
    },
    setViewport: (size) => page.setViewportSize(size),
    async screenshot(file) {
      await page.screenshot({ path: file, fullPage: true });
    },
    close: () => page.close(),
  };
}

/** True for a URL the privacy rule allows: the fixture server, the extension's own files, inline data. */
export function isAllowedUrl(url: string, server: FixtureServer, extensionOrigin: string | null): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  if (extensionOrigin && url.startsWith(extensionOrigin + '/')) return true;
  const parsed = URL.canParse(url) ? new URL(url) : null;
  return parsed !== null && parsed.protocol === 'http:' && parsed.host === server.host;
}

/**
 * Allows the extension in incognito windows as a reader does, in chrome://extensions (its
 * "Allow in Incognito" switch, through the page's own API). Chromium reloads the extension to
 * apply it, and reloads an unpacked one only in developer mode, so that goes on first. The
 * setting stays in the profile. Returns the service worker of the reloaded extension.
 */
async function allowInIncognito(context: BrowserContext, extensionId: string, worker: Worker): Promise<Worker> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${extensionId}`);
    type DeveloperPrivate = {
      getExtensionInfo(id: string): Promise<{ incognitoAccess: { isActive: boolean } }>;
      updateProfileConfiguration(change: { inDeveloperMode: boolean }): Promise<void>;
      updateExtensionConfiguration(change: { extensionId: string; incognitoAccess: boolean }): Promise<void>;
    };
    const allowed = () => page.evaluate(async (id) => (await (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate.getExtensionInfo(id)).incognitoAccess.isActive, extensionId);
    if (await allowed()) return worker;
    const reloaded = context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`), timeout: 20_000 });
    await page.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
      await api.updateProfileConfiguration({ inDeveloperMode: true });
      await api.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
    }, extensionId);
    const next = await reloaded;
    if (!(await allowed())) throw new Error('Chromium did not allow the extension in incognito windows');
    return next;
  } finally {
    await page.close();
  }
}

/** `initScripts` run in every page before its own scripts (self-contained functions). */
export async function launchChromium(server: FixtureServer, initScripts: ReadonlyArray<() => void> = [], options: LaunchOptions = {}): Promise<ChromiumSession> {
  const executablePath = findBrowser(chromiumSpec);
  requireBuild(chromeBuildDir, 'npm run build');
  const profile = options.profileDir ?? (await mkdtemp(path.join(tmpdir(), 'cq-chromium-')));
  const removeProfile = (): Promise<void> => (options.profileDir ? Promise.resolve() : rm(profile, { recursive: true, force: true }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${chromeBuildDir}`,
      `--load-extension=${chromeBuildDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--no-pings',
      // Every request, loopback included, goes through the fixture server acting as proxy.
      `--proxy-server=http://${server.host}`,
      '--proxy-bypass-list=<-loopback>',
      // Chromium's own housekeeping (account list, on-demand component updates, network time)
      // would otherwise reach Google even with the flags above. Point it at the local server,
      // so that what reaches another host can only come from a page or the extension.
      `--gaia-config-contents=${JSON.stringify({ urls: { gaia_url: { url: `${server.origin}/chromium-services/gaia/` } } })}`,
      `--component-updater=url-source=${server.origin}/chromium-services/update`,
      // Chromium reads only the last --disable-features, and this one replaces Playwright's own:
      // so it repeats Playwright 1.65's list and adds autofill's server queries on forms.
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
    ],
  });
  try {
    for (const script of initScripts) await context.addInitScript(script);
    let worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 20_000,
      }));
    const extensionId = new URL(worker.url()).host;
    const extensionOrigin = `chrome-extension://${extensionId}`;
    // Before the request monitor: chrome:// pages are the browser's, not a page's or the extension's.
    if (options.allowPrivateWindows) worker = await allowInIncognito(context, extensionId, worker);
    const strayRequests: string[] = [];
    // Second line of defence besides the proxy: what Playwright sees pages and workers request.
    context.on('request', (request) => {
      const url = request.url();
      if (isAllowedUrl(url, server, extensionOrigin)) return;
      // A subresource the page's own markup loads is the page's doing; a script's request never is
      // excused, since it may be the content script's.
      const byScript = ['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'other'].includes(request.resourceType());
      if (!byScript && server.isDeclaredByPage(url)) return;
      strayRequests.push(`${request.resourceType()} ${url}`);
    });
    const dialogs: string[] = [];
    const toAccept: string[] = [];
    let tabsOpened = 0;
    context.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      const accepted = toAccept.indexOf(dialog.message());
      if (accepted >= 0) {
        toAccept.splice(accepted, 1);
        void dialog.accept();
      } else void dialog.dismiss();
    });
    /** An extension page to send library requests from (the background answers only those). */
    let control: Page | null = null;
    const openExtensionPage = async (pathname: string): Promise<ChromiumTab> => {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}${pathname}`, { waitUntil: 'load' });
      return chromiumTab(page, 0);
    };
    return {
      name: 'chromium',
      context,
      worker,
      extensionId,
      extensionOrigin,
      strayRequests,
      dialogs,
      async openTab(url) {
        // The extension opens a blank page of the fixture server, so the tab id is known
        // (without the "tabs" permission it cannot read tab URLs to find the tab afterwards);
        // then Playwright, attached by now, loads the real page, so it sees the page's first
        // requests too (a tab the extension opens straight at the URL can run them unobserved).
        const blank = server.url(`/pages/blank.html?tab=${++tabsOpened}`);
        const [page, tabId] = await Promise.all([
          context.waitForEvent('page', { predicate: (p) => p.url() === blank, timeout: 20_000 }),
          worker.evaluate(createTabInExtension, { url: blank, active: true }),
        ]);
        await page.goto(url, { waitUntil: 'load' });
        return chromiumTab(page, tabId);
      },
      async reportFor(tabId) {
        const answer = await worker.evaluate(pollReportInExtension, { tabId, timeoutMs: 30_000 });
        if (answer.state === 'timeout') throw new Error(`no report for tab ${tabId} within 30 s (last answer: ${answer.last})`);
        return answer;
      },
      badgeText: (tabId) => worker.evaluate(badgeTextInExtension, tabId),
      async openReport(tabId) {
        const page = await context.newPage();
        await page.setViewportSize({ width: 420, height: 900 });
        await page.goto(`${extensionOrigin}/popup.html?tabId=${tabId}`);
        await page.locator('[data-state]:not([data-state="analysing"])').waitFor({ timeout: 30_000 });
        return chromiumTab(page, 0);
      },
      openExtensionPage,
      async library(op) {
        control ??= (await openExtensionPage('/options.html')).page;
        return control.evaluate(libraryInExtension, op);
      },
      async openPrivateTab(url) {
        const { tabId, windowId } = await worker.evaluate(openPrivateWindowInExtension, url);
        return { tabId, close: () => worker.evaluate(closeWindowInExtension, windowId) };
      },
      acceptDialog(message) {
        toAccept.push(message);
      },
      async tabOpenedBy(url, action) {
        const [page] = await Promise.all([context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 20_000 }), action()]);
        await page.waitForLoadState('load');
        return chromiumTab(page, 0);
      },
      close: async () => {
        await context.close();
        await removeProfile();
      },
    };
  } catch (error) {
    await context.close();
    await removeProfile();
    throw error;
  }
}
