// Wires the background's logic to the browser: one message listener, badge calls.
import type { ExtensionApi } from './extensionApi';
import { createBackgroundHandler, type BackgroundHandler } from './createBackgroundHandler';
import { createLibraryService } from '../library/createLibraryService';
import { openLibraryDb } from '../library/libraryDb';

export function startBackground(api: ExtensionApi, readIndexText: () => string): BackgroundHandler {
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same calls.
  const action = api.action ?? api.browserAction;
  const handler = createBackgroundHandler({
    extensionId: api.runtime.id,
    readIndexText,
    // The reader's library lives in this extension's IndexedDB; where there is none, no library.
    library: typeof indexedDB === 'undefined' ? undefined : createLibraryService(() => openLibraryDb()),
    extensionUrl: api.runtime.getURL?.('/'),
    async setBadge(tabId, badge) {
      if (!action) return;
      await action.setBadgeText({ tabId, text: badge.text });
      await action.setTitle({ tabId, title: badge.title });
      if (badge.text) await action.setBadgeBackgroundColor({ tabId, color: '#2b5fad' });
    },
  });
  api.runtime.onMessage.addListener((message, sender) => handler.handleMessage(message, sender));
  return handler;
}
