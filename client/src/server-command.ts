// Running a server command from the client middleware with the shared
// protocol's arguments and reply type (server/src/protocol/commands.ts).
import type { CommandArguments, CommandId, CommandReplies } from '../../server/src/protocol/commands';

/** The middleware's way on to the server. */
export type Next = (command: string, args: unknown[]) => Promise<unknown>;

/** Runs a server command; the reply has the protocol's type (undefined: the client is not running). */
export async function runCommand<C extends CommandId>(next: Next, command: C, args: CommandArguments<C>): Promise<CommandReplies[C] | undefined> {
  return (await next(command, args)) as CommandReplies[C] | undefined;
}
