package id.laporbridge.cli;

import id.laporbridge.config.ConfigException;
import picocli.CommandLine;

/** Prints a failed command's reason in one block and maps it to an exit code. */
final class FailureExitHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        if (failure instanceof ConfigException) {
            command.getErr().println(failure.getMessage());
            return ExitCodes.CONFIG;
        }
        command.getErr().println("lapor-bridge failed: " + failure);
        return ExitCodes.FAILURE;
    }
}
