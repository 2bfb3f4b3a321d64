// The build's warning handler. Rolldown (Vite 8's bundler) warns once per MDX file that it may not
// preserve the module-level directive "use astro:head-inject", a marker Astro's compiler writes and
// Astro itself handles before bundling: a known, harmless message that looks like an error. Only that
// one is dropped; every other warning goes on to Vite's own handler, which prints it.
// No imports, so astro.config.mjs can load this file before anything is bundled.

/** The part of a Rolldown log this handler reads. */
export interface BuildLog {
  code?: string;
  message: string;
}

/** True for the one known, harmless warning: Rolldown on Astro's "use astro:head-inject" directive. */
export function isHarmlessBuildWarning(log: BuildLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/** Vite's build.rolldownOptions.onwarn: passes every warning but the harmless one to Vite's printer. */
export function onBuildWarning(log: BuildLog, warn: (log: BuildLog) => void): void {
  if (!isHarmlessBuildWarning(log)) warn(log);
}
