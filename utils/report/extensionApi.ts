// The few browser APIs the background and content script use, as a narrow type: the real
// `browser` (webextension-polyfill) and WXT's fake browser for tests both fit it.

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean };
}

/** A runtime.onMessage listener: a Promise answers the message; undefined leaves it to others. */
export type MessageListener = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
}

export interface ExtensionApi {
  runtime: {
    id: string;
    /** The extension's own URL for a path (absent in some test doubles). */
    getURL?(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: MessageListener): void };
  };
  /** MV3 */
  action?: ActionApi;
  /** Firefox MV2 */
  browserAction?: ActionApi;
}
