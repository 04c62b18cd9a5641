package pl.zmp.tracker.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy a test puts between a service and its store: {@link #cut()} drops every open
 * connection and refuses new ones (each is closed as soon as it is accepted, so the port is never
 * given up), as a network partition or a database restart would; {@link #restore()} lets
 * connections through again.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ServerSocket server;
    private volatile boolean open = true;

    private TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    public static TcpProxy start(String targetHost, int targetPort) throws IOException {
        TcpProxy proxy = new TcpProxy(targetHost, targetPort);
        Thread acceptor = new Thread(proxy::accept, "tcp-proxy-accept-" + proxy.port());
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Drops all connections and refuses new ones. */
    public void cut() {
        open = false;
        sockets.forEach(this::closeQuietly);
    }

    /** Lets connections through again. */
    public void restore() {
        open = true;
    }

    @Override
    public void close() throws IOException {
        cut();
        server.close();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return; // close() closed the listening socket
            }
            if (!open) {
                closeQuietly(client);
                continue;
            }
            try {
                Socket target = new Socket(targetHost, targetPort);
                client.setTcpNoDelay(true);
                target.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(target);
                pump(client, target);
                pump(target, client);
            } catch (IOException unreachable) {
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException dropped) {
                // one side went away: the other is closed below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void closeQuietly(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
