// What the end-to-end scenarios need of a browser, whatever drives it: Playwright drives
// Chromium (launchChromium.ts), puppeteer over WebDriver BiDi drives Firefox (launchFirefox.ts).
// The scenarios (scenarios.ts) are written once against this and run in both.
import type { LibraryOp, LibraryResponse, ReportState } from './extensionApi';

/** A tab: a page the reader opened, or one of the extension's pages (report, reader view). */
export interface BrowserTab {
  /** The extension's id for the tab (0 for extension pages, which are never read). */
  tabId: number;
  /** Runs a self-contained function in the page (no closures: it is serialised). */
  evaluate<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>>;
  /** Waits until a self-contained predicate holds in the page. */
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  /** Adds a script to the page's own world. */
  addScript(source: string): Promise<void>;
  /** A real click on the first element matching `selector` (CSS) whose text includes `text`. */
  click(selector: string, text?: string): Promise<void>;
  /** Focuses that element and presses Enter on the keyboard. */
  pressEnter(selector: string, text: string): Promise<void>;
  /** Chooses `file` (a path) in the file input matching `selector`, as a reader picking a file does. */
  uploadFile(selector: string, file: string): Promise<void>;
  /** Runs `action`, which should make the page download a file, and returns that file's text. */
  download(action: () => Promise<void>): Promise<string>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserSession {
  /** "chromium" or "firefox": names screenshots. */
  name: string;
  /** "chrome-extension://ID" or "moz-extension://UUID". */
  extensionOrigin: string;
  /** URLs the driver saw the browser request outside the fixture server and the extension. */
  strayRequests: string[];
  /** Messages of every JavaScript dialog (alert, confirm, prompt) a page opened. */
  dialogs: string[];
  /** Opens `url` in a new foreground tab, watched from its first request; resolves once loaded. */
  openTab(url: string): Promise<BrowserTab>;
  /** The content script's report for a tab, once it is no longer 'analysing'. */
  reportFor(tabId: number): Promise<ReportState>;
  /** The toolbar badge text for a tab. */
  badgeText(tabId: number): Promise<string>;
  /** Opens popup.html?tabId=N in a tab and waits until its report is past 'analysing'. */
  openReport(tabId: number): Promise<BrowserTab>;
  /** Opens one of the extension's own pages ("/options.html") in a new tab, once loaded. */
  openExtensionPage(pathname: string): Promise<BrowserTab>;
  /** Asks the background's library, from an extension page, as the options page does (to inspect, not to act for the reader). */
  library(op: LibraryOp): Promise<LibraryResponse>;
  /** Opens `url` in a new private (incognito) window; the browser must allow the extension there. */
  openPrivateTab(url: string): Promise<{ tabId: number; close(): Promise<void> }>;
  /** Accepts the next dialog showing `message` (it is still recorded in `dialogs`); others are dismissed. */
  acceptDialog(message: string): void;
  /** Runs `action` (which should open a tab at `url`, an extension page) and returns that tab once loaded. */
  tabOpenedBy(url: string, action: () => Promise<void>): Promise<BrowserTab>;
  close(): Promise<void>;
}

/** How to start a browser beyond the default (a fresh profile, thrown away on close). */
export interface LaunchOptions {
  /** A profile folder to start on and keep (restart and fresh-profile scenarios); the caller removes it. */
  profileDir?: string;
  /** Allow the extension in private windows, as the reader would in the browser's extension settings. */
  allowPrivateWindows?: boolean;
}
