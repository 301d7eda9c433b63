package id.laporbridge.store;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An H2 file system ({@code jdbc:h2:held:/path}) that models a slow disk: once {@link #holdWrites} is called,
 * every write to a file waits until {@link #HOLD} has passed, then all writes go through. Reads and other calls
 * go to the default file system at once.
 */
public final class HeldWritesFilePath extends FilePathWrapper {

    /** How long the held writes wait. A halt within this time loses them, as a kill loses unwritten data. */
    static final long HOLD = TimeUnit.SECONDS.toMillis(3);

    private static volatile CountDownLatch released = new CountDownLatch(0);

    /** Registers the {@code held:} scheme with H2, which creates the scheme's paths from this instance. */
    public static void register() {
        FilePath.register(new HeldWritesFilePath());
    }

    /** Holds the writes from now on, for {@link #HOLD}. */
    static void holdWrites() {
        released = new CountDownLatch(1);
    }

    @Override
    public String getScheme() {
        return "held";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new HeldChannel(getBase().open(mode));
    }

    private static void waitForRelease() throws IOException {
        CountDownLatch latch = released;
        try {
            latch.await(HOLD, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while a write was held", e);
        }
        latch.countDown();
    }

    /** A channel to the real file whose writes wait for {@link #waitForRelease}. */
    private static final class HeldChannel extends FileBase {

        private final FileChannel file;

        HeldChannel(FileChannel file) {
            this.file = file;
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            return file.read(destination);
        }

        @Override
        public int read(ByteBuffer destination, long position) throws IOException {
            return file.read(destination, position);
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            waitForRelease();
            return file.write(source);
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            waitForRelease();
            return file.write(source, position);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            file.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            file.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
