// The project config file's name, in a module of its own: the language
// server's connection thread needs the name (which documents and watched
// files are configs) without loading the config schemas and the rules.

/** The project config file's name (found by walking up from a plan). */
export const CONFIG_FILE = '.fsplanrc.json';
