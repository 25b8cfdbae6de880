// Background: holds the corpus index and compares what content scripts read with it; sets the
// toolbar badge; serves corpus texts to the reader view. The logic is in
// utils/report/createBackgroundHandler.ts; this file only wires it to the browser.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
// As text, so it is parsed (and checked) only when first needed, and a damaged file is an
// answer the popup can show rather than a background that fails to start.
import indexText from '../.generated/corpus-index.json?raw';
import { createBackgroundHandler } from '../utils/report/createBackgroundHandler';
import type { Badge } from '../utils/report/badgeFor';

export default defineBackground(() => {
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same calls.
  const action = browser.action ?? browser.browserAction;
  const handler = createBackgroundHandler({
    extensionId: browser.runtime.id,
    readIndexText: () => indexText,
    async setBadge(tabId: number, badge: Badge) {
      await action.setBadgeText({ tabId, text: badge.text });
      await action.setTitle({ tabId, title: badge.title });
      if (badge.text) await action.setBadgeBackgroundColor({ tabId, color: '#2b5fad' });
    },
  });
  // The polyfill sends a returned Promise's value as the answer; undefined leaves the message alone.
  browser.runtime.onMessage.addListener(((message: unknown, sender: { id?: string; tab?: { id?: number } }) =>
    handler.handleMessage(message, sender)) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
});
