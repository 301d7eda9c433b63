package id.laporbridge.cli;

import id.laporbridge.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Prints a failed command's reason in one block and maps it to an exit code. */
final class FailureExitHandler implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailureExitHandler.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        String name = command.getCommandSpec().qualifiedName();
        if (failure instanceof ConfigException) {
            LOG.error("Command stopped by invalid configuration command=\"{}\" problems=\"{}\"", name,
                    failure.getMessage());
            command.getErr().println(failure.getMessage());
            return ExitCodes.CONFIG;
        }
        if (failure instanceof StoreInUseException || failure instanceof StoreNotFoundException) {
            // The message gives the operator the next step, so stderr prints it once and the log line stays off
            // the console at DEBUG.
            LOG.debug("Command stopped because the store cannot be opened command=\"{}\" reason=\"{}\"", name,
                    failure.getMessage());
            command.getErr().println(name + ": " + failure.getMessage());
            return ExitCodes.FAILURE;
        }
        LOG.error("Command failed command=\"{}\"", name, failure);
        command.getErr().println(name + " failed: " + failure);
        return ExitCodes.FAILURE;
    }
}
