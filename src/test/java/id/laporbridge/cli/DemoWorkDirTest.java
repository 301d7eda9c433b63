package id.laporbridge.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo deletes only its own store files, and only in a folder that a demo created and no demo holds. */
class DemoWorkDirTest {

    @TempDir
    Path folder;

    @Test
    void newFolderGetsMarker() throws Exception {
        Path work = folder.resolve("a/demo");

        try (DemoWorkDir claimed = DemoWorkDir.claim(work)) {
            assertThat(work.resolve(DemoWorkDir.MARKER)).isRegularFile();
        }
    }

    @Test
    void foreignFolderIsRejectedAndKept() throws Exception {
        Path work = Files.createDirectories(folder.resolve("work"));
        Path notes = Files.writeString(work.resolve("notes.txt"), "keep me");
        Path store = Files.writeString(work.resolve("store.mv.db"), "not the demo's");
        Files.createDirectories(work.resolve("photos"));

        assertThatThrownBy(() -> DemoWorkDir.claim(work)).isInstanceOfSatisfying(DemoWorkDir.Rejected.class,
                rejected -> {
                    assertThat(rejected.exitCode()).isEqualTo(ExitCodes.USAGE);
                    assertThat(rejected.getMessage()).contains(work.toAbsolutePath().toString())
                            .contains("not empty").contains("--work-dir");
                });
        assertThat(notes).hasContent("keep me");
        assertThat(store).exists();
        assertThat(work.resolve("photos")).isDirectory();
        assertThat(work.resolve(DemoWorkDir.MARKER)).doesNotExist();
    }

    @Test
    void fileAsFolderIsRejected() throws Exception {
        Path file = Files.writeString(folder.resolve("demo"), "a file");

        assertThatThrownBy(() -> DemoWorkDir.claim(file)).isInstanceOfSatisfying(DemoWorkDir.Rejected.class,
                rejected -> assertThat(rejected.exitCode()).isEqualTo(ExitCodes.USAGE));
        assertThat(file).hasContent("a file");
    }

    @Test
    void markedFolderLosesOnlyStoreFiles() throws Exception {
        Path work = folder.resolve("demo");
        DemoWorkDir.claim(work).close();
        Path storeFile = Files.writeString(work.resolve("store.mv.db"), "old store");
        Path traceFile = Files.writeString(work.resolve("store.trace.db"), "old trace");
        Path notes = Files.writeString(work.resolve("notes.txt"), "keep me");
        Path otherStore = Files.writeString(work.resolve("mystore.mv.db"), "keep me too");

        try (DemoWorkDir claimed = DemoWorkDir.claim(work)) {
            assertThat(storeFile).doesNotExist();
            assertThat(traceFile).doesNotExist();
            assertThat(notes).hasContent("keep me");
            assertThat(otherStore).hasContent("keep me too");
            assertThat(work.resolve(DemoWorkDir.MARKER)).isRegularFile();
        }
    }

    @Test
    void folderHeldByDemoIsRejected() throws Exception {
        Path work = folder.resolve("demo");
        try (DemoWorkDir running = DemoWorkDir.claim(work)) {
            Path storeFile = Files.writeString(work.resolve("store.mv.db"), "running store");

            assertThatThrownBy(() -> DemoWorkDir.claim(work)).isInstanceOfSatisfying(DemoWorkDir.Rejected.class,
                    rejected -> {
                        assertThat(rejected.exitCode()).isEqualTo(ExitCodes.FAILURE);
                        assertThat(rejected.getMessage()).contains("in use by another demo");
                    });
            assertThat(storeFile).hasContent("running store");
        }
        DemoWorkDir.claim(work).close();
    }

    /** Holds the store's file lock in this JVM, which the claim treats like H2's lock held by another process. */
    @Test
    void openStoreIsRejected() throws Exception {
        Path work = folder.resolve("demo");
        DemoWorkDir.claim(work).close();
        Path storeFile = Files.writeString(work.resolve("store.mv.db"), "open store");

        try (FileChannel channel = FileChannel.open(storeFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            assertThatThrownBy(() -> DemoWorkDir.claim(work)).isInstanceOfSatisfying(DemoWorkDir.Rejected.class,
                    rejected -> {
                        assertThat(rejected.exitCode()).isEqualTo(ExitCodes.FAILURE);
                        assertThat(rejected.getMessage()).contains(storeFile.toAbsolutePath().toString())
                                .contains("in use by another process");
                    });
            assertThat(lock.isValid()).isTrue();
        }
        assertThat(storeFile).hasContent("open store");
    }

    @Test
    void demoCommandExitsWithUsageForForeignFolder() throws Exception {
        Path work = Files.createDirectories(folder.resolve("work"));
        Path notes = Files.writeString(work.resolve("notes.txt"), "keep me");
        StringWriter err = new StringWriter();

        int exit = LaporBridgeCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "demo", "--once", "--work-dir", work.toString());

        assertThat(exit).as("exit code; errors: %s", err).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Invalid --work-dir " + work.toAbsolutePath());
        assertThat(notes).hasContent("keep me");
    }
}
