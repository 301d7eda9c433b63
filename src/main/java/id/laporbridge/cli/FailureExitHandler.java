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
        String name = command.getCommandName();
        if (failure instanceof ConfigException) {
            LOG.error("Command stopped by invalid configuration command={} problems=\"{}\"", name,
                    failure.getMessage());
            command.getErr().println(failure.getMessage());
            return ExitCodes.CONFIG;
        }
        if (failure instanceof StoreInUseException) {
            LOG.error("Command stopped because the store is in use command={}", name);
            command.getErr().println(failure.getMessage());
            return ExitCodes.FAILURE;
        }
        LOG.error("Command failed command={}", name, failure);
        command.getErr().println("lapor-bridge " + name + " failed: " + failure);
        return ExitCodes.FAILURE;
    }
}
