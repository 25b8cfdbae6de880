// The popup's label for a library match.
import { expect, test } from 'vitest';
import { librarySourceLabel } from '../../utils/library/librarySourceLabel';

const NOW = new Date('2026-12-03T12:00:00Z');

test.each([
  [{ readAt: '2026-12-02T10:00:00Z', site: 'valleypost.example' }, 'in your library · read 2 Dec · valleypost.example'],
  [{ readAt: '2025-06-30T10:00:00Z', site: 'valleypost.example' }, 'in your library · read 30 Jun 2025 · valleypost.example'],
  [{ readAt: '2026-12-02T10:00:00Z', site: null }, 'in your library · read 2 Dec'],
])('%j → %s', (source, label) => {
  expect(librarySourceLabel({ kind: 'library', url: null, ...source }, NOW, 'UTC')).toBe(label);
});
