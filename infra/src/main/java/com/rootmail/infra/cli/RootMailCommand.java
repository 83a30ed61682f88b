package com.rootmail.infra.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rootmail} command-line tool; {@code ./rootmail --help} lists its commands.
 *
 * <pre>{@code
 * ./rootmail --help
 * }</pre>
 *
 * <p>Every command returns its exit code; only {@link #main} exits. Exit 2 means bad
 * arguments or input, reported in one line on stderr without a stack trace.
 */
@Command(
        name = "rootmail",
        mixinStandardHelpOptions = true,
        versionProvider = RootMailCommand.Version.class,
        description = "Own and watch the root-user email addresses of an AWS organization.",
        subcommands = {CommandLine.HelpCommand.class, PlanCommand.class, PreviewCommand.class, UpCommand.class,
            DestroyCommand.class, ClassifyCommand.class, DelegationCommand.class, AliasCommand.class})
public final class RootMailCommand {

    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that run commands in-process. */
    public static CommandLine commandLine() {
        // picocli already answers invalid arguments with usage help and exit 2 (EXIT_BAD_INPUT).
        return new CommandLine(new RootMailCommand())
                .setExecutionExceptionHandler(RootMailCommand::reportWithoutStackTrace);
    }

    private static int reportWithoutStackTrace(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        cmd.getErr().println("rootmail " + cmd.getCommandName() + ": " + e.getMessage());
        return e instanceof IllegalArgumentException ? EXIT_BAD_INPUT : 1;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RootMailCommand.class.getPackage().getImplementationVersion();
            return new String[] {"rootmail " + (version == null ? "(development build)" : version)};
        }
    }
}
