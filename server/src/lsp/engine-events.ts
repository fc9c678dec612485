// Events from the engine workers, routed to the connection-side features.
import type { ConfigProblems } from './config-problems';
import type { EngineEvent } from './engine-protocol';
import type { Watchers } from './watch';

export function routeEngineEvent(to: {
  configProblems: ConfigProblems;
  missingFile: (which: 'municipal' | 'registry', file: string, reason: string) => void;
  watchers: Watchers;
}): (e: EngineEvent) => void {
  return (e) => {
    switch (e.type) {
      case 'configError':
        return to.configProblems.report(e);
      case 'configOk':
        return to.configProblems.ok(e.files);
      case 'missingFile':
        return to.missingFile(e.which, e.file, e.reason);
      case 'referenced':
        return to.watchers.ensure(e.file);
    }
  };
}
