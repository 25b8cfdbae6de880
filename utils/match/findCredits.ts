// Placeholder until the matching work lands.
export function findCredits(_text: string): string[] {
  return [];
}
