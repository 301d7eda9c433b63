package id.laporbridge.cli;

import id.laporbridge.mock.MockMain;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.Callable;

/** Starts the mock upstreams on their own; the options are those of the mock's own command. */
@Command(name = "mock", description = "Run the mock SP4N-LAPOR! and Lapor Bantul upstreams on 127.0.0.1 "
        + "(see mock-sp4n/README.md; --help lists the mock's options).")
final class MockCommand implements Callable<Integer> {

    @Unmatched
    private List<String> arguments = List.of();

    @Override
    public Integer call() {
        return new CommandLine(new MockMain()).execute(arguments.toArray(String[]::new));
    }
}
