package id.laporbridge.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Relays TCP connections from a port of its own on 127.0.0.1 to a target port there, and can stop listening on that
 * port. The mock serves both upstreams on one port, so a relay in front of it lets one upstream refuse connections
 * while the other stays up. {@link #refuseConnections()} closes the listening socket and every relayed connection,
 * so clients get "connection refused" and pooled connections break. {@link #acceptConnections()} listens on the same
 * port again.
 */
public final class TcpRelay implements AutoCloseable {

    private final InetAddress loopback = InetAddress.getLoopbackAddress();
    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;

    private TcpRelay(int targetPort, ServerSocket listener) {
        this.targetPort = targetPort;
        this.listener = listener;
        this.port = listener.getLocalPort();
        startAccepting(listener);
    }

    /** Starts relaying from a free port on 127.0.0.1 to {@code targetPort} on 127.0.0.1. */
    public static TcpRelay start(int targetPort) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return new TcpRelay(targetPort, listener);
    }

    /** Returns {@code http://127.0.0.1:<port>} of the relay. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Stops listening and closes every relayed connection; calls to the port are then refused. */
    public synchronized void refuseConnections() throws IOException {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    /** Listens on the relay's port again; fails when another process took the port in the meantime. */
    public synchronized void acceptConnections() throws IOException {
        if (listener != null) {
            return;
        }
        ServerSocket reopened = new ServerSocket();
        reopened.setReuseAddress(true);
        try {
            reopened.bind(new InetSocketAddress(loopback, port));
        } catch (IOException e) {
            reopened.close();
            throw new IOException("Failed to listen on port " + port + " again; another process may hold it", e);
        }
        listener = reopened;
        startAccepting(reopened);
    }

    @Override
    public void close() throws IOException {
        refuseConnections();
    }

    private void startAccepting(ServerSocket server) {
        Thread acceptor = new Thread(() -> acceptUntilClosed(server), "tcp-relay-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptUntilClosed(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (SocketException e) {
                // The listening socket was closed by refuseConnections().
                return;
            } catch (IOException e) {
                throw new UncheckedIOException("TCP relay on port " + port + " failed to accept", e);
            }
            try {
                Socket upstream = new Socket(loopback, targetPort);
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream, "request");
                pump(upstream, client, "response");
            } catch (IOException e) {
                // The target is gone: the client sees its connection closed.
                closeQuietly(client);
            }
        }
    }

    /** Copies bytes from one socket to the other until either closes, then closes both. */
    private void pump(Socket from, Socket to, String direction) {
        Thread copier = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // A closed or reset connection ends the copy; the client sees the same failure.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "tcp-relay-" + direction + "-" + port);
        copier.setDaemon(true);
        copier.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}
