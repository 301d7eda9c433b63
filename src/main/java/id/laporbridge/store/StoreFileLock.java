package id.laporbridge.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on an H2 store file while the store is closed. H2 2.x locks the {@code .mv.db} file itself
 * while a database has it open (the default {@code FILE_LOCK=FS}), so this lock is granted only when no process,
 * this one included, has the store open, and H2 cannot open the store while this lock is held.
 */
final class StoreFileLock implements AutoCloseable {

    private final FileChannel channel;

    private StoreFileLock(FileChannel channel) {
        this.channel = channel;
    }

    /** Locks {@code storeFile}, or returns empty when a database in this or another process has it open. */
    static Optional<StoreFileLock> tryLock(Path storeFile) throws IOException {
        FileChannel channel = FileChannel.open(storeFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new StoreFileLock(channel));
    }

    /** Returns the locked file, open for reading. */
    FileChannel channel() {
        return channel;
    }

    /** Releases the lock by closing the file. */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
