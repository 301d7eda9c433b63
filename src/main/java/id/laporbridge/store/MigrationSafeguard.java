package id.laporbridge.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;

/**
 * The copy of an H2 store file that is taken before migrations run, so that a migration interrupted by a kill can
 * be undone. H2 commits each DDL statement on its own, so Flyway cannot roll a failed or interrupted migration
 * back.
 * <p>
 * The copy sits beside the store as {@code NAME.mv.db.before-migration} while migrations run. A zero-length copy
 * is a marker that the store did not exist before them. A copy is written as {@code NAME.mv.db.before-migration.tmp},
 * synced to the disk and then renamed, so a copy under the final name is always complete.
 */
final class MigrationSafeguard {

    static final String COPY_SUFFIX = ".before-migration";
    static final String TEMPORARY_SUFFIX = ".tmp";

    private static final byte[] H2_FILE_START = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private static final Logger LOG = LoggerFactory.getLogger(MigrationSafeguard.class);

    private final Path storeFile;
    private final Path copyFile;
    private final Path temporaryCopyFile;

    MigrationSafeguard(Path storeFile) {
        this.storeFile = storeFile;
        this.copyFile = storeFile.resolveSibling(storeFile.getFileName() + COPY_SUFFIX);
        this.temporaryCopyFile = storeFile.resolveSibling(copyFile.getFileName() + TEMPORARY_SUFFIX);
    }

    /**
     * Returns the safeguard of the store that {@code jdbcUrl} names, or empty when it is not a local H2 file. A
     * store file that is a symbolic link is followed, so that the copy sits beside the real file and a restore
     * keeps the link.
     */
    static Optional<MigrationSafeguard> forUrl(String jdbcUrl) {
        return H2StoreFile.forUrl(jdbcUrl).map(MigrationSafeguard::followLink).map(MigrationSafeguard::new);
    }

    private static Path followLink(Path storeFile) {
        try {
            return Files.isSymbolicLink(storeFile) ? storeFile.toRealPath() : storeFile;
        } catch (IOException e) {
            throw new StoreException("Failed to follow the link " + storeFile + " to the store file. Check that"
                    + " its target exists", e);
        }
    }

    Path storeFile() {
        return storeFile;
    }

    Path copyFile() {
        return copyFile;
    }

    boolean storeExists() {
        return Files.exists(storeFile);
    }

    /** Returns true when a copy, a marker or a temporary copy from an earlier start is beside the store. */
    boolean copyExists() {
        return Files.exists(copyFile) || Files.exists(temporaryCopyFile);
    }

    /**
     * Deletes a copy, marker or temporary copy beside a store whose migrations all finished, so that it is never
     * put back over newer data. Leaves them while the store is open in this or another process.
     */
    void discardStaleCopy() {
        try {
            Optional<StoreFileLock> lock = StoreFileLock.tryLock(storeFile);
            if (lock.isEmpty()) {
                LOG.warn("Store copy left in place because the store is open in this or another process"
                        + " store={} copy={}", storeFile, copyFile);
                return;
            }
            try (StoreFileLock held = lock.get()) {
                long copyBytes = Files.exists(copyFile) ? Files.size(copyFile) : 0;
                Files.deleteIfExists(temporaryCopyFile);
                Files.deleteIfExists(copyFile);
                syncFolder();
                LOG.warn("Store copy deleted without putting it back, because every migration of the store has"
                        + " finished store={} copy={} copyBytes={}", storeFile, copyFile, copyBytes);
            }
        } catch (IOException e) {
            throw new StoreException("Failed to delete the copy " + copyFile + " beside the migrated store "
                    + storeFile + ". Check the folder's permissions, or delete the copy and start again", e);
        }
    }

    /**
     * Puts the store back as it was before a migration that did not finish: the copy replaces the store file, or,
     * after a zero-length marker, the half-built store file is deleted. Deletes a temporary copy left by a kill
     * during the copy. Leaves every file as it is while the store is open in this or another process, because
     * restoring would replace a file in use. H2 then rejects an open from another process as "in use".
     */
    void undoInterruptedMigration() {
        if (!Files.exists(copyFile) && !Files.exists(temporaryCopyFile)) {
            return;
        }
        try {
            if (!storeExists()) {
                undoWhileClosed();
                return;
            }
            Optional<StoreFileLock> lock = StoreFileLock.tryLock(storeFile);
            if (lock.isEmpty()) {
                LOG.warn("Store copy left in place because the store is open in this or another process"
                        + " store={} copy={}", storeFile, copyFile);
                return;
            }
            try {
                undoWhileClosed();
            } finally {
                lock.get().close();
            }
        } catch (IOException e) {
            throw new StoreException("Failed to put back the store " + storeFile + " from its copy " + copyFile
                    + ", taken before a migration that did not finish. Check the folder's permissions and free"
                    + " disk space and start again. The copy is kept", e);
        }
    }

    private void undoWhileClosed() throws IOException {
        if (Files.deleteIfExists(temporaryCopyFile)) {
            LOG.warn("Store copy deleted because a start was stopped while copying it temporaryCopy={}",
                    temporaryCopyFile);
        }
        if (Files.exists(copyFile)) {
            if (Files.size(copyFile) == 0) {
                deleteHalfBuiltStore();
            } else {
                restoreCopy();
            }
        }
        syncFolder();
    }

