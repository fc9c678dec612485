// `fsplan.*` editor settings, read through workspace/configuration (per
// document) or, for clients without it, from workspace/didChangeConfiguration.
import type { Connection } from 'vscode-languageserver/node';

export interface Settings {
  /** fsplan.enable: check plans at all. */
  enable: boolean;
  /** fsplan.run: re-check while typing or only on save. */
  run: 'onType' | 'onSave';
  /** fsplan.municipalPlan: municipal plan path (absolute or relative to the workspace folder); '' = none. */
  municipalPlan: string;
  /** fsplan.registryPath: department registry file; '' = none. */
  registryPath: string;
  /** fsplan.debounce: ms between the last change and the pushed diagnostics; undefined = the server's default. */
  debounce?: number;
}

/**
 * The default wait between the last keystroke and pushed diagnostics: short,
 * since a normal plan is checked in well under 50 ms (docs/performance.md).
 */
export const DEFAULT_DEBOUNCE_MS = 100;
/** The longest fsplan.debounce accepted (a larger value is taken as this). */
export const MAX_DEBOUNCE_MS = 5000;

export const DEFAULT_SETTINGS: Settings = { enable: true, run: 'onType', municipalPlan: '', registryPath: '' };

/** Accepts whatever the client sends and keeps only well-typed values. */
export function parseSettings(raw: unknown): Settings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    enable: typeof o.enable === 'boolean' ? o.enable : DEFAULT_SETTINGS.enable,
    run: o.run === 'onSave' || o.run === 'onType' ? o.run : DEFAULT_SETTINGS.run,
    municipalPlan: typeof o.municipalPlan === 'string' ? o.municipalPlan.trim() : '',
    registryPath: typeof o.registryPath === 'string' ? o.registryPath.trim() : '',
    // only when given: absent, the server's default applies
    ...(typeof o.debounce === 'number' && Number.isFinite(o.debounce) && o.debounce >= 0 ? { debounce: Math.min(Math.round(o.debounce), MAX_DEBOUNCE_MS) } : {}),
  };
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private global: Settings = DEFAULT_SETTINGS;
  /** Set from the client capabilities at initialize. */
  pull = false;

  constructor(private readonly connection: Connection) {}

  /** Called on workspace/didChangeConfiguration. */
  changed(settings: unknown): void {
    this.cache.clear();
    const section = (settings as { fsplan?: unknown } | undefined)?.fsplan;
    if (section !== undefined) this.global = parseSettings(section);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  get(uri: string): Promise<Settings> {
    if (!this.pull) return Promise.resolve(this.global);
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'fsplan' })
        .then(parseSettings, () => this.global);
      this.cache.set(uri, p);
    }
    return p;
  }
}

/** workspace/didChangeConfiguration: new settings, every plan re-checked. */
export function registerSettingsChanges(connection: Connection, store: SettingsStore, recheckAll: () => void): void {
  connection.onDidChangeConfiguration((change) => {
    store.changed(change.settings);
    recheckAll();
  });
}
