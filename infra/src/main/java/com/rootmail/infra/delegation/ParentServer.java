package com.rootmail.infra.delegation;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * One authoritative server of the parent zone: its name (an NS target, or what the user
 * typed) and where to ask it.
 *
 * <pre>{@code
 * ParentServer server = ParentServer.parse("127.0.0.1:5353");
 * }</pre>
 *
 * @param address unresolved until the query, so that parsing never touches the network
 */
public record ParentServer(String name, InetSocketAddress address) {

    static final int DNS_PORT = 53;

    public ParentServer {
        Objects.requireNonNull(address, "address");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a parent server needs a name");
        }
    }

    /** Reads {@code host}, {@code host:port} or {@code [ipv6]:port}; the port defaults to 53. */
    public static ParentServer parse(String hostPort) {
        String text = hostPort == null ? "" : hostPort.strip();
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw invalid(hostPort, "missing ']'");
            }
            host = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw invalid(hostPort, "expected ':' after ']'");
            }
            port = rest.isEmpty() ? null : rest.substring(1);
        } else {
            int colon = text.lastIndexOf(':');
            if (colon >= 0 && text.indexOf(':') != colon) {
                throw invalid(hostPort, "write IPv6 addresses as [address]:port");
            }
            host = colon < 0 ? text : text.substring(0, colon);
            port = colon < 0 ? null : text.substring(colon + 1);
        }
        if (host.isEmpty()) {
            throw invalid(hostPort, "no host");
        }
        InetSocketAddress address =
                InetSocketAddress.createUnresolved(host, port == null ? DNS_PORT : parsePort(hostPort, port));
        return new ParentServer(where(address), address);
    }

    /** How reports name the server: {@code ns1.example.com (192.0.2.1:53)} or what the user typed. */
    public String label() {
        String where = where(address);
        return name.equals(where) ? name : name + " (" + where + ")";
    }

    private static String where(InetSocketAddress address) {
        // A resolved address may carry the server's name as its host string; show the IP.
        String host = address.isUnresolved() ? address.getHostString() : address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    private static int parsePort(String hostPort, String port) {
        try {
            int value = Integer.parseInt(port);
            if (value < 1 || value > 65535) {
                throw invalid(hostPort, "port out of range 1-65535");
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(hostPort, "port is not a number");
        }
    }

    private static IllegalArgumentException invalid(String hostPort, String why) {
        return new IllegalArgumentException("invalid server '" + hostPort + "' (HOST:PORT): " + why);
    }
}
