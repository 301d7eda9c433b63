package id.laporbridge.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A listening socket on 127.0.0.1 with an accept backlog of 1 that never accepts, filled with connections until one
 * more connect times out. On Linux the kernel then drops every new SYN, so a client's connect hangs until its own
 * connect timeout ends it.
 */
final class FullBacklogListener implements AutoCloseable {

    private static final int MAX_FILLERS = 16;
    private static final int FILL_CONNECT_TIMEOUT_MS = 300;

    private final ServerSocket server;
    private final List<Socket> fillers = new ArrayList<>();

    private FullBacklogListener(ServerSocket server) {
        this.server = server;
    }

    static FullBacklogListener open() throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
        FullBacklogListener listener = new FullBacklogListener(server);
        listener.fill();
        return listener;
    }

    private void fill() throws IOException {
        for (int i = 0; i < MAX_FILLERS; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(server.getLocalSocketAddress(), FILL_CONNECT_TIMEOUT_MS);
                fillers.add(filler);
            } catch (SocketTimeoutException e) {
                filler.close();
                return;
            }
        }
        close();
        throw new IllegalStateException("The accept backlog took " + MAX_FILLERS + " connections without a connect "
                + "timing out, so connects to it would not hang on this system");
    }

    /** Returns {@code http://127.0.0.1:<port>}. */
    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        for (Socket filler : fillers) {
            filler.close();
        }
        server.close();
    }
}
