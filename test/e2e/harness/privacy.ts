// The privacy rule for every e2e test: nothing may reach a host other than the fixture server.
import { expect } from 'vitest';
import type { FixtureServer } from './fixtureServer';

/** Fails with the offending URLs when the browser sent anything elsewhere; then starts afresh. */
export function expectNothingLeft(server: FixtureServer, strayRequests: string[]): void {
  const proxied = server.foreignRequests.splice(0);
  const seenByDriver = strayRequests.splice(0);
  expect(proxied, 'requests that reached the proxy for another host').toEqual([]);
  expect(seenByDriver, 'requests the browser driver saw for another host').toEqual([]);
}
