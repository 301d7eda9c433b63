package id.laporbridge.cli;

import id.laporbridge.demo.DemoRun;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo's work folder, held by one demo at a time. A marker file shows that a demo created the folder, and a
 * file lock on the marker, held until the demo ends, keeps a second demo out. At each start the demo deletes only
 * its own store files ({@code store.*}) from the folder; any other file stays.
 */
final class DemoWorkDir implements AutoCloseable {

    static final String MARKER = ".lapor-bridge-demo";

    private static final String MARKER_TEXT = "This folder is the work folder of `lapor-bridge demo`.\n"
            + "Each demo start deletes the files " + DemoRun.STORE_NAME + ".* here and creates a new store.\n"
            + "A running demo holds a lock on this file.\n";

    private final FileChannel markerChannel;

    private DemoWorkDir(FileChannel markerChannel) {
        this.markerChannel = markerChannel;
    }

    /**
     * Claims {@code folder} for this demo and deletes the previous demo's store files in it. Creates the folder and
     * its marker when the folder is new or empty.
     *
     * @throws Rejected with {@link ExitCodes#USAGE} when the folder is a file, or is not empty and has no marker,
     *                  and with {@link ExitCodes#FAILURE} when another demo or another process uses it
     */
    static DemoWorkDir claim(Path folder) throws IOException {
        Path marker = folder.resolve(MARKER);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new Rejected(ExitCodes.USAGE, "Invalid --work-dir " + folder.toAbsolutePath()
                    + ": it is a file, not a folder. Choose a new or empty folder with --work-dir.");
        }
        if (Files.isDirectory(folder) && !Files.exists(marker) && !isEmpty(folder)) {
            throw new Rejected(ExitCodes.USAGE, "Invalid --work-dir " + folder.toAbsolutePath()
                    + ": the folder is not empty and has no " + MARKER + " file, so no demo created it, and the demo "
                    + "deletes its store in its work folder.\nChoose a new or empty folder with --work-dir.");
        }
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (!tryLock(channel)) {
                throw new Rejected(ExitCodes.FAILURE, "Work folder " + folder.toAbsolutePath()
                        + " is in use by another demo, which holds the lock on " + MARKER + ".\n"
                        + "Stop that demo (Ctrl-C) or choose another folder with --work-dir.");
            }
            requireStoreUnused(folder);
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode(MARKER_TEXT));
            deleteStoreFiles(folder);
            return new DemoWorkDir(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Releases the lock. The marker stays, so the next demo may use the folder again. */
    @Override
    public void close() throws IOException {
        markerChannel.close();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Returns false when another process, or another channel in this JVM, holds a lock on the file. */
    private static boolean tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock() != null;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    /** H2 locks its {@code .mv.db} file while the store is open, e.g. in {@code outbox list} or a bridge. */
    private static void requireStoreUnused(Path folder) throws IOException {
        Path store = folder.resolve(DemoRun.STORE_NAME + ".mv.db");
        if (!Files.exists(store)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(store, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            if (!tryLock(channel)) {
                throw new Rejected(ExitCodes.FAILURE, "The demo's store " + store.toAbsolutePath()
                        + " is in use by another process, such as a store command or a bridge.\n"
                        + "Stop that process, then start the demo again, or choose another folder with --work-dir.");
            }
        }
    }

    private static void deleteStoreFiles(Path folder) throws IOException {
        List<Path> storeFiles;
        try (Stream<Path> entries = Files.list(folder)) {
            storeFiles = entries.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().startsWith(DemoRun.STORE_NAME + "."))
                    .toList();
        }
        for (Path file : storeFiles) {
            Files.delete(file);
        }
    }

    /** Rejection of a work folder, with a message that gives the reason and the next step, and its exit code. */
    static final class Rejected extends RuntimeException {

        private final int exitCode;

        Rejected(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }
}