    private void restoreCopy() throws IOException {
        requireH2File(copyFile);
        long storeBytes = storeExists() ? Files.size(storeFile) : 0;
        long copyBytes = Files.size(copyFile);
        // NOTE: an atomic move onto an existing file replaces it on Linux and macOS, as rename(2) does. Other
        // systems may reject it, and the start then fails with the copy kept.
        Files.move(copyFile, storeFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        LOG.warn("Store put back from the copy taken before a migration that did not finish; the migration runs"
                        + " again store={} storeBytes={} copy={} copyBytes={}",
                storeFile, storeBytes, copyFile, copyBytes);
    }

    /** Rejects a file that does not begin as an H2 store file does ({@code H:2,}). */
    private void requireH2File(Path file) throws IOException {
        byte[] start = new byte[H2_FILE_START.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        }
        if (read < start.length || !Arrays.equals(start, H2_FILE_START)) {
            throw new StoreException("The file " + file + " beside the store " + storeFile + " is not an H2 store"
                    + " file, so it was not put back. The store's last migration did not finish. Move that file"
                    + " away, restore the store from a backup if it does not open, and start again");
        }
    }

    private void deleteHalfBuiltStore() throws IOException {
        long storeBytes = storeExists() ? Files.size(storeFile) : 0;
        Files.deleteIfExists(storeFile);
        Files.delete(copyFile);
        LOG.warn("Store deleted because the migration of the new store did not finish; a new store is created"
                + " store={} storeBytes={} marker={}", storeFile, storeBytes, copyFile);
    }

    /**
     * Keeps the store as it is now, before migrations run: a copy of the store file, or a zero-length marker when
     * {@code existingStore} is false, before H2 creates the file. The store must be closed.
     *
     * @throws StoreException when the store is still open, the disk has no room for the copy, or the copy fails
     */
    void keepStoreBeforeMigration(boolean existingStore) {
        try {
            if (existingStore) {
                copyStore();
            } else {
                writeMarker();
            }
        } catch (IOException e) {
            throw new StoreException("Failed to copy the store " + storeFile + " to " + copyFile
                    + " before migrating it. Check the folder's permissions and free disk space and start again",
                    e);
        }
    }

    private void copyStore() throws IOException {
        Optional<StoreFileLock> lock = StoreFileLock.tryLock(storeFile);
        if (lock.isEmpty()) {
            throw new StoreException("The store " + storeFile + " is still open after its pool closed, so it cannot"
                    + " be copied before migrating. Stop any other process that has it open, remove DB_CLOSE_DELAY"
                    + " from bridge.store.jdbc-url if it is set, and start again");
        }
        try (StoreFileLock held = lock.get()) {
            long bytes = held.channel().size();
            requireFreeSpace(bytes);
            long started = System.nanoTime();
            writeTemporaryCopy(held.channel(), bytes);
            publishTemporaryCopy();
            LOG.info("Store copied before migrating store={} copy={} bytes={} durationMs={}",
                    storeFile, copyFile, bytes, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void requireFreeSpace(long bytes) throws IOException {
        requireRoomForCopy(copyFile, bytes, Files.getFileStore(storeFile.getParent()).getUsableSpace());
    }

    /** Rejects a copy of {@code copyBytes} into a folder with {@code freeBytes} usable. */
    static void requireRoomForCopy(Path copyFile, long copyBytes, long freeBytes) {
        if (freeBytes < copyBytes) {
            throw new StoreException("Not enough free disk space to copy the store before migrating it: the copy "
                    + copyFile + " needs " + copyBytes + " bytes and its folder has " + freeBytes + " bytes free."
                    + " Free at least " + (copyBytes - freeBytes) + " more bytes there and start again");
        }
    }

    /** Writes the copy with the store file's permissions, so that it is no easier to read than the store. */
    private void writeTemporaryCopy(FileChannel store, long bytes) throws IOException {
        Files.deleteIfExists(temporaryCopyFile);
        Files.createFile(temporaryCopyFile, storePermissions());
        try (FileChannel copy = FileChannel.open(temporaryCopyFile, StandardOpenOption.WRITE)) {
            long copied = 0;
            while (copied < bytes) {
                copied += store.transferTo(copied, bytes - copied, copy);
            }
            copy.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temporaryCopyFile);
            throw e;
        }
    }

    private FileAttribute<?>[] storePermissions() throws IOException {
        if (!storeFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions
                .asFileAttribute(Files.getPosixFilePermissions(storeFile))};
    }

    private void writeMarker() throws IOException {
        Files.createDirectories(storeFile.getParent());
        try (FileChannel marker = FileChannel.open(temporaryCopyFile, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            marker.force(true);
        }
        publishTemporaryCopy();
        LOG.info("Store is new; marker written so that an interrupted first migration is undone at the next start"
                + " store={} marker={}", storeFile, copyFile);
    }

    private void publishTemporaryCopy() throws IOException {
        Files.move(temporaryCopyFile, copyFile, StandardCopyOption.ATOMIC_MOVE);
        syncFolder();
    }

    /** Deletes the copy or marker after the migrations finished and H2 wrote them to the disk. */
    void deleteCopy() {
        try {
            Files.deleteIfExists(copyFile);
            syncFolder();
        } catch (IOException e) {
            throw new StoreException("Migrated the store " + storeFile + " but failed to delete the copy "
                    + copyFile + " taken before. The next start finds the store migrated and deletes the copy. Check the"
                    + " folder's permissions", e);
        }
    }

    /** Syncs the folder's entries, so that a rename or delete survives a power cut. */
    private void syncFolder() throws IOException {
        try (FileChannel folder = FileChannel.open(storeFile.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        }
    }
}
