// web-ext ships no types; this declares the one call the lint test makes.
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(
        options: { sourceDir: string; output?: 'json' | 'text' | 'none'; boring?: boolean; warningsAsErrors?: boolean },
        deps?: { shouldExitProgram?: boolean },
      ): Promise<unknown>;
    };
  };
  export default webExt;
}
